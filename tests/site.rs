#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The static pages as crawlers and readers without script get them: the English page
//! written whole in English, the two pages linking each other, and social cards whose
//! URLs are absolute when the build knows the site's address.

mod common;

use common::*;
use report_charts::publish::html;
use report_charts::publish::page::{self, SvgSizes};
use report_charts::publish::social::Site;
use report_charts::shared::model::{Lang, Report};

// The parts are in tests/static_pages/: tests/site/ holds the reports `make site-test` builds.
#[path = "static_pages/build.rs"]
mod build;
#[path = "static_pages/charts.rs"]
mod charts;
#[path = "static_pages/english.rs"]
mod english;
#[path = "static_pages/links.rs"]
mod links;

struct AnySize;

impl SvgSizes for AnySize {
    fn size(&self, _: &str, narrow: bool, _: Lang) -> (f64, f64) {
        if narrow {
            (360.0, 300.0)
        } else {
            (720.0, 400.0)
        }
    }
}

fn template() -> String {
    std::fs::read_to_string(path("www/index.html")).unwrap()
}

fn story(r: &Report, lang: Lang, site: &Site) -> String {
    let cx = page::Context {
        sizes: &AnySize,
        site,
        text: Some(&report_text()),
    };
    page::fill(&template(), r, lang, &cx)
}

/// The `content` of `<meta property|name="key">`, if any.
fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let start = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(i) = html.find(&start) {
            let rest = &html[i + start.len()..];
            return rest.split('"').next().map(str::to_string);
        }
    }
    None
}

/// The `href` of `<link rel="REL"…>` whose attributes contain `with`.
fn link(html: &str, rel: &str, with: &str) -> Option<String> {
    html.split("<link ")
        .skip(1)
        .map(|l| l.split('>').next().unwrap_or_default())
        .find(|l| l.contains(&format!("rel=\"{rel}\"")) && l.contains(with))
        .and_then(|l| l.split("href=\"").nth(1))
        .and_then(|h| h.split('"').next())
        .map(str::to_string)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// `html` without the elements marked `lang="zh-CN"` (the quoted source sentences and
/// the 中文 link), which are meant to be Chinese.
fn without_chinese_elements(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(" lang=\"zh-CN\"") {
        let open = rest[..i].rfind('<').unwrap();
        let tag: String = rest[open + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let close = format!("</{tag}>");
        let end = rest[i..].find(&close).map(|j| i + j + close.len()).unwrap();
        out.push_str(&rest[..open]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
