#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report that names no place is said to, in every output of the register: the
//! indicators' CSV, a chart's CSV and its labels (SVG), as its tables already do
//! (未注明地区 / "Place not named"), never an empty cell or label that reads as the row
//! above's. Short texts written for this test, drafted in memory.

mod common;

use report_charts::publish::register;
use report_charts::shared::model::{Lang, Report};

/// Three reports of one year with one indicator: a ranking holds them all.
fn reports() -> Vec<(String, Report)> {
    common::drafted_reports([
        (
            "jiashi",
            "甲市2025年经济运行情况\n全年，全市规模以上工业增加值增长6.9%。\n",
        ),
        (
            "yixian",
            "乙县2025年经济运行情况\n全年，全县规模以上工业增加值增长7.8%。\n",
        ),
        (
            "wuming",
            "2025年经济运行情况\n全年，规模以上工业增加值增长5.2%。\n",
        ),
    ])
}

#[test]
fn every_output_of_the_register_says_a_report_names_no_place() {
    let reports = reports();
    assert!(
        register::place_of(&reports[2].1).is_empty(),
        "the test needs a report of no place"
    );
    let reg = common::register_of(&reports);
    let csv = register::csv::csv(&reg);
    let row = csv.lines().find(|l| l.starts_with("wuming,")).unwrap();
    assert!(
        row.starts_with("wuming,未注明地区,"),
        "indicators.csv: {row}"
    );
    for (lang, no_place) in [(Lang::Zh, "未注明地区"), (Lang::En, "Place not named")] {
        let written = common::industry_page(&reg, "industrial-value-added", lang);
        assert!(!written.charts.is_empty(), "{lang:?}: a ranking");
        let text = |p: &str| {
            String::from_utf8(written.files.iter().find(|f| f.0 == p).unwrap().1.clone()).unwrap()
        };
        let csvs: Vec<&String> = (written.files.iter().map(|f| &f.0))
            .filter(|p| p.ends_with(".csv"))
            .collect();
        assert!(!csvs.is_empty(), "{lang:?}: a chart's CSV");
        for p in csvs {
            let csv = text(p);
            let row = csv.lines().find(|l| l.starts_with("wuming,")).unwrap();
            assert!(
                row.starts_with(&format!("wuming,{no_place},")),
                "{p}: {row}"
            );
        }
        let svgs: Vec<&String> = (written.files.iter().map(|f| &f.0))
            .filter(|p| p.ends_with(".svg"))
            .collect();
        assert!(!svgs.is_empty(), "{lang:?}: the charts' SVGs");
        for p in svgs {
            assert!(text(p).contains(no_place), "{p}: the label of no place");
        }
    }
}
