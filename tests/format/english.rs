//! Numbers in English as a reader would write them: billions and millions for 亿 and 万,
//! thousands grouped, changes as phrases, one of a thing singular.

use super::{change, fig, value};
use crate::common::report;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Text};

#[test]
fn yi_yuan_becomes_billions_in_english() {
    let r = report();
    assert_eq!(value(&r, "gdp", Lang::En), "over 80 billion yuan");
    assert_eq!(value(&r, "bank-lending", Lang::En), "273.963 billion yuan");
    assert_eq!(value(&r, "budget-revenue", Lang::En), "2.55 billion yuan");
    assert_eq!(
        value(&r, "key-projects-investment", Lang::En),
        "122.63 billion yuan"
    );
    assert_eq!(
        value(&r, "fixed-asset-investment", Lang::En),
        "25.164 billion yuan"
    );
    assert_eq!(
        value(&r, "voucher-spending", Lang::En),
        "nearly 4 billion yuan"
    );
}

#[test]
fn small_yi_amounts_become_millions_in_english() {
    let r = report();
    assert_eq!(value(&r, "caiyuan-loans", Lang::En), "120 million yuan");
    assert_eq!(
        value(&r, "wanshougong-revenue", Lang::En),
        "over 380 million yuan"
    );
}

#[test]
fn wan_becomes_millions_or_thousands_in_english() {
    let r = report();
    assert_eq!(
        value(&r, "tourist-visits", Lang::En),
        "over 30 million visits"
    );
    assert_eq!(
        value(&r, "wanshougong-visits", Lang::En),
        "26.715 million visits"
    );
    assert_eq!(
        value(&r, "consumption-vouchers", Lang::En),
        "9 million yuan"
    );
    assert_eq!(
        value(&r, "old-estate-households", Lang::En),
        "16,400 households"
    );
    assert_eq!(value(&r, "voucher-users", Lang::En), "260,000 shoppers");
    assert_eq!(
        value(&r, "business-entities", Lang::En),
        "over 100,000 businesses"
    );
    assert_eq!(
        value(&r, "parking-spaces-added", Lang::En),
        "more than 21,000 spaces"
    );
}

#[test]
fn plain_counts_group_thousands_in_english() {
    let r = report();
    assert_eq!(value(&r, "building-firms", Lang::En), "6,694 companies");
    assert_eq!(
        value(&r, "cloud-firms", Lang::En),
        "more than 2,600 companies"
    );
    assert_eq!(value(&r, "key-projects", Lang::En), "111 projects");
}

#[test]
fn percentages_keep_the_sign_against_the_number_in_english() {
    let r = report();
    assert_eq!(value(&r, "tax-share", Lang::En), "70%");
    assert_eq!(value(&r, "building-occupancy", Lang::En), "83.46%");
}

#[test]
fn changes_read_as_english_phrases() {
    let r = report();
    assert_eq!(change(&r, "gdp", Lang::En), "up 4.3%");
    assert_eq!(change(&r, "pm25", Lang::En), "improved 9.7%");
    assert_eq!(
        change(&r, "building-occupancy", Lang::En),
        "up 2.9 percentage points"
    );
    assert_eq!(
        change(&r, "good-air-days", Lang::En),
        "1.9 percentage points above the city average"
    );
    assert_eq!(change(&r, "service-windows", Lang::En), "down from 37");
    assert_eq!(
        change(&r, "digital-core-firms", Lang::En),
        "47 new companies"
    );
}

#[test]
fn a_net_increase_reads_up_in_english_and_only_xinzeng_reads_new() {
    let r = report();
    let mut f = fig(&r, "digital-core-firms").clone();
    let Some(c) = f.change.clone() else {
        panic!("digital-core-firms has its change");
    };
    for (source, en) in [
        ("全区数字经济核心企业新增47家", "47 new companies"),
        ("全区数字经济核心企业比上年末增加47家", "up 47 companies"),
        ("全区数字经济核心企业净增47家", "up 47 companies"),
    ] {
        f.source = source.into();
        assert_eq!(format::change(&c, &f, Lang::En), en, "{source}");
    }
}

#[test]
fn a_bare_value_has_no_qualifier() {
    let unit = Text {
        zh: "个".into(),
        en: "windows".into(),
    };
    assert_eq!(format::value_bare(37.0, &unit, Lang::Zh), "37个");
    assert_eq!(format::value_bare(37.0, &unit, Lang::En), "37 windows");
    let yi = Text {
        zh: "亿元".into(),
        en: "yuan".into(),
    };
    assert_eq!(format::value_bare(800.0, &yi, Lang::En), "80 billion yuan");
}

#[test]
fn every_english_value_is_free_of_float_artefacts_and_chinese() {
    let r = report();
    for f in &r.figures {
        let Some(v) = format::value(f, Lang::En) else {
            continue;
        };
        assert!(
            !v.contains("0000000") && !v.contains("999999"),
            "{}: {v}",
            f.id
        );
        assert!(
            !v.chars().any(report_charts::shared::layout::is_wide),
            "{}: Chinese in English: {v}",
            f.id
        );
    }
}

#[test]
fn one_of_a_thing_is_singular_in_english() {
    let r = report();
    assert_eq!(value(&r, "billion-yuan-buildings", Lang::En), "1 building");
    let f = fig(&r, "billion-yuan-buildings");
    assert_eq!(format::unit_after_number(f, Lang::En), "building");
    // Not only the last letter: companies, businesses.
    let mut one = fig(&r, "ipo-pipeline").clone();
    one.value = Some(1.0);
    assert_eq!(format::value(&one, Lang::En).as_deref(), Some("1 company"));
    one.unit.en = "businesses".into();
    assert_eq!(format::value(&one, Lang::En).as_deref(), Some("1 business"));
    one.unit.en = "car parks".into();
    assert_eq!(format::value(&one, Lang::En).as_deref(), Some("1 car park"));
    // A million is plural, and so is 1.2.
    assert_eq!(value(&r, "caiyuan-loans", Lang::En), "120 million yuan");
    one.value = Some(1.2);
    assert_eq!(
        format::value(&one, Lang::En).as_deref(),
        Some("1.2 car parks")
    );
}
