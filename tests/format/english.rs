//! Numbers in English as a reader would write them: billions and millions for 亿 and 万,
//! thousands grouped, changes as phrases, one of a thing singular.

use super::{change, fig, value};
use crate::common::report;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report, Text};

/// Asserts that each Xihu figure of `cases` (its id, then its English) reads so through
/// `print` (the value or the change).
fn reads_in_english(print: fn(&Report, &str, Lang) -> String, cases: &[(&str, &str)]) {
    let r = report();
    for (id, want) in cases {
        assert_eq!(print(&r, id, Lang::En), *want, "{id}");
    }
}

#[test]
fn yi_yuan_becomes_billions_in_english() {
    reads_in_english(
        value,
        &[
            ("gdp", "over 80 billion yuan"),
            ("bank-lending", "273.963 billion yuan"),
            ("budget-revenue", "2.55 billion yuan"),
            ("key-projects-investment", "122.63 billion yuan"),
            ("fixed-asset-investment", "25.164 billion yuan"),
            ("voucher-spending", "nearly 4 billion yuan"),
        ],
    );
}

#[test]
fn small_yi_amounts_become_millions_in_english() {
    reads_in_english(
        value,
        &[
            ("caiyuan-loans", "120 million yuan"),
            ("wanshougong-revenue", "over 380 million yuan"),
        ],
    );
}

#[test]
fn wan_becomes_millions_or_thousands_in_english() {
    reads_in_english(
        value,
        &[
            ("tourist-visits", "over 30 million visits"),
            ("wanshougong-visits", "26.715 million visits"),
            ("consumption-vouchers", "9 million yuan"),
            ("old-estate-households", "16,400 households"),
            ("voucher-users", "260,000 shoppers"),
            ("business-entities", "over 100,000 businesses"),
            ("parking-spaces-added", "more than 21,000 spaces"),
        ],
    );
}

#[test]
fn plain_counts_group_thousands_in_english() {
    reads_in_english(
        value,
        &[
            ("building-firms", "6,694 companies"),
            ("cloud-firms", "more than 2,600 companies"),
            ("key-projects", "111 projects"),
        ],
    );
}

#[test]
fn percentages_keep_the_sign_against_the_number_in_english() {
    reads_in_english(
        value,
        &[("tax-share", "70%"), ("building-occupancy", "83.46%")],
    );
}

#[test]
fn changes_read_as_english_phrases() {
    reads_in_english(
        change,
        &[
            ("gdp", "up 4.3%"),
            ("pm25", "improved 9.7%"),
            ("building-occupancy", "up 2.9 percentage points"),
            (
                "good-air-days",
                "1.9 percentage points above the city average",
            ),
            ("service-windows", "down from 37"),
            ("digital-core-firms", "47 new companies"),
        ],
    );
}

#[test]
fn a_comparison_whose_reference_has_no_english_says_higher_never_above_nothing() {
    let r = report();
    let f = fig(&r, "good-air-days").clone();
    let Some(mut c) = f.change.clone() else {
        panic!("good-air-days has its comparison");
    };
    let en = |c: &report_charts::shared::model::Change| {
        report_charts::shared::format::change(c, &f, report_charts::shared::model::Lang::En)
    };
    if let Some(r) = c.reference.as_mut() {
        r.en = String::new();
    }
    assert_eq!(en(&c), "1.9 percentage points higher");
    c.kind = report_charts::shared::model::ChangeKind::Below;
    assert_eq!(en(&c), "1.9 percentage points lower");
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
