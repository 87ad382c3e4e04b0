#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 66 (issue 18): changes the State Council's reports print in shapes the provincial
//! ones rarely do, each said in sentences of our own: a cut printed before a long name of
//! what it cuts, a fall said again (再降), net falls of a 分别 list, a budget's item raised
//! or cut by an amount printed after it, and an amount given both the sum it rose by and
//! the rate.

mod common;

use common::sentences::{figures, only};
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Lang, Qualifier};

/// The change of the one figure of `s`, which has no value of its own.
fn change_only(s: &str) -> (String, ChangeKind, f64, Option<Qualifier>) {
    let f = only(s);
    assert_eq!(f.value, None, "{s}: {f:?}");
    let c = f.change.unwrap_or_else(|| panic!("{s}: no change"));
    (f.label, c.kind, c.value, c.qualifier)
}

#[test]
fn a_cut_in_percent_printed_before_a_long_name_of_what_it_cuts_is_that_things_change() {
    for (s, kind, v, label) in [
        (
            "削减省级政府设立的涉企收费项目40%以上",
            ChangeKind::Decline,
            40.0,
            "省级政府设立的涉企收费项目",
        ),
        (
            "压减市级政府性专项资金项目25%",
            ChangeKind::Decline,
            25.0,
            "市级政府性专项资金项目",
        ),
    ] {
        let (l, k, value, _) = change_only(s);
        assert_eq!((k, value), (kind, v), "{s}");
        assert!(l.ends_with(label), "{s}: {l}");
    }
    // What a rate is raised to is its level, not a change.
    let f = only("把城市污水处理率提高到95%");
    assert_eq!(f.value, Some(95.0), "{f:?}");
}

#[test]
fn a_fall_said_again_with_zai_jiang_is_a_change() {
    let (label, kind, v, _) = change_only("小微企业宽带平均资费再降15%");
    assert_eq!((kind, v), (ChangeKind::Decline, 15.0));
    assert!(!label.contains('降'), "{label}");
}

#[test]
fn net_falls_after_fen_bie_are_each_names_change() {
    let f = figures("水土流失、石漠化面积分别净减少2.1万、0.8万平方公里");
    let changes: Vec<_> = (f.iter())
        .map(|f| (f.value, f.change.as_ref().map(|c| (c.kind, c.value))))
        .collect();
    assert_eq!(
        changes,
        [
            (None, Some((ChangeKind::Reduced, 2.1))),
            (None, Some((ChangeKind::Reduced, 0.8)))
        ],
        "{f:?}"
    );
}

#[test]
fn a_budgets_item_raised_or_cut_by_an_amount_printed_after_it_is_that_items_change() {
    for (s, kind, v, label) in [
        (
            "增加省级预算内基建投资60亿元",
            ChangeKind::Added,
            60.0,
            "省级预算内基建投资",
        ),
        (
            "省财政为此将增加支出12亿元",
            ChangeKind::Added,
            12.0,
            "支出",
        ),
        (
            "同时削减财政赤字80亿元",
            ChangeKind::Reduced,
            80.0,
            "财政赤字",
        ),
        (
            "拟增加省级预算稳定调节基金300亿元",
            ChangeKind::Added,
            300.0,
            "省级预算稳定调节基金",
        ),
    ] {
        let (l, k, value, _) = change_only(s);
        assert_eq!((k, value), (kind, v), "{s}");
        assert!(l.ends_with(label) && !l.contains("增加"), "{s}: {l}");
    }
    // What a cut saves, and things added that no budget holds, are amounts of their own.
    for (s, v) in [
        ("为企业降低税费负担300亿元", 300.0),
        ("压减非急需非刚性资金4.2亿元", 4.2),
        ("增加普惠性托育床位2000个", 2000.0),
    ] {
        let f = only(s);
        assert_eq!(f.value, Some(v), "{s}: {f:?}");
    }
}

#[test]
fn an_amount_with_the_sum_it_rose_by_and_its_rate_keeps_the_rate_and_the_sum_stands_apart() {
    let s = "全年省财政用于农业的投入812亿元，比上年增加95亿元，增长13.2%";
    let f = figures(s);
    let shapes: Vec<_> = (f.iter())
        .map(|f| (f.value, f.change.as_ref().map(|c| (c.kind, c.value))))
        .collect();
    assert_eq!(
        shapes,
        [
            (Some(812.0), Some((ChangeKind::Growth, 13.2))),
            (None, Some((ChangeKind::Added, 95.0)))
        ],
        "{f:?}"
    );
}

#[test]
fn xin_zeng_with_a_noun_after_counts_new_things_never_the_rise_of_the_figure_before() {
    let f = figures("农村饮水工程使3200万农民受益，新增260万沼气用户");
    let shapes: Vec<_> = f.iter().map(|f| (f.value, f.change.is_some())).collect();
    assert_eq!(
        shapes,
        [(Some(3200.0), false), (Some(260.0), false)],
        "{f:?}"
    );
    // Without a noun after it, 新增 is still the rise of the figure before.
    let f = only("全县经营主体达12.6万户，较年初新增1.3万户");
    let c = f.change.as_ref().map(|c| (c.kind, c.value));
    assert_eq!(c, Some((ChangeKind::Added, 1.3)), "{f:?}");
}

#[test]
fn names_printed_alone_before_the_comma_of_a_fen_bie_list_name_its_items() {
    let f = figures("城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长21.5%和17.2%");
    let shapes: Vec<_> = (f.iter())
        .map(|f| (f.label.as_str(), f.change.as_ref().map(|c| c.value)))
        .collect();
    assert_eq!(
        shapes,
        [
            ("城镇居民人均可支配收入", Some(21.5)),
            ("农村居民人均纯收入", Some(17.2))
        ],
        "{f:?}"
    );
}

#[test]
fn more_than_last_year_by_an_amount_is_an_added_change() {
    for (s, v, q) in [
        ("城镇新增就业目标比去年多50万人", 50.0, None),
        (
            "支出规模比去年扩大8000亿元以上",
            8000.0,
            Some(Qualifier::OrMore),
        ),
    ] {
        let (label, kind, value, qualifier) = change_only(s);
        assert_eq!((kind, value, qualifier), (ChangeKind::Added, v, q), "{s}");
        assert!(!label.contains("比去年"), "{s}: {label}");
    }
}

#[test]
fn a_rate_above_or_below_last_years_budget_by_points_is_its_rise_or_fall() {
    for (s, kind, v) in [
        (
            "今年赤字率拟按3%安排，比去年预算高0.2个百分点",
            ChangeKind::Rise,
            0.2,
        ),
        (
            "今年赤字率拟按2.5%安排，比去年预算低0.3个百分点",
            ChangeKind::Decline,
            0.3,
        ),
    ] {
        let f = only(s);
        let c = f.change.as_ref().map(|c| (c.kind, c.value));
        assert_eq!(c, Some((kind, v)), "{s}: {f:?}");
        // Every text names the budget it is set against, never last year's outcome.
        let (r, json) = common::drafted_json("t", &format!("一、2025年工作回顾\n{s}。\n"));
        let f = &r.figures[0];
        let c = f.change.as_ref().unwrap();
        let zh = format::change(c, f, Lang::Zh);
        assert!(zh.starts_with("比去年预算"), "{zh}: {json}");
        let en = format::change(c, f, Lang::En);
        assert!(en.contains("last year's budget"), "{en}");
    }
}

#[test]
fn a_harvest_grown_once_more_then_the_level_reached_is_never_two_harvests() {
    let s = "粮食总产量在上年增长的基础上，又增产12亿斤，达到380亿斤";
    let f = figures(s);
    // 12亿斤 is how much more was grown, never a harvest of 12亿斤; without the name of
    // what grew in its own clause, the desk names it.
    assert!(
        f.iter()
            .all(|f| f.value != Some(12.0) && !f.label.contains("增产")),
        "{f:?}"
    );
    let f = only("全县粮食增产1.2亿斤，达到38亿斤");
    let c = f.change.as_ref().map(|c| (c.kind, c.value));
    assert_eq!(
        (f.value, c),
        (Some(38.0), Some((ChangeKind::Added, 1.2))),
        "{f:?}"
    );
}
