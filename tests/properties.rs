#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile input, by property: whatever bytes arrive, the loader answers with a report or
//! with problems that point at real places in the file, never a panic; whatever survives
//! validation lays out and renders; and every number prints as the value it stands for.
//!
//! Each property runs a fixed number of cases so that `cargo test` stays quick;
//! `FUZZ_CASES=N` runs at least N cases of each. Inputs worth keeping live in
//! `tests/fuzz_corpus/*.json` and are replayed on every run.

mod common;

use common::*;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use report_charts::check::validate::{self, DataError};
use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::{Lang, Report, Text};
use report_charts::shared::spec::ChartSpec;
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Map, Number, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

#[path = "properties/inputs.rs"]
mod inputs;
use inputs::*;
#[path = "properties/arbitrary.rs"]
mod arbitrary;
#[path = "properties/loader.rs"]
mod loader;
#[path = "properties/mutations.rs"]
mod mutations;
#[path = "properties/numbers.rs"]
mod numbers;

// --- running ------------------------------------------------------------------------

/// `default` cases, or `FUZZ_CASES` when it is set and larger.
fn cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .map_or(default, |n: u32| n.max(default))
}

/// A proptest configuration of `cases(default)` cases. Failures are not written to
/// `proptest-regressions/`: the input of the last failure is written to
/// `target/fuzz-failures/` instead, as JSON, ready to be kept in `tests/fuzz_corpus/`.
fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Keeps the input of a failing case where a person can pick it up.
fn keep_failure(name: &str, json: &str) {
    let dir = path("target/fuzz-failures");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(format!("{dir}/{name}.json"), json);
    }
}

/// Runs `check` on `json`; a failure or a panic keeps the input as `name` first.
fn guarded(
    name: &str,
    json: &str,
    check: impl FnOnce(&str) -> Result<(), String>,
) -> Result<(), TestCaseError> {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(json)));
    match outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(why)) => {
            keep_failure(name, json);
            Err(TestCaseError::fail(why))
        }
        Err(panic) => {
            keep_failure(name, json);
            std::panic::resume_unwind(panic)
        }
    }
}

// --- what every input must satisfy --------------------------------------------------

const WIDTHS: [f64; 3] = [320.0, 768.0, 1280.0];

/// The real data file, once.
fn real() -> &'static Value {
    static REAL: OnceLock<Value> = OnceLock::new();
    REAL.get_or_init(data_value)
}

/// One step of a problem's path: a key or an index.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `charts[3].figures[1]` as steps; `None` when it is not a path at all.
fn steps(path: &str) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    if path.is_empty() {
        return Some(out);
    }
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if key.is_empty() && out.is_empty() {
            return None;
        }
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        while !rest.is_empty() {
            let (n, after) = rest.split_once(']')?;
            out.push(Step::Index(n.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                return None;
            }
        }
    }
    Some(out)
}

/// True when `path` names a place in `doc`: every step but the last exists, and the
/// last exists too or is a key missing from an object that exists (a missing field).
fn names_a_place(doc: &Value, path: &str) -> bool {
    let Some(steps) = steps(path) else {
        return false;
    };
    let mut at = doc;
    for (i, step) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let next = match (step, at) {
            (Step::Key(k), Value::Object(o)) => match o.get(k) {
                Some(v) => v,
                None => return last,
            },
            (Step::Index(n), Value::Array(a)) => match a.get(*n) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
        at = next;
    }
    true
}

/// True for the characters XML 1.0 allows in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The spec of every chart of the real file, by id and language.
fn real_specs() -> &'static HashMap<(String, Lang), ChartSpec> {
    static SPECS: OnceLock<HashMap<(String, Lang), ChartSpec>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let r = report();
        let mut out = HashMap::new();
        for c in &r.charts {
            for lang in [Lang::Zh, Lang::En] {
                out.insert((c.id.clone(), lang), resolve::resolve(&r, c, lang));
            }
        }
        out
    })
}

/// Every chart of a loaded report lays out at every width in both languages, and renders
/// to an SVG that is well-formed text with no raw markup from the data. A chart whose
/// spec is the real file's is skipped: layout is a function of the spec, and the real
/// charts are drawn by the layout tests.
fn draws(report: &Report) -> Result<(), String> {
    for chart in &report.charts {
        for lang in [Lang::Zh, Lang::En] {
            let spec = resolve::resolve(report, chart, lang);
            if real_specs().get(&(chart.id.clone(), lang)) == Some(&spec) {
                continue;
            }
            for width in WIDTHS {
                let view = View {
                    width,
                    lang,
                    theme: ThemeName::Light,
                };
                let name = format!("chart {} at {width}px, {lang:?}", chart.id);
                let scene =
                    report_charts::publish::scene(report, &chart.id, view, &mut ApproxMeasure)
                        .map_err(|e| format!("{name}: {e}"))?;
                if !(scene.width >= width.min(240.0) && scene.height.is_finite()) {
                    return Err(format!("{name}: a {}×{} scene", scene.width, scene.height));
                }
                let svg = report_charts::publish::svg(report, &chart.id, view)
                    .map_err(|e| format!("{name}: {e}"))?;
                if svg.to_ascii_lowercase().contains("<script") {
                    return Err(format!("{name}: the SVG holds a raw <script"));
                }
                if let Some(c) = svg.chars().find(|c| !xml_char(*c)) {
                    return Err(format!("{name}: the SVG holds {c:?}, which XML forbids"));
                }
            }
        }
    }
    Ok(())
}

/// What any input must give: a report that draws, or problems; returns the problems.
/// When the input is JSON, the path of every problem names a place in it (an empty path
/// names the whole file: malformed JSON, a key written twice at the top).
fn answers_sanely(json: &str) -> Result<Vec<validate::Problem>, String> {
    let partial = validate::partial::load_partial("fuzz.json", json);
    let strict = validate::load("fuzz.json", json);
    // The loader reads past a byte-order mark; so does this check.
    let doc: Option<Value> =
        serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(json)).ok();
    let describe = |e: &DataError| e.to_string();
    match partial {
        Err(e) => {
            if e.problems.is_empty() {
                return Err("an error without problems".into());
            }
            if strict.as_ref().err() != Some(&e) {
                return Err(format!("load and load_partial disagree: {strict:?} vs {e}"));
            }
            if let Some(doc) = &doc {
                if let Some(p) = e
                    .problems
                    .iter()
                    .find(|p| !names_a_place(doc, &p.path.to_string()))
                {
                    return Err(format!("{:?} names no place: {}", p.path, describe(&e)));
                }
            }
            Ok(e.problems)
        }
        Ok(p) => {
            let doc = doc.ok_or("load_partial read a file that is not JSON")?;
            match (&p.error, &strict) {
                (None, Ok(r)) if *r == p.report && p.broken.is_empty() => {}
                (Some(e), Err(s)) if e == s => {
                    if e.problems.is_empty() {
                        return Err("an error without problems".into());
                    }
                    if let Some(bad) = e
                        .problems
                        .iter()
                        .find(|q| !names_a_place(&doc, &q.path.to_string()))
                    {
                        return Err(format!("{:?} names no place: {}", bad.path, describe(e)));
                    }
                }
                _ => {
                    return Err(format!(
                        "load and load_partial disagree: {:?} vs {:?}",
                        strict.err(),
                        p.error
                    ))
                }
            }
            // The page looks charts up by id: each id names one chart, kept or broken.
            let mut ids: Vec<&str> = p.report.charts.iter().map(|c| c.id.as_str()).collect();
            for b in &p.broken {
                if b.problems.is_empty() {
                    return Err(format!("chart {} is broken without a problem", b.name()));
                }
                ids.extend(b.id.as_deref());
            }
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            if unique.len() != ids.len() {
                return Err(format!("an id names two charts among {ids:?}"));
            }
            draws(&p.report)?;
            Ok(p.error.map(|e| e.problems).unwrap_or_default())
        }
    }
}

/// `answers_sanely`, and where there are problems, at least one has a path: an edit
/// inside the file is never blamed on the file as a whole.
fn answers_with_a_place(json: &str) -> Result<(), String> {
    let problems = answers_sanely(json)?;
    if !problems.is_empty() && problems.iter().all(|p| p.path.is_empty()) {
        return Err(format!("no problem has a path: {problems:?}"));
    }
    Ok(())
}
