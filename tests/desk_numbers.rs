//! The desk's review of a figure's numbers against its sentence (src/edit/desk/review.rs):
//! every number a figure says (value, range end, change, comparison, contribution) must be
//! one its sentence prints, each flagged at its own field.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::edit::desk::review::{review, About};
use report_charts::shared::model::Lang;

const TEXT: &str = "全区生产总值增长6%—6.5%，高于全市平均水平1.2个百分点";

/// A data file of one figure read from `TEXT`, every number of it as printed but for
/// the field at JSON pointer `at`, set to `value`.
fn file(at: &str, value: f64) -> String {
    let mut doc = serde_json::json!({"figures": [{
        "id": "gdp", "label": {"zh": "全区生产总值"}, "kind": "rate",
        "value": 6, "to": 6.5, "unit": {"zh": "%"},
        "change": {"kind": "growth", "value": 6, "to": 6.5, "unit": "%"},
        "compare": {"kind": "above", "value": 1.2, "unit": "个百分点",
            "reference": {"zh": "全市平均水平"}},
        "source": TEXT,
    }]});
    if !at.is_empty() {
        let (parent, key) = at.rsplit_once('/').unwrap();
        doc.pointer_mut(&format!("/figures/0{parent}")).unwrap()[key] = serde_json::json!(value);
    }
    doc.to_string()
}

/// The paths and messages of the review's findings about the text.
fn flagged(json: &str, lang: Lang) -> Vec<(String, String)> {
    review("x.json", TEXT, json, lang)
        .problems
        .into_iter()
        .filter(|p| p.about == About::Text)
        .map(|p| (p.path.to_string(), p.message))
        .collect()
}

#[test]
fn a_figure_whose_every_number_its_sentence_prints_disagrees_with_nothing() {
    assert_eq!(flagged(&file("", 0.0), Lang::Zh), vec![]);
}

#[test]
fn every_number_of_a_figure_its_sentence_does_not_print_is_flagged_at_its_own_field() {
    let cases = [
        ("/value", 7.0, "figures[0].value", "数值"),
        ("/to", 7.5, "figures[0].to", "数值"),
        ("/change/value", 5.0, "figures[0].change.value", "变化"),
        ("/change/to", 8.5, "figures[0].change.to", "变化"),
        ("/compare/value", 2.1, "figures[0].compare.value", "比较"),
        ("/compare/to", 1.9, "figures[0].compare.to", "比较"),
    ];
    for (at, value, path, word) in cases {
        let json = file(at, value);
        let number = value.to_string();
        let zh = flagged(&json, Lang::Zh);
        assert_eq!(zh.len(), 1, "{at}: {zh:?}");
        assert_eq!(zh[0].0, path, "{at}");
        assert!(
            zh[0].1.contains(&number) && zh[0].1.starts_with(word),
            "{at}: {zh:?}"
        );
        let en = flagged(&json, Lang::En);
        assert!(
            en[0].1.contains(&number) && en[0].1.contains("the text prints otherwise"),
            "{at}: {en:?}"
        );
    }
}
