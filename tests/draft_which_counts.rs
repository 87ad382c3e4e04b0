#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers of the tune half's last wrong figures, as shapes of their own (issue 18): an
//! institute known by its number, a count inside the words that describe what 将 moves,
//! a ? that stands for a lost sign, a year that opens a label, a list item's number.
//! Short sentences of our own, in the registers of a province's, a city's and a
//! district's report and of a 统计公报.

mod common;

use common::drafted;
use common::sentences::{figures, only, skipped};
use report_charts::shared::model::SkipReason;

#[test]
fn an_institute_known_by_its_number_is_a_name_and_a_count_of_schools_a_figure() {
    for (s, number) in [
        ("株洲608所AES100发动机技术成果加快转化", "608"),
        ("支持中国电科38所CETC雷达项目落地", "38"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Name), "{s}");
    }
    for (s, value) in [
        ("新建改扩建中小学12所，", 12.0),
        ("全区新增公办幼儿园8所", 8.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn a_count_inside_what_jiang_moves_says_which_ones() {
    for (s, number) in [
        ("将8个公司运营的16支政府投资基金整合为2支基金", "8"),
        ("把3个部门管理的12项专项资金统筹使用", "3"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // Without 将 both counts are what the year reached.
    let s = "中欧班列通达全球27个国家和地区的84个城市";
    let values: Vec<_> = figures(s).iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(27.0), Some(84.0)], "{s}");
}

#[test]
fn a_question_mark_right_after_a_digit_is_a_lost_sign_and_ends_no_sentence() {
    let text =
        "某市2025年统计公报\n\n全市8个学科进入ESI前1%、2个学科进入前1?。全年接待游客3200万人次。\n";
    let r = drafted("lost", text);
    let two = r.figures.iter().find(|f| f.value == Some(2.0));
    let two = two.unwrap_or_else(|| panic!("no figure of 2: {:#?}", r.figures));
    assert!(two.source.contains("前1?"), "{}", two.source);
}

#[test]
fn a_year_or_the_reports_own_place_opening_a_label_is_no_part_of_it() {
    // (the sentence, the label): a year before the indicator goes; a year that opens a
    // part of itself (年末, 上半年) stays with it.
    for (s, label) in [
        ("2025年规模以上工业增加值增长6.2%", "规模以上工业增加值"),
        ("2025年社会消费品零售总额812.5亿元", "社会消费品零售总额"),
        ("2025年全县地区生产总值312.6亿元", "地区生产总值"),
        ("2025年末常住人口86.2万人", "2025年末常住人口"),
        // The report naming its own place says whose, not what.
        ("我市城镇新增就业2.2万人", "城镇新增就业"),
        ("2025年本县粮食总产量38.6万吨", "粮食总产量"),
    ] {
        assert_eq!(only(s).label, label, "{s}");
    }
}

#[test]
fn the_number_of_a_list_item_opening_its_clause_is_an_ordinal() {
    for (s, number) in [
        ("1.地区生产总值增长5%左右", "1"),
        ("主要预期目标是：2、一般公共预算收入增长3%", "2"),
        ("（3）城镇调查失业率5.5%左右", "3"),
        ("目标是：(4)居民消费价格涨幅2%左右", "4"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Ordinal), "{s}");
    }
    // A number that opens its sentence with its own unit is the sentence's figure.
    assert_eq!(only("1.5万个村庄完成改造").value, Some(1.5));
}
