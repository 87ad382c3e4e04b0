//! An indicator's pages, `indicators/ID.html` and `indicators/ID.en.html`, made as story
//! pages are ([`figure`]): each chart drawn on canvas by the reader's wasm and `app.js`
//! over its static SVG (a phone's layout and a wide one, light and dark), with the story
//! page's tooltips, keyboard, PNG/SVG/CSV downloads and embed codes; each chart's data
//! table with every value linked to its sentence on its report's page, the places a
//! chart left out for the desk, and a link to the other language. Every chart also gets
//! an embed page (`indicators/embed/CHART[.en].html`, drawn by `frame.js`). Without
//! script the pages read whole, under `default-src 'self'` (the styles are files).

use super::charts::{self, Drawn, Of};
use super::figure::{self, Scripts};
use super::Register;
use crate::publish::files;
use crate::publish::html::escape;
use crate::shared::charts as kinds;
use crate::shared::layout::ApproxMeasure;
use crate::shared::messages::register as words;
use crate::shared::model::Lang;
use crate::shared::render;
use crate::shared::spec::{ChartSpec, Entry, Resolved};
use crate::shared::theme::{Theme, ThemeName, FONT_STACK};
use crate::shared::wire;

mod tables;
use tables::{period, rest, table};

/// The widths an indicator page lays its charts out at: a phone's and a wide column.
const NARROW: f64 = 360.0;
const WIDE: f64 = 680.0;

/// The indicators' stylesheet (`indicators/indicators.css`): the story's font stack (the
/// pages of a site built without the story's scripts and stylesheet read in it too), then
/// [`STYLE`].
pub fn style() -> String {
    format!("body{{font-family:{FONT_STACK}}}\n{STYLE}")
}

/// What the indicators' pages add to the story stylesheet: the navigation, the data tables
/// with their sentences, the notes for the desk. Colours are the story's (its custom
/// properties), so that the dark theme follows.
pub const STYLE: &str = "nav.top{display:flex;gap:16px;font-size:14px;margin-bottom:8px}\
.register h1{font-size:clamp(24px,5vw,32px)}.register .chart{margin:0 0 40px}.table{overflow-x:auto}\
table{border-collapse:collapse;font-size:14px;margin-top:8px}caption{text-align:left;font-size:14px;color:inherit}\
td,th{border-bottom:1px solid var(--rule,#ddd);padding:4px 8px;text-align:left;vertical-align:top}\
td.s{color:var(--muted,#555);min-width:16em}td:nth-child(-n+3),.rest td:nth-child(4),th{white-space:nowrap}\
.r{display:block;white-space:normal;color:var(--muted,#555);font-size:13px}.note{color:var(--muted,#555);font-size:14px}.register details.data{margin-top:8px;font-size:14px}summary{cursor:pointer}\
@media (max-width:600px){thead{display:none}tr,td{display:block}td{border:0;padding:2px 0}tr{border-bottom:1px solid var(--rule,#ddd);padding:8px 0}td.s{min-width:0}}\n";

/// What every page of one indicator needs.
#[derive(Debug, Clone, Copy)]
pub struct Indicator<'a> {
    /// The register.
    pub register: &'a Register,
    /// The indicator's id (`gdp`).
    pub id: &'a str,
    /// Its name in Chinese, its glossary term's (地区生产总值), whatever a report prints.
    pub zh: &'a str,
    /// Its name in English, from the glossary (GDP).
    pub en: &'a str,
    /// The shared files the pages name; empty names leave the pages static.
    pub scripts: &'a Scripts,
}

impl Indicator<'_> {
    fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Every chart of indicator `id` named `name`: targets beside results (growth, then
/// values), the rankings
/// (values, growth) and a trend a place.
pub fn drawn<'a>(register: &'a Register, id: &str, name: &str, lang: Lang) -> Vec<Drawn<'a>> {
    let of = Of { id, name, lang };
    let mut out: Vec<Drawn<'a>> = Vec::new();
    out.extend(charts::target_result::draw(register, of));
    out.extend(charts::outcome::draw(register, of));
    out.extend(charts::outcome::values(register, of));
    out.extend(charts::ranking::draw(register, of, charts::Measure::Value));
    out.extend(charts::ranking::draw(register, of, charts::Measure::Growth));
    out.extend(charts::trend::draw(register, of));
    out
}

/// A chart's SVG at a width and theme, with its size.
fn svg(spec: &ChartSpec, width: f64, dark: bool) -> Result<(String, (f64, f64)), String> {
    let name = if dark {
        ThemeName::Dark
    } else {
        ThemeName::Light
    };
    let theme = Theme::new(name, width.max(kinds::MIN_WIDTH));
    let scene = kinds::layout(spec, theme, width, &mut ApproxMeasure);
    Ok((
        render::svg(&scene, &spec.title)?,
        (scene.width, scene.height),
    ))
}

/// The chart's data as CSV (UTF-8 with a BOM, values as printed), as a report's chart's.
fn chart_csv(d: &Drawn<'_>, lang: Lang) -> String {
    let t = words::page(lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&t.csv_columns.join(","));
    out.push_str("\r\n");
    for (it, e) in d.spec.items.iter().zip(&d.entries) {
        let fields = [
            e.slug.clone(),
            e.place_in(lang),
            period(e, lang),
            it.value_text.clone().unwrap_or_default(),
            e.figure.source.clone(),
            e.link_in(lang),
        ];
        let line: Vec<String> = fields.iter().map(|s| super::csv::field(s)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One chart of a page as a story page's chart (canvas over its static SVG, caption,
/// downloads, embed codes), its data table with every value linked to its sentence; its
/// files (SVGs, CSV, embed page) into `out`.
fn chart(
    d: &Drawn<'_>,
    ind: &Indicator<'_>,
    lang: Lang,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<String, String> {
    let id = &d.spec.id;
    let mut sizes = [(0.0, 0.0); 2];
    for (i, width) in [NARROW, WIDE].into_iter().enumerate() {
        for dark in [false, true] {
            let (svg, size) = svg(&d.spec, width, dark)?;
            sizes[i] = size;
            let path = files::svg(id, lang, i == 0, dark);
            out.push((format!("{}{path}", files::INDICATORS), svg.into_bytes()));
        }
    }
    out.push((
        format!("{}{}", files::INDICATORS, files::csv(id, lang)),
        chart_csv(d, lang).into_bytes(),
    ));
    let alt = escape(&crate::shared::charts::shown::describe(&d.spec));
    let t = words::page(lang);
    let embed = figure::embed_page(
        d,
        ind.id,
        &figure::plot(id, lang, sizes, &alt, "../"),
        ind.scripts,
        t.more,
    );
    out.push((
        format!("{}{}", files::INDICATORS, files::embed(id, lang)),
        embed.into_bytes(),
    ));
    let mut html = format!(
        "<figure class=\"chart\" data-chart=\"{id}\" id=\"chart-{id}\">\n{plot}\n{caption}\n",
        id = escape(id),
        plot = figure::plot(id, lang, sizes, &alt, ""),
        caption = figure::caption(d, lang),
    );
    html.push_str(&table(d, &t, lang));
    let notes = [
        (t.unsure, &d.unsure),
        (t.bounds, &d.bounds),
        (t.unread, &d.unread),
        (t.absent, &d.absent),
    ];
    for (before, list) in notes {
        if !list.is_empty() {
            html.push_str(&format!(
                "<p class=\"note\">{before}{}</p>\n",
                escape(&list.join("、"))
            ));
        }
    }
    html.push_str(&figure::tools(id, lang, t.tools));
    html.push_str("</figure>\n");
    Ok(html)
}

fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// The notes of the rankings the page does not draw because it left places out, and of
/// the targets beside results left out for their units: each place named, with why.
/// Empty where none.
fn not_drawn(ind: &Indicator<'_>, lang: Lang) -> String {
    let of = Of {
        id: ind.id,
        name: ind.name(lang),
        lang,
    };
    [charts::Measure::Value, charts::Measure::Growth]
        .into_iter()
        .filter_map(|m| charts::ranking::not_drawn(ind.register, of, m))
        .chain(charts::outcome::not_compared(ind.register, of))
        .map(|note| format!("<p class=\"note\">{}</p>\n", escape(note.trim_end())))
        .collect()
}

/// The labels the reports print for the indicator, in the order the register meets them:
/// the page is named by its glossary term (地区生产总值) and says which printed labels it
/// gathers (生产总值, GDP), so that no report's wording is taken for everyone's.
fn labels(ind: &Indicator<'_>, lang: Lang) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for e in ind.register.of(ind.id) {
        let l = e.figure.label.zh.as_str();
        if !seen.contains(&l) {
            seen.push(l);
        }
    }
    let zh = if lang == Lang::Zh {
        ""
    } else {
        " lang=\"zh-CN\""
    };
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let list: Vec<String> = seen
        .iter()
        .map(|l| format!("<span{zh}>{}</span>", escape(l)))
        .collect();
    format!(
        "<p class=\"labels\">{}{}</p>\n",
        words::page(lang).labels,
        list.join(sep)
    )
}

/// What [`page`] writes: every file, and the ids of the page's charts.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Every file, as (path under `dist/`, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// The charts of the page, in order.
    pub charts: Vec<String>,
}

/// The page of an indicator in `lang`, and every file its charts need: the page links the
/// reports' pages at `../SLUG/`, the register at `../indicators.csv` and the index at
/// `../index.html`; its charts file is `indicators/data/ID[.en].bin`.
///
/// # Errors
/// When a chart's SVG cannot be written.
pub fn page(ind: &Indicator<'_>, lang: Lang) -> Result<Written, String> {
    let t = words::page(lang);
    let name = ind.name(lang);
    let mut out = Vec::new();
    let mut body = String::new();
    let drawn = drawn(ind.register, ind.id, name, lang);
    if drawn.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", t.no_chart));
    }
    for d in &drawn {
        body.push_str(&chart(d, ind, lang, &mut out)?);
    }
    body.push_str(&not_drawn(ind, lang));
    body.push_str(&rest(ind, &drawn, &t, lang));
    let resolved = Resolved {
        lang,
        charts: drawn
            .iter()
            .map(|d| Entry::Chart(Box::new(d.spec.clone())))
            .collect(),
    };
    out.push((
        format!("{}{}", files::INDICATORS, figure::data_file(ind.id, lang)),
        wire::encode(&resolved),
    ));
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let other_page = files::indicator(ind.id, other);
    let s = ind.scripts;
    let head = if s.app.is_empty() {
        String::new()
    } else {
        format!(
            "<link rel=\"stylesheet\" href=\"{}\">\n<script type=\"module\" src=\"{}\"></script>\n",
            escape(&s.style),
            escape(&s.app)
        )
    };
    let html = format!(
        "<!doctype html>\n<html lang=\"{html_lang}\"{charts}>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}{name}</title>\n<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n{head}<link rel=\"stylesheet\" href=\"indicators.css\">\n</head>\n<body>\n<main class=\"story register\">\n<header class=\"story-head\">\n<nav class=\"top\" aria-label=\"{nav}\"><a href=\"../index.html\" hreflang=\"zh-CN\">{index}</a><a href=\"{other_page}\" hreflang=\"{other_lang}\" lang=\"{other_lang}\">{switch}</a></nav>\n<h1>{title}{name}</h1>\n<p>{lead}</p>\n{labels}</header>\n{body}<footer class=\"story-foot\"><p><a href=\"../{csv_path}\" download>{csv}</a></p></footer>\n</main>\n</body>\n</html>\n",
        html_lang = html_lang(lang),
        charts = figure::charts_attributes(ind.id, &ind.scripts.wasm),
        other_lang = html_lang(other),
        other_page = escape(other_page.trim_start_matches(files::INDICATORS)),
        title = t.title,
        name = escape(name),
        nav = t.nav,
        index = t.index,
        switch = t.switch,
        lead = t.lead,
        labels = labels(ind, lang),
        csv_path = files::INDICATORS_CSV,
        csv = t.csv,
    );
    out.push((files::indicator(ind.id, lang), html.into_bytes()));
    Ok(Written {
        files: out,
        charts: drawn.iter().map(|d| d.spec.id.clone()).collect(),
    })
}
