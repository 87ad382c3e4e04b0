#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A level printed from one year to another (从2020年的31250元提高到2025年的40860元) is
//! of the year its sentence prints with it, never of the period of its paragraph
//! (过去五年: issue 18, tester 2's C4), and its chart names both years. The text is a
//! short one of our own.

mod common;

use report_charts::publish::resolve;
use report_charts::shared::charts::before_after;
use report_charts::shared::format;
use report_charts::shared::model::{Figure, Lang, Report};

/// A county's review of five years, with levels from 2020 to 2025.
const REVIEW: &str = "云溪县2026年政府工作报告

一、过去五年工作回顾

过去五年，全县地区生产总值年均增长6.2%，2025年达到286.4亿元。城镇居民人均可支配收入从2020年的31250元提高到2025年的40860元，常住人口城镇化率由2020年的52.4%提高到2025年的58.1%。

二、2026年工作安排

全县地区生产总值增长5.5%左右。
";

fn valued(r: &Report, value: f64) -> &Figure {
    r.figures.iter().find(|f| f.value == Some(value)).unwrap()
}

#[test]
fn a_level_printed_from_one_year_to_another_is_of_the_year_printed_with_it() {
    let r = common::drafted("t", REVIEW);
    for (value, zh, en) in [
        (
            40860.0,
            "从2020年的31250元提高到2025年的40860元",
            "up from 31,250 in 2020",
        ),
        (
            58.1,
            "由2020年的52.4%提高到2025年的58.1%",
            "up from 52.4% in 2020",
        ),
    ] {
        let f = valued(&r, value);
        let period = f.period.as_ref().map(|p| p.zh.as_str());
        assert_eq!(period, Some("2025年"), "{value}");
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert_eq!(format::change(c, f, Lang::En), en);
    }
}

#[test]
fn the_chart_of_a_level_from_one_year_to_another_names_both_years_and_no_span() {
    let r = common::drafted("t", REVIEW);
    let chart = (r.charts.iter())
        .find(|c| c.kind == before_after::KIND)
        .unwrap();
    for (lang, span) in [(Lang::Zh, "过去五年"), (Lang::En, "past five years")] {
        let spec = resolve::resolve(&r, chart, lang);
        let mut said = format!("{} {}", spec.title, spec.subtitle);
        for it in &spec.items {
            said.push_str(it.value_text.as_deref().unwrap_or_default());
            said.push_str(&it.change.as_ref().unwrap().text);
        }
        assert!(said.contains("2020"), "{lang:?}: {said}");
        assert!(said.contains("2025"), "{lang:?}: {said}");
        assert!(!said.to_lowercase().contains(span), "{lang:?}: {said}");
    }
}
