#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The kicker over a story's headline (tester s-test15 on a 两会 story): a publication the
//! draft left 待填写 never reaches a reader, on the page, the cover or the long image; and
//! a title that prints another year than the data's (聚焦2026年…政府工作报告 over results
//! of 2025) gets both years, as the site's index says them, never the data's year alone.

mod common;

use common::AnySize;
use report_charts::publish::{cover, kicker, page};
use report_charts::shared::model::{Lang, Report};
use serde_json::json;

/// The seed report with its meta's `key` side `zh` set to `value`.
fn with_meta(key: &str, value: &str) -> Report {
    common::edited(|v| v["meta"][key]["zh"] = json!(value))
}

/// The kicker of the page `html`.
fn page_kicker(html: &str) -> &str {
    let at = html.find("<p class=\"kicker\">").unwrap() + "<p class=\"kicker\">".len();
    &html[at..at + html[at..].find("</p>").unwrap()]
}

#[test]
fn the_kicker_leaves_out_a_placeholder_and_names_both_years_where_the_title_names_another() {
    let title = "锚定6%，西湖这样干——聚焦2025年西湖区政府工作报告";
    // (report, its kicker in Chinese, in English)
    let cases = [
        (common::report(), "南昌日报 · 2024", "Nanchang Daily · 2024"),
        (
            with_meta("publication", "待填写"),
            "2024",
            "Nanchang Daily · 2024",
        ),
        (
            with_meta("title", title),
            "南昌日报 · 2025年报告 · 2024年数据",
            "Nanchang Daily · 2025 report · 2024 data",
        ),
    ];
    for (r, zh, en) in cases {
        for (lang, want) in [(Lang::Zh, zh), (Lang::En, en)] {
            assert_eq!(kicker::kicker(&r, lang), want, "{lang:?}");
            let html = page::story(&r, &AnySize, lang, None);
            assert_eq!(page_kicker(&html), want, "{lang:?}");
            let cover = cover::story(&r, lang).kicker;
            assert!(
                cover.ends_with(want) && !cover.contains("待填写"),
                "{cover}"
            );
        }
    }
}

#[test]
fn no_placeholder_the_draft_left_in_meta_reaches_the_page_or_a_charts_footer() {
    let r = common::edited(|v| {
        for (key, value) in [
            ("publication", "待填写"),
            ("author", "待填写"),
            ("source_line", "来源：待填写"),
        ] {
            v["meta"][key]["zh"] = json!(value);
        }
    });
    let html = page::story(&r, &AnySize, Lang::Zh, None);
    assert!(!html.contains("待填写"), "{html}");
    for c in &r.charts {
        let footer = report_charts::publish::resolve::resolve(&r, c, Lang::Zh).footer;
        assert!(!footer.contains("待填写"), "{}: {footer}", c.id);
    }
    // The seed report's own line is as before.
    let seed = report_charts::publish::resolve::source_line(&common::report(), Lang::Zh);
    assert_eq!(seed, "来源：南昌日报。范志刚/文");
}
