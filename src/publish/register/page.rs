//! An indicator's pages, `indicators/ID.html` and `indicators/ID.en.html`: its charts
//! across reports as static SVG (a phone's layout and a wide one, light and dark, chosen
//! by the browser), each chart's data table with every value linked to its sentence on
//! its report's page, its downloads (SVG, CSV) and embed code, the places a chart left
//! out for the desk, and a link to the other language. Every chart also gets an embed
//! page of its own (`indicators/embed/CHART[.en].html`). No script: the pages read whole
//! without it, under `default-src 'self'` (the style is a file).

use super::charts::{self, Drawn, Of};
use super::{Period, Register};
use crate::publish::files;
use crate::publish::html::escape;
use crate::shared::charts as kinds;
use crate::shared::layout::ApproxMeasure;
use crate::shared::messages::register::{self as words, Page};
use crate::shared::model::Lang;
use crate::shared::render;
use crate::shared::spec::ChartSpec;
use crate::shared::theme::{Theme, ThemeName};

/// The widths an indicator page lays its charts out at: a phone's and a wide column.
const NARROW: f64 = 360.0;
const WIDE: f64 = 680.0;

/// The pages' and embeds' style (`indicators/indicators.css`).
pub const STYLE: &str = "body{font-family:system-ui,'PingFang SC','Noto Sans CJK SC',sans-serif;margin:0 auto;max-width:720px;padding:16px;color:#1a1a1a;background:#fff;line-height:1.6}\
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#161616}a{color:#8ab4ff}td,th,tr{border-color:#444!important}.note,td.s{color:#bbb!important}}\
nav.top{display:flex;gap:16px;font-size:14px}h1{font-size:26px;line-height:1.35;margin:8px 0}figure{margin:28px 0}figcaption{font-weight:600;font-size:17px}\
.sub{display:block;font-weight:400;font-size:14px}picture img{max-width:100%;height:auto;display:block}.table{overflow-x:auto}table{border-collapse:collapse;font-size:14px;margin-top:8px}\
caption{text-align:left;font-size:14px;color:inherit}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}\
@media (max-width:520px){picture img{margin:0 -16px;max-width:calc(100% + 32px)}}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}td.s{color:#555;min-width:16em}td:nth-child(-n+3),th{white-space:nowrap}\
.note{color:#555;font-size:14px}details{margin-top:8px;font-size:14px}summary{cursor:pointer}textarea{width:100%;box-sizing:border-box;font:12px/1.4 monospace}\
body.embed{padding:0;max-width:none}\
@media (max-width:600px){thead{display:none}tr,td{display:block}td{border:0;padding:2px 0}tr{border-bottom:1px solid #ddd;padding:8px 0}td.s{min-width:0}}\n";

/// What every page of one indicator needs.
#[derive(Debug, Clone, Copy)]
pub struct Indicator<'a> {
    /// The register.
    pub register: &'a Register,
    /// The indicator's id (`gdp`).
    pub id: &'a str,
    /// Its name in Chinese, as the first report prints it (地区生产总值).
    pub zh: &'a str,
    /// Its name in English, from the glossary (GDP).
    pub en: &'a str,
    /// The site's public address (`https://…/`), when known: the embed codes are then
    /// absolute.
    pub root: Option<&'a str>,
}

impl Indicator<'_> {
    fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Every chart of indicator `id` named `name`: targets beside results, the rankings
/// (values, growth) and a trend a place.
pub fn drawn<'a>(register: &'a Register, id: &str, name: &str, lang: Lang) -> Vec<Drawn<'a>> {
    let of = Of { id, name, lang };
    let mut out: Vec<Drawn<'a>> = Vec::new();
    out.extend(charts::target_result(register, of));
    out.extend(charts::ranking(register, of, charts::Measure::Value));
    out.extend(charts::ranking(register, of, charts::Measure::Growth));
    out.extend(charts::trends(register, of));
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

/// The `<picture>` of a chart: narrow and wide, light and dark; `base` reaches
/// `indicators/` from the page.
fn picture(id: &str, lang: Lang, sizes: [(f64, f64); 2], alt: &str, base: &str) -> String {
    let [(nw, nh), (w, h)] = sizes.map(|(w, h)| (w.round(), h.round()));
    let f = |narrow, dark| format!("{base}{}", files::svg(id, lang, narrow, dark));
    format!(
        "<picture><source media=\"(max-width: 520px) and (prefers-color-scheme: dark)\" srcset=\"{}\" width=\"{nw}\" height=\"{nh}\">\
<source media=\"(max-width: 520px)\" srcset=\"{}\" width=\"{nw}\" height=\"{nh}\">\
<source media=\"(prefers-color-scheme: dark)\" srcset=\"{}\" width=\"{w}\" height=\"{h}\">\
<img src=\"{}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" loading=\"lazy\" decoding=\"async\"></picture>",
        f(true, true),
        f(true, false),
        f(false, true),
        f(false, false),
    )
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
            e.place.clone(),
            period(&e.period, lang),
            it.value_text.clone().unwrap_or_default(),
            e.figure.source.clone(),
            e.link.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|s| super::csv::field(s)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn period(p: &Period, lang: Lang) -> String {
    match p {
        Period::Year(y) => words::year_label(lang, *y),
        Period::Other(p) => p.clone(),
    }
}

/// The data table: every value linked to its sentence on its report's page.
fn table(d: &Drawn<'_>, t: &Page, lang: Lang) -> String {
    let zh = if lang == Lang::Zh {
        ""
    } else {
        " lang=\"zh-CN\""
    };
    let mut out = format!(
        "<div class=\"table\"><table><caption>{}</caption><thead><tr>",
        escape(&format!("{}{}", t.table, d.spec.title))
    );
    for c in t.columns {
        out.push_str(&format!("<th scope=\"col\">{c}</th>"));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (it, e) in d.spec.items.iter().zip(&d.entries) {
        let value = it.value_text.clone().unwrap_or_default();
        let change = it.change.as_ref().map(|c| c.text.clone());
        let change = change.filter(|c| *c != value).unwrap_or_default();
        out.push_str(&format!(
            "<tr><td{zh}>{place}</td><td>{period}</td><td><a href=\"../{link}\">{value}</a></td><td>{change}</td><td class=\"s\"{zh}>{source} <a href=\"../{link}\"{en}>{open}</a></td></tr>\n",
            place = escape(&e.place),
            period = escape(&period(&e.period, lang)),
            link = escape(&e.link),
            value = escape(&value),
            change = escape(&change),
            source = escape(&e.figure.source),
            en = if lang == Lang::En { " lang=\"en\"" } else { "" },
            open = t.open,
        ));
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// The downloads and the embed code of a chart.
fn tools(d: &Drawn<'_>, ind: &Indicator<'_>, lang: Lang, height: f64) -> String {
    let t = words::page(lang);
    let id = &d.spec.id;
    let link = |path: String, label: &str| {
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        format!("<a href=\"{path}\" download=\"{name}\">{label}</a>")
    };
    let strip = |p: String| p.trim_start_matches(files::INDICATORS).to_string();
    let embed = files::embed(id, lang);
    let src = match ind.root {
        Some(root) => format!("{root}{}{embed}", files::INDICATORS),
        None => embed,
    };
    let code = format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{h}\" frameborder=\"0\" scrolling=\"no\" loading=\"lazy\"></iframe>",
        title = escape(&d.spec.title),
        h = height.ceil() + 48.0,
    );
    format!(
        "<details><summary>{summary}</summary><p>{dl} {svg} {dark} {csv}</p>\
<label>{embed_label}<textarea readonly rows=\"3\">{code}</textarea></label><p class=\"note\">{embed_note}</p></details>\n",
        summary = t.tools,
        dl = t.download,
        svg = link(strip(files::svg(id, lang, false, false)), "SVG"),
        dark = link(strip(files::svg(id, lang, false, true)), t.svg_dark),
        csv = link(strip(files::csv(id, lang)), "CSV"),
        embed_label = t.embed,
        code = escape(&code),
        embed_note = if ind.root.is_some() {
            ""
        } else {
            t.embed_relative
        },
    )
}

/// One chart of a page, and its files (SVGs, CSV, embed page) into `out`.
fn chart(
    d: &Drawn<'_>,
    ind: &Indicator<'_>,
    lang: Lang,
    out: &mut Vec<(String, String)>,
) -> Result<String, String> {
    let id = &d.spec.id;
    let mut sizes = [(0.0, 0.0); 2];
    for (i, width) in [NARROW, WIDE].into_iter().enumerate() {
        for dark in [false, true] {
            let (svg, size) = svg(&d.spec, width, dark)?;
            sizes[i] = size;
            let path = files::svg(id, lang, i == 0, dark);
            out.push((format!("{}{path}", files::INDICATORS), svg));
        }
    }
    out.push((
        format!("{}{}", files::INDICATORS, files::csv(id, lang)),
        chart_csv(d, lang),
    ));
    let alt = escape(&crate::shared::spec::describe(&d.spec));
    let caption = format!(
        "<figcaption class=\"visually-hidden\">{}<span class=\"sub\">{}</span></figcaption>",
        escape(&d.spec.title),
        escape(&d.spec.subtitle)
    );
    out.push((
        format!("{}{}", files::INDICATORS, files::embed(id, lang)),
        embed_page(
            d,
            ind,
            lang,
            &picture(id, lang, sizes, &alt, "../"),
            &caption,
        ),
    ));
    let t = words::page(lang);
    let mut html = format!(
        "<figure id=\"chart-{}\">\n{caption}\n{}\n",
        escape(id),
        picture(id, lang, sizes, &alt, "")
    );
    html.push_str(&table(d, &t, lang));
    for (before, list) in [(t.unsure, &d.unsure), (t.bounds, &d.bounds)] {
        if !list.is_empty() {
            html.push_str(&format!(
                "<p class=\"note\">{before}{}</p>\n",
                escape(&list.join("、"))
            ));
        }
    }
    html.push_str(&tools(d, ind, lang, sizes[1].1));
    html.push_str("</figure>\n");
    Ok(html)
}

/// A chart's embed page: the chart alone, its caption, and a link to its indicator page.
fn embed_page(
    d: &Drawn<'_>,
    ind: &Indicator<'_>,
    lang: Lang,
    picture: &str,
    caption: &str,
) -> String {
    let t = words::page(lang);
    let page = files::indicator(ind.id, lang);
    format!(
        "<!doctype html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<link rel=\"icon\" href=\"../../favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"../indicators.css\">\n</head>\n<body class=\"embed\">\n<main>\n<figure>\n{caption}\n{picture}\n</figure>\n<p class=\"note\"><a href=\"../{page}\" target=\"_top\">{more}</a></p>\n</main>\n</body>\n</html>\n",
        html_lang = html_lang(lang),
        title = escape(&d.spec.title),
        page = escape(page.trim_start_matches(files::INDICATORS)),
        more = t.more,
    )
}

fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// The page of an indicator in `lang`, and every file its charts need, as (path under
/// `dist/`, contents): the page links the reports' pages at `../SLUG/`, the register at
/// `../indicators.csv` and the index at `../index.html`.
///
/// # Errors
/// When a chart's SVG cannot be written.
pub fn page(ind: &Indicator<'_>, lang: Lang) -> Result<Vec<(String, String)>, String> {
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
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let other_page = files::indicator(ind.id, other);
    let html = format!(
        "<!doctype html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}{name}</title>\n<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"indicators.css\">\n</head>\n<body>\n<header>\n<nav class=\"top\" aria-label=\"{nav}\"><a href=\"../index.html\">{index}</a><a href=\"{other_page}\" hreflang=\"{other_lang}\" lang=\"{other_lang}\">{switch}</a></nav>\n<h1>{title}{name}</h1>\n<p>{lead}</p>\n</header>\n<main>\n{body}</main>\n<footer><p><a href=\"../{csv_path}\" download>{csv}</a></p></footer>\n</body>\n</html>\n",
        html_lang = html_lang(lang),
        other_lang = html_lang(other),
        other_page = escape(other_page.trim_start_matches(files::INDICATORS)),
        title = t.title,
        name = escape(name),
        nav = t.nav,
        index = t.index,
        switch = t.switch,
        lead = t.lead,
        csv_path = files::INDICATORS_CSV,
        csv = t.csv,
    );
    out.push((files::indicator(ind.id, lang), html));
    Ok(out)
}
