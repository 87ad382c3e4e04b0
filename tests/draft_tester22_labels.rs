#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels and bounds that new users found wrong on drafted pages (issue 18, s-test21 and
//! s-test22): a label cut inside a word (一等奖, 、 of one count's nouns, 带动游|客), words
//! glued into it (累计, 首次跃上), a share that lost its 比重, a verb of reaching alone
//! (惠及), an adverb or a bound's own noun for a label (仍, 核定的限额). The texts are
//! short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::shared::model::{Report, Status};

/// The Chinese label of the figure of `value`, failing with every figure when none is.
fn label_of(r: &Report, value: f64) -> String {
    by_value(r, value)
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
        .label
        .zh
        .clone()
}

#[test]
fn a_prize_of_the_first_class_keeps_its_class_in_the_label() {
    let r = drafted(
        "prizes",
        "2025年，全县科技创新成果丰硕。8个项目获省科学技术奖，其中2项获科技进步奖一等奖。",
    );
    let label = label_of(&r, 2.0);
    assert!(label.ends_with("一等奖"), "label {label}");
}

#[test]
fn one_count_of_nouns_in_a_list_is_labelled_by_the_whole_list() {
    let r = drafted(
        "spaces",
        "2025年，全区推动35个学校、企事业单位体育场地向社会开放，新建口袋公园12个。",
    );
    let label = label_of(&r, 35.0);
    assert!(
        label.starts_with("学校、企事业单位体育场地"),
        "label {label}"
    );
}

#[test]
fn a_sum_to_date_keeps_its_cumulative_word_out_of_the_label() {
    let r = drafted(
        "sums",
        "“十四五”时期，全区单位地区生产总值能耗累计下降13.5%。\n\
         “十四五”时期，全区实际使用外资累计超过80亿美元。",
    );
    assert_eq!(label_of(&r, 13.5), "单位地区生产总值能耗");
    assert_eq!(label_of(&r, 80.0), "实际使用外资");
}

#[test]
fn a_first_leap_to_a_level_is_no_part_of_the_label() {
    let r = drafted(
        "grain",
        "2025年，全省粮食产量首次跃上700亿斤新台阶，单产提升3.2斤。",
    );
    assert_eq!(label_of(&r, 700.0), "粮食产量");
}

#[test]
fn a_share_of_a_whole_is_labelled_as_its_share() {
    let r = drafted(
        "share",
        "2025年，全县一般公共预算支出52.3亿元，其中教育支出11.8亿元，占一般公共预算支出的22.6%。",
    );
    assert_eq!(label_of(&r, 22.6), "教育支出占一般公共预算支出比重");
}

#[test]
fn a_bound_kept_as_before_is_named_after_the_indicator_the_sentence_before_holds() {
    let r = drafted(
        "adverb",
        "2025年，全市经济运行平稳。城镇登记失业率控制在4%以内，实际为3.6%；2026年仍控制在4%以内。",
    );
    let kept = r
        .figures
        .iter()
        .find(|f| f.value == Some(4.0) && common::period(f) == Some("2026年"))
        .unwrap_or_else(|| panic!("no bound of 2026: {:#?}", r.figures));
    assert_eq!(kept.label.zh, "城镇登记失业率");
    assert_eq!(kept.status, Status::Limit);
}

#[test]
fn a_bound_kept_as_before_with_nothing_held_before_is_left_for_the_desk() {
    let r = drafted(
        "adverb-alone",
        "2025年，全市经济运行平稳，居民收入稳步增长。2026年仍控制在4%以内。",
    );
    let f = by_value(&r, 4.0);
    assert!(f.is_none(), "a figure of nothing named: {f:#?}");
}

#[test]
fn a_ceiling_that_bounds_the_clause_before_is_a_limit_of_what_it_bounds() {
    let r = drafted(
        "debt",
        "2025年末，全区政府债务余额41.6亿元，控制在市核定的限额45.2亿元以内。",
    );
    let f = by_value(&r, 45.2).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(f.status, Status::Limit, "{f:#?}");
    assert!(!f.label.zh.contains("核定"), "label {}", f.label.zh);
}

#[test]
fn a_head_shared_by_two_items_is_never_cut_inside_a_word() {
    let r = drafted(
        "tourists",
        "2025年，文旅节会带动游客人数和总花费分别增长8.6%、7.2%。",
    );
    let label = label_of(&r, 7.2);
    assert!(label.ends_with("总花费"), "label {label}");
    assert!(!label.contains("游总"), "label {label}");
}

#[test]
fn a_count_of_people_reached_is_named_after_the_measure_that_reached_them() {
    let r = drafted(
        "reached",
        "2025年，全县向低收入群众发放冬季取暖补贴，惠及3.6万人。",
    );
    assert_eq!(label_of(&r, 3.6), "冬季取暖补贴惠及");
}
