#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a new user's texts still showed after the first fixes (issue 18, s-test20): the
//! page's own lines (a paper's byline, a press conference's place line) glued to the
//! paragraph after them. The texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::draft::text::outline;
use report_charts::shared::model::SkipReason;

/// Bylines as papers and agencies print them under a headline: the outlet's name run
/// into 记者, one name or several, a correspondent after them.
const BYLINES: [&str; 4] = [
    "东湖晚报记者 王川",
    "新华社记者 李明 张华",
    "青江日报记者 周岚 通讯员 吴越",
    "南溪新闻网记者 陈默",
];

#[test]
fn a_byline_that_opens_with_the_papers_name_is_never_part_of_the_paragraph_after_it() {
    for byline in BYLINES {
        let spaced = format!(
            "东湖区政府工作报告：稳中求进\n{byline}\n\n1月9日，东湖区十八届人大五次会议开幕。\n\n\
             2025年，全区地区生产总值完成906.3亿元，增长5.8%。\n"
        );
        let o = outline(&spaced);
        let dated = (o.sentences.iter())
            .find(|s| s.text.contains("1月9日"))
            .expect("the opening sentence");
        assert!(
            dated.text.starts_with("1月9日"),
            "{byline}: {:?}",
            o.sentences
        );
        let name = byline.rsplit(' ').next().unwrap();
        assert!(
            o.sentences.iter().all(|s| !s.text.contains(name)),
            "{byline} is the page's: {:?}",
            o.sentences
        );
        assert!(o.left.iter().any(|l| l.contains(name)), "{:?}", o.left);
    }
}

#[test]
fn a_sentence_that_opens_with_a_reporter_is_still_text() {
    let o = outline(
        "东湖区见闻\n\n记者走访了东湖区的12个老旧小区改造现场。\n\n东湖日报记者发现，改造后的小区有了新变化。\n",
    );
    assert!(
        o.sentences.iter().any(|s| s.text.starts_with("记者走访")),
        "{:?}",
        o.sentences
    );
    assert!(
        o.sentences
            .iter()
            .any(|s| s.text.starts_with("东湖日报记者发现")),
        "{:?}",
        o.sentences
    );
}

/// A press conference's record: its time and place lines under the title, then the
/// host's words after a blank line.
const CONFERENCE: &str = "南溪市2025年经济运行情况新闻发布会实录\n\
    时间：2026年1月22日上午9:30\n\
    地点：市行政中心3号楼新闻发布厅\n\n\
    主持人（市政府新闻办副主任 孙丽）：各位记者朋友，上午好！\n\n\
    周文：初步核算，2025年全市实现地区生产总值3216.3亿元，同比增长5.6%。\n";

#[test]
fn a_place_line_under_a_press_conferences_title_is_the_pages_and_its_number_no_figure() {
    let o = outline(CONFERENCE);
    assert!(
        o.sentences
            .iter()
            .all(|s| !s.text.contains("地点") && !s.text.contains("发布厅")),
        "{:?}",
        o.sentences
    );
    assert!(
        o.sentences.iter().any(|s| s.text.starts_with("主持人")),
        "{:?}",
        o.sentences
    );
    let r = drafted("conference", CONFERENCE);
    assert!(by_value(&r, 3.0).is_none(), "{:?}", by_value(&r, 3.0));
    let three = r.skips.iter().find(|s| s.number == "3").expect("a skip");
    assert_eq!(three.reason, SkipReason::Page, "{three:?}");
    assert!(by_value(&r, 3216.3).is_some(), "{:?}", r.figures);
}

/// True when `title` prints the words of `quote` as the text does.
fn says(title: &str, quote: &str) -> bool {
    title.contains(quote)
}

#[test]
fn a_structure_ratios_chart_is_titled_with_the_ratio_as_printed_never_with_a_share_it_adds() {
    for (text, quote) in [
        (
            "2025年东湖区统计公报\n\n全年地区生产总值906.3亿元，增长5.8%。三次产业结构为6.2∶38.5∶55.3。\n",
            "三次产业结构为6.2∶38.5∶55.3",
        ),
        (
            "2025年东湖区统计公报\n\n全年地区生产总值906.3亿元，增长5.8%，三次产业比例调整为4.1:40.6:55.3。\n",
            "三次产业比例调整为4.1:40.6:55.3",
        ),
        // A year in the ratio's clause is no part's number: the title names the parts.
        (
            "2025年东湖区统计公报\n\n全年地区生产总值906.3亿元，增长5.8%，2025年三次产业结构为6.2∶38.5∶55.3。\n",
            "第一产业、第二产业、第三产业：6.2∶38.5∶55.3",
        ),
    ] {
        let r = drafted("ratio", text);
        let chart = (r.charts.iter())
            .find(|c| c.kind.name() == "structure")
            .expect("the ratio's chart");
        let title = &chart.title.zh;
        assert!(!title.contains('占'), "the text prints no 占: {title}");
        assert!(says(title, quote), "{title} says the ratio as {quote}");
    }
}

/// The labels the draft gives the figures of sentence `s`, in order.
fn labels(s: &str) -> Vec<String> {
    common::sentences::figures(s)
        .into_iter()
        .map(|f| f.label)
        .collect()
}

#[test]
fn a_verb_that_opens_a_lists_first_item_is_every_items_when_the_items_share_the_last_ones_word() {
    for (s, want) in [
        (
            "全年新增城镇、农村就业分别为1.2万人和0.8万人",
            ["新增城镇就业", "新增农村就业"],
        ),
        (
            "全年新增工业、农业投资分别为12亿元和8亿元",
            ["新增工业投资", "新增农业投资"],
        ),
    ] {
        assert_eq!(labels(s), want, "{s}");
    }
}

#[test]
fn a_list_whose_first_item_is_whole_keeps_its_verb_to_itself() {
    assert_eq!(
        labels("全年新增城镇就业、农村劳动力转移就业分别为1.2万人和0.8万人"),
        ["新增城镇就业", "农村劳动力转移就业"]
    );
}

/// The deck the draft proposes for `text`.
fn deck(text: &str) -> String {
    drafted("deck", text).meta.deck.zh
}

#[test]
fn a_subhead_printed_under_the_title_is_the_decks_proposal() {
    let body = "\n\n2025年，全区地区生产总值完成906.3亿元，增长5.8%。\n\n\
                规上工业增加值增长7.2%。社会消费品零售总额312.5亿元，增长4.1%。\n";
    for (head, want) in [
        (
            "稳中有进 向新而行\n——2025年东湖区经济运行综述",
            "2025年东湖区经济运行综述",
        ),
        (
            "东湖区经济运行综述\n地区生产总值突破900亿元 规上工业增长7.2%",
            "地区生产总值突破900亿元 规上工业增长7.2%",
        ),
    ] {
        assert_eq!(deck(&format!("{head}{body}")), want, "{head}");
    }
}

#[test]
fn a_dashed_subhead_of_a_text_of_single_lines_is_the_decks_proposal_too() {
    let mut text = String::from("东湖区经济稳中有进\n——2025年东湖区经济运行综述\n");
    for k in 1..=10 {
        text.push_str(&format!("第{k}个街道新增市场主体{}户。\n", 100 + k));
    }
    assert_eq!(deck(&text), "2025年东湖区经济运行综述");
}

#[test]
fn a_speechs_dateline_under_the_title_is_no_deck() {
    let text =
        "2026年东湖区政府工作报告\n——2026年1月8日在东湖区第十八届人民代表大会第五次会议上\n\n\
                各位代表：\n\n2025年，全区地区生产总值完成906.3亿元，增长5.8%。\n";
    let d = deck(text);
    assert!(!d.contains("会议上"), "{d}");
}
