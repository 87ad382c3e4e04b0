#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Validation: every kind of mistake an editor can make in the data file is reported
//! with the JSON path of the value at fault and a message that says what is wrong.

mod common;

use common::*;
use report_charts::check::raw;
use report_charts::check::validate::{self, Problem};
use report_charts::shared::charts::ChartKind;
use report_charts::shared::charts::{self, check::Need};
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Qualifier, Vocabulary};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

#[path = "validation/all_at_once.rs"]
mod all_at_once;
#[path = "validation/closed_lists.rs"]
mod closed_lists;
#[path = "validation/fields.rs"]
mod fields;
#[path = "validation/json.rs"]
mod json;
#[path = "validation/kind_rules.rs"]
mod kind_rules;
#[path = "validation/references.rs"]
mod references;

/// The one problem of a file broken in one place; fails if there are more or none.
fn only_problem(json: &str) -> Problem {
    let problems = problems(json);
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem, got\n{}",
        list(&problems)
    );
    problems.into_iter().next().expect("one problem")
}

fn chart_kind_names() -> Vec<&'static str> {
    ChartKind::story_names().collect()
}

// --- the real file ------------------------------------------------------------------

#[test]
fn the_real_data_file_validates_with_zero_problems() {
    let partial =
        validate::partial::load_partial(DATA, &data_text()).expect("the data file is JSON");
    if let Some(e) = &partial.error {
        panic!("the real data file has problems:\n{e}");
    }
    assert!(partial.broken.is_empty());
    let r = report();
    assert_eq!(
        r.charts.len(),
        data_value()["charts"].as_array().map_or(0, Vec::len)
    );
    assert_eq!(
        r.figures.len(),
        data_value()["figures"].as_array().map_or(0, Vec::len)
    );
}
