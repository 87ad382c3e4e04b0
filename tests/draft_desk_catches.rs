#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a desk had to catch on a drafted 统计公报 (the tester's s9 finding 13), on a short
//! text of our own: a section's short name names the whole heading (国内贸易和对外经济,
//! not its second half), and a cards chart's id names the figure it shows, also after
//! the lead chart took its first figure away.

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::charts::cards;
use report_charts::shared::model::Report;

fn drafted() -> Report {
    let root = env!("CARGO_MANIFEST_DIR");
    let text =
        std::fs::read_to_string(format!("{root}/tests/reports/linhe-communique-2025.txt")).unwrap();
    let json = draft::to_json(&draft::draft(&text).unwrap()).unwrap();
    validate::load("linhe.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_sections_short_name_of_two_subjects_names_both() {
    let r = drafted();
    let short: Vec<&str> = r.sections.iter().map(|s| s.short.zh.as_str()).collect();
    assert!(short.contains(&"居民收入和社会保障"), "{short:?}");
}

#[test]
fn a_cards_charts_id_names_a_figure_it_shows() {
    let r = drafted();
    for c in r.charts.iter().filter(|c| c.kind == cards::KIND) {
        let ids: Vec<&str> = r.figures_of(c).map(|f| f.id.as_str()).collect();
        let named = ids
            .iter()
            .any(|id| c.id == *id || c.id.starts_with(&format!("{id}-")));
        assert!(named, "chart {} shows {ids:?}", c.id);
    }
}
