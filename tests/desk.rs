//! The editor's questions to the pipeline (src/build/desk/), natively: the text's marks,
//! figures proposed from the text, values the text does not print, and saving.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::build::desk;
use report_charts::validate;

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
        serde_json::from_str(&desk::propose_json(TEXT, &json, source, &number).unwrap()).unwrap();
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
fn the_curated_values_are_all_printed_by_their_sentences() {
    assert_eq!(desk::flags(TEXT, DATA), vec![]);
}

#[test]
fn a_value_the_sentence_does_not_print_is_flagged() {
    let changed = DATA.replacen("\"value\": 800,", "\"value\": 801,", 1);
    assert_ne!(changed, DATA);
    let flags = desk::flags(TEXT, &changed);
    assert_eq!(flags.len(), 1);
    assert!(flags[0].1.contains("801"), "{flags:?}");
}

#[test]
fn a_draft_in_the_editor_is_the_draft_of_the_command_and_saves_unchanged() {
    let json = desk::draft_json(TEXT).unwrap();
    assert_eq!(desk::pretty(&json).unwrap(), json);
    validate::load("draft.json", &json).unwrap();
    // The draft decides every number, charting some, but leaves those it cannot read to the desk.
    let all = statuses(&json);
    assert!(all.iter().any(|(_, _, s)| s == "charted"));
    let unread = json.matches("\"reason\": \"unread\"").count();
    assert_eq!(
        all.iter().filter(|(_, _, s)| s == "undecided").count(),
        unread
    );
}

#[test]
fn the_vocabulary_names_every_chart_kind() {
    let v: serde_json::Value = serde_json::from_str(&desk::vocabulary()).unwrap();
    assert!(v["chartKinds"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k == "structure"));
    assert!(v["skipReasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k == "unread"));
}

#[test]
fn the_text_pane_reads_the_text_back_whole_with_the_marks_that_ended_its_sentences() {
    let lines = desk::marks::lines(TEXT);
    let flat: String = TEXT.chars().filter(|c| !c.is_whitespace()).collect();
    let sentences: Vec<_> = lines.iter().filter(|l| !l.heading).collect();
    assert!(sentences.iter().all(|l| l.paragraph.is_some()));
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
