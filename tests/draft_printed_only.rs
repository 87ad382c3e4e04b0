#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft states only what the text prints (issue 18, tester s-test10's findings 2
//! and 7): 会期5天半 is no 5天 (nor a 5.5 it does not print), and the two subjects of a
//! 分别 list get one value each. Short texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::SkipReason;

#[test]
fn a_number_whose_unit_is_followed_by_half_is_left_to_the_desk() {
    let r = drafted(
        "half",
        "2025年全县地区生产总值312.6亿元，增长5.8%。\n本次大会会期4天半。项目工期压缩到3个半月。\n",
    );
    for (number, sentence) in [("4", "会期4天半"), ("3", "3个半月")] {
        assert!(
            r.figures.iter().all(|f| !f.source.contains(sentence)),
            "a figure of «{sentence}»: {:#?}",
            r.figures
        );
        assert!(
            r.skips.iter().any(|k| k.number == number
                && k.sentence.contains(sentence)
                && k.reason == SkipReason::Unread),
            "{number} of «{sentence}» is not unread: {:#?}",
            r.skips
        );
    }
}

/// The label of the figure of `r` whose value is `value`.
fn label_of(r: &report_charts::shared::model::Report, value: f64) -> String {
    let f = r.figures.iter().find(|f| f.value == Some(value));
    let f = f.unwrap_or_else(|| panic!("no figure of value {value}: {:#?}", r.figures));
    f.label.zh.clone()
}

#[test]
fn the_two_subjects_of_a_list_each_get_their_own_value_in_another_unit() {
    let r = drafted(
        "pair",
        "全市专精特新企业、小巨人企业分别达到420家和1.3万家。\n",
    );
    assert_eq!(label_of(&r, 420.0), "专精特新企业");
    assert_eq!(label_of(&r, 1.3), "小巨人企业");
}

#[test]
fn one_value_after_two_subjects_is_left_to_the_desk_never_named_after_both() {
    let r = drafted("one", "全市专精特新企业、小巨人企业分别达到420家。\n");
    assert!(
        r.figures.iter().all(|f| f.value != Some(420.0)),
        "{:#?}",
        r.figures
    );
    assert!(r
        .skips
        .iter()
        .any(|k| k.number == "420" && k.reason == SkipReason::Unread));
}

#[test]
fn a_plans_verbs_are_no_part_of_its_labels() {
    let r = drafted(
        "plan",
        "今年，全市将实施重大项目260个以上，力争新增上市公司3家。省级一般性支出再压减6%。\n",
    );
    assert_eq!(label_of(&r, 260.0), "实施重大项目");
    assert_eq!(label_of(&r, 3.0), "新增上市公司");
    let cut = r.figures.iter().find(|f| f.source.contains("压减"));
    let cut = cut.unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(cut.label.zh, "省级一般性支出");
}

#[test]
fn a_short_word_in_brackets_stays_in_its_name_and_a_unit_in_its_figure() {
    let r = drafted(
        "names",
        "年末每千人口执业（助理）医师3.12人。全年家禽出栏415万羽，增长2.1%。\n",
    );
    assert_eq!(label_of(&r, 3.12), "每千人口执业（助理）医师");
    let poultry = r.figures.iter().find(|f| f.value == Some(415.0)).unwrap();
    assert_eq!(poultry.unit.zh, "万羽");
}
