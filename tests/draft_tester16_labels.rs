#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A tester's drafts of its own texts (issue 18 §3, s-test16): labels that name nothing,
//! are cut short or are verbs (涉及金额, 单位, 到2030年, 锚定…); a whole drawn beside its
//! own parts as bars of equals; a projects' planned 总投资 beside a year's investment;
//! 户 of businesses said in households. The sentences and texts are short ones of our
//! own, with invented figures.

mod common;

use common::drafted;
use common::sentences::read;
use report_charts::draft::sentence::Read;
use report_charts::shared::model::{Report, SkipReason, Status};
use report_charts::shared::words::names_no_subject;

fn label_of(r: &Read, value: f64) -> String {
    let f = r.figures.iter().find(|f| f.value == Some(value));
    f.unwrap_or_else(|| panic!("{value}: {r:?}")).label.clone()
}

#[test]
fn a_label_names_what_is_counted_never_a_bare_word_a_verb_or_a_period() {
    let cases = [
        // The sum the clues involve, named after them.
        (
            "提出审计建议40条，移送问题线索5件，涉及金额1200万元",
            1200.0,
            "移送问题线索涉及金额",
        ),
        // 单位 alone names no set: the verb says which.
        ("共完成审计项目21个，审计了42个单位", 42.0, "审计单位"),
        // An estate is no place: what was renovated is named whole.
        (
            "完成老旧小区改造46个，惠及居民1.28万户",
            46.0,
            "老旧小区改造",
        ),
        // The agency that did it is no part of what it did.
        ("县审计局共完成审计项目21个", 21.0, "审计项目"),
        ("县审计局将力争全年审计项目25个以上", 25.0, "审计项目"),
        // A sum of a list is of every item, never of the last two.
        (
            "检查了社保、医保和就业专项资金共计8.3亿元",
            8.3,
            "社保、医保和就业专项资金",
        ),
        // Projects' total investment is theirs.
        (
            "总投资620亿元的56个重点项目全部开工",
            620.0,
            "重点项目总投资",
        ),
        // What was not done is no noun of the sum before it.
        (
            "三是4个单位结余资金860万元未按规定收回统筹",
            860.0,
            "4个单位结余资金",
        ),
        // A year reached names the figure before it.
        (
            "地区生产总值年均增长6%左右，到2030年突破2000亿元",
            2000.0,
            "地区生产总值",
        ),
    ];
    for (s, value, want) in cases {
        let r = read(s);
        assert_eq!(label_of(&r, value), want, "{s}");
    }
}

#[test]
fn a_verb_of_aiming_is_no_part_of_a_goals_label() {
    let cases = [
        ("全县将锚定地区生产总值增长6%左右的目标", "地区生产总值"),
        ("确保一般公共预算收入增长3%", "一般公共预算收入"),
    ];
    for (s, want) in cases {
        let r = read(s);
        let labels: Vec<&str> = r.figures.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, [want], "{s}");
    }
}

#[test]
fn a_period_or_a_deed_undone_alone_is_no_label_and_the_number_is_the_desks() {
    for label in ["到2030年", "2030年", "到2030年底"] {
        assert!(names_no_subject(label), "{label}");
    }
    assert!(!names_no_subject("2030年目标"));
    let r = read("对尚未整改到位的0.38亿元，将于年底前全部整改到位");
    assert!(r.figures.is_empty(), "{r:?}");
    assert!(
        r.skips
            .iter()
            .any(|(x, why)| x == "0.38" && *why == SkipReason::Unread),
        "{r:?}"
    );
    let r = read("到2030年突破2000亿元");
    assert!(r.figures.is_empty(), "{r:?}");
    let unread = |n: &str| (r.skips.iter()).any(|(x, why)| x == n && *why == SkipReason::Unread);
    assert!(unread("2000"), "{r:?}");
}

/// A county's audit report and a district's year, in the shapes of the tester's texts.
const AUDIT: &str = "柳岸县2025年度审计工作报告\n\n\
一、审计工作总体情况\n\n\
2025年，县审计局共完成审计项目21个，审计了42个单位，查出问题金额3.2亿元，其中违规金额0.5亿元、管理不规范金额2.7亿元；促进增收节支0.9亿元，移送问题线索5件，涉及金额1200万元。\n\n\
二、预算执行审计情况\n\n\
2025年，县级一般公共预算收入12.4亿元，增长3.8%；一般公共预算支出30.6亿元，下降1.5%。\n";

const DISTRICT: &str = "柳岸区2025年经济社会发展图解\n\n\
一、经济\n\n\
全区地区生产总值达520.3亿元，增长5.3%；一般公共预算收入18.2亿元，增长4.1%。\n\n\
一年来，柳岸区发展动力持续增强。总投资620亿元的56个重点项目全部开工，完成固定资产投资180.5亿元，增长4.1%。\n\n\
2025年，柳岸区经营主体达6.2万户，新设立1.1万户。\n\n\
2026年，柳岸区将锚定地区生产总值增长5%左右的目标，确保一般公共预算收入增长4%。\n";

fn index(r: &Report, label: &str, value: f64) -> usize {
    (0..r.figures.len())
        .find(|&k| r.figures[k].label.zh == label && r.figures[k].value == Some(value))
        .unwrap_or_else(|| panic!("{label} {value}: {:?}", labels(r)))
}

fn labels(r: &Report) -> Vec<(&str, Option<f64>)> {
    r.figures
        .iter()
        .map(|f| (f.label.zh.as_str(), f.value))
        .collect()
}

/// The charts other than the lead that draw both figures.
fn sharing(r: &Report, a: usize, b: usize) -> Vec<String> {
    r.charts
        .iter()
        .filter(|c| c.figures.contains(&a) && c.figures.contains(&b))
        .map(|c| format!("{} {}", c.kind.name(), c.id))
        .collect()
}

#[test]
fn a_whole_is_never_a_bar_beside_its_own_parts() {
    let r = drafted("audit", AUDIT);
    let whole = index(&r, "查出问题金额", 3.2);
    for (label, value) in [("违规金额", 0.5), ("管理不规范金额", 2.7)] {
        let part = index(&r, label, value);
        let bars: Vec<String> = sharing(&r, whole, part)
            .into_iter()
            .filter(|c| c.starts_with("bars"))
            .collect();
        assert!(bars.is_empty(), "{label}: {bars:?}");
    }
}

#[test]
fn the_audits_lead_opens_with_the_problems_found_not_an_amount_that_names_nothing() {
    let r = drafted("audit", AUDIT);
    let lead = r.charts.iter().find(|c| c.lead).expect("a lead graphic");
    let first = &r.figures[lead.figures[0]];
    assert_eq!(first.label.zh, "查出问题金额", "{:?}", labels(&r));
    assert!(r.figures.iter().all(|f| f.label.zh != "涉及金额"));
    assert!(r.figures.iter().all(|f| f.label.zh != "单位"));
}

#[test]
fn projects_total_investment_is_on_no_chart_beside_the_years_investment() {
    let r = drafted("district", DISTRICT);
    let total = (0..r.figures.len())
        .find(|&k| r.figures[k].value == Some(620.0))
        .expect("the projects' total investment");
    let year = index(&r, "固定资产投资", 180.5);
    assert_eq!(sharing(&r, total, year), Vec::<String>::new());
}

#[test]
fn the_districts_targets_are_named_by_their_indicator() {
    let r = drafted("district", DISTRICT);
    let targets: Vec<&str> = (r.figures.iter())
        .filter(|f| f.status == Status::Target)
        .map(|f| f.label.zh.as_str())
        .collect();
    assert_eq!(targets, ["地区生产总值", "一般公共预算收入"]);
}

#[test]
fn businesses_counted_in_hu_are_businesses_in_english_never_households() {
    let r = drafted("district", DISTRICT);
    for (label, value) in [("经营主体", 6.2), ("新设立经营主体", 1.1)] {
        let f = &r.figures[index(&r, label, value)];
        assert_eq!(f.unit.en, "businesses", "{label}");
    }
}

#[test]
fn businesses_counted_in_hu_under_a_total_are_businesses_never_households() {
    // A tester's (s-test22): 经营主体总量接近800万户 was 800 "households". Our own sentence.
    let text = "2026年南坪区政府工作报告\n一、过去五年工作回顾\n经营主体总量接近80万户，企业主体超22万户，市场主体总量达到95万户。\n";
    let r = drafted("nanping", text);
    for (label, value, en) in [
        ("经营主体总量", 80.0, "businesses"),
        ("企业主体", 22.0, "companies"),
        ("市场主体总量", 95.0, "businesses"),
    ] {
        let f = &r.figures[index(&r, label, value)];
        assert_eq!(f.unit.en, en, "{label}");
    }
}

#[test]
fn the_districts_targets_are_filed_under_their_indicators_in_the_register() {
    let reports = vec![("district".to_string(), drafted("district", DISTRICT))];
    let reg = common::register_of(&reports);
    for id in ["gdp", "general-budget-revenue"] {
        let targets = reg
            .of(id)
            .filter(|e| e.figure.status == Status::Target)
            .count();
        assert_eq!(targets, 1, "{id}");
    }
}
