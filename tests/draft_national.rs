#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 59 (issue 18 §1–2): shapes of meaning that the State Council's work reports
//! print, and provincial reports print too, each said in sentences of our own: an
//! amount and its increase printed in two magnitudes of one unit; the five-year plans a
//! report looks back on and ahead to, by its own year; 拟 with its verb, a level reached
//! already, and 控制在 without a bound word; a target said again where the report explains
//! it; numbers of some years before and the step of a rate; a level passed after its
//! change; the qualifiers of both ends of a rise from one value to another; a rate in
//! force and the one a reform sets; a change bounded by 至少 or 最多.

mod common;

use common::sentences::{figures, only, skipped};
use common::{by_value, drafted, list, mutated, period, problems, status_in, work_report};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChangeKind, Lang, Qualifier, SkipReason, Status};
use serde_json::json;

#[test]
fn an_increase_printed_in_a_smaller_magnitude_of_the_amounts_unit_is_its_change() {
    for (s, value, unit, kind, by, by_unit) in [
        (
            "今年拟安排财政赤字1.6万亿元，比去年增加2000亿元",
            1.6,
            "万亿元",
            ChangeKind::Added,
            2000.0,
            "亿元",
        ),
        (
            "拟发行专项债券1.3万亿元、比上年增加3000亿元",
            1.3,
            "万亿元",
            ChangeKind::Added,
            3000.0,
            "亿元",
        ),
        (
            "全省粮食产量1.37万亿斤，增产74亿斤",
            1.37,
            "万亿斤",
            ChangeKind::Added,
            74.0,
            "亿斤",
        ),
        (
            "户籍人口52.3万人，比上年末减少3000人",
            52.3,
            "万人",
            ChangeKind::Reduced,
            3000.0,
            "人",
        ),
    ] {
        let f = only(s);
        let c = f
            .change
            .as_ref()
            .expect("the increase is the amount's change");
        assert_eq!(
            (f.value, f.unit.as_str(), c.kind, c.value, c.unit.as_str()),
            (Some(value), unit, kind, by, by_unit),
            "{s}"
        );
        assert_eq!(skipped(s, &by.to_string()), None, "{s}");
    }
    // Another unit is no magnitude of the amount's: the increase stays apart.
    let s = "全市常住人口1.2万人，比上年增加300户";
    assert!(only(s).change.is_none(), "{s}");
}

#[test]
fn a_change_in_another_magnitude_of_the_figures_unit_passes_check_and_another_unit_does_not() {
    let text = work_report(
        "某县",
        2026,
        "全县各项存款余额1.32万亿元，比上年末增加1086亿元。",
        "地区生产总值增长5%左右。",
    );
    let r = drafted("county", &text);
    let f = (r.figures.iter())
        .find(|f| f.source.contains("1086"))
        .expect("the balance is a figure");
    let c = f.change.as_ref().expect("with its increase");
    assert_eq!(
        (c.kind, c.value, c.unit.as_str()),
        (ChangeKind::Added, 1086.0, "亿元")
    );
    assert_eq!(f.unit.pick(Lang::Zh), "万亿元");
    // Xihu's GDP is in 亿元: an increase counted in people is no change of it.
    let json = mutated(|v| {
        common::figure(v, "gdp")["change"] = json!({"kind": "added", "value": 3, "unit": "万人"});
    });
    let problems = problems(&json);
    let wanted = msg::data::change_unit("added", "万人", "亿元");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "figures[0].change.unit" && p.message == wanted),
        "{}",
        list(&problems)
    );
}

/// A report of 2021: the year and the five years before under review, then the goals of
/// “十四五”, the plan that opens with the report's year, then the year's work.
const OF_2021: &str = "2021年某省政府工作报告
一、2020年工作回顾
全省生产总值增长3.8%。
二、“十三五”时期发展成就和“十四五”时期主要目标任务
过去五年，全省生产总值年均增长6.5%，常住人口城镇化率提高到58%。
“十四五”时期是开启新征程的第一个五年。常住人口城镇化率提高到65%，森林覆盖率达到30%。
三、2021年重点工作
今年全省发展主要预期目标是：全省生产总值增长6%以上，城镇调查失业率控制在5.5%以内。全省65岁以上老年人口已达820万人，要完善养老服务体系。经济增长预期目标设定为6%以上，考虑了经济运行恢复情况。
";

#[test]
fn the_five_year_plan_that_opens_with_the_reports_year_sets_goals_and_the_one_before_is_reviewed() {
    let r = drafted("of-2021", OF_2021);
    for (quote, status, span) in [
        ("提高到65%", Status::Target, Some("“十四五”时期")),
        ("达到30%", Status::Target, Some("“十四五”时期")),
        ("提高到58%", Status::Result, Some("过去五年")),
    ] {
        let f = (r.figures.iter())
            .find(|f| f.source.contains(quote))
            .expect(quote);
        assert_eq!((f.status, period(f)), (status, span), "{quote}");
    }
    // In a report of 2026, “十四五” is the five years under review, as before.
    let text = OF_2021
        .replace("2021年", "2026年")
        .replace("2020年", "2025年")
        .replace("“十四五”", "“十五五”")
        .replace("“十三五”", "“十四五”");
    let r = drafted("of-2026", &text);
    assert_eq!(status_in(&r, "提高到65%"), Status::Target);
    assert_eq!(status_in(&r, "提高到58%"), Status::Result);
}

#[test]
fn a_level_reached_already_among_the_goals_is_a_fact_they_start_from() {
    let r = drafted("of-2021", OF_2021);
    let f = (r.figures.iter())
        .find(|f| f.source.contains("已达820万人"))
        .expect("the count is a figure");
    assert_eq!((f.status, period(f)), (Status::Result, None));
    // The goals beside it stay goals, and the bound a limit.
    assert_eq!(status_in(&r, "增长6%以上，城镇"), Status::Target);
    assert_eq!(by_value(&r, 5.5).map(|f| f.status), Some(Status::Limit));
}

#[test]
fn a_target_said_again_where_the_report_explains_it_is_no_second_figure() {
    let r = drafted("of-2021", OF_2021);
    let again = (r.figures.iter()).filter(|f| f.source.contains("考虑了"));
    assert_eq!(again.count(), 0, "{:#?}", r.figures);
    assert!(r.skips.iter().any(|s| s.number == "6"
        && s.reason == SkipReason::Restated
        && s.sentence.contains("考虑了")));
    // A goal explained where it is first set, or another goal of the same number, stays
    // a figure.
    let text = work_report(
        "某县",
        2026,
        "全县生产总值增长5.1%。",
        "地区生产总值增长5%左右。全社会研发经费投入增长5%左右，体现了创新驱动的要求。",
    );
    let r = drafted("county", &text);
    assert_eq!(status_in(&r, "研发经费投入增长5%左右"), Status::Target);
}

#[test]
fn ni_with_its_verb_proposes_and_kong_zhi_zai_without_a_bound_word_is_no_limit() {
    let text = "某市财政预算执行情况\n全市一般公共预算收入增长5.2%，财政赤字率控制在2.8%。市级赤字率拟按3%安排，拟发行地方政府专项债券120亿元。\n";
    let r = drafted("budget", text);
    assert_eq!(status_in(&r, "控制在2.8%"), Status::Result);
    assert_eq!(status_in(&r, "拟按3%安排"), Status::Target);
    assert_eq!(status_in(&r, "拟发行"), Status::Target);
    // 拟 alone names what prepares: 拟上市企业 are counted, no goal.
    let text = "某市经济运行情况\n全市培育拟上市企业36家。\n";
    assert_eq!(
        status_in(&drafted("listed", text), "拟上市"),
        Status::Result
    );
}

#[test]
fn numbers_of_some_years_before_and_the_step_of_a_rate_are_left_for_the_desk() {
    for (s, numbers) in [
        (
            "全市生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量",
            vec!["1", "1.5", "2.5"],
        ),
        ("全县经营主体总量超过12万户、是十年前的3倍", vec!["3"]),
    ] {
        for n in numbers {
            assert_eq!(skipped(s, n), Some(SkipReason::Unread), "{s}: {n}");
        }
    }
    assert!(figures("全市生产总值每增长1个百分点的增量，相当于5年前1.5个百分点的增量").is_empty());
}

#[test]
fn a_mark_passed_right_after_a_change_is_the_level_of_that_change() {
    let f = only("全市货物进出口总额年均增长8.6%，突破4000亿元");
    let c = f.change.as_ref().expect("the growth");
    assert_eq!(
        (f.value, f.qualifier, c.kind, c.value),
        (
            Some(4000.0),
            Some(Qualifier::Passed),
            ChangeKind::Growth,
            8.6
        )
    );
    assert_eq!(f.label, "货物进出口总额");
}

#[test]
fn both_ends_of_a_rise_keep_the_qualifiers_printed_with_them() {
    let f = only("城市轨道交通运营里程从450多公里增加到近1000公里");
    let c = f.change.as_ref().expect("the old value");
    assert_eq!(
        (f.value, f.qualifier, c.kind, c.value, c.qualifier),
        (
            Some(1000.0),
            Some(Qualifier::Nearly),
            ChangeKind::From,
            450.0,
            Some(Qualifier::Odd)
        )
    );
    assert_eq!(f.label, "城市轨道交通运营里程");
}

#[test]
fn a_rate_in_force_and_the_rate_a_reform_sets_are_one_figure() {
    let f = only("将批发零售等行业现行9%的征收率降至6%");
    let c = f.change.as_ref().expect("the rate in force");
    assert_eq!(
        (f.value, f.unit.as_str(), c.kind, c.value),
        (Some(6.0), "%", ChangeKind::From, 9.0)
    );
    assert!(f.label.ends_with("征收率"), "{}", f.label);
}

#[test]
fn a_change_bounded_by_an_adverb_no_qualifier_writes_is_left_for_the_desk() {
    for (s, n) in [
        ("宽带资费年内至少降低20%", "20"),
        ("办事时限最多压缩40%", "40"),
    ] {
        assert_eq!(skipped(s, n), Some(SkipReason::Unread), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
}
