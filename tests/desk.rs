//! The editor's questions to the pipeline (src/edit/desk/), natively: the text's marks,
//! figures proposed from the text, the draft as the editor makes it, the vocabulary of
//! its lists, and the text pane. The review of a file (its problems, what is left to
//! confirm, whether it is done): desk_review.rs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate;
use report_charts::edit::desk;

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

fn lines(json: &str) -> Vec<serde_json::Value> {
    serde_json::from_str(&desk::marks_json(TEXT, json).unwrap()).unwrap()
}

fn statuses(json: &str) -> Vec<(String, String, String)> {
    lines(json)
        .iter()
        .flat_map(|l| {
            let text = l["text"].as_str().unwrap().to_string();
            l["marks"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |m| {
                    (
                        text.clone(),
                        m["number"].as_str().unwrap().to_string(),
                        m["status"].as_str().unwrap().to_string(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_number_of_the_curated_report_is_charted_a_figure_or_skipped() {
    let all = statuses(DATA);
    assert!(all.len() > 100, "{}", all.len());
    let undecided: Vec<_> = all.iter().filter(|(_, _, s)| s == "undecided").collect();
    assert!(undecided.is_empty(), "{undecided:?}");
    assert!(all.iter().any(|(_, n, s)| n == "800" && s == "charted"));
    assert!(all.iter().any(|(_, _, s)| s == "skipped"));
}

#[test]
fn marks_are_offsets_into_their_sentence_in_utf16_units() {
    for l in lines(DATA) {
        let units: Vec<u16> = l["text"].as_str().unwrap().encode_utf16().collect();
        for m in l["marks"].as_array().unwrap() {
            let (a, b) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                String::from_utf16_lossy(&units[a..b]),
                m["number"].as_str().unwrap()
            );
        }
    }
}

#[test]
fn a_figure_taken_out_leaves_its_number_undecided_and_the_draft_proposes_it_again() {
    let mut doc: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let gone = doc["figures"].as_array_mut().unwrap().remove(0);
    let json = doc.to_string();
    let source = gone["source"].as_str().unwrap();
    let number = gone["value"].to_string();
    let all = statuses(&json);
    assert!(all
        .iter()
        .any(|(s, n, st)| s == source && *n == number && st == "undecided"));
    let proposed: serde_json::Value =
        serde_json::from_str(&desk::propose_json(TEXT, &json, source, &number, "zh").unwrap())
            .unwrap();
    assert_eq!(proposed["source"], gone["source"]);
    assert_eq!(proposed["value"], gone["value"]);
    assert_eq!(proposed["unit"]["zh"], gone["unit"]["zh"]);
    // Placed in a section and topic the file has.
    let sections = doc["sections"].as_array().unwrap();
    let section = sections
        .iter()
        .find(|s| s["id"] == proposed["section"])
        .unwrap();
    assert!(section["topics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["id"] == proposed["topic"]));
}

#[test]
fn a_draft_in_the_editor_is_the_draft_of_the_command_and_saves_unchanged() {
    let json = desk::draft_json(TEXT).unwrap();
    assert_eq!(report_charts::check::pretty(&json).unwrap(), json);
    validate::load("draft.json", &json).unwrap();
    // The draft decides every number, charting some, but leaves those it cannot read to
    // the desk, and those it skipped on grounds the desk must check (`draft`).
    let all = statuses(&json);
    assert!(all.iter().any(|(_, _, s)| s == "charted"));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let unread = (doc["skips"].as_array().unwrap().iter())
        .filter(|k| k["reason"] == "unread" || k["draft"] == true)
        .count();
    assert_eq!(
        all.iter().filter(|(_, _, s)| s == "undecided").count(),
        unread
    );
}

#[test]
fn the_vocabulary_names_every_word_of_every_list_in_both_languages() {
    let v: serde_json::Value = serde_json::from_str(&desk::vocabulary()).unwrap();
    let names = |list: &str| -> Vec<String> {
        v[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(names("chartKinds").contains(&"structure".to_string()));
    // Every kind is named; only those the story page draws are offered.
    let offered: Vec<&str> = (v["chartKinds"].as_array().unwrap().iter())
        .filter(|k| k["story"] == serde_json::json!(true))
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    let story: Vec<&str> = report_charts::shared::charts::ChartKind::story_names().collect();
    assert_eq!(offered, story);
    assert!(names("chartKinds").contains(&"ranking".to_string()) && !offered.contains(&"ranking"));
    assert!(names("skipReasons").contains(&"unread".to_string()));
    for list in [
        "chartKinds",
        "figureKinds",
        "changeKinds",
        "qualifiers",
        "skipReasons",
    ] {
        for w in v[list].as_array().unwrap() {
            let (zh, en) = (w["zh"].as_str().unwrap(), w["en"].as_str().unwrap());
            // A desk reading Chinese never meets the file's English names.
            assert!(zh.chars().any(|c| c > '\u{2e80}'), "{list}: {w}");
            assert!(
                !en.is_empty() && zh != w["name"] || list == "qualifiers",
                "{list}: {w}"
            );
        }
    }
    let decline = v["changeKinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["name"] == "decline")
        .unwrap();
    assert_eq!(decline["zh"], "下降");
}

#[test]
fn the_text_pane_reads_the_text_back_whole_with_the_marks_that_ended_its_sentences() {
    let lines = desk::marks::lines(TEXT);
    let flat: String = TEXT.chars().filter(|c| !c.is_whitespace()).collect();
    // The lines the draft leaves out (a dateline) are text too, where they stand.
    let sentences: Vec<_> = lines.iter().filter(|l| !l.heading).collect();
    assert!(sentences.iter().all(|l| l.paragraph.is_some() != l.left));
    // Each sentence with its end is in the text, in order.
    let mut at = 0;
    for l in &sentences {
        let piece = format!("{}{}", l.text, l.end);
        let found = flat[at..].find(&piece);
        assert!(found.is_some(), "{piece}");
        at += found.unwrap_or(0) + piece.len();
    }
    assert!(sentences.iter().filter(|l| l.end == "。").count() > sentences.len() / 2);
    assert!(lines
        .iter()
        .any(|l| l.heading && l.text.contains("经济发展")));
}
