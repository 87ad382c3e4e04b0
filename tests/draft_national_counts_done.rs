#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 70 (issue 18): how the State Council's reports count people and say what was
//! done, each said in sentences of our own: a count of people printed as a bare
//! magnitude with 多 after the change of their number (贫困人口减少…多万), the flat glass
//! industry's unit (重量箱), and a verb in the perfect (取消了) inside a paragraph of goals.

mod common;

use common::sentences::{figures, only, skipped};
use common::status_in;
use report_charts::shared::model::{ChangeKind, SkipReason, Status};

#[test]
fn a_bare_magnitude_with_duo_closing_the_change_of_a_peoples_count_counts_those_people() {
    for (s, label, kind, v, unit) in [
        (
            "全省农村低收入人口减少120多万，生活明显改善",
            "农村低收入人口",
            ChangeKind::Reduced,
            120.0,
            "万",
        ),
        (
            "五年来农村贫困人口又减少1亿多",
            "农村贫困人口",
            ChangeKind::Reduced,
            1.0,
            "亿",
        ),
        (
            "城镇登记失业人员增加30多万。",
            "城镇登记失业人员",
            ChangeKind::Added,
            30.0,
            "万",
        ),
    ] {
        let f = only(s);
        assert!(f.label.ends_with(label), "{s}: {f:?}");
        let c = f
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!(
            (f.value, c.kind, c.value, c.unit.as_str()),
            (None, kind, v, unit),
            "{s}"
        );
    }
}

#[test]
fn a_bare_magnitude_with_duo_that_no_peoples_count_owns_stays_the_desks() {
    // Nothing names whose count 300多万 is (新增就业 is no people's number that moves),
    // nor what 200多万 of 投资 is in: the desk decides.
    for (s, n) in [
        ("全年新增就业300多万，好于预期", "300"),
        ("项目投资减少200多万，主要是工期推迟", "200"),
    ] {
        assert_eq!(
            skipped(s, n),
            Some(SkipReason::Unread),
            "{s}: {:?}",
            figures(s)
        );
    }
    // People named after the magnitude are counted as before.
    let f = only("帮助3000多万群众稳定脱贫");
    assert_eq!((f.value, f.unit.as_str()), (Some(3000.0), "万"), "{f:?}");
}

#[test]
fn flat_glass_counted_in_weight_cases_is_a_figure_in_that_unit() {
    let s = "压减落后平板玻璃产能2000多万重量箱";
    let f = only(s);
    assert_eq!(
        (f.value, f.unit.as_str()),
        (Some(2000.0), "万重量箱"),
        "{s}: {f:?}"
    );
}

#[test]
fn a_verb_in_the_perfect_in_a_paragraph_of_goals_states_what_was_done() {
    let (r, _) = common::drafted_json(
        "t",
        "二、2026年主要任务\n\
         深化收费改革。改革不仅取消了原先120亿元的各项收费，而且取消了40多亿元的摊派。\
         今年要新增城镇就业80万人。《纲要》安排了12个领域的重点任务。\
         为了民生安排资金200亿元。\n",
    );
    assert_eq!(status_in(&r, "取消了原先"), Status::Result);
    assert_eq!(
        r.figures
            .iter()
            .filter(|f| f.source.contains("取消了") && f.status == Status::Result)
            .count(),
        2,
        "{:#?}",
        r.figures
    );
    // A goal, what a plan's document lays out (安排了) and a purpose (为了) stay goals.
    for quote in ["新增城镇就业", "安排了12个", "安排资金"] {
        assert_eq!(status_in(&r, quote), Status::Target, "{quote}");
    }
}

#[test]
fn a_budgets_item_printed_after_the_amount_its_verb_moves_is_that_items_change() {
    for (s, kind, v, unit, label) in [
        (
            "中央财政一次性增加2000亿元中央预算内投资，支持重点项目",
            ChangeKind::Added,
            2000.0,
            "亿元",
            "中央预算内投资",
        ),
        (
            "今年拟削减500亿元财政赤字",
            ChangeKind::Reduced,
            500.0,
            "亿元",
            "财政赤字",
        ),
        (
            "一次性增加3万亿元地方政府债务限额置换存量债务",
            ChangeKind::Added,
            3.0,
            "万亿元",
            "地方政府债务限额",
        ),
    ] {
        let f = only(s);
        let c = f
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!(
            (f.label.as_str(), f.value, c.kind, c.value, c.unit.as_str()),
            (label, None, kind, v, unit),
            "{s}"
        );
    }
    // What the amount buys or pays for is no budget's item: an amount of its own.
    for s in ["增加300亿元资金用于困难群众救助", "增加1000亿元的投资"] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.is_none()),
            (
                Some(
                    s.chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                        .parse()
                        .unwrap()
                ),
                true
            ),
            "{s}: {f:?}"
        );
    }
}

#[test]
fn people_reduced_by_a_count_printed_after_their_name_is_the_change_of_their_number() {
    for (s, label, v, unit) in [
        (
            "今年再减少农村低收入人口20万以上，完成搬迁3万人",
            "农村低收入人口",
            20.0,
            "万",
        ),
        ("全县减少贫困人口8000人", "贫困人口", 8000.0, "人"),
    ] {
        let f = &figures(s)[0];
        let c = f
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!(
            (f.label.as_str(), f.value, c.kind, c.value, c.unit.as_str()),
            (label, None, ChangeKind::Reduced, v, unit),
            "{s}"
        );
    }
    // 增加 and 新增 before a noun count what is added: a count of its own.
    for (s, v) in [
        ("新增城镇就业1100万人以上", 1100.0),
        ("增加养老床位2000张", 2000.0),
    ] {
        let f = only(s);
        assert_eq!((f.value, f.change.is_none()), (Some(v), true), "{s}: {f:?}");
    }
}

#[test]
fn a_number_inside_a_longer_one_after_nian_jun_never_makes_an_earlier_change_yearly() {
    let (r, _) = common::drafted_json(
        "t",
        "一、2025年工作回顾\n\
         单位地区生产总值能耗下降20%以上，沙化土地面积年均缩减近2000平方公里。\
         森林面积年均增长20%。\n",
    );
    let yearly = |quote: &str| {
        r.figures
            .iter()
            .find(|f| {
                f.source.contains(quote) && f.change.as_ref().is_some_and(|c| c.value == 20.0)
            })
            .and_then(|f| f.change.as_ref())
            .unwrap_or_else(|| panic!("no change of 20 in «{quote}»: {:#?}", r.figures))
            .yearly
    };
    assert!(!yearly("能耗下降"));
    // 年均 right before the number still says an average a year.
    assert!(yearly("森林面积"));
}
