#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report's period reaches every figure (issue 18): a summary titled 上半年 gives that
//! period to every result whose sentence names no other, a period reaches the clauses
//! after a ； as it reaches 其中 sentences, a month's end that opens a sentence (9月末) is
//! the period of its balance, and where a text of parts of the year leaves a figure's
//! period untold, the figure is left to the desk, never shown as the year's. The texts
//! are short ones of our own.

mod common;

use common::drafted;
use report_charts::draft::report_period;
use report_charts::shared::model::{Figure, Report, SkipReason, Status};

/// The one figure of `r` whose value or change is `value`.
fn of(r: &Report, value: f64) -> &Figure {
    let found: Vec<&Figure> = r
        .figures
        .iter()
        .filter(|f| f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
        .collect();
    assert_eq!(found.len(), 1, "{value}: {:#?}", r.figures);
    found[0]
}

fn period(r: &Report, value: f64) -> Option<String> {
    of(r, value).period.as_ref().map(|p| p.zh.clone())
}

/// A district's summary of the first three quarters: its title names the period, and
/// only some sentences repeat it.
const QUARTERS: &str = "柳岸区前三季度经济运行情况
前三季度，全区地区生产总值412.5亿元，增长5.1%。其中，第一产业增加值9.8亿元，增长2.2%；第二产业增加值150.3亿元，增长6.0%；第三产业增加值252.4亿元，增长4.7%。
社会消费品零售总额188.6亿元，增长4.2%。城镇居民人均可支配收入39120元，增长4.4%。
9月末，全区金融机构人民币贷款余额905.7亿元，增长8.3%。
";

#[test]
fn a_part_of_the_year_in_the_title_reaches_every_figure_whose_sentence_names_none() {
    let r = drafted("t", QUARTERS);
    for value in [412.5, 9.8, 150.3, 252.4, 188.6, 39120.0] {
        assert_eq!(period(&r, value).as_deref(), Some("前三季度"), "{value}");
    }
}

#[test]
fn a_month_end_that_opens_a_sentence_is_the_period_of_its_balance() {
    let r = drafted("t", QUARTERS);
    assert_eq!(period(&r, 905.7).as_deref(), Some("9月末"));
}

/// A summary whose title names no period, of the first ten months.
const MONTHS: &str = "柳岸区经济运行简况

1—10月，全区规模以上工业增加值增长6.6%。其中，电子信息产业增加值增长11.3%；化工产业增加值下降2.4%。
社会消费品零售总额166.2亿元，增长3.8%。
";

#[test]
fn a_period_reaches_the_clauses_after_a_semicolon_as_it_reaches_a_qizhong_sentence() {
    let r = drafted("t", MONTHS);
    for value in [6.6, 11.3, 2.4] {
        assert_eq!(period(&r, value).as_deref(), Some("1—10月"), "{value}");
    }
}

#[test]
fn a_figure_of_a_text_of_parts_of_the_year_whose_period_cannot_be_told_is_left_to_the_desk() {
    let r = drafted("t", MONTHS);
    assert!(
        r.figures
            .iter()
            .all(|f| f.value != Some(166.2) && f.period.is_some()),
        "{:#?}",
        r.figures
    );
    for number in ["166.2", "3.8"] {
        assert!(
            r.skips
                .iter()
                .any(|s| s.number == number && s.reason == SkipReason::Unread),
            "{number}: {:#?}",
            r.skips
        );
    }
}

#[test]
fn a_review_of_the_year_gives_its_figures_no_part_of_the_year() {
    let r = drafted("t", 
        "柳岸区2025年经济运行情况\n全区地区生产总值830.2亿元，增长5.3%；社会消费品零售总额366.1亿元，增长4.0%。\n",
    );
    for value in [830.2, 366.1] {
        let f = of(&r, value);
        assert_eq!(f.period, None, "{f:?}");
        assert_eq!(f.status, Status::Result);
    }
}

#[test]
fn a_title_names_its_period_wherever_it_stands_in_it() {
    let cases = [
        ("柳岸区上半年经济运行情况", Some("上半年")),
        ("2025年1—11月全市经济运行简况", Some("1—11月")),
        ("前11个月我区经济稳中有进", Some("前11个月")),
        ("一季度全县经济开局良好", Some("一季度")),
        ("柳岸区2025年国民经济和社会发展统计公报", None),
        ("2026年柳岸区政府工作报告", None),
        ("“十四五”时期柳岸区发展成就", None),
    ];
    for (title, want) in cases {
        assert_eq!(
            report_period::title_period(title).as_deref(),
            want,
            "{title}"
        );
    }
}

#[test]
fn the_output_of_a_summary_titled_with_its_period_still_leads() {
    let r = drafted("t", QUARTERS);
    let lead = r.charts.iter().find(|c| c.lead).expect("a lead graphic");
    let first = &r.figures[lead.figures[0]];
    assert_eq!(first.label.zh, "地区生产总值", "{:#?}", lead);
    assert_eq!(
        first.period.as_ref().map(|p| p.zh.as_str()),
        Some("前三季度")
    );
}

#[test]
fn a_period_of_a_known_shape_is_drafted_with_its_english() {
    let r = drafted("t", QUARTERS);
    let lead = r.charts.iter().find(|c| c.lead).expect("a lead graphic");
    let p = r.figures[lead.figures[0]].period.as_ref().unwrap();
    assert_eq!(
        (p.zh.as_str(), p.en.as_str()),
        ("前三季度", "first three quarters")
    );
}
