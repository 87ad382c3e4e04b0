#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft on what the tune texts say, said in other words (issue 18): another
//! province writes the same figure with another measure word, another word of more or
//! less, another spacing, another order. Where the draft cannot write what the text
//! means it leaves the number for the desk (`unread`), never a plain value the text does
//! not print. The sentences are short ones of our own.

mod common;

use common::sentences::{figures, only, shape, skipped};
use common::{drafted, status_in};
use report_charts::shared::model::{ChangeKind, SkipReason, Status};

#[test]
fn digits_a_space_parts_are_left_for_the_desk_never_read_as_their_last_group() {
    for (s, numbers) in [
        ("港口集装箱吞吐量完成1 250万标准箱", ["1", "250"]),
        ("金融机构存款余额1 086.5亿元", ["1", "086.5"]),
        ("社会消费品零售总额5\u{a0}600亿元", ["5", "600"]),
        ("全年接待游客2\u{3000}360万人次", ["2", "360"]),
    ] {
        for n in numbers {
            assert_eq!(skipped(s, n), Some(SkipReason::Unread), "{s}: {n}");
        }
        assert!(figures(s).iter().all(|f| f.value.is_none()), "{s}");
    }
}

#[test]
fn a_change_whose_amount_is_left_for_the_desk_is_left_with_it() {
    // One skip stands for every occurrence of its number in its sentence (the change's 5).
    for (sentence, numbers) in [
        ("社会消费品零售总额5 600亿元，增长5%。", &["5", "600"][..]),
        (
            "一般公共预算收入3 210亿元，同口径增长3.2%。",
            &["3", "210", "3.2"][..],
        ),
    ] {
        let text = format!("青禾市经济运行情况\n\n{sentence}\n");
        let d = report_charts::draft::draft(&text).unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&report_charts::draft::to_json(&d).unwrap()).unwrap();
        assert_eq!(v["figures"].as_array().map(Vec::len), Some(0), "{v}");
        let unread: Vec<&str> = (v["skips"].as_array().unwrap().iter())
            .filter(|k| k["reason"] == "unread")
            .filter_map(|k| k["number"].as_str())
            .collect();
        assert_eq!(unread, numbers, "{v}");
    }
}

#[test]
fn a_word_of_more_or_less_the_data_file_cannot_write_leaves_the_number_for_the_desk() {
    for (s, number) in [
        ("水果产量逾30万吨", "30"),
        ("林地面积不足20万亩", "20"),
        ("户籍人口不到40万人", "40"),
        ("贫困发生率低于1%", "1"),
        ("税收占比高于80%", "80"),
        ("规上企业数量大于300家", "300"),
        ("覆盖人口少于5万人", "5"),
        ("渔业产量至少3万吨", "3"),
        ("旅游收入超出20亿元", "20"),
        ("综合能耗不到0.5吨标准煤", "0.5"),
        ("工业用电量2.3亿千瓦时上下", "2.3"),
        ("农业总产值45亿元前后", "45"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
    }
}

#[test]
fn the_words_of_more_or_less_the_data_file_writes_stay_figures() {
    for (s, value, unit) in [
        ("耕地保有量不少于500万亩", 500.0, "万亩"),
        ("PM2.5平均浓度不高于32微克/立方米", 32.0, "微克/立方米"),
        ("粮食产量稳定在60万吨以上", 60.0, "万吨"),
        ("蔬菜产量近50万吨", 50.0, "万吨"),
        ("新建农村公路超200公里", 200.0, "公里"),
    ] {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), unit), "{s}");
        assert!(f.qualifier.is_some(), "{s}: {f:?}");
    }
    // A comparison with another place keeps its word: 高于 before the place, not the number.
    let f = only("规上工业增加值增长6.8%，高于全国平均水平0.9个百分点");
    assert_eq!(shape(&f).2, Some((ChangeKind::Growth, 6.8)));
    assert!(f.compare.is_some(), "{f:?}");
}

/// A report whose plan section opens a paragraph with 全年, as many plans do.
const PLAN: &str = "青禾市政府工作报告

一、2025年工作回顾

全年地区生产总值增长5.6%。

二、2026年工作安排

全年新开工重大项目不少于300个。

新增城镇就业12万人。
";

#[test]
fn the_whole_year_of_a_plan_section_is_the_plan_year_and_of_a_review_the_reviewed_one() {
    let r = drafted("plan", PLAN);
    for (quote, status) in [
        ("地区生产总值增长5.6%", Status::Result),
        ("新开工重大项目不少于300个", Status::Target),
        ("新增城镇就业12万人", Status::Target),
    ] {
        assert_eq!(status_in(&r, quote), status, "{quote}");
    }
}

/// A review whose sentences say a goal in other words than 力争 and 确保.
const GOALS_IN_A_REVIEW: &str = "青禾市政府工作报告

一、2025年工作回顾

全市地区生产总值增长5.3%。

规上工业增加值力求增长8%。
";

#[test]
fn a_goal_said_in_other_words_among_results_is_a_goal() {
    let r = drafted("goals", GOALS_IN_A_REVIEW);
    for (quote, status) in [
        ("地区生产总值增长5.3%", Status::Result),
        ("力求增长8%", Status::Target),
    ] {
        assert_eq!(status_in(&r, quote), status, "{quote}");
    }
}

#[test]
fn a_count_inside_an_item_of_a_list_of_projects_names_the_project() {
    for (s, number) in [
        ("加快甲公司3个煤制气、乙集团光伏等项目建设", "3"),
        ("串联36个村落的旅游环线等重点项目开工建设", "36"),
        ("推进丙区2座水库、丁县灌区等水利工程", "2"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // A count of the projects themselves stays a figure.
    assert_eq!(only("推进120个重点项目等建设").value, Some(120.0));
}

#[test]
fn a_growth_after_the_share_of_a_plan_of_any_name_is_the_amounts() {
    for s in [
        "完成固定资产投资1200亿元，为年度计划的115%，增长8%",
        "完成工业投资300亿元，完成全年目标任务的108%，增长6%",
        "一般公共预算收入完成42.6亿元，为预算的102.3%，增长5.2%",
    ] {
        let f = figures(s);
        assert!(f[0].change.is_some(), "{s}: {f:?}");
        assert!(f[1].change.is_none(), "{s}: {f:?}");
    }
}
