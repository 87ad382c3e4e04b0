#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A measure in years that rose from one level to another (受教育年限从…年提高到…年), and
//! an amount said again in another currency with only its qualifier (增至7.8万元，超过1万
//! 美元): both are figures of the indicator the clause names. The sentences are short
//! ones of our own, none a corpus text's.

mod common;

use common::sentences::{figures, only, skipped};
use report_charts::shared::model::{ChangeKind, Qualifier, SkipReason};

#[test]
fn both_ends_of_a_rise_of_years_of_schooling_are_one_figure() {
    for (s, from, to) in [
        (
            "全县劳动年龄人口平均受教育年限从10.1年提高到10.8年",
            10.1,
            10.8,
        ),
        ("新增劳动力平均受教育年限由13.5年增至14年", 13.5, 14.0),
        (
            "全市劳动年龄人口平均受教育年限从2020年的10.6年提升至2025年的11.2年",
            10.6,
            11.2,
        ),
    ] {
        let f = only(s);
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.value, f.unit.as_str(), c.kind, c.value),
            (Some(to), "年", ChangeKind::From, from),
            "{s}"
        );
    }
    // The years it is reckoned at stay years.
    let s = "全市劳动年龄人口平均受教育年限从2020年的10.6年提升至2025年的11.2年";
    assert_eq!(skipped(s, "2020"), Some(SkipReason::Year));
    assert_eq!(skipped(s, "2025"), Some(SkipReason::Year));
    // A run of years is no measure: 连续5年 stays a duration.
    assert_eq!(
        skipped("受教育年限连续5年保持增长", "5"),
        Some(SkipReason::Duration)
    );
}

#[test]
fn an_amount_in_another_currency_with_only_its_qualifier_is_the_amount_before() {
    for s in [
        "全市居民人均可支配收入4.2万元，超过5000美元",
        "全市人均地区生产总值达到9.2万元，超过1.2万美元",
    ] {
        let f = figures(s);
        assert_eq!(f.len(), 2, "{s}: {f:?}");
        assert_eq!(f[1].label, f[0].label, "{s}");
        assert_eq!(f[1].qualifier, Some(Qualifier::OverFully), "{s}");
    }
}

#[test]
fn a_change_after_an_amount_and_its_conversion_is_never_the_conversions() {
    // The amount has a change already (从…增至): the growth a year is a change of its own,
    // named as the amount, and the conversion keeps none.
    let s = "全县人均地区生产总值从5.6万元增至7.8万元，超过1万美元，年均增长5.4%";
    let f = figures(s);
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!(f[1].value, Some(1.0));
    assert!(f[1].change.is_none(), "{f:?}");
    assert_eq!(f[2].label, f[0].label);
    assert_eq!(f[2].value, None);
    assert_eq!(f[2].change.as_ref().map(|c| c.value), Some(5.4));
    // Without a change before, the growth is the amount's, as after 约合.
    let f = figures("全市人均地区生产总值达到9.2万元，超过1.2万美元，增长5.6%");
    assert_eq!(f[0].change.as_ref().map(|c| c.value), Some(5.6), "{f:?}");
    assert!(f[1].change.is_none(), "{f:?}");
}
