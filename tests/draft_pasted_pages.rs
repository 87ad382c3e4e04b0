#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Texts pasted from a web page or a communiqué's first page, as a desk gets them (the
//! tester's s10 findings 8, 9 and 10): the page's leftovers are no paragraphs, a web
//! article's short subheads are headings, the issuer and the date under a title are
//! lines of their own, a title names the province of the meeting, and a change prints
//! the verb of its sentence.

mod common;

use common::*;
use report_charts::draft::text::outline;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, SkipReason};

/// A city paper's page of our own: breadcrumbs, the page's lines, subheads, and the
/// page's leftovers after the text.
const WEB: &str = "首页 > 新闻 > 两会
湘江两会观察
发布时间：2026-01-20 08:30　来源：南溪晚报　字号：大 中 小
南溪晚报讯（记者 何川）1月19日，湖南省第十四届人民代表大会第五次会议开幕，听取省政府工作报告。
去年成绩单
报告显示，2025年全省地区生产总值达到1520亿元，比上年增长5.6%。全省居民消费价格上涨0.4%。
全省社会消费品零售总额702亿元，增长4.8%；一般公共预算收入98.6亿元，增长3.1%。
今年怎么干
报告提出，今年全省地区生产总值预期增长5.5%左右，省级一般性支出再压减4%。
全省将新建城市公园12个，新增养老床位1500张，开工改造老旧小区86个。
代表热议
“目标实在，路径清楚。”一位代表说，全省新增市场主体2.3万户，比上年减少6.2%，还需加力。
责任编辑：李青
（本文来源：南溪晚报）
【纠错】　【打印】
扫一扫在手机打开当前页
";

#[test]
fn a_web_pages_source_line_and_scan_prompt_are_no_paragraphs_and_no_topics() {
    let o = outline(WEB);
    for leftover in ["本文来源", "扫一扫", "责任编辑", "纠错"] {
        assert!(
            o.sentences.iter().all(|s| !s.text.contains(leftover)),
            "{leftover} kept as text"
        );
    }
    let r = drafted("nanxi", WEB);
    for s in &r.sections {
        for name in std::iter::once(&s.title.zh).chain(s.topics.iter().map(|t| &t.title.zh)) {
            assert!(!name.contains("扫一扫") && !name.contains("来源"), "{name}");
        }
    }
}

#[test]
fn a_web_articles_short_subheads_are_its_headings() {
    let o = outline(WEB);
    let headings: Vec<&str> = o.sections.iter().flatten().map(String::as_str).collect();
    assert_eq!(headings, ["去年成绩单", "今年怎么干", "代表热议"]);
    // The subhead's paragraph is under it, not under the heading before.
    let quote = o
        .sentences
        .iter()
        .find(|s| s.text.contains("目标实在"))
        .unwrap();
    assert_eq!(o.sections[quote.section].as_deref(), Some("代表热议"));
}

#[test]
fn an_issuer_and_a_date_under_a_title_are_the_pages_lines_and_no_paragraphs() {
    // s-test18's A8: printed as two paragraphs, they read as the report's text.
    let text = "青石县2025年统计公报\n\n青石县统计局\n2026年3月16日\n\n2025年，全县经济运行总体平稳。\n\n全年地区生产总值96.2亿元，增长5.3%。\n";
    let o = outline(text);
    let texts: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        &texts[..2],
        [
            "2025年，全县经济运行总体平稳",
            "全年地区生产总值96.2亿元，增长5.3%"
        ]
    );
    assert_eq!(o.left, ["青石县统计局", "2026年3月16日"]);
    let paragraphs: Vec<usize> = o.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(&paragraphs[..2], [0, 1]);
}

#[test]
fn a_text_without_a_title_line_is_titled_with_the_province_of_its_meeting() {
    // Without the page's headline line, the title is drafted.
    let text = WEB.replacen("湘江两会观察\n", "", 1);
    let r = drafted("nanxi", &text);
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("湖南省"));
    assert!(r.meta.title.zh.starts_with("湖南省"), "{}", r.meta.title.zh);
}

#[test]
fn a_change_prints_the_verb_its_sentence_prints() {
    let r = drafted("nanxi", WEB);
    for (label_part, zh, en) in [
        ("居民消费价格", "上涨0.4%", "rose 0.4%"),
        ("一般性支出", "压减4%", "cut 4%"),
        ("地区生产总值", "增长5.6%", "up 5.6%"),
        ("新增市场主体", "减少6.2%", "down 6.2%"),
    ] {
        let f = r
            .figures
            .iter()
            .find(|f| f.label.zh.contains(label_part) && f.change.is_some())
            .unwrap_or_else(|| panic!("no figure of {label_part}"));
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh, "{}", f.id);
        assert!(f.source.contains(zh), "{}", f.source);
        // English follows the sentence's verb too (issue 18): 压减 is "cut", 上涨 "rose".
        assert_eq!(format::change(c, f, Lang::En), en, "{}", f.id);
    }
}

#[test]
fn a_web_pages_copyright_line_is_no_paragraph_and_its_year_no_number_to_decide() {
    for line in [
        "版权所有 © 2026 南溪晚报社 未经授权禁止转载",
        "Copyright © 2026 南溪晚报 All Rights Reserved",
        "© 2026 南溪晚报社版权所有",
        "本网站所有内容未经授权禁止转载 2026",
    ] {
        let text = format!("{WEB}{line}\n");
        let o = outline(&text);
        assert!(
            o.sentences.iter().all(|s| !s.text.contains("2026南溪")
                && !s.text.contains("转载")
                && !s.text.contains('©')),
            "{line} kept as text"
        );
        let r = drafted("nanxi", &text);
        // Its year is the page's (a skip of reason page), never one left to the desk.
        let of_line = r
            .skips
            .iter()
            .filter(|k| k.number == "2026" && !k.sentence.starts_with("发布时间"));
        for k in of_line {
            assert_eq!(k.reason, SkipReason::Page, "{line}: {k:?}");
        }
    }
}

#[test]
fn a_bylines_source_field_after_the_reporters_and_the_time_is_the_reports_publication() {
    let text = "南溪区政府工作报告摘要\n记者 何川 通讯员 李青 2026-01-15 08:30 来源：南溪晚报\n2025年，全区地区生产总值812.4亿元，增长5.6%。\n";
    let r = drafted("nanxi", text);
    assert_eq!(r.meta.publication.zh, "南溪晚报");
}
