#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A target printed only as its change (目标增长5.5%左右) says its year wherever a target
//! with a value does (2026年限值5.5%以内): in the data table and the tooltips, the alt
//! text, and the CSV's period, never in the subtitle alone (issue 18). A short text of
//! our own.

mod common;

use report_charts::publish::resolve;
use report_charts::shared::charts::shown;
use report_charts::shared::model::{Lang, Report};

const PLAN: &str = "松溪区人民政府工作报告

一、2025年工作回顾

过去一年，全区地区生产总值完成380.2亿元，同比增长5.4%。固定资产投资增长6.1%。城镇调查失业率为5.0%。

二、2026年主要目标任务

2026年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长5%以上；城镇调查失业率控制在5.5%以内。
";

fn targets_chart(r: &Report) -> &report_charts::shared::model::Chart {
    r.charts
        .iter()
        .find(|c| c.kind.name() == "targets")
        .expect("a targets chart")
}

#[test]
fn a_target_printed_as_its_change_says_its_year_in_the_table_and_the_alt_text() {
    let r = common::drafted("songxi", PLAN);
    let c = targets_chart(&r);
    // (language, the change-only target's row, the limit's row as it was already)
    let cases = [
        (Lang::Zh, "2026年目标增长5.5%左右", "2026年限值5.5%以内"),
        (Lang::En, "2026 target up about 5.5%", "2026 limit"),
    ];
    for (lang, target, limit) in cases {
        let spec = resolve::resolve(&r, c, lang);
        let rows = shown::rows(&spec);
        assert!(
            rows.iter().any(|row| row.value.starts_with(target)),
            "{lang:?}: {rows:#?}"
        );
        assert!(
            rows.iter().any(|row| row.value.starts_with(limit)),
            "{lang:?}: {rows:#?}"
        );
        let alt = shown::describe(&spec);
        assert!(alt.contains(target), "{lang:?}: {alt}");
    }
}

#[test]
fn a_target_printed_as_its_change_has_its_year_in_the_csvs_period() {
    let r = common::drafted("songxi", PLAN);
    let c = targets_chart(&r);
    let csv = resolve::csv(&r, c, Lang::Zh);
    let row = csv
        .lines()
        .find(|l| l.contains("地区生产总值") && l.contains("增长5.5%左右"))
        .unwrap_or_else(|| panic!("{csv}"));
    let fields: Vec<&str> = row.split(',').collect();
    assert_eq!((fields[6], fields[7]), ("目标", "2026年"), "{row}");
}
