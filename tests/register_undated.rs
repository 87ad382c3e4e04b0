#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report whose year or place the draft could not tell (a paper's 上半年 summary, a
//! 前11个月我市… headline) is filed and listed as not known: never under year 0, never
//! with its headline as a place. Short texts written for this test, drafted in memory.

mod common;

use report_charts::publish::register::{self, csv, Period};
use report_charts::shared::messages::site::index_years;
use report_charts::shared::model::{Lang, Report};

fn drafted(slug: &str, text: &str) -> (String, Report) {
    (slug.to_string(), common::drafted(slug, text))
}

#[test]
fn the_place_of_a_title_of_no_known_kind_is_its_leading_place_name_or_none() {
    let cases = [
        (
            "青山区上半年经济运行情况\n上半年，全区地区生产总值318.6亿元，增长5.2%。\n",
            "青山区",
        ),
        (
            "前11个月我市经济运行稳中向好\n1—11月，全市规模以上工业增加值增长6.1%。\n",
            "",
        ),
        (
            "2026年东湖县人民政府工作报告\n过去一年，全县地区生产总值512.6亿元。\n",
            "东湖县",
        ),
    ];
    for (text, place) in cases {
        let (_, r) = drafted("x", text);
        assert_eq!(register::place_of(&r), place, "{text}");
    }
}

#[test]
fn a_report_of_no_known_year_files_its_results_under_no_year_and_says_so() {
    let mut reports = vec![drafted(
        "qingshan",
        "青山区上半年经济运行情况\n上半年，全区地区生产总值318.6亿元，增长5.2%。\n",
    )];
    reports[0].1.meta.year = 0;
    let reg = common::register_of(&reports);
    assert!(!reg.entries.is_empty());
    assert!(reg.entries.iter().all(|e| e.period != Period::Year(0)));
    let table = csv::csv(&reg);
    assert!(!table.contains(",0,"), "{table}");
    for lang in [Lang::Zh, Lang::En] {
        let said = index_years(lang, 0, None);
        assert!(!said.contains('0'), "{said}");
        assert!(!index_years(lang, 0, Some(2026)).contains("0年数据"));
    }
}
