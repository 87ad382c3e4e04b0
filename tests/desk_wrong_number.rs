#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A number typed wrong is never published (tester s-test24 F6, F7): the desk typed
//! 2186.4 for the 1286.4 its sentence prints. The review refuses 发布 while it stands,
//! naming the figure, the number typed and the one the sentence prints, in both
//! languages, and offers no title written from it. A short text of our own.

use report_charts::check::validate::JsonPath;
use report_charts::edit::desk;
use report_charts::edit::desk::review::{self, Review};
use report_charts::shared::messages::desk::{publish_refused_not_in_sentence, Field, Said};
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = "2025年云溪区政府工作报告\n\n过去一年，全区实现地区生产总值968.4亿元，同比增长5.6%，增速高于全市平均水平0.4个百分点。全年社会消费品零售总额312.5亿元，增长4.9%。\n";

const SENTENCE: &str =
    "过去一年，全区实现地区生产总值968.4亿元，同比增长5.6%，增速高于全市平均水平0.4个百分点";

/// The drafted file, its GDP figure edited by `edit`, with the figure's index.
fn edited(edit: impl FnOnce(&mut Value)) -> (String, usize) {
    let mut v: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    let figures = v["figures"].as_array_mut().unwrap();
    let k = (figures.iter())
        .position(|f| f["value"] == json!(968.4))
        .unwrap();
    assert_eq!(figures[k]["source"], json!(SENTENCE));
    edit(&mut figures[k]);
    (v.to_string(), k)
}

fn reviewed(json: &str, lang: Lang) -> Review {
    review::review("x.json", TEXT, json, lang)
}

#[test]
fn a_value_its_sentence_does_not_print_refuses_publishing_naming_both_numbers() {
    let (untouched, _) = edited(|_| {});
    let before = reviewed(&untouched, Lang::Zh);
    assert_eq!(before.refusal, "");
    let (json, k) = edited(|f| f["value"] = json!(2186.4));
    let at = JsonPath::item("figures", k).key("value");
    for lang in [Lang::Zh, Lang::En] {
        let r = reviewed(&json, lang);
        let flag = r.problems.iter().find(|p| p.path == at).unwrap();
        assert!(!flag.warning, "{flag:?}");
        assert!(r.blocking > before.blocking, "{:?}", r.problems);
        let label = match lang {
            Lang::Zh => "地区生产总值",
            Lang::En => "GDP",
        };
        let said = Said {
            label,
            field: Field::Value,
            typed: 2186.4,
            printed: Some("968.4亿元"),
            sentence: SENTENCE,
        };
        assert_eq!(r.refusal, publish_refused_not_in_sentence(lang, &said, 0));
    }
    let zh = reviewed(&json, Lang::Zh).refusal;
    assert!(
        zh.contains("地区生产总值") && zh.contains("2186.4") && zh.contains("968.4亿元"),
        "{zh}"
    );
    // Typed back as printed, nothing refuses any more.
    let (fixed, _) = edited(|f| f["value"] = json!(968.4));
    assert_eq!(reviewed(&fixed, Lang::Zh).refusal, "");
}

#[test]
fn a_change_its_sentence_does_not_print_is_named_with_the_sentences_change() {
    let (json, _) = edited(|f| f["change"]["value"] = json!(6.5));
    let r = reviewed(&json, Lang::Zh);
    let said = Said {
        label: "地区生产总值",
        field: Field::Change,
        typed: 6.5,
        printed: Some("5.6%"),
        sentence: SENTENCE,
    };
    assert_eq!(
        r.refusal,
        publish_refused_not_in_sentence(Lang::Zh, &said, 0)
    );
    // Two numbers wrong: the first named, the other counted.
    let (both, _) = edited(|f| {
        f["value"] = json!(2186.4);
        f["change"]["value"] = json!(6.5);
    });
    let r = reviewed(&both, Lang::En);
    assert!(r.refusal.contains("1 more number"), "{}", r.refusal);
}

#[test]
fn no_title_is_offered_from_a_value_its_sentence_does_not_print() {
    let (json, k) = edited(|f| f["value"] = json!(2186.4));
    let r = reviewed(&json, Lang::Zh);
    let doc: Value = serde_json::from_str(&json).unwrap();
    let id = doc["figures"][k]["id"].clone();
    let charts = doc["charts"].as_array().unwrap();
    let drawn: Vec<JsonPath> = (0..charts.len())
        .filter(|&i| charts[i]["figures"].as_array().unwrap().contains(&id))
        .map(|i| JsonPath::item("charts", i).key("title").key("zh"))
        .collect();
    assert!(!drawn.is_empty());
    // The title that still says 968.4 is a problem, but is never rewritten to say 2186.4.
    assert!(
        r.problems.iter().any(|p| drawn.contains(&p.path)),
        "{:?}",
        r.problems
    );
    assert!(
        r.retitles.iter().all(|t| !t.title.contains("2186.4")),
        "{:?}",
        r.retitles
    );
}
