#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the draft keeps of a figure's base, period and bound (issue 18): a change since
//! the start of the year is no change on the year before, a stock counted at a month's
//! end is not the year's, a floor or a ceiling is a bound, a mark passed keeps its word,
//! another year than the report's stays with its figure, and a number the draft cannot
//! read whole (N成, a minus sign) is left to the desk. The texts are short ones of our own.

mod common;

use common::drafted;
use report_charts::draft;
use report_charts::shared::charts;
use report_charts::shared::format;
use report_charts::shared::model::{Figure, Lang, Qualifier, Report, SkipReason, Status};

/// The one figure of `r` whose value is `value`.
fn valued(r: &Report, value: f64) -> &Figure {
    let found: Vec<&Figure> = r
        .figures
        .iter()
        .filter(|f| f.value == Some(value))
        .collect();
    assert_eq!(found.len(), 1, "{value}: {:#?}", r.figures);
    found[0]
}

/// A county's review of 2025, with its plan for 2026.
const COUNTY: &str = "青禾县2025年经济运行情况

一、2025年工作回顾

截至11月末，全县金融机构各项贷款余额856.2亿元，比年初增长9.4%。截至11月末，全县住户存款余额612亿元，较年初增加58亿元。
全县工业投资增长7.2%，基础设施投资增长6.3%，民间投资增长5.1%。
截至9月底，全县经营主体达12.6万户。前三季度，全县税收收入增长4.4%。
全县居民消费价格涨幅不高于2.5%。全县地区生产总值跨越500亿元台阶，规上工业产值跨越3个百亿元台阶。
2024年全县粮食产量38.6万吨。2025年全县粮食产量39.1万吨。

二、2026年工作安排

全县一般公共预算收入增长不低于5%，城镇调查失业率不高于5.5%，城镇新增就业不少于8000人。
";

#[test]
fn a_change_since_the_start_of_the_year_keeps_its_base_wherever_it_is_printed() {
    let r = drafted("t", COUNTY);
    // An addition prints its sentence's verb (增加: a net increase, never 新增), the base
    // before it as printed.
    for (value, zh, en) in [
        (856.2, "比年初增长9.4%", "since the start of the year"),
        (612.0, "较年初增加58亿元", "since the start of the year"),
    ] {
        let f = valued(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert!(format::change(c, f, Lang::En).ends_with(en));
        let short = format::changes::change_short_of(c, f, Lang::Zh);
        assert_eq!(short.get(..9), zh.get(..9), "{short}");
    }
}

#[test]
fn a_change_since_the_start_of_the_year_is_never_on_a_chart_of_growth_on_the_year_before() {
    let r = drafted("t", COUNTY);
    let loans = r
        .figures
        .iter()
        .position(|f| f.value == Some(856.2))
        .unwrap();
    let growth: Vec<_> = r
        .charts
        .iter()
        .filter(|c| c.kind == charts::growth::KIND)
        .collect();
    assert!(
        !growth.is_empty(),
        "the three rates of one indicator make one"
    );
    for c in growth {
        assert!(!c.figures.contains(&loans), "{:?}", c.title);
    }
}

#[test]
fn a_stock_counted_at_a_months_end_or_a_part_of_the_year_carries_it_as_its_period() {
    let r = drafted("t", COUNTY);
    let period = |f: &Figure| f.period.as_ref().map(|p| p.zh.clone());
    assert_eq!(period(valued(&r, 856.2)), Some("11月末".to_string()));
    assert_eq!(period(valued(&r, 12.6)), Some("9月底".to_string()));
    let tax = r.figures.iter().find(|f| f.label.zh == "税收收入").unwrap();
    assert_eq!(period(tax), Some("前三季度".to_string()));
    // A sentence after one that opens with 截至, in its paragraph, that names no period
    // of its own is of the month's end or of the year: the desk's (s-test19 M25,
    // tests/draft_tester20_labels.rs); one that names it again carries it.
    assert_eq!(period(valued(&r, 612.0)), Some("11月末".to_string()));
}

#[test]
fn floors_and_ceilings_keep_their_word_and_a_ceiling_is_a_limit() {
    let r = drafted("t", COUNTY);
    let rate = |label: &str| r.figures.iter().find(|f| f.label.zh == label).unwrap();
    let cases = [
        // A ceiling of the year under review: a limit, never a result.
        ("居民消费价格", true, Qualifier::NoHigherThan, Status::Limit),
        ("一般公共预算收入", true, Qualifier::AtLeast, Status::Target),
        (
            "城镇调查失业率",
            false,
            Qualifier::NoHigherThan,
            Status::Limit,
        ),
        (
            "城镇新增就业",
            false,
            Qualifier::NoFewerThan,
            Status::Target,
        ),
    ];
    for (label, on_change, q, status) in cases {
        let f = rate(label);
        let printed = if on_change {
            f.change.as_ref().unwrap().qualifier
        } else {
            f.qualifier
        };
        assert_eq!((printed, f.status), (Some(q), status), "{label}");
    }
}

#[test]
fn a_mark_crossed_keeps_its_word_as_a_mark_passed_does() {
    let r = drafted("t", COUNTY);
    let gdp = valued(&r, 500.0);
    assert_eq!(gdp.qualifier, Some(Qualifier::Crossed));
    assert_eq!(format::value(gdp, Lang::Zh).as_deref(), Some("跨越500亿元"));
    // 跨越3个百亿元台阶 counts marks: the count of 个 has no qualifier.
    let marks = valued(&r, 3.0);
    assert_eq!((marks.qualifier, marks.unit.zh.as_str()), (None, "个"));
    // No title prints the mark without its word.
    for c in &r.charts {
        let t = &c.title.zh;
        assert!(!t.contains("500亿元") || t.contains("跨越500亿元"), "{t}");
    }
}

#[test]
fn another_year_than_the_reports_before_the_whole_place_stays_as_the_figures_period() {
    let r = drafted("t", COUNTY);
    assert_eq!(r.meta.year, 2025);
    let period = |v: f64| valued(&r, v).period.as_ref().map(|p| p.zh.clone());
    assert_eq!(period(38.6), Some("2024年".to_string()));
    // The report's own year is dropped from the label and gives no period.
    assert_eq!(period(39.1), None);
    assert_eq!(valued(&r, 39.1).label.zh, "粮食产量");
}

#[test]
fn tenths_and_minus_signs_are_left_to_the_desk() {
    let text = "青禾县2025年经济运行情况\n\n全县城镇居民收入的8成用于消费。全县居民消费价格同比增速为-0.3%，规上工业利润为-2.1亿元，出口额下降-2%。\n";
    let d = draft::draft(text).unwrap();
    assert!(d.figures.is_empty(), "{:#?}", d.figures);
    for number in ["8", "0.3", "2.1", "2"] {
        let skip = d
            .skips
            .iter()
            .find(|s| s.number.as_deref() == Some(number))
            .unwrap();
        let reason = skip.reason.as_ref().and_then(|r| r.known());
        assert_eq!(reason, Some(SkipReason::Unread), "{number}");
    }
}

#[test]
fn control_at_about_a_number_is_a_target_and_a_bound_stays_a_limit() {
    let text = "一、2025年工作回顾\n全区地区生产总值486.3亿元，增长5.8%。\
        城镇调查失业率控制在5.3%左右。\n\
        二、2026年主要目标\n2026年主要预期目标是：居民消费价格涨幅控制在2%左右，\
        城镇调查失业率控制在5.5%以内，城镇登记失业率不超过3.5%，政府负债率不高于60%。\n";
    let r = drafted("t", text);
    let json = format!("{:?}", r.figures);
    let cases = [
        (2.0, Status::Target, Some("左右")),
        // In the review, about a number is a result: where it stands says so.
        (5.3, Status::Result, Some("左右")),
        (5.5, Status::Limit, Some("以内")),
        (3.5, Status::Limit, Some("不超过")),
        (60.0, Status::Limit, Some("不高于")),
    ];
    for (v, status, qualifier) in cases {
        let f = (r.figures.iter())
            .find(|f| f.value == Some(v))
            .unwrap_or_else(|| panic!("no {v}: {json}"));
        assert_eq!(f.status, status, "{v}: {json}");
        assert_eq!(f.qualifier.map(|q| q.zh()), qualifier, "{v}: {json}");
    }
}
