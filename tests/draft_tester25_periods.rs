#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a drafted page said of periods and qualifiers that its text does not (issue 18,
//! the tester's s-test25): an average a year printed as five years' amount, a 累计
//! lent to the balance after it, a print edition's page jump kept in the article. The
//! texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report, SkipReason};

/// A review of five years whose jobs are an average a year.
const JOBS: &str = "宁川市政府工作报告\n\n一、过去五年工作回顾\n\n\
五年来，就业保障更加有力，城镇新增就业年均超过12万人，累计发放创业担保贷款86.5亿元，\
全市地区生产总值达到3650亿元，年均增长6.7%。\n\n\
二、2026年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右。\n";

/// Every chart's title and CSV of `r` in `lang`, and every figure's printed value.
fn outputs(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for c in &r.charts {
        out.push_str(c.title.pick(lang));
        out.push('\n');
        out.push_str(&resolve::csv(r, c, lang));
    }
    for f in &r.figures {
        out.push_str(&format::printed(f, lang).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[test]
fn an_amount_after_nian_jun_is_an_average_a_year_and_every_output_says_so() {
    let r = drafted("jobs", JOBS);
    let jobs = by_value(&r, 12.0).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert!(jobs.yearly, "年均超过12万人 is not marked yearly");
    assert_eq!(
        format::printed(jobs, Lang::Zh).unwrap(),
        "五年来年均超过12万人"
    );
    assert!(format::printed(jobs, Lang::En)
        .unwrap()
        .contains("annual average"));
    let out = outputs(&r, Lang::Zh);
    for (at, _) in out.match_indices("12") {
        let before = &out[..at];
        assert!(
            before.ends_with("年均超过") || before.ends_with(','),
            "12万 without 年均 in:\n{out}"
        );
    }
    // The CSV's period column says it too (the value column is the bare 12).
    assert!(out.contains("五年来年均"), "{out}");
    // The growth's 年均 is the change's, and the sum's 累计 is no average.
    for v in [86.5, 3650.0] {
        assert!(!by_value(&r, v).unwrap().yearly, "{v} marked yearly");
    }
}

#[test]
fn a_measure_named_nian_jun_is_no_average_of_a_period() {
    let r = drafted(
        "air",
        "2025年，全市细颗粒物（PM2.5）年均浓度28微克/立方米，空气质量优良天数比率达到91.2%。\n",
    );
    let f = by_value(&r, 28.0).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert!(!f.yearly);
}

#[test]
fn a_balance_after_a_cumulative_figure_is_never_cumulative() {
    let r = drafted(
        "green",
        "2025年，新建绿色建筑860万平方米，碳市场累计成交2135.6万吨，绿色信贷余额突破1万亿元，\
         普惠小微贷款存量达到3100亿元。\n",
    );
    let traded = by_value(&r, 2135.6).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert!(traded.cumulative, "累计成交 lost its 累计");
    for v in [1.0, 3100.0] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("no {v}: {:#?}", r.figures));
        assert!(!f.cumulative, "{} {v} marked cumulative", f.label.zh);
        assert!(!format::printed(f, Lang::Zh).unwrap().contains("累计"));
    }
}

/// The sentences the story page prints of `text`, drafted as `r`, run together.
fn article(text: &str, r: &Report) -> String {
    let prose = report_charts::publish::prose::read(text, r);
    prose
        .paragraphs()
        .flat_map(|p| p.sentences.clone())
        .collect()
}

#[test]
fn a_print_editions_page_jump_is_no_text_and_no_figure() {
    let text = "青石县政府工作报告\n\n一、2025年工作回顾\n\n\
        全县地区生产总值286.4亿元，增长5.8%，灾后重建项目全部开工，群众住房全部得到保障。\
        （下转第四版）（紧接第一版）新建农村公路420公里，改造危房1300户。\
        规模以上工业增加值增长7.2%（转第3版）。\n";
    let r = drafted("jump", text);
    let said = article(text, &r);
    for jump in ["下转", "紧接", "第四版", "第一版", "转第3版"] {
        assert!(!said.contains(jump), "«{jump}» in the article: {said}");
    }
    for f in &r.figures {
        assert!(!f.source.contains('版'), "{}: {}", f.label.zh, f.source);
        assert_ne!(f.value, Some(3.0), "the page 3 read as a figure");
    }
    // The page's number is left as the page's, like a PDF's page number.
    for s in r.skips.iter().filter(|s| s.number == "3") {
        assert_eq!(s.reason, SkipReason::Page, "{s:#?}");
    }
    assert!(by_value(&r, 420.0).is_some() && by_value(&r, 7.2).is_some());
}

#[test]
fn a_target_of_a_bare_noun_never_stands_beside_last_years_other_count_of_it() {
    let r = drafted(
        "schools",
        "宁川市政府工作报告\n\n一、2025年工作回顾\n\n\
         全年地区生产总值增长5.6%。教育事业加快发展，8所学校入选国家示范性职业学校，\
         新建农村公路420公里。\n\n二、2026年工作安排\n\n\
         办好民生实事。整体提升60所学校、30家医院周边环境，新建农村公路400公里，\
         改造老旧小区120个。\n",
    );
    let targets: Vec<_> = (r.charts.iter())
        .filter(|c| c.kind.name() == "targets")
        .flat_map(|c| c.figures.iter().map(|&k| &r.figures[k]))
        .collect();
    let values: Vec<_> = targets.iter().filter_map(|f| f.value).collect();
    assert!(
        values.contains(&60.0),
        "no targets chart of 60所: {values:?}"
    );
    assert!(
        !values.contains(&8.0),
        "8所学校入选 beside 60所学校周边环境: {values:?}"
    );
    // The same indicator in the same words still stands beside its goal.
    assert!(
        values.contains(&420.0) && values.contains(&400.0),
        "{values:?}"
    );
}

#[test]
fn a_level_reached_at_the_end_of_five_years_is_the_report_years_and_a_sum_keeps_the_span() {
    let r = drafted(
        "levels",
        "宁川市政府工作报告\n\n一、过去五年工作回顾\n\n\
         五年来，城乡面貌持续改善，农村自来水普及率、生活污水治理率分别提高到92%、76.5%，\
         全体居民人均可支配收入达到38600元，累计新增城镇就业46万人，建成农村公路1800公里。\n\n\
         二、2025年工作回顾\n\n全年地区生产总值增长5.6%。\n",
    );
    for v in [92.0, 76.5, 38600.0] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("no {v}: {:#?}", r.figures));
        assert_eq!(common::period(f), None, "{} {v}", f.label.zh);
    }
    for v in [46.0, 1800.0] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("no {v}: {:#?}", r.figures));
        assert!(
            common::period(f).is_some(),
            "{} {v} lost its span",
            f.label.zh
        );
    }
    let out = outputs(&r, Lang::Zh);
    for level in ["92", "76.5", "38600"] {
        assert!(
            !out.contains(&format!("五年来{level}")),
            "五年来{level} in:\n{out}"
        );
    }
}

#[test]
fn a_drafted_deck_is_the_first_figures_clause_never_a_long_sentence_of_boilerplate() {
    let r = drafted(
        "deck",
        "宁川市政府工作报告\n\n一、2025年工作回顾\n\n\
         过去一年，在市委的坚强领导下，在市人大、市政协的监督支持下，我们坚持稳中求进工作总基调，\
         完整准确全面贯彻新发展理念，统筹发展和安全，扎实推动高质量发展，\
         全市地区生产总值达到3650.2亿元、增长5.6%，经济社会发展取得新成效。\n\n\
         全年城镇新增就业8.2万人。\n",
    );
    let deck = &r.meta.deck.zh;
    assert_eq!(deck, "全市地区生产总值达到3650.2亿元、增长5.6%");
    assert!(deck.chars().count() <= 60, "{deck}");
}
