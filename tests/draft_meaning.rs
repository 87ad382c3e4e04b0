#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft reads what a text means: its structure as web pages publish it (single line
//! breaks, numbered headings, leftovers of the page), targets and limits, periods,
//! comparisons and contributions. The texts are short ones of our own, in the registers
//! of a county work report and a statistical communiqué.

use report_charts::draft::{self, text};
use report_charts::model::{Report, Status};
use report_charts::validate;

/// A county work report as a government website publishes it: the page's menu, the
/// dateline, a byline, single line breaks, numbered headings, a heading that runs on.
const WEB_REPORT: &str = "2026年青禾县政府工作报告
下载
打印
【字号：
加大
】
2026年青禾县政府工作报告
——2026年1月12日在青禾县第五届人民代表大会第六次会议上
来源：青禾日报
时间：2026-01-20
县长 林晓川
各位代表：
一、2025年工作回顾
过去一年，全县地区生产总值达到286.4亿元，增长5.8%。一般公共预算收入18.2亿元，增长4.1%。
（一）产业发展提质增效。规上工业增加值增长8.3%，高于全市平均水平1.2个百分点。
这五年，全县地区生产总值年均增长6.1%，城镇居民人均可支配收入年均增长5.9%。
二、2026年主要目标和重点工作
2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内。
（一）扩大有效投资。力争固定资产投资增长8%以上，新开工亿元以上项目40个。
";

fn outline() -> text::Outline {
    text::outline(WEB_REPORT)
}

fn drafted() -> Report {
    let d = draft::draft(WEB_REPORT).unwrap();
    let json = draft::to_json(&d).unwrap();
    validate::load("web.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn numbered_lines_are_headings_in_a_text_without_blank_lines() {
    let o = outline();
    let headings: Vec<&str> = o.sections.iter().flatten().map(String::as_str).collect();
    assert_eq!(
        headings,
        ["一、2025年工作回顾", "二、2026年主要目标和重点工作"]
    );
    assert_eq!(o.title.as_deref(), Some("2026年青禾县政府工作报告"));
}

#[test]
fn the_page_leftovers_never_become_sentences() {
    let o = outline();
    for s in &o.sentences {
        for leftover in [
            "下载",
            "字号",
            "时间：",
            "2026-01-20",
            "来源：",
            "林晓川",
            "会议上",
        ] {
            assert!(
                !s.text.contains(leftover),
                "{leftover} glued into: {}",
                s.text
            );
        }
    }
}

#[test]
fn a_heading_that_runs_on_into_its_paragraph_is_the_paragraphs_lead() {
    let o = outline();
    let lead = o.sentences.iter().find(|s| s.lead).unwrap();
    assert_eq!(lead.text, "（一）产业发展提质增效");
    let d = draft::draft(WEB_REPORT).unwrap();
    let titles: Vec<String> = d
        .sections
        .iter()
        .flat_map(|s| s.topics.iter())
        .filter_map(|t| t.title.as_ref()?.zh.clone())
        .collect();
    assert!(
        titles.contains(&"（一）产业发展提质增效".to_string()),
        "{titles:?}"
    );
}

#[test]
fn no_date_byline_or_heading_becomes_a_figure() {
    let r = drafted();
    for f in &r.figures {
        assert!(
            ![2025.0, 2026.0, 20.0, 12.0, 1.0].contains(&f.value.unwrap_or(-1.0)),
            "{f:?}"
        );
        assert!(!f.source.contains("时间") && !f.source.starts_with("一、"));
    }
}

#[test]
fn every_figure_the_draft_writes_is_marked_as_a_draft() {
    let r = drafted();
    assert!(r.figures.iter().all(|f| f.draft));
    assert!(r.charts.iter().all(|c| c.draft));
    assert_eq!(r.unconfirmed(), r.figures.len() + r.charts.len());
}

#[test]
fn the_xihu_figures_stay_results_of_the_report_year() {
    let text = std::fs::read_to_string("data/xihu-2024.txt").unwrap();
    let d = draft::draft(&text).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("xihu.json", &json).unwrap();
    assert!(r
        .figures
        .iter()
        .all(|f| f.status == Status::Result && f.period.is_none()));
}
