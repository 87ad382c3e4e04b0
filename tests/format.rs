#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers as the report prints them: the real figures, in Chinese exactly as printed
//! and in English as a reader would write them (the English alone: `english`).

mod common;
#[path = "format/english.rs"]
mod english;

use common::*;
use report_charts::shared::format;
use report_charts::shared::model::{Change, ChangeKind, Figure, Lang, Report, Text};

fn fig<'a>(r: &'a Report, id: &str) -> &'a Figure {
    r.figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("the data has no figure \"{id}\""))
}

fn value(r: &Report, id: &str, lang: Lang) -> String {
    format::value(fig(r, id), lang).unwrap_or_else(|| panic!("figure {id} has no value"))
}

fn change(r: &Report, id: &str, lang: Lang) -> String {
    let f = fig(r, id);
    let c = f
        .change
        .as_ref()
        .unwrap_or_else(|| panic!("figure {id} has no change"));
    format::change(c, f, lang)
}

fn short(r: &Report, id: &str, lang: Lang) -> String {
    let f = fig(r, id);
    format::change_short(f.change.as_ref().expect("a change"), lang)
}

// --- Chinese, as printed ------------------------------------------------------------

#[test]
fn a_passed_mark_prints_tupo_before_the_number() {
    assert_eq!(value(&report(), "gdp", Lang::Zh), "突破800亿元");
}

#[test]
fn a_reached_figure_prints_da_before_the_number() {
    assert_eq!(value(&report(), "bank-lending", Lang::Zh), "达2739.63亿元");
}

#[test]
fn a_figure_with_two_decimals_prints_without_float_artefacts() {
    let r = report();
    assert_eq!(value(&r, "fixed-asset-investment", Lang::Zh), "251.64亿元");
    assert_eq!(value(&r, "building-occupancy", Lang::Zh), "83.46%");
    assert_eq!(value(&r, "gdp-per-km2", Lang::Zh), "22.67亿元");
    assert_eq!(format::number(251.64), "251.64");
    assert_eq!(format::number(2739.63), "2739.63");
}

#[test]
fn an_over_figure_prints_chao_before_the_number() {
    let r = report();
    assert_eq!(value(&r, "tourist-visits", Lang::Zh), "超3000万人次");
    assert_eq!(value(&r, "business-entities", Lang::Zh), "超10万户");
}

#[test]
fn a_nearly_figure_prints_jin_before_the_number() {
    assert_eq!(value(&report(), "voucher-spending", Lang::Zh), "近40亿元");
}

#[test]
fn more_than_prints_yu_after_the_number() {
    let r = report();
    assert_eq!(value(&r, "cloud-firms", Lang::Zh), "2600余家");
    assert_eq!(value(&r, "consumption-events", Lang::Zh), "100余场");
    assert_eq!(value(&r, "road-voids", Lang::Zh), "3600余处");
}

#[test]
fn more_than_prints_yu_after_a_leading_wan_of_the_unit() {
    let r = report();
    assert_eq!(value(&r, "parking-spaces-added", Lang::Zh), "2.1万余个");
    let f = fig(&r, "parking-spaces-added");
    assert_eq!(format::unit_after_number(f, Lang::Zh), "万余个");
    assert_eq!(format::qualifier_before(f, Lang::Zh), "");
}

#[test]
fn a_figure_without_qualifier_prints_number_and_unit() {
    let r = report();
    assert_eq!(value(&r, "old-estate-households", Lang::Zh), "1.64万户");
    assert_eq!(value(&r, "key-projects", Lang::Zh), "111个");
    assert_eq!(value(&r, "green-corridor", Lang::Zh), "6.6公里");
}

#[test]
fn a_growth_prints_zengzhang_and_per_cent() {
    let r = report();
    assert_eq!(change(&r, "gdp", Lang::Zh), "增长4.3%");
    assert_eq!(change(&r, "rd-spending", Lang::Zh), "增长65.6%");
    assert_eq!(change(&r, "urban-income", Lang::Zh), "增长4.2%");
}

#[test]
fn an_improvement_prints_gaishan() {
    assert_eq!(change(&report(), "pm25", Lang::Zh), "改善9.7%");
}

#[test]
fn a_rise_prints_tisheng_and_percentage_points() {
    assert_eq!(
        change(&report(), "building-occupancy", Lang::Zh),
        "提升2.9个百分点"
    );
}

#[test]
fn above_prints_the_reference_between_gaoyu_and_the_number() {
    assert_eq!(
        change(&report(), "good-air-days", Lang::Zh),
        "高于全市平均水平1.9个百分点"
    );
}

#[test]
fn from_prints_the_old_and_the_new_value_with_units() {
    assert_eq!(
        change(&report(), "service-windows", Lang::Zh),
        "由37个压缩为10个"
    );
}

#[test]
fn a_change_from_one_value_to_another_opens_with_the_word_its_sentence_prints() {
    let r = report();
    let mut f = fig(&r, "service-windows").clone();
    let Some(c) = f.change.clone() else {
        panic!("service-windows has its change");
    };
    for (source, zh) in [
        ("办事窗口由37个压缩为10个", "由37个压缩为10个"),
        ("办事窗口从37个压缩为10个", "从37个压缩为10个"),
        ("办事窗口从上年末37个压缩为10个", "从上年末37个压缩为10个"),
    ] {
        f.source = source.into();
        assert_eq!(format::change(&c, &f, Lang::Zh), zh, "{source}");
    }
}

#[test]
fn a_label_that_names_its_period_is_never_followed_by_it_again() {
    let r = report();
    let mut f = fig(&r, "gdp").clone();
    f.qualifier = None;
    let text = |zh: &str| Text {
        zh: zh.into(),
        en: String::new(),
    };
    for (label, period, zh) in [
        ("一般公共预算收入五年累计", "五年", "800亿元"),
        ("一般公共预算收入", "五年", "五年800亿元"),
        ("2030年地区生产总值", "2030年", "800亿元"),
    ] {
        f.label = text(label);
        f.period = Some(text(period));
        assert_eq!(format::value(&f, Lang::Zh).as_deref(), Some(zh), "{label}");
    }
}

#[test]
fn the_new_value_of_a_change_over_a_plan_period_says_the_plans_last_year() {
    let r = report();
    let mut f = fig(&r, "service-windows").clone();
    let text = |zh: &str, en: &str| Text {
        zh: zh.into(),
        en: en.into(),
    };
    for (period, zh, en) in [
        ("“十四五”时期", "2025年10个", "2025 10"),
        ("“十三五”时期", "2020年10个", "2020 10"),
        ("上半年", "上半年10个", "first half 10"),
    ] {
        f.period = Some(text(period, &crate_en(period)));
        assert_eq!(format::value(&f, Lang::Zh).as_deref(), Some(zh), "{period}");
        let english = format::value(&f, Lang::En).unwrap_or_default();
        assert!(english.starts_with(en), "{period}: {english}");
    }
}

fn crate_en(zh: &str) -> String {
    report_charts::shared::messages::period_en::english(zh).unwrap_or_default()
}

#[test]
fn added_prints_xinzeng_and_the_unit() {
    assert_eq!(
        change(&report(), "digital-core-firms", Lang::Zh),
        "新增47家"
    );
}

#[test]
fn every_value_in_the_data_prints_exactly_as_written_in_the_file() {
    let r = report();
    let v = data_value();
    let mut checked = 0;
    for (i, raw) in v["figures"].as_array().expect("figures").iter().enumerate() {
        let f = &r.figures[i];
        if let Some(n) = raw.get("value").and_then(|x| x.as_number()) {
            assert_eq!(
                format::number(f.value.expect("a value")),
                n.to_string(),
                "figure {}",
                f.id
            );
            checked += 1;
        }
        if let Some(n) = raw["change"].get("value").and_then(|x| x.as_number()) {
            let c = f.change.as_ref().expect("a change");
            assert_eq!(format::number(c.value), n.to_string(), "change of {}", f.id);
        }
    }
    assert!(checked > 50, "only {checked} values checked");
}

// --- numbers ------------------------------------------------------------------------

#[test]
fn numbers_never_print_an_exponent_or_a_negative_zero() {
    assert_eq!(format::number(1e21), "1000000000000000000000");
    assert_eq!(format::number(1e-7), "0.0000001");
    assert_eq!(format::number(-0.0), "0");
    assert_eq!(format::number(0.0), "0");
    assert_eq!(format::number(800.0), "800");
}

#[test]
fn signed_numbers_use_a_real_minus_sign() {
    assert_eq!(format::signed(4.3), "+4.3");
    assert_eq!(format::signed(-2.1), "\u{2212}2.1");
    assert_eq!(format::signed(0.0), "0");
}

#[test]
fn the_magnitude_of_a_unit_is_its_leading_wan_or_yi() {
    assert_eq!(format::magnitude("亿元"), 8);
    assert_eq!(format::magnitude("万人次"), 4);
    assert_eq!(format::magnitude("万元"), 4);
    assert_eq!(format::magnitude("个"), 0);
    assert_eq!(format::magnitude("%"), 0);
}

#[test]
fn short_changes_are_signed_for_bar_ends() {
    let r = report();
    assert_eq!(short(&r, "gdp", Lang::Zh), "+4.3%");
    assert_eq!(short(&r, "gdp", Lang::En), "+4.3%");
    assert_eq!(short(&r, "building-occupancy", Lang::Zh), "+2.9个百分点");
    assert_eq!(short(&r, "building-occupancy", Lang::En), "+2.9 pts");
    let fall = Change {
        kind: ChangeKind::Decline,
        value: 2.1,
        unit: "%".into(),
        reference: None,
        to: None,
        qualifier: None,
        yearly: false,
        decimals: 0,
    };
    assert_eq!(format::change_short(&fall, Lang::Zh), "\u{2212}2.1%");
    assert_eq!(format::change_short(&fall, Lang::En), "\u{2212}2.1%");
}

#[test]
fn a_decline_prints_xiajiang_and_down() {
    let r = report();
    let f = fig(&r, "gdp");
    let fall = Change {
        kind: ChangeKind::Decline,
        value: 2.1,
        unit: "%".into(),
        reference: None,
        to: None,
        qualifier: None,
        yearly: false,
        decimals: 0,
    };
    assert_eq!(format::change(&fall, f, Lang::Zh), "下降2.1%");
    assert_eq!(format::change(&fall, f, Lang::En), "down 2.1%");
    assert_eq!(fall.signed(), -2.1);
}
