#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A line never breaks inside 规模以上 (issue 19, the tester's C2: 「高新技术产业增加值占规模以 /
//! 上工业增加值比重」), nor inside a period or a number with its unit. The reader's wasm
//! has no word list: the build gives each chart the words its texts must keep whole
//! (`data/glossary/unbreakable.txt`), in the chart's data, and the layout keeps them.

mod common;

use common::AnySize;
use report_charts::check::validate;
use report_charts::draft;
use report_charts::publish::{page, resolve};
use report_charts::shared::layout::builder::Builder;
use report_charts::shared::layout::{ApproxMeasure, Font};
use report_charts::shared::model::Lang;
use report_charts::shared::spec::Entry;
use report_charts::shared::wire;

const LABEL: &str = "高新技术产业增加值占规模以上工业增加值比重";

/// True when some line break of `lines` falls inside `word` of `text`.
fn broken_inside(lines: &[String], word: &str) -> bool {
    let text: String = lines.concat();
    let Some(at) = text.find(word) else {
        return false;
    };
    let mut end = 0;
    lines[..lines.len() - 1].iter().any(|l| {
        end += l.len();
        end > at && end < at + word.len()
    })
}

#[test]
fn a_label_never_breaks_inside_a_word_its_chart_keeps_whole() {
    let font = Font::regular(15.0);
    // Every width from 5 to 20 characters: one of them would end a line inside 规模以上.
    let mut broke = false;
    for n in 5..20 {
        let w = f64::from(n) * 15.0 + 1.0;
        let plain = Builder::new(&mut ApproxMeasure).wrap(LABEL, w, font);
        broke |= broken_inside(&plain, "规模以上");
        let mut m = ApproxMeasure;
        let lines = Builder::new(&mut m)
            .keeping("规模以上")
            .wrap(LABEL, w, font);
        assert!(!broken_inside(&lines, "规模以上"), "{w}: {lines:?}");
        assert_eq!(lines.concat(), LABEL);
    }
    assert!(broke, "some width breaks it without the word");
}

#[test]
fn a_period_and_a_number_with_its_unit_never_break_inside() {
    let title = "省商务厅举行2025年1—11月全省商务运行情况新闻发布会，全年增长5.3%左右";
    // From the widest of them on (5.3%左右, some 5 em): a token wider than its line is cut.
    for n in 6..30 {
        let w = f64::from(n) * 15.0 + 1.0;
        let lines = Builder::new(&mut ApproxMeasure).wrap(title, w, Font::bold(15.0));
        for whole in ["2025年", "1—11月", "5.3%左右"] {
            assert!(!broken_inside(&lines, whole), "{whole} at {w}: {lines:?}");
        }
    }
}

const TEXT: &str = "云溪县2025年国民经济和社会发展统计公报

一、工业

全年全县规模以上工业增加值86.4亿元，增长7.1%。规模以上工业企业实现营业收入412.5亿元，增长6.3%；利润总额21.8亿元，增长4.2%。
";

#[test]
fn the_chart_data_the_reader_decodes_carries_the_words_to_keep_whole() {
    let json = draft::to_json(&draft::draft(TEXT).unwrap()).unwrap();
    let r = validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let bytes = wire::encode(&resolve::resolved(&r, &[], "t.json", Lang::Zh));
    let decoded = wire::decode(&bytes).unwrap();
    let kept: Vec<&str> = decoded
        .charts
        .iter()
        .filter_map(|e| match e {
            Entry::Chart(c) => Some(c.keep.as_str()),
            Entry::Broken(_) => None,
        })
        .collect();
    assert!(!kept.is_empty());
    assert!(
        kept.iter().any(|k| k.split(' ').any(|w| w == "规模以上")),
        "{kept:?}"
    );
}

#[test]
fn the_story_pages_headline_keeps_its_period_and_规模以上_on_one_line() {
    let title = "2025年1—11月全省规模以上工业增加值增长6.2%";
    let r = common::edited(|v| v["meta"]["title"]["zh"] = serde_json::json!(title));
    let html = page::story(&r, &AnySize, Lang::Zh, None);
    let at = html.find("<h1>").unwrap();
    let h1 = &html[at..at + html[at..].find("</h1>").unwrap()];
    for whole in ["2025年", "1—11月", "规模以上", "6.2%"] {
        let span = format!("<span class=\"nb\">{whole}</span>");
        assert!(h1.contains(&span), "{whole}: {h1}");
    }
}
