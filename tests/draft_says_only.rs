#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A draft's labels, periods and chart groups say only what the text says (issue 18, as a
//! tester found them in a provincial report's draft): no label cut mid-word or left a
//! verb alone, no five-year period on a year's value, a sum over three years never a
//! one-year target, a target only beside one year's result, and before-after charts by
//! topic. Texts of our own, in the shape of a provincial report.

mod common;

use report_charts::check::validate;
use report_charts::draft::{self, glossary::Glossary, sentence};
use report_charts::shared::model::{Figure, Report, SkipReason, Status};
use report_charts::shared::words;

/// A report of our own: a year's review, a five-year review with the next plan's goal,
/// and the coming year's work.
const REPORT: &str = "青山市2026年政府工作报告

一、2025年工作回顾

过去一年，全市经济稳中有进。地区生产总值增长5.1%。全年城镇调查失业率从上半年5.6%降到5.2%。

深化园区改革，32个园区整合优化为18个。

二、“十四五”时期发展成就和“十五五”时期主要目标任务

过去五年，全市综合实力跃上新台阶。地区生产总值年均增长4.6%。纺织产业年产值超300亿元，机械产业超200亿元。累计新建学校45所。有效发明专利比2020年增长48.2%。

我们编制了“十五五”规划纲要草案，提出地区生产总值年均增长5%左右。

三、2026年重点工作

今年全市发展的主要预期目标是：地区生产总值增长5%左右。

三年安排60亿元支持数字经济发展。筹措12.5亿元实施农村道路改造工程。电力市场交易额达80亿元。
";

fn drafted() -> Report {
    common::drafted("qingshan", REPORT)
}

fn labels(s: &str) -> Vec<String> {
    sentence::read(s, &Glossary::bundled().unwrap())
        .figures
        .into_iter()
        .map(|f| f.label)
        .collect()
}

fn figure<'a>(r: &'a Report, label: &str) -> &'a Figure {
    r.figures
        .iter()
        .find(|f| f.label.zh == label)
        .unwrap_or_else(|| panic!("no figure {label}"))
}

#[test]
fn a_label_never_starts_halfway_through_a_word() {
    let cases = [
        ("有色金属产业年产值超400亿元", "有色金属产业年产值"),
        ("有效发明专利达1.2万件", "有效发明专利"),
        ("有机农产品认证达120个", "有机农产品认证"),
        ("全市场交易额达80亿元", "全市场交易额"),
        (
            "电力市场交易为企业节约成本10亿元",
            "电力市场交易为企业节约成本",
        ),
        ("发放救助资金12亿元、惠及46万人次", "惠及"),
    ];
    for (text, want) in cases {
        let got = labels(text);
        assert_eq!(
            got.last().map(String::as_str),
            Some(want),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn words_of_the_glossary_are_never_cut_and_others_are() {
    assert!(words::splits_word("有色金属", "有".len()));
    assert!(words::splits_word("全市场", "全市".len()));
    assert!(!words::splits_word("有企业", "有".len()));
}

#[test]
fn a_sum_is_named_by_what_it_is_for_never_by_its_verb() {
    let cases = [
        ("筹措12.5亿元实施农村道路改造工程", "农村道路改造工程"),
        ("三年安排60亿元支持数字经济发展", "数字经济发展"),
        ("省级财政累计投入66亿元用于为民办实事项目", "为民办实事项目"),
    ];
    for (text, want) in cases {
        assert_eq!(labels(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn a_sum_named_by_a_verb_alone_is_left_to_the_desk() {
    let read = sentence::read("筹措12.5亿元。", &Glossary::bundled().unwrap());
    assert!(read.figures.is_empty(), "{:?}", read.figures);
    assert_eq!(read.skips, vec![("12.5".to_string(), SkipReason::Unread)]);
}

#[test]
fn a_sum_over_three_years_carries_its_span_never_one_year() {
    let r = drafted();
    let f = figure(&r, "数字经济发展");
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("三年"));
    for c in &r.charts {
        assert!(!c.title.zh.contains("2026年目标60"), "{}", c.title.zh);
    }
}

#[test]
fn a_years_value_in_a_five_year_review_carries_no_five_year_period() {
    let r = drafted();
    for label in ["纺织产业年产值", "机械产业"] {
        assert_eq!(figure(&r, label).period, None, "{label}");
    }
    // What the sentence says is over the five years keeps them: 年均, 比2020年, 累计.
    for label in ["有效发明专利", "新建学校"] {
        let p = figure(&r, label).period.as_ref().map(|p| p.zh.clone());
        assert_eq!(p.as_deref(), Some("过去五年"), "{label}");
    }
    // 比2020年 is the change's base, kept on the change, no word of the label.
    let patents = figure(&r, "有效发明专利").change.as_ref();
    let base = patents
        .and_then(|c| c.reference.as_ref())
        .map(|t| t.zh.as_str());
    assert_eq!(base, Some("2020年"));
    for c in &r.charts {
        let years_value = c
            .figures
            .iter()
            .any(|&k| r.figures[k].label.zh == "机械产业");
        assert!(
            !(years_value && c.title.zh.contains("五年")),
            "{}",
            c.title.zh
        );
    }
}

#[test]
fn a_target_stands_only_beside_one_years_result_of_its_indicator() {
    let r = drafted();
    for c in r.charts.iter().filter(|c| c.kind.name() == "targets") {
        let results: Vec<&Figure> = c
            .figures
            .iter()
            .map(|&k| &r.figures[k])
            .filter(|f| f.status == Status::Result)
            .collect();
        let plan = c.subtitle.zh.contains("十五五");
        for f in &results {
            let yearly = f.change.as_ref().is_some_and(|c| c.yearly);
            assert!(
                !yearly && f.period.is_none(),
                "{}: {}",
                c.title.zh,
                f.label.zh
            );
        }
        assert!(!plan || results.is_empty(), "{}", c.title.zh);
        assert!(!c.subtitle.zh.contains("过去五年"), "{}", c.subtitle.zh);
    }
    // 2025's 增长5.1% stands beside 2026's target 增长5%左右.
    let paired = r.charts.iter().any(|c| {
        c.kind.name() == "targets"
            && c.figures.iter().any(|&k| {
                r.figures[k].status == Status::Result
                    && r.figures[k].change.as_ref().is_some_and(|c| c.value == 5.1)
            })
    });
    assert!(paired, "last year's result beside its target");
}

#[test]
fn before_after_charts_group_figures_of_one_paragraph() {
    let r = drafted();
    for c in r.charts.iter().filter(|c| c.kind.name() == "before-after") {
        let topics: Vec<&str> = c
            .figures
            .iter()
            .map(|&k| r.figures[k].topic.as_str())
            .collect();
        assert!(
            topics.windows(2).all(|w| w[0] == w[1]),
            "{}: {topics:?}",
            c.title.zh
        );
    }
}

/// The drafted report's data file, edited by `edit`, as `check` reads it: its problems.
fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let d = draft::draft(REPORT).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    edit(&mut v);
    match validate::load("qingshan.json", &v.to_string()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn index_of(v: &serde_json::Value, list: &str, key: &str, want: &str) -> usize {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| x[key].as_str() == Some(want) || x[key]["zh"].as_str() == Some(want))
        .unwrap_or_else(|| panic!("no {list} with {key} {want}"))
}

#[test]
fn a_title_claiming_a_period_its_sentence_does_not_say_is_a_problem() {
    let said = problems_after(|v| {
        let k = index_of(v, "figures", "label", "机械产业");
        v["figures"][k]["period"] = serde_json::json!({"zh": "过去五年"});
        let id = v["figures"][k]["id"].clone();
        let c = v["charts"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c["figures"].as_array().unwrap().contains(&id))
            .unwrap();
        v["charts"][c]["title"]["zh"] = serde_json::json!("机械产业过去五年超200亿元");
    });
    assert!(
        said.contains("过去五年") && said.contains("title"),
        "{said}"
    );
}

#[test]
fn a_target_beside_an_average_a_year_is_a_problem() {
    let said = problems_after(|v| {
        let c = index_of(v, "charts", "kind", "targets");
        let k = index_of(v, "figures", "label", "地区生产总值");
        let yearly = v["figures"]
            .as_array()
            .unwrap()
            .iter()
            .skip(k + 1)
            .find(|f| f["change"]["yearly"] == serde_json::json!(true))
            .map(|f| f["id"].clone())
            .unwrap();
        // In place of last year's result, right before the target it stood beside.
        v["charts"][c]["figures"][0] = yearly;
    });
    assert!(said.contains("a target stands only beside"), "{said}");
}

#[test]
fn a_label_that_is_a_verb_alone_or_half_a_word_is_flagged() {
    use report_charts::check::validate::trust::label_flags;
    let cases = [
        ("筹措", "筹措5亿元", true),
        ("色金属产业产值", "有色金属产业产值增长12%", true),
        ("有色金属产业产值", "有色金属产业产值增长12%", false),
        ("场交易额", "电力市场交易额达80亿元", true),
        ("企业", "新增企业120家", false),
    ];
    for (label, source, flagged) in cases {
        let got = label_flags([(0, label, Some(source))].into_iter());
        assert_eq!(!got.is_empty(), flagged, "{label}: {got:?}");
    }
}
