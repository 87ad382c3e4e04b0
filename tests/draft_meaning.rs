#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft reads what a text means: its structure as web pages publish it (single line
//! breaks, numbered headings, leftovers of the page), targets and limits, periods,
//! comparisons and contributions. The texts are short ones of our own, in the registers
//! of a county work report and a statistical communiqué.

mod common;

use report_charts::check::validate;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::{self, sentence, text};
use report_charts::shared::model::{Figure, Report, SkipReason, Status};

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

/// The figures of one sentence of a statistical communiqué of our own.
fn read_one(s: &str) -> Vec<sentence::Found> {
    sentence::read(s, &Glossary::bundled().unwrap()).figures
}

#[test]
fn a_comparison_or_contribution_attaches_to_the_figure_before_it() {
    let cases = [
        (
            "规上工业增加值增长7.2%，高于全省平均水平1.1个百分点",
            "above",
            "全省平均水平",
            1.1,
        ),
        (
            "固定资产投资增长3.4%，低于全市平均水平0.4个百分点",
            "below",
            "全市平均水平",
            0.4,
        ),
        (
            "工业投资增长12.6%，拉动全部投资增长4.6个百分点",
            "pull",
            "全部投资",
            4.6,
        ),
        (
            "社会消费品零售总额增长6.3%，快于全国1.8个百分点",
            "above",
            "全国",
            1.8,
        ),
        // 增速 names the growth before it, not a thing of its own.
        (
            "工业增加值增长8.1%，增速高于全市平均水平1.3个百分点",
            "above",
            "全市平均水平",
            1.3,
        ),
        (
            "地区生产总值180.2亿元，增长5.4%，增速低于全省平均水平0.5个百分点",
            "below",
            "全省平均水平",
            0.5,
        ),
        // A change of the rate since another period is the desk's; the comparison after
        // it is still the growth's.
        (
            "1—9月，工业增加值增长5.1%，比1—8月提高0.2个百分点，高于全省平均水平0.7个百分点",
            "above",
            "全省平均水平",
            0.7,
        ),
    ];
    for (s, kind, reference, v) in cases {
        let figures = read_one(s);
        assert_eq!(figures.len(), 1, "{s}: {figures:?}");
        let c = figures[0].compare.as_ref().unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (c.kind.name(), c.reference.as_deref(), c.value),
            (kind, Some(reference), v),
            "{s}"
        );
        assert!(figures[0].change.is_some(), "{s}");
    }
}

#[test]
fn a_comparison_that_cannot_be_attached_is_left_unread_never_a_figure_without_a_subject() {
    // Each sentence, and its number of points that no figure can take with certainty.
    let cases = [
        ("工业企业达到120家，增速高于全市平均水平1.2个百分点", "1.2"),
        ("工业增加值增长5.1%，比1—8月提高0.2个百分点", "0.2"),
        ("工业增加值增长5.1%，增速比上年回落0.3个百分点", "0.3"),
    ];
    for (s, n) in cases {
        let r = sentence::read(s, &Glossary::bundled().unwrap());
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        assert!(r.figures[0].compare.is_none(), "{s}: {:?}", r.figures);
        assert!(
            r.skips.contains(&(n.to_string(), SkipReason::Unread)),
            "{s}: {:?}",
            r.skips
        );
    }
}

#[test]
fn an_old_value_and_a_new_one_are_one_figure_whichever_way_it_went() {
    let f = &read_one("城镇居民人均可支配收入从38650元增长到45210元")[0];
    let c = f.change.as_ref().unwrap();
    assert_eq!(
        (f.value, c.kind.name(), c.value),
        (Some(45210.0), "from", 38650.0)
    );
    let f = &read_one("地区生产总值从2020年的210.5亿元增长到2025年的286.4亿元")[0];
    assert_eq!(
        (f.value, f.change.as_ref().unwrap().value),
        (Some(286.4), 210.5)
    );
}

#[test]
fn a_word_between_the_number_and_its_change_does_not_cut_the_link() {
    let cases = [
        ("实现工业增加值310.5亿元，可比增长6.1%", 6.1),
        ("全体居民人均可支配收入41250元，名义增长5.3%", 5.3),
        (
            "城镇居民人均可支配收入5.2万元，扣除价格因素实际增长4.8%",
            4.8,
        ),
        ("全县生产总值320亿元，按现价计算增长6.2%", 6.2),
        ("外贸进出口增长8.4%，总额突破800亿元", 8.4),
    ];
    for (s, growth) in cases {
        let figures = read_one(s);
        assert_eq!(figures.len(), 1, "{s}: {figures:?}");
        assert!(figures[0].value.is_some(), "{s}");
        assert_eq!(
            figures[0].change.as_ref().map(|c| c.value),
            Some(growth),
            "{s}"
        );
    }
    let f = &read_one("居民消费价格涨幅2%左右")[0];
    assert_eq!(f.change.as_ref().map(|c| c.kind.name()), Some("growth"));
}

#[test]
fn a_number_inside_a_label_or_a_condition_is_a_label_skip() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        ("年营业收入超50亿元的企业达36家", "50", 36.0),
        ("建成5万吨级泊位3个", "5", 3.0),
    ];
    for (s, skipped, figure) in cases {
        let read = sentence::read(s, &g);
        assert!(
            read.skips
                .iter()
                .any(|(n, r)| n == skipped && r.name() == "label"),
            "{s}: {read:?}"
        );
        assert_eq!(read.figures.len(), 1, "{s}: {read:?}");
        assert_eq!(read.figures[0].value, Some(figure), "{s}");
    }
}

#[test]
fn a_list_of_values_then_changes_pairs_them_and_names_its_items() {
    let figures = read_one("城乡居民人均可支配收入分别达4.6万元、2.1万元，增长4.2%、6.3%");
    let got: Vec<(&str, Option<f64>, Option<f64>)> = figures
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value,
                f.change.as_ref().map(|c| c.value),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", Some(4.6), Some(4.2)),
            ("农村居民人均可支配收入", Some(2.1), Some(6.3)),
        ]
    );
}

#[test]
fn a_date_written_with_dashes_is_a_date_skip() {
    let read = sentence::read("时间：2026-01-20", &Glossary::bundled().unwrap());
    assert!(read.figures.is_empty(), "{read:?}");
    let reasons: Vec<&str> = read.skips.iter().map(|(_, r)| r.name()).collect();
    assert_eq!(reasons, ["date", "date", "date"]);
}

#[test]
fn results_that_say_around_or_plan_stay_results() {
    let text = "过去一年工作回顾\n\n过去一年，全区实现营业收入3200亿元左右，完成年度计划的112.5%，城镇新增就业1.2万人以上。\n\n民生\n\n全区新建幼儿园8所。\n";
    let d = draft::draft(text).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.figures.len(), 4, "{:#?}", r.figures);
    assert!(
        r.figures.iter().all(|f| f.status == Status::Result),
        "{:#?}",
        r.figures
    );
}

#[test]
fn changes_of_two_items_keep_their_qualifiers_and_their_names() {
    let figures = read_one("城乡居民人均可支配收入分别增长6%左右和7%左右");
    let got: Vec<(&str, Option<&str>)> = figures
        .iter()
        .map(|f| {
            let c = f.change.as_ref().unwrap();
            (f.label.as_str(), c.qualifier.map(|q| q.zh()))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", Some("左右")),
            ("农村居民人均可支配收入", Some("左右")),
        ]
    );
    let figures = read_one("城乡居民人均可支配收入年均增长5.3%、8.1%");
    let got: Vec<(&str, f64)> = figures
        .iter()
        .map(|f| (f.label.as_str(), f.change.as_ref().unwrap().value))
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", 5.3),
            ("农村居民人均可支配收入", 8.1)
        ]
    );
}
