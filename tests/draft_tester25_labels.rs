#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels that a tester found naming nothing, cutting a word or naming the wrong thing on
//! drafted pages (issue 18, s-test25: F4, F5, F10, F12): a verb for a label (增加至, 实施,
//! 新建), a stray quotation mark (办好“), a character eaten by a place (政基础设施项目), a
//! generic noun (单位), a condition or a base year kept (…的情况下, 较2020年), a share of
//! the GDP named by the GDP alone, the people a service is for cut after its verb (妇女
//! 免费). The texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report};

/// The Chinese label of the figure of `value`, failing with every figure when none is.
fn label_of(r: &Report, value: f64) -> String {
    by_value(r, value)
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
        .label
        .zh
        .clone()
}

/// A short review of 2025 holding `sentence`.
fn review(name: &str, sentence: &str) -> Report {
    drafted(
        name,
        &format!(
            "某县2026年政府工作报告\n\n一、2025年工作回顾\n\n2025年，全县经济平稳。{sentence}\n"
        ),
    )
}

/// A short plan for 2026 holding `sentence`.
fn plan(name: &str, sentence: &str) -> Report {
    drafted(
        name,
        &format!("某县2026年政府工作报告\n\n一、2026年工作安排\n\n2026年，{sentence}\n"),
    )
}

#[test]
fn labels_never_are_a_verb_a_stray_mark_or_a_cut_word() {
    // (name, sentence, value, the label wanted)
    let cases = [
        (
            "levels",
            "对外开放县（区、市）增加至38个。",
            38.0,
            "对外开放县（区、市）",
        ),
        (
            "deeds",
            "全县投入16亿元办好“10+5”项民生实事。",
            16.0,
            "“10+5”项民生实事",
        ),
        (
            "units",
            "7家单位入选省级首批中试平台。",
            7.0,
            "单位入选省级首批中试平台",
        ),
        (
            "condition",
            "外贸进出口在出口订单减少的情况下增长8.5%。",
            8.5,
            "外贸进出口",
        ),
        (
            "base",
            "人均预期寿命较2020年提高1.3岁、达到80.15岁。",
            80.15,
            "人均预期寿命",
        ),
        (
            "verbs",
            "修订、制定政府规章23件。",
            23.0,
            "修订、制定政府规章",
        ),
    ];
    for (name, sentence, value, want) in cases {
        let r = review(name, sentence);
        assert_eq!(label_of(&r, value), want, "«{sentence}»");
    }
}

#[test]
fn a_plans_labels_keep_what_is_counted_and_drop_the_verb_of_the_bound() {
    let cases = [
        (
            "works",
            "实施市政基础设施项目86个。",
            86.0,
            "实施市政基础设施项目",
        ),
        (
            "quoted",
            "新建60个“15分钟便民生活圈”。",
            60.0,
            "新建“15分钟便民生活圈”",
        ),
        (
            "kept",
            "高校毕业生就业率保持93%以上。",
            93.0,
            "高校毕业生就业率",
        ),
    ];
    for (name, sentence, value, want) in cases {
        let r = plan(name, sentence);
        assert_eq!(label_of(&r, value), want, "«{sentence}»");
    }
}

#[test]
fn a_count_after_wei_is_labelled_by_whom_the_service_is_for() {
    let r = plan(
        "served",
        "为不少于3万名低收入的慢性病患者免费提供基本药物。为40万妇女免费开展“两癌”筛查。",
    );
    assert_eq!(label_of(&r, 3.0), "免费提供基本药物的低收入的慢性病患者");
    assert_eq!(label_of(&r, 40.0), "免费开展“两癌”筛查的妇女");
}

#[test]
fn a_count_followed_by_another_count_is_never_labelled_by_its_verb_alone() {
    let r = review("batches", "实施4批次11组集团层面战略性重组。");
    let label = label_of(&r, 4.0);
    assert_ne!(label, "实施", "{:#?}", r.figures);
}

#[test]
fn a_share_that_names_only_its_whole_is_of_the_amount_before_it_and_never_leads() {
    let r = drafted(
        "rd",
        "某市2025年国民经济和社会发展统计公报\n一、综合\n全年全市地区生产总值1860.5亿元，\
         比上年增长5.2%。年末常住人口180.2万人。全年居民消费价格比上年上涨0.4%。\n\
         二、国内贸易\n全年社会消费品零售总额720.4亿元，比上年增长4.9%。\n三、科技\n\
         全年研究与试验发展（R&D）经费投入40.3亿元，占地区生产总值的比重为2.17%。\
         年末有效发明专利5210件，增长12.1%。\n",
    );
    let at = (r.figures.iter())
        .position(|f| f.value == Some(2.17))
        .unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(
        r.figures[at].label.zh,
        "研究与试验发展（R&D）经费投入占地区生产总值比重"
    );
    let lead = (r.charts.iter())
        .find(|c| c.lead)
        .unwrap_or_else(|| panic!("no lead: {:#?}", r.charts));
    assert!(
        !lead.figures.contains(&at),
        "the share leads beside the GDP: {lead:#?}"
    );
}

#[test]
fn a_standard_raised_is_printed_raised_never_new() {
    let r = review("standard", "边民补助标准再提高900元。");
    let f = r
        .figures
        .iter()
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == 900.0))
        .unwrap_or_else(|| panic!("{:#?}", r.figures));
    let printed = format::change(f.change.as_ref().unwrap(), f, Lang::Zh);
    assert_eq!(printed, "提高900元");
}

#[test]
fn a_count_of_things_newly_opened_keeps_its_verb_beside_the_same_things_run() {
    let r = review("posts", "稳妥运行9个边境贸易点，新开通5个边境贸易点。");
    assert_eq!(label_of(&r, 9.0), "边境贸易点");
    assert_eq!(label_of(&r, 5.0), "新开通边境贸易点");
}

#[test]
fn the_rate_a_fenbie_list_prints_once_is_every_items() {
    let r = review("rates", "高中阶段和高等教育毛入学率分别达到97.2%、61.8%。");
    assert_eq!(label_of(&r, 97.2), "高中阶段毛入学率");
    assert_eq!(label_of(&r, 61.8), "高等教育毛入学率");
    let r = review(
        "rates-four",
        "学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到92.4%、97.6%、96.1%、60.2%。",
    );
    assert_eq!(label_of(&r, 97.6), "义务教育巩固率");
    assert_eq!(label_of(&r, 96.1), "高中阶段毛入学率");
}

#[test]
fn a_plans_from_to_row_says_plan_once() {
    use report_charts::publish::resolve::rows;
    let r = drafted(
        "from-to",
        "某县2026年政府工作报告\n\n一、2025年工作回顾\n\n2025年，全县经济平稳，地区生产总值增长5.1%。\n\n\
         二、2026年重点工作\n\n推进学前教育普惠发展，免费学前教育生均标准从380元提高至900元。\
         新建中小学教学用房3万平方米，建设工会驿站40个。\n",
    );
    let chart = (r.charts.iter())
        .find(|c| c.plan)
        .unwrap_or_else(|| panic!("no plan's chart: {:#?}", r.charts));
    for lang in [Lang::Zh, Lang::En] {
        let all = rows(&r, chart, lang);
        let row = (all.iter())
            .find(|row| row.change.contains("380"))
            .unwrap_or_else(|| panic!("no from-to row: {all:#?}"));
        let said = format!("{} {}", row.value, row.change).to_lowercase();
        let word = report_charts::shared::messages::charts::plan_word(lang);
        assert_eq!(said.matches(word).count(), 1, "{said}");
    }
}
