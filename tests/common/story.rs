//! The story page as the site writes it, and what the tests read back from its HTML: an
//! attribute, a figure's mark, every marked number. Apart from the data helpers of
//! `common`, since only the page's tests (story_*, long_order, draft_tables…) read HTML.

use super::{path, report_text, AnySize};
use report_charts::publish::page;
use report_charts::publish::social::Site;
use report_charts::shared::model::{Figure, Lang, Report};

/// The story page of report `r` in `lang`, with its text if any: www/index.html filled,
/// no site URL, every SVG fallback 720×400.
pub fn page(r: &Report, lang: Lang, text: Option<&str>) -> String {
    let template = std::fs::read_to_string(path("www/index.html")).unwrap();
    let site = Site::parse("").unwrap();
    let cx = page::Context {
        sizes: &AnySize,
        site: &site,
        text,
    };
    page::fill(&template, r, lang, &cx)
}

/// Xihu's story page in `lang`, with its text.
pub fn xihu_page(r: &Report, lang: Lang) -> String {
    page(r, lang, Some(&report_text()))
}

/// Where chart `id` stands on the page.
pub fn chart_at(html: &str, id: &str) -> usize {
    html.find(&format!("data-chart=\"{id}\" id=\"chart-"))
        .unwrap_or_else(|| panic!("no chart {id} on the page"))
}

/// The value of attribute `name` in `html`'s first tag that has it.
pub fn attr<'a>(html: &'a str, name: &str) -> &'a str {
    html.split(&format!("{name}=\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        .split('"')
        .next()
        .unwrap()
}

/// The first mark of figure `id` on the page, from its `<span` to its `</span>`.
pub fn mark_of<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("data-figure=\"{id}\""))
        .unwrap_or_else(|| panic!("no mark of {id}"));
    let mark = &html[html[..start].rfind('<').unwrap()..];
    &mark[..mark.find("</span>").unwrap()]
}

/// A marked number of the page: its figure and the number as printed.
pub struct Mark {
    /// The figure's id.
    pub figure: String,
    /// The number, as the text prints it.
    pub number: String,
}

/// Every marked number of the page, in order.
pub fn marks(html: &str) -> Vec<Mark> {
    html.split("class=\"fig\"")
        .skip(1)
        .map(|m| Mark {
            figure: attr(m, "data-figure").to_string(),
            number: m
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string(),
        })
        .collect()
}

/// What a figure prints in its sentence: its value and its changes', each end of a range.
pub fn printed(f: &Figure) -> Vec<f64> {
    let changes = f.change.iter().chain(&f.compare);
    f.value
        .into_iter()
        .chain(f.to)
        .chain(changes.flat_map(|c| [Some(c.value), c.to]).flatten())
        .collect()
}
