//! The draft in the browser, as the editor's wasm will run it: a report's text becomes a
//! data file that validates, with no file system. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features editor --test draft_wasm` (in `make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "editor"))]

use report_charts::check::validate;
use report_charts::draft;
use report_charts::draft::coverage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = include_str!("reports/qingshan-county-2024.txt");

#[wasm_bindgen_test]
fn a_report_drafts_in_the_browser_into_data_that_validates_and_covers_its_text() {
    let d = draft::draft(TEXT).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("draft.json", &json).unwrap();
    assert_eq!(r.figures.len(), 20);
    assert!(r
        .figures
        .iter()
        .any(|f| f.id == "gdp" && f.label.en == "GDP"));
    assert!(
        r.figures.iter().any(|f| f.id.starts_with("xing-zheng")),
        "pinyin ids in wasm too"
    );
    assert!(coverage::uncovered(TEXT, &r).is_empty());
}
