#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report whose year is not known (a draft's `meta.year` 0) never prints a year 0
//! (issue 18, the second tester's C3): its CSVs leave the period cell of a year's result
//! empty, and the page, the cover and the long image say the year is not named, in both
//! languages.

mod common;

use common::AnySize;

use report_charts::publish::page;
use report_charts::publish::{cover, long, resolve};
use report_charts::shared::layout::Mark;
use report_charts::shared::model::{Lang, Report, Status};

/// The seed report with its year unknown.
fn yearless() -> Report {
    common::edited(|v| v["meta"]["year"] = serde_json::json!(0))
}

/// The texts of the long image in `lang`.
fn long_texts(r: &Report, lang: Lang) -> String {
    let image = long::LongImage::new(r, lang).unwrap();
    (image.scene().marks.iter())
        .filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The CSVs of every chart in `lang`, joined.
fn csvs(r: &Report, lang: Lang) -> String {
    (r.charts.iter())
        .map(|c| resolve::csv(r, c, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `text` prints a year 0: 0年, or 0 alone after a " · " or in a CSV cell.
fn prints_year_zero(text: &str) -> bool {
    let after_digit = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
    };
    text.match_indices("0年").any(|(i, _)| !after_digit(i))
        || text.contains(" · 0<")
        || text.contains(" · 0\n")
        || text.ends_with(" · 0")
}

#[test]
fn no_output_of_a_report_of_unknown_year_prints_a_year_zero() {
    let r = yearless();
    // (what is printed, in which language, what says the year is not named there)
    let outputs = [Lang::Zh, Lang::En].map(|lang| {
        let said = if lang == Lang::Zh {
            "未注明年份"
        } else {
            "Year not given"
        };
        [
            ("page", page::story(&r, &AnySize, lang, None), Some(said)),
            ("cover", cover::story(&r, lang).kicker, Some(said)),
            ("long image", long_texts(&r, lang), Some(said)),
            ("csv", csvs(&r, lang), None),
        ]
        .map(|(what, text, said)| (what, lang, text, said))
    });
    for (what, lang, text, said) in outputs.into_iter().flatten() {
        assert!(
            !prints_year_zero(&text),
            "{what} {lang:?} prints a year 0:\n{text}"
        );
        if let Some(said) = said {
            assert!(
                text.contains(said),
                "{what} {lang:?} does not say {said}:\n{text}"
            );
        }
    }
}

#[test]
fn a_csv_row_of_a_result_of_unknown_year_has_an_empty_period() {
    let r = yearless();
    for lang in [Lang::Zh, Lang::En] {
        for c in &r.charts {
            let csv = resolve::csv(&r, c, lang);
            for (f, line) in r.figures_of(c).zip(csv.split("\r\n").skip(1)) {
                if f.period.is_none() && f.status == Status::Result && !line.contains('"') {
                    assert_eq!(
                        line.split(',').nth(7),
                        Some(""),
                        "{lang:?} {}: {line}",
                        c.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_report_of_unknown_year_is_built_as_an_unreviewed_draft_as_the_editor_refuses_to_publish_it() {
    // The editor's 发布 refuses a year left 0 like any placeholder; a site built without
    // the desk says it is a draft instead of printing it as reviewed.
    assert!(!report_charts::publish::site::unreviewed(&common::report()));
    assert!(report_charts::publish::site::unreviewed(&yearless()));
}

#[test]
fn the_site_index_says_the_year_is_not_named_where_the_page_does() {
    // A story of our own with next year's targets, its year not yet written by the desk:
    // the targets must not make the index say 2025年 while the page says 未注明年份.
    let mut r = common::drafted(
        "yearless",
        "白石市两会观察\n\n全市地区生产总值增长6.2%。\n\n2026年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%左右。\n",
    );
    r.meta.year = 0;
    let reg = common::register_of(&[("yearless".to_string(), r.clone())]);
    let entry = report_charts::publish::site::index::Entry::of("yearless", &r, true, &reg);
    let index = report_charts::publish::site::index::page(&[entry], &[], &[]);
    assert!(
        index.contains("<span class=\"year\">未注明年份</span>"),
        "{index}"
    );
    assert!(!index.contains("2025年"), "{index}");
}
