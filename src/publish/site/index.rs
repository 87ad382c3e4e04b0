//! The index of a site of many reports (`dist/index.html`): every report with its place,
//! year, title and headline figure, linked to its page, and filters by place and year
//! that work without script (radio buttons and CSS `:has()`).

use crate::publish::files;
use crate::publish::html::escape;
use crate::publish::register::{self, marks, Named, Period, Register};
use crate::shared::format;
use crate::shared::messages::site::{index_words, index_years};
use crate::shared::model::{Lang, Report, Status};
use crate::shared::theme::FONT_STACK;

/// A report's headline figure as the index prints it, and where it stands on its page.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// As the page prints it: 地区生产总值 62661亿元，增长4.8%.
    pub text: String,
    /// Its sentence (or chart) on the report's page, from the site's root.
    pub link: String,
}

/// One report as the index lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its folder under the site (`xihu-2024`).
    pub slug: String,
    /// The place it is about, when the data names it.
    pub place: Option<String>,
    /// The year its results are for (the year a work report reviews).
    pub year: i64,
    /// The year its title prints (2026年政府工作报告 → 2026), when the title names one.
    pub title_year: Option<i64>,
    /// Its title.
    pub title: String,
    /// Its headline figure ([`headline`]), when it has one for sure.
    pub headline: Option<Headline>,
    /// Whether only the draft has read it.
    pub draft: bool,
}

impl Entry {
    /// The entry of report `r` at `slug`, its headline taken from the site's register.
    pub fn of(slug: &str, r: &Report, draft: bool, register: &Register) -> Entry {
        let title = r.meta.title.zh.clone();
        Entry {
            slug: slug.to_string(),
            place: r.meta.place.as_ref().map(|p| p.zh.clone()),
            // The year the register files the report's results under: a work report's
            // review year (a draft's meta.year may be a plan's end, 2030). A year the
            // desk has not written (0) is 未注明年份 here as on the page and the images,
            // one answer everywhere (the tester's M1), never a year guessed from targets.
            year: if r.meta.year == 0 {
                0
            } else {
                crate::publish::register::years::review_year(r)
            },
            title_year: crate::publish::kicker::title_year(&title),
            title,
            headline: headline(slug, register),
            draft,
        }
    }

    /// The year its title prints, where it differs from the year of its data.
    fn other_title_year(&self) -> Option<i64> {
        self.title_year.filter(|t| *t != self.year)
    }
}

/// The report's GDP of the year it reviews, from the register, as printed with its unit
/// and change: the one figure the 两会 chart and the rankings compare, so that the index
/// agrees with `indicators/gdp.html`. None when the report has none, when its only one is
/// a mark passed (迈上6万亿元台阶), or when it prints two different values or two
/// different growth rates for it (the ranking leaves it to the desk too): never a guess.
fn headline(slug: &str, register: &Register) -> Option<Headline> {
    let year = register
        .reports
        .iter()
        .find(|r| r.slug == slug)?
        .report_year;
    let found: Vec<&register::Entry> = register
        .of(HEADLINE_INDICATOR)
        .filter(|e| e.slug == slug && e.figure.status == Status::Result)
        .filter(|e| e.period == Period::Year(year) && !marks::passed(&e.figure))
        .collect();
    // One number printed twice alike (a five-year review's 增加到2025年的252.8亿元 and
    // the year's 252.8亿元，增长6.1%) is one headline; two that differ are the desk's.
    if !register::charts::all_consistent(&found) {
        return None;
    }
    let with_value: Vec<&register::Entry> = found
        .iter()
        .copied()
        .filter(|e| e.figure.value.is_some())
        .collect();
    // The figure with a value (with its growth where one prints it), else (a report that
    // prints only the growth, 地区生产总值增长5.3%) the first with a change.
    let first = register::charts::fullest(&with_value)
        .or_else(|| found.iter().copied().find(|e| e.figure.change.is_some()))?;
    let f = &first.figure;
    let printed = [
        format::value(f, Lang::Zh),
        f.change.as_ref().map(|c| format::change(c, f, Lang::Zh)),
    ];
    let printed: Vec<String> = printed.into_iter().flatten().collect();
    if printed.is_empty() {
        return None;
    }
    let text = format!("{} {}", f.label.zh, printed.join("，"));
    Some(Headline {
        text,
        link: first.link.clone(),
    })
}

/// The indicator whose figure heads each report's line in the index.
pub const HEADLINE_INDICATOR: &str = "gdp";

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
    // The story's font stack (shared::theme), so that the index reads as its reports do.
    let mut css = format!("body{{font:16px/1.6 {FONT_STACK}}}\n{STYLE}");
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
    // The year filter is by the year of the data: a reader who picks 2025 finds the
    // 2026 work reports that review 2025 beside a 2025 budget report. Each card still
    // names its report's own year beside the data's.
    let years = choices(entries.iter().map(|e| e.year));
    let mut filters = String::new();
    filters.push_str(&fieldset("place", w.place, w.all, &places, |p| {
        if p.is_empty() {
            w.no_place.to_string()
        } else {
            p.clone()
        }
    }));
    filters.push_str(&fieldset("year", w.year, w.all, &years, |y| {
        index_years(Lang::Zh, *y, None)
    }));
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
        .map(|h| {
            format!(
                "<p class=\"headline\"><a href=\"{}\">{}</a></p>",
                escape(&h.link),
                escape(&h.text)
            )
        })
        .unwrap_or_default();
    format!(
        "<li data-place=\"{place}\" data-year=\"{year}\"><p class=\"where\">{where_}<span class=\"year\">{y}</span>{badge}</p>\
<h2><a href=\"{slug}/\">{title}</a></h2>{headline}</li>\n",
        where_ = e
            .place
            .as_ref()
            .map(|p| format!("<span class=\"place\">{}</span> ", escape(p)))
            .unwrap_or_default(),
        y = escape(&index_years(Lang::Zh, e.year, e.other_title_year())),
        slug = escape(&e.slug),
        title = escape(&e.title),
    )
}

/// The index's own styles: a narrow column, the filters as rows of chips.
const STYLE: &str = "body{margin:0;color:#1a1a1a;background:#fff}\
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#161616}a{color:#8ab4ff}.deck,.where,.en{color:#b0b0b0!important}\
.reports li,label{border-color:#555!important}label:has(input:checked){background:#e8e8e8!important;color:#161616!important}}\
.site-index{max-width:960px;margin:0 auto;padding:24px 16px}h1{font-size:28px;margin:0 0 4px}.deck{margin:0 0 16px;color:#666}\
.filters{display:flex;flex-wrap:wrap;gap:8px 24px;margin-bottom:16px}fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}\
legend{float:left;font-weight:600;margin-right:6px}label{display:inline-flex;gap:4px;align-items:center;padding:2px 10px;border:1px solid #ccc;border-radius:999px;cursor:pointer;font-size:14px}\
label:has(input:checked){background:#1a1a1a;color:#fff;border-color:#1a1a1a}input[type=radio]{position:absolute;opacity:0;width:1px;height:1px}label:has(input:focus-visible){outline:2px solid #0a66c2}\
.reports{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}\
.reports li{border:1px solid #ddd;border-radius:8px;padding:12px 14px}.reports h2{font-size:18px;line-height:1.4;margin:4px 0}.where{margin:0;font-size:14px;color:#666}\
.place{font-weight:600;color:inherit}.year{white-space:nowrap}.draft{display:inline-block;margin-left:6px;padding:0 6px;border-radius:4px;background:#fff3cd;color:#6b4e00;font-size:12px}\
.headline{margin:0;font-size:15px}.left-out{margin-top:24px;padding:8px 14px;border-left:4px solid #d9a400;background:#fffbe8}\
@media (prefers-color-scheme:dark){.left-out{background:#2a2510}}.left-out h2{font-size:18px;margin:4px 0}.left-out p{margin:4px 0}.register{margin-top:32px}.register h2{font-size:22px}\
.indicators{display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;list-style:none}.en{color:#666;font-size:13px}\n";
