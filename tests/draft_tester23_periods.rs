#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a drafted page claimed of time and bases that its text does not (issue 18, the
//! tester's s-test23): a change on a named earlier year drawn as the year's, a start
//! value drawn as an end, last year's structure drawn as this year's, a paragraph's five
//! years over a sentence that prints its own year, a change read as a figure of its own,
//! a sum labelled by a verb. The texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted, period};
use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Lang, Report, Status};

const FIVE_YEARS: &str = "宁川市政府工作报告\n\n\
一、过去五年工作回顾\n\n\
经济实力跃上新台阶。2025年，全市地区生产总值达到3650亿元，比2020年增长38.6%，年均增长6.7%；\
一般公共预算收入达到286亿元，增长1.2倍；规模以上工业增加值比上年增长7.1%。\n\n\
二、2026年工作安排\n\n\
今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%左右。\n";

/// Every chart's title and its CSV's change column of `r` in Chinese, a line each (the
/// source column prints the sentence as it stands).
fn outputs(r: &Report) -> String {
    let mut out = String::new();
    for c in &r.charts {
        out.push_str(&c.title.zh);
        out.push('\n');
        let csv = resolve::csv(r, c, Lang::Zh);
        for row in csv.split("\r\n").skip(1) {
            out.push_str(row.split(',').nth(5).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_change_on_a_named_earlier_year_keeps_that_year_as_its_base() {
    let r = drafted("five", FIVE_YEARS);
    for v in [38.6, 6.7, 1.2] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("no figure of {v}: {:#?}", r.figures));
        let c = f.change.as_ref().unwrap();
        let base = c.reference.as_ref().map(|t| (t.zh.as_str(), t.en.as_str()));
        assert_eq!(base, Some(("2020年", "2020")), "the change of {v}");
    }
    let growth = by_value(&r, 38.6).unwrap();
    let c = growth.change.as_ref().unwrap();
    assert_eq!(format::change(c, growth, Lang::Zh), "比2020年增长38.6%");
    assert_eq!(format::change(c, growth, Lang::En), "up 38.6% since 2020");
    let yearly = by_value(&r, 6.7).unwrap();
    let c = yearly.change.as_ref().unwrap();
    assert_eq!(format::change(c, yearly, Lang::Zh), "比2020年年均增长6.7%");
}

#[test]
fn a_base_named_once_ends_where_a_clause_names_another() {
    let r = drafted("five", FIVE_YEARS);
    let industry = by_value(&r, 7.1).unwrap();
    assert_eq!(industry.change.as_ref().unwrap().reference, None);
}

#[test]
fn no_output_prints_five_years_growth_without_its_base() {
    let r = drafted("five", FIVE_YEARS);
    let out = outputs(&r);
    for said in ["增长38.6%", "增长1.2倍", "年均增长6.7%"] {
        for (at, _) in out.match_indices(said) {
            let before = &out[..at];
            assert!(
                before.ends_with("比2020年") || before.ends_with("比2020年年均"),
                "«{said}» without 比2020年 in:\n{out}"
            );
        }
    }
}

#[test]
fn a_target_never_stands_beside_five_years_growth_as_last_years() {
    let r = drafted("five", FIVE_YEARS);
    for c in r.charts.iter().filter(|c| c.kind.name() == "targets") {
        for &k in &c.figures {
            let f = &r.figures[k];
            // Its own clause prints the base (比2020年增长38.6%) or carries it (年均增长6.7%).
            let since = f
                .change
                .as_ref()
                .is_some_and(|c| [38.6, 6.7, 1.2].contains(&c.value));
            assert!(
                !(f.status == Status::Result && since),
                "{} beside the targets of «{}»",
                f.label.zh,
                c.title.zh
            );
        }
    }
}

#[test]
fn a_base_of_the_year_before_is_no_earlier_year() {
    let r = drafted(
        "year-before",
        "2025年，全县地区生产总值186.3亿元，比2024年增长6.2%。\n",
    );
    let f = by_value(&r, 6.2).unwrap();
    assert_eq!(f.change.as_ref().unwrap().reference, None);
}

#[test]
fn an_old_value_of_a_named_year_is_the_start_of_one_before_after() {
    let r = drafted(
        "income",
        "2025年工作回顾\n\n城镇居民人均可支配收入由2020年41200元增加到2025年52680元，\
         农村居民人均可支配收入由18650元增加到24930元。\n",
    );
    let f = by_value(&r, 52680.0).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(f.label.zh, "城镇居民人均可支配收入");
    let c = f.change.as_ref().unwrap();
    assert_eq!((c.kind, c.value), (ChangeKind::From, 41200.0));
    assert!(
        !r.figures.iter().any(|f| f.value == Some(41200.0)),
        "41200 drawn as a value"
    );
}

#[test]
fn a_sentences_own_year_wins_over_its_paragraphs_five_years() {
    let r = drafted(
        "aid",
        "宁川市政府工作报告\n\n一、过去五年工作回顾\n\n\
         五年来，教育事业加快发展。县财政助学支出从2022年8.6亿元增加到去年的15.2亿元，\
         高中资助面超过30%，职业学校资助面超过80%。\n\n\
         二、2026年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右。\n",
    );
    let spent = by_value(&r, 15.2).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(spent.change.as_ref().map(|c| c.value), Some(8.6));
    for v in [15.2, 30.0, 80.0] {
        let f = by_value(&r, v).unwrap();
        assert_eq!(
            period(f),
            None,
            "{} is of the year under review",
            f.label.zh
        );
    }
    let share = by_value(&r, 30.0).unwrap();
    assert_eq!(share.qualifier.map(|q| q.zh()), Some("超过"));
    assert!(!share.label.zh.contains("五年"), "{}", share.label.zh);
}

#[test]
fn a_structure_changed_from_last_years_is_this_years_with_its_old_terms() {
    let r = drafted(
        "structure",
        "2025年全县国民经济和社会发展统计公报\n\n\
         全年全县地区生产总值186.3亿元，比上年增长5.6%。\
         三次产业结构由上年的12.8︰40.1︰47.1调整为12.1︰40.5︰47.4。\n",
    );
    let parts: Vec<_> = (r.figures.iter())
        .filter(|f| f.source.contains("三次产业结构"))
        .map(|f| {
            let old = f.change.as_ref().map(|c| (c.kind, c.value));
            (f.label.zh.as_str(), f.value, old)
        })
        .collect();
    let from = ChangeKind::From;
    assert_eq!(
        parts,
        [
            ("第一产业", Some(12.1), Some((from, 12.8))),
            ("第二产业", Some(40.5), Some((from, 40.1))),
            ("第三产业", Some(47.4), Some((from, 47.1))),
        ]
    );
    let structures = r.charts.iter().filter(|c| c.kind.name() == "structure");
    assert_eq!(structures.count(), 1, "{:#?}", r.charts);
}

#[test]
fn a_change_on_last_years_same_sum_is_that_sums_change() {
    let r = drafted(
        "deficit",
        "2026年工作安排\n\n今年，县财政赤字预算拟安排12亿元，比去年预算赤字减少3亿元；\
         拟安排专项债券8亿元。\n",
    );
    let f = by_value(&r, 12.0).unwrap();
    let c = f.change.as_ref().map(|c| (c.kind, c.value));
    assert_eq!(c, Some((ChangeKind::Reduced, 3.0)), "{:#?}", r.figures);
    assert!(
        !r.figures.iter().any(|f| f.label.zh.starts_with("比去年")),
        "{:#?}",
        r.figures
    );
}

#[test]
fn a_sum_named_by_its_payer_alone_is_named_by_what_it_is_for_where_printed() {
    let r = drafted(
        "payer",
        "2026年工作安排\n\n今年县财政将安排8.6亿元，比上年增加1.2亿元，支持农村公路建设。\
         为加快养老服务体系建设，今年县财政将安排3.4亿元。\
         今年县财政将安排5.5亿元，比上年增加1.1亿元。\n",
    );
    let label = |v: f64| by_value(&r, v).map(|f| f.label.zh.clone());
    assert_eq!(
        label(8.6).as_deref(),
        Some("县财政安排（支持农村公路建设）")
    );
    assert_eq!(
        label(3.4).as_deref(),
        Some("县财政安排（加快养老服务体系建设）")
    );
    let unsaid = label(5.5).unwrap();
    assert!(
        !unsaid.contains('（'),
        "{unsaid}: no purpose the text does not print"
    );
}
