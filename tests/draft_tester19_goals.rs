#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A tester's drafts of its own texts (issue 18 §1, s-test19): a goal of a later year
//! (到2030年，…达到3%以上) in a text that names no report year or several, a sum over a
//! span of years printed as 2021—2025年, and a gap between a goal and last year's rate
//! (比去年实际增速低0.2个百分点). The texts are short ones of our own, with invented
//! figures.

mod common;

use common::{by_value, drafted, period};
use report_charts::shared::format;
use report_charts::shared::model::{Figure, Lang, Qualifier, SkipReason, Status};

#[test]
fn a_goal_of_a_later_year_is_a_target_of_that_year_where_the_text_names_no_other_year() {
    let r = drafted(
        "goal-alone",
        "“十四五”期间，全市专利授权量由1.2万件提高到2.4万件。\
         到2030年，全市研发经费投入强度达到3.5%以上。",
    );
    let f = by_value(&r, 3.5).expect("the 2030 goal is read");
    assert_eq!(f.status, Status::Target, "{f:?}");
    assert_eq!(period(f), Some("2030年"), "{f:?}");
    assert_eq!(f.qualifier, Some(Qualifier::OrMore), "{f:?}");
    assert_ne!(
        r.meta.year, 2030,
        "a horizon is no report year: {:?}",
        r.meta
    );
}

#[test]
fn goals_of_two_later_years_after_a_review_are_targets_of_their_own_years() {
    let r = drafted(
        "goals-two-years",
        "报告回顾，2025年全市地区生产总值286.3亿元，增长5.2%。\n\
         到2027年，全市竹产业全产业链产值达到120亿元；到2030年，常住人口城镇化率达到68%。",
    );
    for (value, year) in [(120.0, "2027年"), (68.0, "2030年")] {
        let f = by_value(&r, value).expect("the goal is read");
        assert_eq!(f.status, Status::Target, "{f:?}");
        assert_eq!(period(f), Some(year), "{f:?}");
    }
    let gdp = by_value(&r, 286.3).expect("the result is read");
    assert_eq!(gdp.status, Status::Result, "{gdp:?}");
}

#[test]
fn a_sum_over_a_span_of_years_printed_as_two_years_carries_that_span() {
    let r = drafted(
        "span-sum",
        "某区2025年国民经济和社会发展统计公报\n\n一、综合\n\n\
         全年地区生产总值612.5亿元，比上年增长5.1%。\n\n\
         2021—2025年，全区累计完成固定资产投资1320亿元。\n\n\
         2021-2025年，全区地区生产总值年均增长5.3%。",
    );
    let sum = by_value(&r, 1320.0).expect("the sum is read");
    assert_eq!(period(sum), Some("2021—2025年"), "{sum:?}");
    assert_eq!(
        sum.period.as_ref().map(|p| p.en.as_str()),
        Some("2021–2025")
    );
    let yearly = by_value(&r, 5.3).expect("the yearly growth is read");
    assert_eq!(period(yearly), Some("2021-2025年"), "{yearly:?}");
    let year = by_value(&r, 612.5).expect("the year's result is read");
    assert_eq!(period(year), None, "{year:?}");
}

#[test]
fn a_gap_between_a_goal_and_last_years_actual_rate_is_left_for_the_desk() {
    let r = drafted(
        "gap-actual",
        "报告显示，2025年全县地区生产总值218.4亿元，增长6.3%。\n\
         今年，全县地区生产总值预期增长6%左右，比去年实际增速低0.3个百分点。",
    );
    assert!(by_value(&r, 0.3).is_none(), "{:#?}", r.figures);
    assert!(
        r.skips
            .iter()
            .any(|s| s.number == "0.3" && s.reason == SkipReason::Unread),
        "{:?}",
        r.skips
    );
    let goal = by_value(&r, 6.0).expect("the goal is read");
    assert_eq!(goal.status, Status::Target, "{goal:?}");
}

#[test]
fn a_figure_the_year_is_only_expected_to_reach_is_no_result_of_the_months_before() {
    let r = drafted(
        "expected",
        "省商务厅通报2025年1—11月全省外贸运行情况\n\n\
         1—11月，全省外贸进出口3.26万亿元，同比增长5.4%。\n\n\
         “全年外贸进出口有望实现增长5.5%的目标。”王军说。",
    );
    let so_far = by_value(&r, 3.26).expect("the months' result is read");
    assert_eq!(so_far.status, Status::Result, "{so_far:?}");
    assert!(by_value(&r, 5.5).is_none(), "{:#?}", r.figures);
    assert!(
        r.skips
            .iter()
            .any(|s| s.number == "5.5" && s.reason == SkipReason::Unread),
        "{:?}",
        r.skips
    );
}

#[test]
fn a_change_on_the_month_before_after_one_on_the_year_before_of_the_same_figure_says_so() {
    let r = drafted(
        "month-after-year",
        "某省2025年11月经济运行情况\n\n\
         11月份，全省规模以上工业增加值同比增长5.2%，环比增长0.37%。\
         1—11月，全省规模以上工业增加值同比增长6.1%。",
    );
    let month = (r.figures.iter())
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == 0.37))
        .expect("the month's change is read or left unread");
    let c = month.change.as_ref().unwrap();
    assert_eq!(format::change(c, month, Lang::Zh), "环比增长0.37%");
    assert_eq!(
        format::change(c, month, Lang::En),
        "up 0.37% month on month"
    );
    for chart in &r.charts {
        let growths: Vec<&Figure> = (chart.figures.iter())
            .filter_map(|i| r.figures.get(*i))
            .filter(|f| f.change.is_some())
            .collect();
        let month_in = growths.iter().any(|f| f.id == month.id);
        assert!(!month_in || growths.len() == 1, "{chart:#?}");
    }
}
