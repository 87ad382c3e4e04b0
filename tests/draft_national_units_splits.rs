#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 66 (issue 18 classes 1 and 2): the units and splits the State Council's work
//! reports print, each said in sentences of our own: a change whose words the draft read
//! as a value (增长均为, 分别净减少), and an amount drafted apart from its change.

mod common;

use common::sentences::{figures, only, read, shape, skipped};
use report_charts::shared::model::{ChangeKind, Report, SkipReason};

fn drafted(body: &str) -> (Report, String) {
    common::drafted_json("t", &format!("一、2025年工作回顾\n{body}\n"))
}

#[test]
fn a_growth_printed_as_equal_for_two_indicators_is_a_change_never_a_level() {
    for (s, v) in [
        ("今年全省存款和贷款余额预期增长均为9%左右", 9.0),
        ("两项收入增长均为6.5%", 6.5),
    ] {
        let f = only(s);
        assert_eq!(
            shape(&f),
            (None, "%".to_string(), Some((ChangeKind::Growth, v))),
            "{s}"
        );
    }
}

#[test]
fn a_list_of_falls_in_the_items_own_unit_is_a_list_of_reductions() {
    for s in [
        "全市耕地、林地和湿地面积分别净减少1.2万、0.8万、0.3万亩",
        "全市耕地、林地和湿地面积分别减少1.2万亩、0.8万亩和0.3万亩",
    ] {
        let got: Vec<_> = figures(s).iter().map(shape).collect();
        let want: Vec<_> = [1.2, 0.8, 0.3]
            .into_iter()
            .map(|v| (None, "万亩".to_string(), Some((ChangeKind::Reduced, v))))
            .collect();
        assert_eq!(got, want, "{s}");
    }
    // A rise stays an increase, and a noun after the list still counts things.
    let s = "两区分别新建1.5万套、0.6万套保障房";
    assert!(
        figures(s).iter().all(|f| f.change.is_none()),
        "{s}: {:?}",
        figures(s)
    );
}

#[test]
fn a_change_over_a_span_printed_in_words_stays_with_the_level_before_it() {
    for (s, value, unit, kind, by) in [
        (
            "全市经营主体达到98万户，五年增加40%以上",
            98.0,
            "万户",
            ChangeKind::Growth,
            40.0,
        ),
        (
            "地区生产总值增加到1.2万亿元，五年年均增长5.6%",
            1.2,
            "万亿元",
            ChangeKind::Growth,
            5.6,
        ),
        (
            "森林面积达到320万亩，三年提高6%",
            320.0,
            "万亩",
            ChangeKind::Growth,
            6.0,
        ),
    ] {
        let f = &figures(s)[0];
        assert_eq!(
            shape(f),
            (Some(value), unit.to_string(), Some((kind, by))),
            "{s}: {:?}",
            figures(s)
        );
        assert_eq!(figures(s).len(), 1, "{s}: {:?}", figures(s));
    }
}

#[test]
fn a_rate_set_in_a_budget_keeps_its_change_on_last_years_budget() {
    for (s, value, kind, by) in [
        (
            "今年全省赤字率拟按3.1%安排，比去年预算高0.3个百分点",
            3.1,
            ChangeKind::Rise,
            0.3,
        ),
        (
            "今年全省赤字率拟按2.4%安排，比上年预算低0.2个百分点",
            2.4,
            ChangeKind::Decline,
            0.2,
        ),
    ] {
        assert_eq!(
            shape(&only(s)),
            (Some(value), "%".to_string(), Some((kind, by))),
            "{s}"
        );
    }
    // 比全省低 compares with a place, never a change on a time.
    let f = only("全县城镇调查失业率4.9%，比全省低0.3个百分点");
    assert_eq!(f.change.map(|c| c.kind), Some(ChangeKind::Below));
}

#[test]
fn an_amount_more_than_last_year_or_grown_by_is_an_increase_never_a_level() {
    for (s, by, unit) in [
        ("城镇新增就业目标比去年多20万人", 20.0, "万人"),
        (
            "全市一般公共预算支出规模比去年扩大300亿元以上",
            300.0,
            "亿元",
        ),
    ] {
        let f = only(s);
        assert_eq!(
            shape(&f),
            (None, unit.to_string(), Some((ChangeKind::Added, by))),
            "{s}"
        );
    }
}

#[test]
fn an_old_value_in_another_magnitude_than_the_new_is_left_to_the_desk_beside_the_new() {
    let s = "全市绿道里程从3800多公里增加到近1万公里";
    let r = read(s);
    assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
    let f = &r.figures[0];
    assert_eq!(
        (
            f.label.as_str(),
            f.value,
            f.unit.as_str(),
            f.change.is_none()
        ),
        ("绿道里程", Some(1.0), "万公里", true),
        "{s}"
    );
    assert_eq!(skipped(s, "3800"), Some(SkipReason::Unread), "{s}");
    // In one magnitude the old value is the figure's change, as before.
    let f = only("全市绿道里程从3800公里增加到9600公里");
    assert_eq!(
        f.change.map(|c| (c.kind, c.value)),
        Some((ChangeKind::From, 3800.0))
    );
    // Units of two kinds are never one figure.
    assert!(figures("从500公里增加到60万吨")
        .iter()
        .all(|f| f.change.is_none()));
    // The draft passes check.
    drafted(&format!("{s}。"));
}
