#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft reads what a text means: its structure as web pages publish it (single line
//! breaks, numbered headings, leftovers of the page), targets and limits, periods; how
//! one sentence's numbers join is `draft_links.rs`. The texts are short ones of our own,
//! in the registers of a county work report and a statistical communiqué.

mod common;

use report_charts::check::validate;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::{self, sentence, text};
use report_charts::shared::model::{Figure, Report, Status};

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
2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，居民人均可支配收入增长5.8%—6.5%，城镇调查失业率控制在5.5%以内。
（一）扩大有效投资。力争固定资产投资增长8%以上，新开工亿元以上项目40个。
";

fn outline() -> text::Outline {
    text::outline(WEB_REPORT)
}

fn drafted() -> Report {
    common::drafted("web", WEB_REPORT)
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

/// The drafted figure whose source contains `quote` and whose value or change is `v`.
fn find<'a>(r: &'a Report, quote: &str, v: f64) -> &'a Figure {
    r.figures
        .iter()
        .find(|f| {
            f.source.contains(quote)
                && (f.value == Some(v) || f.change.as_ref().is_some_and(|c| c.value == v))
        })
        .unwrap_or_else(|| panic!("no figure {v} in «{quote}»: {:#?}", r.figures))
}

#[test]
fn a_target_is_never_drafted_as_a_result() {
    let r = drafted();
    let cases = [
        ("地区生产总值增长6%左右", 6.0, Status::Target, Some("左右")),
        ("一般公共预算收入增长5%", 5.0, Status::Target, None),
        ("城镇调查失业率控制在5.5%以内", 5.5, Status::Limit, None),
        (
            "力争固定资产投资增长8%以上",
            8.0,
            Status::Target,
            Some("以上"),
        ),
        ("新开工亿元以上项目40个", 40.0, Status::Target, None),
    ];
    for (quote, v, status, change_q) in cases {
        let f = find(&r, quote, v);
        assert_eq!(f.status, status, "{quote}");
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            Some("2026年"),
            "{quote}"
        );
        if let Some(q) = change_q {
            assert_eq!(
                f.change.as_ref().unwrap().qualifier.map(|q| q.zh()),
                Some(q)
            );
        }
    }
    let limit = find(&r, "城镇调查失业率控制在5.5%以内", 5.5);
    assert_eq!(limit.qualifier.map(|q| q.zh()), Some("以内"));
}

#[test]
fn a_range_keeps_both_its_ends() {
    let r = drafted();
    let f = find(&r, "增长5.8%—6.5%", 5.8);
    let c = f.change.as_ref().unwrap();
    assert_eq!((c.value, c.to), (5.8, Some(6.5)));
    let f = &sentence::read("做大做强1—2个主导产业", &Glossary::bundled().unwrap()).figures[0];
    assert_eq!(
        (f.value, f.to, f.unit.as_str()),
        (Some(1.0), Some(2.0), "个")
    );
}

#[test]
fn results_of_the_year_and_of_the_five_years_say_which_they_are() {
    let r = drafted();
    let year = find(&r, "全县地区生产总值达到286.4亿元", 286.4);
    assert_eq!((year.status, year.period.is_none()), (Status::Result, true));
    let five = find(&r, "城镇居民人均可支配收入年均增长5.9%", 5.9);
    assert_eq!(five.status, Status::Result);
    assert_eq!(five.period.as_ref().unwrap().zh, "这五年");
}

#[test]
fn units_and_magnitudes_are_read_as_printed() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        ("全年人口出生率6.8‰", 6.8, "‰", None),
        ("粮食总产量512.3亿斤", 512.3, "亿斤", None),
        ("社会消费品零售总额2.35万亿元", 2.35, "万亿元", None),
        ("惠及群众380余万人次", 380.0, "万人次", Some("余万")),
        ("新增经营主体2.1万余户", 2.1, "万户", Some("余")),
        ("完成适老化改造6万多户", 6.0, "万户", Some("万多")),
        ("民生投入累计超过1000亿元", 1000.0, "亿元", Some("超过")),
        ("更新住宅电梯400多部", 400.0, "部", Some("多")),
        ("惠及300多万名群众", 300.0, "万名", Some("多")),
        ("接待邮轮120艘次", 120.0, "艘次", None),
        ("举办招聘会11场次", 11.0, "场次", None),
        ("新增装机容量1200万千瓦", 1200.0, "万千瓦", None),
        ("集装箱吞吐量300万标准箱", 300.0, "万标准箱", None),
    ];
    for (s, v, unit, q) in cases {
        let read = sentence::read(s, &g);
        let f = read
            .figures
            .first()
            .unwrap_or_else(|| panic!("{s}: {read:?}"));
        assert_eq!(
            (f.value, f.unit.as_str(), f.qualifier.map(|q| q.zh())),
            (Some(v), unit, q),
            "{s}"
        );
    }
}
