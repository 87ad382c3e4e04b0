#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A chart's subtitle and note say only what its figures say, as its title does (issue
//! 18 §3): a number in either of them, in either language, that is no value, change or
//! comparison of a figure on the chart is a problem of `check` and of the editor. A
//! date (2025年, 1—11月, 2021—2025年, the 14th Five-Year Plan) is no claim, nor is the
//! 10ⁿ of a unit (100 million yuan) in a note; in an English subtitle it is a unit the
//! figures do not print in (`tests/desk_prints.rs`). A short text of our own.

use report_charts::check::validate::{self, JsonPath};
use report_charts::draft;
use report_charts::edit::desk::review;
use report_charts::shared::messages as msg;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = "2025年东坪县国民经济和社会发展统计公报\n全年全县地区生产总值236.8亿元，比上年增长6.1%。年末常住人口41.2万人，比上年末增加0.3万人。\n";

/// The drafted file with one cards chart of both figures, its `field` (`subtitle` or
/// `note`) in `lang` set to `said`.
fn with(field: &str, lang: &str, said: &str) -> String {
    let d = draft::draft(TEXT).unwrap();
    let mut v: Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    let ids: Vec<Value> = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].clone())
        .collect();
    let section = v["figures"][0]["section"].clone();
    let mut chart = json!({
        "id": "county", "kind": "cards", "section": section, "figures": ids,
        "title": {"zh": "地区生产总值236.8亿元"},
        "subtitle": {"zh": "单位见各项，2025年"}
    });
    chart[field][lang] = json!(said);
    v["charts"] = json!([chart]);
    serde_json::to_string_pretty(&v).unwrap()
}

/// What `check` reports at the chart's `field` in `lang`, worded in Chinese.
fn reported(json: &str, field: &str, lang: &str) -> Vec<String> {
    let at = JsonPath::item("charts", 0).key(field).key(lang);
    let problems = match validate::load("x.json", json) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    };
    problems
        .iter()
        .filter(|p| p.path == at)
        .map(|p| p.message.said_in(Lang::Zh).to_string())
        .collect()
}

#[test]
fn a_number_of_a_subtitle_or_note_that_no_figure_of_its_chart_has_is_reported() {
    let sub = msg::titles::subtitle_number_not_a_figure;
    let note = msg::titles::note_number_not_a_figure;
    let unit = msg::trust::subtitle_unit_not_printed;
    // (field, language, what it says, the number reported)
    let cases: [(&str, &str, &str, Option<msg::Message>); 21] = [
        // The figures' own numbers, in Chinese as printed and in English in base units.
        ("subtitle", "zh", "同比增长6.1%，2025年", None),
        ("note", "zh", "常住人口比上年末增加0.3万人", None),
        ("note", "en", "GDP of 23.68 billion yuan grew 6.1%", None),
        ("note", "en", "Population up 3,000 to 412,000", None),
        // Dates; the 10ⁿ of a unit the figures are counted in, a unit they do not print in.
        ("subtitle", "zh", "单位：亿元，2021—2025年", None),
        ("note", "zh", "1—11月数据；2023年数据为修订数", None),
        ("note", "zh", "截至12月31日", None),
        (
            "subtitle",
            "en",
            "100 million yuan, 2025",
            Some(unit("100 million yuan", "23.68 billion yuan")),
        ),
        (
            "subtitle",
            "en",
            "10,000 people, 2021–2025",
            Some(unit("10,000 people", "412,000 people")),
        ),
        ("note", "en", "100 million yuan, 2025", None),
        (
            "note",
            "en",
            "The 14th Five-Year Plan; the first 11 months of 2025",
            None,
        ),
        // A number no figure of the chart has, in each field and language.
        ("subtitle", "zh", "同比增长5.5%，2025年", Some(sub("5.5"))),
        ("subtitle", "zh", "单位：亿元，236.8亿元以上", None),
        ("subtitle", "zh", "单位：亿元，2025个", Some(sub("2025"))),
        (
            "subtitle",
            "en",
            "Year-on-year growth, 5.5%, 2025",
            Some(sub("5.5")),
        ),
        ("subtitle", "en", "2025%", Some(sub("2025"))),
        ("note", "zh", "工业投资增长12.4%", Some(note("12.4"))),
        ("note", "zh", "较上年增加0.4万人", Some(note("0.4"))),
        (
            "note",
            "en",
            "Industrial investment up 12.4%",
            Some(note("12.4")),
        ),
        (
            "note",
            "en",
            "GDP passes 24 billion yuan",
            Some(note("24 billion")),
        ),
        (
            "note",
            "en",
            "3 billion of it in industry",
            Some(note("3 billion")),
        ),
    ];
    for (field, lang, said, want) in cases {
        let got = reported(&with(field, lang, said), field, lang);
        let want: Vec<String> = want
            .map(|m| m.said_in(Lang::Zh).to_string())
            .into_iter()
            .collect();
        assert_eq!(got, want, "{field}.{lang}: {said}");
    }
}

#[test]
fn the_editor_lists_a_subtitle_number_of_no_figure_in_its_language_and_is_not_done() {
    let json = with("subtitle", "zh", "同比增长5.5%，2025年");
    let at = JsonPath::item("charts", 0).key("subtitle").key("zh");
    for lang in [Lang::Zh, Lang::En] {
        let r = review::review("x.json", TEXT, &json, lang);
        let found = r.problems.iter().find(|p| p.path == at);
        let wording = msg::titles::subtitle_number_not_a_figure("5.5");
        // Its wording, at its field: no line of a JSON file the desk never saw.
        let said = found.map_or("", |p| p.message.as_str());
        assert_eq!(said, wording.said_in(lang));
        assert!(!r.done);
    }
}
