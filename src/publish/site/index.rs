//! The index of a site of many reports (`dist/index.html`): every report with its place,
//! year, title and headline figure, linked to its page, and filters by place and year
//! that work without script (radio buttons and CSS `:has()`).

use crate::publish::files;
use crate::publish::format;
use crate::publish::html::escape;
use crate::publish::register::Named;
use crate::shared::messages::index_words;
use crate::shared::model::{Lang, Report, Status};

/// One report as the index lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its folder under the site (`xihu-2024`).
    pub slug: String,
    /// The place it is about, when the data names it.
    pub place: Option<String>,
    /// The year its results are for (the year a work report reviews).
    pub year: i64,
    /// Its title.
    pub title: String,
    /// Its headline figure, as the page prints it (地区生产总值 800亿元), when it has one.
    pub headline: Option<String>,
    /// Whether only the draft has read it.
    pub draft: bool,
}

impl Entry {
    /// The entry of report `r` at `slug`.
    pub fn of(slug: &str, r: &Report, draft: bool) -> Entry {
        Entry {
            slug: slug.to_string(),
            place: r.meta.place.as_ref().map(|p| p.zh.clone()),
            // The year the register files the report's results under: a work report's
            // review year (a draft's meta.year may be a plan's end, 2030).
            year: crate::publish::register::review_year(r),
            title: r.meta.title.zh.clone(),
            headline: headline(r),
            draft,
        }
    }
}

/// The first result with a value among the first chart's figures: a figure the page
/// itself draws first, never a target or a bound, and never one the desk has not
/// confirmed (a draft's reading is not a headline).
fn headline(r: &Report) -> Option<String> {
    let chart = r.charts.first()?;
    chart.figures.iter().find_map(|&i| {
        let f = r.figures.get(i)?;
        if f.status != Status::Result || f.draft {
            return None;
        }
        let value = format::value(f, Lang::Zh)?;
        Some(format!("{} {value}", f.label.zh))
    })
}

/// A filter's values as CSS-safe ids: their position in the sorted list.
fn choices<T: Ord + Clone>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = values.collect();
    v.sort();
    v.dedup();
    v
}

/// The index's stylesheet (`index.css`): its own styles, and the filters' rules, one per
/// place and year of `entries` (a file, not inline: the pages keep to `style-src 'self'`).
pub fn style(entries: &[Entry]) -> String {
    let places = choices(entries.iter().map(|e| e.place.clone().unwrap_or_default()));
    let years = choices(entries.iter().map(|e| e.year));
    let mut css = String::from(STYLE);
    for i in 0..places.len() {
        css.push_str(&format!(
            "body:has(#place-{i}:checked) li:not([data-place=\"{i}\"]){{display:none}}\n"
        ));
    }
    for i in 0..years.len() {
        css.push_str(&format!(
            "body:has(#year-{i}:checked) li:not([data-year=\"{i}\"]){{display:none}}\n"
        ));
    }
    css
}

/// The index page, in Chinese, listing `entries` by year (newest first), then place, the
/// reports `left_out` (refused by this build, by name) and the `indicators` that have a
/// page (id, Chinese name, English name) with the register.
pub fn page(entries: &[Entry], indicators: &[Named], left_out: &[&str]) -> String {
    let w = index_words(Lang::Zh);
    let mut list: Vec<&Entry> = entries.iter().collect();
    list.sort_by(|a, b| (b.year, &a.place, &a.slug).cmp(&(a.year, &b.place, &b.slug)));
    let places = choices(entries.iter().map(|e| e.place.clone().unwrap_or_default()));
    let years = choices(entries.iter().map(|e| e.year));
    let mut filters = String::new();
    filters.push_str(&fieldset("place", w.place, w.all, &places, |p| {
        if p.is_empty() {
            w.no_place.to_string()
        } else {
            p.clone()
        }
    }));
    filters.push_str(&fieldset("year", w.year, w.all, &years, |y| y.to_string()));
    let mut items = String::new();
    for e in list {
        let p = places
            .iter()
            .position(|x| Some(x) == e.place.as_ref() || (x.is_empty() && e.place.is_none()))
            .unwrap_or(0);
        let y = years.iter().position(|x| *x == e.year).unwrap_or(0);
        items.push_str(&item(e, p, y, w.draft));
    }
    format!(
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<meta name=\"color-scheme\" content=\"light dark\">\n\
<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"{style}\">\n</head>\n<body>\n<main class=\"site-index\">\n\
<h1>{title}</h1>\n<p class=\"deck\">{deck}</p>\n<form class=\"filters\" aria-label=\"{filter}\">\n{filters}</form>\n\
<ul class=\"reports\">\n{items}</ul>\n{left_out}{register}</main>\n</body>\n</html>\n",
        title = escape(w.title),
        deck = escape(w.deck),
        filter = escape(w.filter),
        style = files::INDEX_STYLE,
        left_out = left_out_section(left_out),
        register = register(indicators),
    )
}

/// The reports this build left out, with why in a reader's words; nothing when none.
fn left_out_section(names: &[&str]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let w = index_words(Lang::Zh);
    let items: String = names
        .iter()
        .map(|n| format!("<li>{}</li>\n", escape(n)))
        .collect();
    format!(
        "<section class=\"left-out\" aria-labelledby=\"left-out\">\n<h2 id=\"left-out\">{title}</h2>\n<p>{why}</p>\n<ul>\n{items}</ul>\n</section>\n",
        title = escape(w.left_out),
        why = escape(w.left_out_why),
    )
}

/// The register's section: a link to every indicator's page and to `indicators.csv`.
fn register(indicators: &[Named]) -> String {
    let w = index_words(Lang::Zh);
    let links: String = indicators
        .iter()
        .map(|(id, zh, en)| {
            format!(
                "<li><a href=\"{page}\">{zh}</a> <span class=\"en\" lang=\"en\">{en}</span></li>\n",
                page = escape(&files::indicator(id, Lang::Zh)),
                zh = escape(zh),
                en = escape(en),
            )
        })
        .collect();
    let list = if links.is_empty() {
        format!("<p>{}</p>\n", escape(w.no_indicators))
    } else {
        format!("<ul class=\"indicators\">\n{links}</ul>\n")
    };
    format!(
        "<section class=\"register\" aria-labelledby=\"register\">\n<h2 id=\"register\">{title}</h2>\n<p>{deck}</p>\n{list}<p><a href=\"{csv}\" download>{download}</a></p>\n</section>\n",
        title = escape(w.indicators),
        deck = escape(w.indicators_deck),
        csv = files::INDICATORS_CSV,
        download = escape(w.csv),
    )
}

/// One filter: "all" and one radio button per value.
fn fieldset<T>(
    name: &str,
    legend: &str,
    all: &str,
    values: &[T],
    show: impl Fn(&T) -> String,
) -> String {
    let mut s = format!(
        "<fieldset><legend>{}</legend>\n<label><input type=\"radio\" name=\"{name}\" id=\"{name}-all\" checked> {}</label>\n",
        escape(legend),
        escape(all)
    );
    for (i, v) in values.iter().enumerate() {
        s.push_str(&format!(
            "<label><input type=\"radio\" name=\"{name}\" id=\"{name}-{i}\"> {}</label>\n",
            escape(&show(v))
        ));
    }
    s.push_str("</fieldset>\n");
    s
}

fn item(e: &Entry, place: usize, year: usize, draft: &str) -> String {
    let badge = if e.draft {
        format!(" <span class=\"draft\">{}</span>", escape(draft))
    } else {
        String::new()
    };
    let headline = e
        .headline
        .as_ref()
        .map(|h| format!("<p class=\"headline\">{}</p>", escape(h)))
        .unwrap_or_default();
    format!(
        "<li data-place=\"{place}\" data-year=\"{year}\"><p class=\"where\">{where_}<span class=\"year\">{y}</span>{badge}</p>\
<h2><a href=\"{slug}/\">{title}</a></h2>{headline}</li>\n",
        where_ = e
            .place
            .as_ref()
            .map(|p| format!("<span class=\"place\">{}</span> ", escape(p)))
            .unwrap_or_default(),
        y = e.year,
        slug = escape(&e.slug),
        title = escape(&e.title),
    )
}

/// The index's own styles: a narrow column, the filters as rows of chips.
const STYLE: &str = "body{margin:0;font:16px/1.6 system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;color:#1a1a1a;background:#fff}\
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#161616}a{color:#8ab4ff}.deck,.where,.en{color:#b0b0b0!important}\
.reports li,label{border-color:#555!important}label:has(input:checked){background:#e8e8e8!important;color:#161616!important}}\
.site-index{max-width:960px;margin:0 auto;padding:24px 16px}h1{font-size:28px;margin:0 0 4px}.deck{margin:0 0 16px;color:#666}\
.filters{display:flex;flex-wrap:wrap;gap:8px 24px;margin-bottom:16px}fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}\
legend{float:left;font-weight:600;margin-right:6px}label{display:inline-flex;gap:4px;align-items:center;padding:2px 10px;border:1px solid #ccc;border-radius:999px;cursor:pointer;font-size:14px}\
label:has(input:checked){background:#1a1a1a;color:#fff;border-color:#1a1a1a}input[type=radio]{position:absolute;opacity:0;width:1px;height:1px}label:has(input:focus-visible){outline:2px solid #0a66c2}\
.reports{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}\
.reports li{border:1px solid #ddd;border-radius:8px;padding:12px 14px}.reports h2{font-size:18px;line-height:1.4;margin:4px 0}.where{margin:0;font-size:14px;color:#666}\
.place{font-weight:600;color:inherit}.draft{display:inline-block;margin-left:6px;padding:0 6px;border-radius:4px;background:#fff3cd;color:#6b4e00;font-size:12px}\
.headline{margin:0;font-size:15px}.left-out{margin-top:24px;padding:8px 14px;border-left:4px solid #d9a400;background:#fffbe8}\
@media (prefers-color-scheme:dark){.left-out{background:#2a2510}}.left-out h2{font-size:18px;margin:4px 0}.left-out p{margin:4px 0}.register{margin-top:32px}.register h2{font-size:22px}\
.indicators{display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;list-style:none}.en{color:#666;font-size:13px}\n";
