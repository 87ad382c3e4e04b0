#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A truth quote that reaches past its sentence still finds the drafted figure of that
//! sentence: a quote may keep its sentence's closing mark (增长6%；), or start in the
//! sentence before or run into the next to be unique (…竞争力。产值突破1300亿元); a heading listed with the
//! full stop its page prints is found without it. Short texts of our own.

use report_charts::draft::score::matching;
use report_charts::draft::score::truth;
use serde_json::json;

const TEXT: &str =
    "今年主要目标：\n工业增加值增长6%；\n做强石化产业，提升竞争力。产值突破130亿元。\n";

fn list(quote: &str, figure: serde_json::Value) -> truth::TruthList {
    let mut f = figure;
    f["quote"] = json!(quote);
    let doc = json!({"text": "t.txt", "half": "tune", "headings": [], "figures": [f], "skips": []});
    truth::parse("t.json", &doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_quote_past_its_sentence_still_finds_the_sentences_figure() {
    let growth = json!({"label": "工业增加值", "value": null, "unit": "",
        "change": {"kind": "growth", "value": 6, "unit": "%"}, "status": "target"});
    let output = json!({"label": "产值", "value": 130, "unit": "亿元", "qualifier": "突破",
        "status": "target"});
    let cases = [
        (
            "工业增加值增长6%；",
            growth,
            json!({"id": "a", "label": {"zh": "工业增加值"}, "unit": {"zh": "%"},
                "source": "工业增加值增长6%", "status": "target",
                "change": {"kind": "growth", "value": 6, "unit": "%"}}),
        ),
        (
            "提升竞争力。产值突破130亿元",
            output,
            json!({"id": "b", "label": {"zh": "产值"}, "unit": {"zh": "亿元"}, "value": 130,
                "qualifier": "突破", "source": "产值突破130亿元", "status": "target"}),
        ),
    ];
    for (quote, truth_figure, drafted) in cases {
        let l = list(quote, truth_figure);
        let s = matching::score("t", &l, TEXT, &json!({"figures": [drafted]}));
        assert_eq!(s.found(), 1, "{quote}: {:?}", s.wrong);
        assert!(s.wrong.is_empty(), "{quote}: {:?}", s.wrong);
    }
}

#[test]
fn a_quote_with_a_pages_zero_width_space_finds_the_figure_its_reader_sees() {
    // The page's text holds 74.4, a zero-width space, then 万亿元; the truth's quote is
    // copied from it, and the draft's source is the sentence as its reader sees it.
    let text = "地区生产总值达到74.4\n\u{200b}\n万亿元，增长6.7%。\n";
    let amount = json!({"label": "地区生产总值", "value": 74.4, "unit": "万亿元",
        "change": {"kind": "growth", "value": 6.7, "unit": "%"}, "status": "result"});
    let l = list("地区生产总值达到74.4\u{200b}万亿元，增长6.7%", amount);
    let drafted = json!({"id": "gdp", "label": {"zh": "地区生产总值"},
        "unit": {"zh": "万亿元"}, "value": 74.4, "status": "result",
        "change": {"kind": "growth", "value": 6.7, "unit": "%"},
        "source": "地区生产总值达到74.4万亿元，增长6.7%"});
    let s = matching::score("t", &l, text, &json!({"figures": [drafted]}));
    assert_eq!(s.found(), 1, "{:?}", s.wrong);
    assert!(s.wrong.is_empty(), "{:?}", s.wrong);
}

#[test]
fn a_quote_in_full_width_digits_finds_the_figure_the_draft_read_in_ascii() {
    // A text typed on a full-width keyboard: the list quotes it as printed, the draft's
    // source holds the digits it read.
    let text = "城镇居民人均可支配收入实际增长８．５％。\n";
    let growth = json!({"label": "城镇居民人均可支配收入", "value": null, "unit": "",
        "change": {"kind": "growth", "value": 8.5, "unit": "%"}, "status": "result"});
    let l = list("城镇居民人均可支配收入实际增长８．５％", growth);
    let drafted = json!({"id": "income", "label": {"zh": "城镇居民人均可支配收入"},
        "unit": {"zh": "%"}, "status": "result",
        "change": {"kind": "growth", "value": 8.5, "unit": "%"},
        "source": "城镇居民人均可支配收入实际增长8.5％"});
    let s = matching::score("t", &l, text, &json!({"figures": [drafted]}));
    assert_eq!(s.found(), 1, "{:?}", s.wrong);
    assert!(s.wrong.is_empty(), "{:?}", s.wrong);
}

#[test]
fn a_heading_listed_with_the_full_stop_its_page_prints_is_found_without_it() {
    let text = "一、2026年工作回顾\n\n（一）着力改善民生。\n\n全县新建学校3所。\n";
    let doc = json!({"text": "t.txt", "half": "tune", "figures": [], "skips": [],
        "headings": [{"level": 2, "text": "（一）着力改善民生。"}, {"level": 2, "text": "（二）扩大开放。"}]});
    let l = truth::parse("t.json", &doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let draft = json!({"figures": [], "sections": [{"id": "a", "title": {"zh": "一、2026年工作回顾"},
        "topics": [{"id": "p2", "title": {"zh": "（一）着力改善民生"}}]}]});
    let s = matching::score("t", &l, text, &draft);
    assert_eq!(s.headings[1].expected, 2);
    // Found without its full stop; one the draft has not is still missed.
    assert_eq!(s.headings[1].missed, vec!["（二）扩大开放。".to_string()]);
}

#[test]
fn a_quote_that_runs_into_the_next_sentence_to_be_unique_finds_its_figure() {
    let text = "今年主要目标是：工业增加值增长6%；就业保持稳定。提出工业增加值增长6%的目标，是综合考虑的结果。\n";
    let growth = json!({"label": "工业增加值", "value": null, "unit": "",
        "change": {"kind": "growth", "value": 6, "unit": "%"}, "status": "target"});
    let l = list("工业增加值增长6%；就业", growth);
    let drafted = json!({"id": "a", "label": {"zh": "工业增加值"}, "unit": {"zh": "%"},
        "source": "今年主要目标是：工业增加值增长6%", "status": "target",
        "change": {"kind": "growth", "value": 6, "unit": "%"}});
    let s = matching::score("t", &l, text, &json!({"figures": [drafted]}));
    assert_eq!(s.found(), 1, "{:?}", s.wrong);
}
