#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Shapes of a tester's texts (issue 18): a WeChat dateline is the page's, not the
//! report's, and the source it prints is offered to the desk; the items of one whole go
//! on one chart whatever sentence opens with 其中; a net change is no part of its whole on
//! a card. The texts are short ones of our own.

mod common;

use common::{drafted, drafted_json, filler_lines};
use report_charts::draft::text;
use report_charts::shared::model::{Lang, SkipReason};

const PAGE: &str = "青禾县2026年政府工作报告全文发布\n\
                    青禾发布 2026年1月16日 08:00\n\
                    各位代表：现在，我代表县人民政府，向大会报告工作。\n\
                    2025年，全县地区生产总值301.5亿元，增长5.3%。一般公共预算收入21.4亿元，增长2.9%。\n\
                    来源：青禾发布\n";

#[test]
fn a_wechat_dateline_is_no_paragraph_and_its_numbers_are_only_the_pages() {
    // As pasted, and with more single-line paragraphs after it (read line by line).
    let longer = format!("{PAGE}{}", filler_lines(12));
    for page in [PAGE, &longer] {
        let o = text::outline(page);
        assert!(
            o.sentences.iter().all(|s| !s.text.contains("08")),
            "{:#?}",
            o.sentences
        );
        // Left out of the text, never lost: its numbers are skips of reason `page`, on the
        // dateline's line, and no figure's.
        let r = drafted("qinghe", page);
        for s in r
            .skips
            .iter()
            .filter(|s| ["08", "00"].contains(&s.number.as_str()))
        {
            assert_eq!(s.reason, SkipReason::Page, "{}", s.number);
            assert_eq!(s.sentence, "青禾发布2026年1月16日08:00");
        }
        assert!(r.figures.iter().all(|f| f.value != Some(8.0)));
    }
}

#[test]
fn the_source_a_page_prints_is_the_drafts_source_line_and_none_is_made_up() {
    let r = drafted("qinghe", PAGE);
    assert_eq!(r.meta.source_line.zh, "来源：青禾发布");
    let unsourced = PAGE.replace("来源：青禾发布\n", "");
    let r = drafted("qinghe", &unsourced);
    assert_eq!(r.meta.source_line.zh, "来源：待填写");
}

/// A communiqué's output paragraph; `basis` is what its GDP growth is reckoned on.
fn output(basis: &str) -> String {
    format!(
        "青禾市2025年国民经济和社会发展统计公报\n{}\
         全年全市地区生产总值2400.6亿元，{basis}比上年增长5.5%。其中，第一产业增加值120.3亿元，\
         增长3.0%；第二产业增加值980.2亿元，增长6.1%；第三产业增加值1300.1亿元，增长5.2%。\n",
        filler_lines(3)
    )
}

#[test]
fn the_items_of_one_whole_go_on_one_bar_chart_though_the_first_opens_with_qizhong() {
    let (r, _) = drafted_json("qinghe", &output(""));
    let index = |label: &str| {
        r.figures
            .iter()
            .position(|f| f.label.zh == label && f.value.is_some())
            .unwrap_or_else(|| panic!("{label}: {:#?}", r.figures))
    };
    let items = ["第一产业增加值", "第二产业增加值", "第三产业增加值"].map(index);
    let bars = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "bars")
        .unwrap_or_else(|| panic!("{:#?}", r.charts));
    for id in &items {
        assert!(bars.figures.contains(id), "{id}: {:#?}", r.charts);
    }
}

#[test]
fn a_net_change_is_no_part_of_its_whole_on_a_card_and_a_new_one_is() {
    // `added` is what a card draws as the part of its value that is new (pictures.rs).
    let cases = [
        ("年末全县常住人口88.1万人，比上年末增加0.6万人。", None),
        ("全县现有高新技术企业236家，新增47家。", Some(47.0)),
    ];
    for (sentence, want) in cases {
        let t = format!(
            "青禾县2025年国民经济和社会发展统计公报\n{}{sentence}\n",
            filler_lines(3)
        );
        let r = drafted("qinghe", &t);
        let f = r
            .figures
            .iter()
            .find(|f| f.value.is_some())
            .unwrap_or_else(|| panic!("{sentence}: {:#?}", r.figures));
        let item = report_charts::publish::resolve::item(f, false, Lang::Zh);
        let added = item.change.and_then(|c| c.added);
        assert_eq!(added, want, "{sentence}: {f:?}");
    }
}

#[test]
fn a_growth_chart_never_sets_a_basis_printed_for_one_rate_beside_plain_ones() {
    // The industries printed as growth alone: with their amounts they are bars, whose
    // rows print each growth, and no growth chart.
    let mut text = output("按不变价格计算，");
    for amount in ["120.3亿元，", "980.2亿元，", "1300.1亿元，"] {
        text = text.replacen(amount, "", 1);
    }
    let r = drafted("qinghe", &text);
    let gdp = r
        .figures
        .iter()
        .position(|f| f.label.zh == "地区生产总值")
        .unwrap();
    let growth: Vec<_> = r
        .charts
        .iter()
        .filter(|c| c.kind.name() == "growth")
        .collect();
    assert!(!growth.is_empty(), "{:#?}", r.charts);
    for c in growth {
        assert!(!c.figures.contains(&gdp), "{c:#?}");
    }
}
