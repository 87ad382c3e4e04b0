//! Shared by the integration tests: the real data file, and small broken copies of it.
//!
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use report_charts::model::Report;
use report_charts::validate::{self, DataError, Problem};
use serde_json::Value;

/// The data file, as the tests name it in messages.
pub const DATA: &str = "data/xihu-2024.json";

/// A path inside the crate.
pub fn path(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

/// The text of the real data file.
pub fn data_text() -> String {
    std::fs::read_to_string(path(DATA)).expect("data/xihu-2024.json is readable")
}

/// The text of the report the data comes from.
pub fn report_text() -> String {
    std::fs::read_to_string(path("data/xihu-2024.txt")).expect("data/xihu-2024.txt is readable")
}

/// The real data file, validated.
pub fn report() -> Report {
    match validate::load(DATA, &data_text()) {
        Ok(r) => r,
        Err(e) => panic!("the real data file does not validate:\n{e}"),
    }
}

/// The real data file as a JSON tree.
pub fn data_value() -> Value {
    serde_json::from_str(&data_text()).expect("the data file is JSON")
}

/// The real data file with `edit` applied, as JSON text.
pub fn mutated(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = data_value();
    edit(&mut v);
    serde_json::to_string_pretty(&v).expect("a JSON tree serialises")
}

/// The index of the figure `id` in the data file.
pub fn figure_index(v: &Value, id: &str) -> usize {
    index_of(v, "figures", id)
}

/// The index of the chart `id` in the data file.
pub fn chart_index(v: &Value, id: &str) -> usize {
    index_of(v, "charts", id)
}

fn index_of(v: &Value, list: &str, id: &str) -> usize {
    v[list]
        .as_array()
        .and_then(|a| a.iter().position(|x| x["id"] == id))
        .unwrap_or_else(|| panic!("the data file has no {list} entry \"{id}\""))
}

/// The figure `id` of a JSON tree, to edit.
pub fn figure<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    let i = figure_index(v, id);
    &mut v["figures"][i]
}

/// The chart `id` of a JSON tree, to edit.
pub fn chart<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    let i = chart_index(v, id);
    &mut v["charts"][i]
}

/// Removes `key` from an object, failing if it was not there (so an edit cannot silently miss).
pub fn remove(v: &mut Value, key: &str) {
    let removed = v.as_object_mut().and_then(|o| o.remove(key));
    assert!(removed.is_some(), "no key \"{key}\" to remove in {v}");
}

/// Loads `json`, which must fail validation, and returns its problems.
pub fn problems(json: &str) -> Vec<Problem> {
    match validate::load("broken.json", json) {
        Ok(_) => panic!("a broken file validated without problems"),
        Err(e) => e.problems,
    }
}

/// Loads `json`, which must fail, and returns the whole error.
pub fn error(json: &str) -> DataError {
    match validate::load("broken.json", json) {
        Ok(_) => panic!("a broken file validated without problems"),
        Err(e) => e,
    }
}

/// Every problem, one a line, for failure messages.
pub fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {}: {}", p.path, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that `problems` holds one with exactly this path and message.
pub fn assert_problem(problems: &[Problem], path: &str, message: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path == path && p.message == message),
        "expected the problem\n  {path}: {message}\nbut got\n{}",
        list(problems)
    );
}
