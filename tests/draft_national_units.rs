#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 61 (issue 18 §1–2): splits, units and changes that the State Council's work
//! reports print, and budget reports of any level print too, each said in sentences of
//! our own: a budget's change on the year before's budget or estimate, and 多 between
//! the two magnitudes of 万亿 (4万多亿元).

mod common;

use common::sentences::{figures, only, shape};
use common::{list, mutated, problems};
use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChangeKind, Lang, Qualifier, Report};
use serde_json::json;

fn drafted(body: &str) -> (Report, String) {
    common::drafted_json("t", &format!("一、2025年工作回顾\n{body}\n"))
}

#[test]
fn a_budgets_change_on_the_year_befores_budget_is_its_change_and_every_text_names_that_base() {
    for (s, value, unit, kind, by, base, en) in [
        (
            "今年拟安排一般公共预算支出3.2万亿元，比上年预算增加1500亿元",
            3.2,
            "万亿元",
            ChangeKind::Added,
            1500.0,
            "比上年预算",
            "on last year's budget",
        ),
        (
            "市级财政赤字拟安排120亿元，比去年预算赤字减少15亿元",
            120.0,
            "亿元",
            ChangeKind::Reduced,
            15.0,
            "比去年预算赤字",
            "on last year's budget",
        ),
        (
            "省级基本建设投资拟安排460亿元，比上年年初预算增加40亿元",
            460.0,
            "亿元",
            ChangeKind::Added,
            40.0,
            "比上年年初预算",
            "on last year's budget",
        ),
        (
            "社会保障支出拟安排980亿元，较上年预计数增加60亿元",
            980.0,
            "亿元",
            ChangeKind::Added,
            60.0,
            "较上年预计数",
            "on last year's estimate",
        ),
    ] {
        let f = only(s);
        let c = f
            .change
            .as_ref()
            .expect("the base's change is the amount's");
        assert_eq!(
            (f.value, f.unit.as_str(), c.kind, c.value),
            (Some(value), unit, kind, by),
            "{s}"
        );
        let (r, json) = drafted(&format!("{s}。"));
        let f = &r.figures[0];
        let c = f.change.as_ref().unwrap();
        let zh = format::change(c, f, Lang::Zh);
        assert!(zh.starts_with(base), "{zh}: {json}");
        assert!(format::change(c, f, Lang::En).contains(en), "{s}");
        let item = resolve::item(f, false, Lang::En).change.unwrap();
        assert!(item.short.contains("vs. last year's"), "{}", item.short);
        // Set against a plan, never against last year's outcome: no year-on-year chart.
        assert!(format::basis::not_on_year_before(c, f), "{s}");
    }
    // A change on the year before itself keeps no base.
    let (r, _) = drafted("一般公共预算收入86亿元，比上年增加5亿元。");
    let f = &r.figures[0];
    let c = f.change.as_ref().unwrap();
    assert_eq!(format::change(c, f, Lang::Zh), "增加5亿元");
}

#[test]
fn more_than_printed_between_the_magnitudes_of_wanyi_is_read_and_printed_where_the_text_puts_it() {
    for (s, value, q, printed) in [
        (
            "五年新增城乡居民储蓄3万多亿元",
            3.0,
            Qualifier::OddBetweenMagnitudes,
            "3万多亿元",
        ),
        (
            "全年减轻企业负担1万余亿元",
            1.0,
            Qualifier::MoreThanBetweenMagnitudes,
            "1万余亿元",
        ),
        // 多 after one magnitude is read as before: 6万多户, 11亿多元.
        (
            "新增农户6万多户",
            6.0,
            Qualifier::OddAfterMagnitude,
            "6万多户",
        ),
    ] {
        let (r, json) = drafted(&format!("{s}。"));
        let f = r
            .figures
            .iter()
            .find(|f| f.value == Some(value))
            .unwrap_or_else(|| panic!("{s}: {json}"));
        assert_eq!(f.qualifier, Some(q), "{json}");
        let zh = format!(
            "{}{}",
            format::value_number(f, Lang::Zh).unwrap(),
            format::unit_after_number(f, Lang::Zh)
        );
        assert_eq!(zh, printed, "{json}");
        assert!(
            format::qualifier_before(f, Lang::En).contains("more than"),
            "{json}"
        );
    }
    assert_eq!(only("五年新增城乡居民储蓄3万多亿元").unit, "万亿元");
}

#[test]
fn check_refuses_more_than_between_wan_and_yi_on_a_unit_without_both() {
    let json = mutated(|v| {
        common::figure(v, "gdp")["qualifier"] = json!("万多亿");
    });
    let problems = problems(&json);
    let wanted = msg::trust::between_magnitudes_without_wanyi("万多亿", "亿元");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "figures[0].qualifier" && p.message == wanted),
        "{}",
        list(&problems)
    );
    // On a unit in 万亿 it prints where the text does, and passes.
    let json = mutated(|v| {
        let f = common::figure(v, "gdp");
        f["qualifier"] = json!("万多亿");
        f["unit"]["zh"] = json!("万亿元");
    });
    let still = report_charts::check::validate::load("x.json", &json)
        .err()
        .map(|e| e.problems)
        .unwrap_or_default();
    assert!(
        !still.iter().any(|p| p.path == "figures[0].qualifier"),
        "{}",
        list(&still)
    );
}

#[test]
fn a_list_of_changes_that_names_nothing_goes_onto_as_many_figures_right_before_it() {
    let s = "全县城镇居民人均可支配收入42150元，农村居民人均可支配收入23860元，实际增长5.1%和6.7%";
    let got: Vec<_> = figures(s).iter().map(shape).collect();
    assert_eq!(
        got,
        [
            (
                Some(42150.0),
                "元".to_string(),
                Some((ChangeKind::Growth, 5.1))
            ),
            (
                Some(23860.0),
                "元".to_string(),
                Some((ChangeKind::Growth, 6.7))
            ),
        ],
        "{s}"
    );
}

#[test]
fn values_of_a_list_then_as_many_changes_after_their_base_are_paired_in_order() {
    let s = "市级财政用于教育、卫生健康、文化旅游的支出分别为56亿元、31亿元和9亿元，比上年增长6.2%、8.4%和3.1%";
    let got: Vec<_> = figures(s).iter().map(shape).collect();
    let want: Vec<_> = [(56.0, 6.2), (31.0, 8.4), (9.0, 3.1)]
        .into_iter()
        .map(|(v, c)| (Some(v), "亿元".to_string(), Some((ChangeKind::Growth, c))))
        .collect();
    assert_eq!(got, want, "{s}");
    // One change after the base is no item of the list: the values stay read.
    let s = "教育、卫生支出分别为56亿元、31亿元，比上年增长6.2%";
    let values: Vec<_> = figures(s).iter().filter_map(|f| f.value).collect();
    assert!(values.starts_with(&[56.0, 31.0]), "{s}: {values:?}");
}

#[test]
fn a_sum_over_years_against_the_years_before_keeps_its_change() {
    let s = "五年来全市财政用于教育支出累计860亿元，比前五年增长65%";
    let f = only(s);
    assert_eq!(
        shape(&f),
        (
            Some(860.0),
            "亿元".to_string(),
            Some((ChangeKind::Growth, 65.0))
        ),
        "{s}"
    );
}

#[test]
fn a_rate_of_change_named_then_given_where_it_held_is_a_change() {
    for (s, kind, v) in [
        ("全年居民消费价格涨幅稳定在2%左右", ChangeKind::Growth, 2.0),
        ("全市居民消费价格涨幅在3%以内", ChangeKind::Growth, 3.0),
        ("单位地区生产总值能耗降幅超过3%", ChangeKind::Decline, 3.0),
        ("今年广义货币M2增长目标为9%左右", ChangeKind::Growth, 9.0),
    ] {
        let f = only(s);
        assert_eq!(shape(&f), (None, "%".to_string(), Some((kind, v))), "{s}");
    }
}
