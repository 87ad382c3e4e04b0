#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The file against itself, for every report of `data/`: ids unique, every chart naming
//! figures that exist and accenting one of its own, and every figure reaching the reader
//! on a chart or as a live number of the text. Apart from data.rs, which holds the data
//! against the report's text.

mod common;

use common::*;
use std::collections::BTreeSet;

#[test]
fn every_figure_reaches_the_reader_on_a_chart_or_as_a_live_number_of_the_text() {
    // A small count leaves its card for the text (issue 19): it stays a figure, and the
    // story page marks its number in its sentence, with its value and source.
    let mut missing = Vec::new();
    for c in reports() {
        let r = &c.report;
        let prose = report_charts::publish::prose::read(&c.text, r);
        let marked: BTreeSet<&str> = prose.paragraphs().flat_map(|p| p.figures()).collect();
        let drawn: BTreeSet<usize> = r
            .charts
            .iter()
            .flat_map(|c| c.figures.iter().copied())
            .collect();
        missing.extend(
            r.figures
                .iter()
                .enumerate()
                .filter(|(i, f)| !drawn.contains(i) && !marked.contains(f.id.as_str()))
                .map(|(_, f)| format!("{}: {} ({})", c.file, f.id, f.label.zh)),
        );
    }
    assert_none("figures on no chart and unmarked in the text", &missing);
}

#[test]
fn every_charts_figures_exist_in_the_data() {
    let mut bad = Vec::new();
    for curated in reports() {
        // Read from the file itself, so that a missing id is named, not dropped.
        let v: serde_json::Value = serde_json::from_str(&curated.json).expect("JSON");
        let ids: BTreeSet<&str> = v["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .filter_map(|f| f["id"].as_str())
            .collect();
        for c in v["charts"].as_array().expect("charts") {
            let figures = c["figures"].as_array().expect("a chart's figures");
            assert!(
                !figures.is_empty(),
                "{}: chart {} draws nothing",
                curated.file,
                c["id"]
            );
            for f in figures {
                let id = f.as_str().unwrap_or_default();
                if !ids.contains(id) {
                    bad.push(format!(
                        "{}: chart {}: figure \"{id}\"",
                        curated.file, c["id"]
                    ));
                }
            }
        }
    }
    assert_none("chart figures that do not exist", &bad);
}

#[test]
fn every_charts_accent_is_one_of_its_figures() {
    for curated in reports() {
        let r = &curated.report;
        for c in &r.charts {
            if let Some(a) = c.accent {
                assert!(
                    c.figures.contains(&a),
                    "{}: chart {}: accent {} is not drawn",
                    curated.file,
                    c.id,
                    r.figures[a].id
                );
            }
        }
    }
}

#[test]
fn figure_and_chart_ids_are_unique() {
    for c in reports() {
        let r = &c.report;
        let figures: BTreeSet<&str> = r.figures.iter().map(|f| f.id.as_str()).collect();
        let charts: BTreeSet<&str> = r.charts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(figures.len(), r.figures.len(), "{}: figure ids", c.file);
        assert_eq!(charts.len(), r.charts.len(), "{}: chart ids", c.file);
    }
}
