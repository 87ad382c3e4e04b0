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
    let partial = validate::load_partial("fuzz.json", json);
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

// --- arbitrary input ----------------------------------------------------------------

/// Any JSON value, a few levels deep, with strings and numbers that hurt.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        hostile_number(),
        hostile_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A key the data file uses, or any short string.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "meta", "sections", "figures", "charts", "id", "title", "zh", "en", "label",
            "value", "unit", "change", "kind", "source", "section", "topic", "topics",
            "figures", "accent", "note", "subtitle", "qualifier", "reference", "short", "year",
        ])
        .prop_map(str::to_string),
        1 => ".{0,8}",
    ]
}

/// Numbers at the edges: zero, negative, fractional, tiny, huge, and any finite float.
fn hostile_number() -> impl Strategy<Value = Value> {
    let float = |v: f64| Number::from_f64(v).map_or(Value::Null, Value::Number);
    prop_oneof![
        prop::sample::select(vec![
            0.0,
            -0.0,
            -1.0,
            0.5,
            0.001,
            1e-9,
            -1e-9,
            1e12,
            1e15,
            1e300,
            -1e300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            100.0,
            100.000_000_1,
            0.1 + 0.2,
        ])
        .prop_map(float),
        any::<f64>().prop_map(float),
        (0u64..10_000_000_000_000_000).prop_map(move |n| float(n as f64 / 1e4)),
        prop::sample::select(vec![
            Value::from(u64::MAX),
            Value::from(i64::MIN),
            Value::from(0),
            Value::from(1),
        ]),
    ]
}

/// Strings that break naive code: empty, blank, very long, markup, right-to-left,
/// emoji, control characters, ids and words the data file uses.
fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            " ",
            "\u{3000}",
            "<script>alert(1)</script>",
            "</text><script>alert(1)</script>",
            "R&D & \"quotes\" 'apostrophes'",
            "&amp; &lt; &#x3c;",
            "مرحبا بالعالم",
            "שלום עולם",
            "\u{202e}txet desrever\u{202c}",
            "📈👨‍👩‍👧‍👦🇨🇳",
            "e\u{301}\u{301}\u{301}",
            "nul\u{0}bell\u{7}esc\u{1b}",
            "\u{feff}bom",
            "\u{fffe}\u{ffff}",
            "line\nbreak\r\ttab",
            "gdp",
            "growth",
            "economy",
            "bars",
            "cards",
            "share",
            "part-whole",
            "before-after",
            "multiples",
            "from",
            "added",
            "above",
            "decline",
            "亿元",
            "万人次",
            "个百分点",
            "%",
            "余",
            "突破",
            "amount",
            "rate",
        ])
        .prop_map(str::to_string),
        ".{0,40}",
        (prop::char::any(), 200usize..3000).prop_map(|(c, n)| c.to_string().repeat(n)),
        (0usize..6).prop_map(|n| "研发投入增长".repeat(n * 40)),
    ]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_load_to_a_report_or_to_problems(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let json = String::from_utf8_lossy(&bytes).into_owned();
        guarded("bytes", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_string_loads_to_a_report_or_to_problems(json in ".{0,300}") {
        guarded("string", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_json_token_soup_loads_to_a_report_or_to_problems(
        json in r#"[\[\]{}",:0-9a-z.eE+\- \\"]{0,200}"#
    ) {
        guarded("tokens", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_json_document_loads_to_a_report_or_to_problems(doc in any_json()) {
        let json = serde_json::to_string(&doc).unwrap();
        guarded("document", &json, |j| answers_sanely(j).map(drop))?;
    }
}

// --- mutations of the real file -----------------------------------------------------

/// One edit of the JSON tree, at a node picked by index among all nodes but the root.
#[derive(Debug, Clone)]
enum Edit {
    /// Removes the node from its object or array.
    Delete,
    /// Puts another value in its place.
    Replace(Value),
    /// Sets a number node to this number (others are left alone).
    Number(Value),
    /// Sets a string node to this string (others are left alone).
    Text(String),
    /// Repeats an array element right after itself.
    Duplicate,
    /// Wraps the node in this many arrays, or objects under its own key.
    Nest(usize, bool),
    /// Adds an undeclared key to an object.
    AddKey(String, Value),
    /// Puts a copy of another node (picked by the index) here: a figure's id in a
    /// chart, a chart's kind on a figure, a whole figure in place of another.
    CopyFrom(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => Just(Edit::Delete),
        2 => any_json().prop_map(Edit::Replace),
        4 => hostile_number().prop_map(Edit::Number),
        4 => hostile_string().prop_map(Edit::Text),
        2 => Just(Edit::Duplicate),
        1 => (prop_oneof![1usize..8, 120usize..140], any::<bool>())
            .prop_map(|(n, obj)| Edit::Nest(n, obj)),
        1 => (key(), any_json()).prop_map(|(k, v)| Edit::AddKey(k, v)),
        3 => any::<Index>().prop_map(Edit::CopyFrom),
    ]
}

/// The paths of every node under the root, depth first.
fn nodes(v: &Value) -> Vec<Vec<Step>> {
    fn walk(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        match v {
            Value::Object(o) => {
                for (k, c) in o {
                    here.push(Step::Key(k.clone()));
                    out.push(here.clone());
                    walk(c, here, out);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    here.push(Step::Index(i));
                    out.push(here.clone());
                    walk(c, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

fn node_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |at, step| match (step, at) {
        (Step::Key(k), Value::Object(o)) => o.get_mut(k),
        (Step::Index(i), Value::Array(a)) => a.get_mut(*i),
        _ => None,
    })
}

fn node<'a>(v: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(v, |at, step| match (step, at) {
        (Step::Key(k), Value::Object(o)) => o.get(k),
        (Step::Index(i), Value::Array(a)) => a.get(*i),
        _ => None,
    })
}

fn apply(doc: &mut Value, at: &Index, edit: &Edit) {
    let all = nodes(doc);
    if all.is_empty() {
        return;
    }
    let path = at.get(&all).clone();
    let Some((last, parent_path)) = path.split_last() else {
        return;
    };
    let copy = match edit {
        Edit::CopyFrom(from) => node(doc, from.get::<Vec<Step>>(&all)).cloned(),
        _ => None,
    };
    let Some(parent) = node_mut(doc, parent_path) else {
        return;
    };
    match (edit, last, parent) {
        (Edit::Delete, Step::Key(k), Value::Object(o)) => {
            o.remove(k);
        }
        (Edit::Delete, Step::Index(i), Value::Array(a)) => {
            a.remove(*i);
        }
        (Edit::Duplicate, Step::Index(i), Value::Array(a)) => {
            let twin = a[*i].clone();
            a.insert(*i + 1, twin);
        }
        (edit, _, parent) => {
            let Some(target) = node_mut(parent, std::slice::from_ref(last)) else {
                return;
            };
            match edit {
                Edit::Replace(v) => *target = v.clone(),
                Edit::Number(n) if target.is_number() => *target = n.clone(),
                Edit::Text(s) if target.is_string() => *target = Value::String(s.clone()),
                Edit::Nest(n, obj) => {
                    let key = match last {
                        Step::Key(k) => k.clone(),
                        Step::Index(_) => "zh".to_string(),
                    };
                    for _ in 0..*n {
                        let inner = target.take();
                        *target = if *obj {
                            let mut m = Map::new();
                            m.insert(key.clone(), inner);
                            Value::Object(m)
                        } else {
                            Value::Array(vec![inner])
                        };
                    }
                }
                Edit::AddKey(k, v) => {
                    if let Value::Object(o) = target {
                        o.insert(k.clone(), v.clone());
                    }
                }
                Edit::CopyFrom(_) => {
                    if let Some(c) = copy {
                        *target = c;
                    }
                }
                _ => {}
            }
        }
    }
}

/// A tree as JSON text.
fn to_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn the_real_file_edited_anywhere_loads_to_a_report_or_to_problems_with_paths(
        edits in prop::collection::vec((any::<Index>(), edit()), 1..4)
    ) {
        let mut doc = real().clone();
        for (at, e) in &edits {
            apply(&mut doc, at, e);
        }
        let json = to_text(&doc);
        guarded("edited", &json, answers_with_a_place)?;
    }
}

/// An edit of the file's text rather than its tree: what a hand editor's slip does.
#[derive(Debug, Clone)]
enum Slip {
    /// Cuts the file at this fraction of its length.
    Cut(Index),
    /// Inserts text at a position.
    Insert(Index, String),
    /// Deletes a few characters at a position.
    Remove(Index, usize),
    /// Writes a key twice in the object that holds it.
    DuplicateKey(Index),
    /// Starts the file with a byte-order mark, as some Windows editors save it.
    Bom,
}

fn slip() -> impl Strategy<Value = Slip> {
    prop_oneof![
        any::<Index>().prop_map(Slip::Cut),
        (
            any::<Index>(),
            prop_oneof![
                Just(",".to_string()),
                Just("\"".to_string()),
                Just("}".to_string()),
                Just("[".to_string()),
                Just("\\".to_string()),
                Just("\u{0}".to_string()),
                Just("// comment\n".to_string()),
                ".{1,4}",
            ]
        )
            .prop_map(|(i, s)| Slip::Insert(i, s)),
        (any::<Index>(), 1usize..8).prop_map(|(i, n)| Slip::Remove(i, n)),
        any::<Index>().prop_map(Slip::DuplicateKey),
        Just(Slip::Bom),
    ]
}

fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

fn apply_slip(text: &str, slip: &Slip) -> String {
    let starts = char_starts(text);
    match slip {
        Slip::Cut(at) => text[..*at.get(&starts)].to_string(),
        Slip::Insert(at, s) => {
            let i = *at.get(&starts);
            format!("{}{s}{}", &text[..i], &text[i..])
        }
        Slip::Remove(at, n) => {
            let i = at.index(starts.len());
            let j = starts[(i + n).min(starts.len() - 1)];
            format!("{}{}", &text[..starts[i]], &text[j..])
        }
        Slip::DuplicateKey(at) => {
            // A `"key": ` pair copied to just after itself, value and all when it is short.
            let keys: Vec<usize> = text.match_indices("\": ").map(|(i, _)| i).collect();
            if keys.is_empty() {
                return text.to_string();
            }
            let colon = *at.get(&keys);
            let start = text[..colon].rfind('"').unwrap_or(0);
            let end = text[colon..]
                .find([',', '\n'])
                .map_or(text.len(), |e| colon + e);
            let pair = &text[start..end];
            format!("{}{pair}, {}", &text[..start], &text[start..])
        }
        Slip::Bom => format!("\u{feff}{text}"),
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn the_real_files_text_with_a_slip_loads_to_a_report_or_to_problems(
        slips in prop::collection::vec(slip(), 1..3)
    ) {
        let mut text = data_text();
        for s in &slips {
            text = apply_slip(&text, s);
        }
        guarded("slip", &text, |j| answers_sanely(j).map(drop))?;
    }
}

// --- the corpus ---------------------------------------------------------------------

#[test]
fn every_input_in_the_fuzz_corpus_loads_to_a_report_or_to_problems() {
    let dir = path("tests/fuzz_corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "only {} corpus files", files.len());
    let mut bad = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let json = String::from_utf8_lossy(&bytes);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        match std::panic::catch_unwind(|| answers_sanely(&json)) {
            Ok(Ok(_)) => {}
            Ok(Err(why)) => bad.push(format!("{name}: {why}")),
            Err(_) => bad.push(format!("{name}: panicked")),
        }
    }
    assert!(
        bad.is_empty(),
        "{} corpus inputs fail:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

// --- number formatting --------------------------------------------------------------

/// A number in any of the forms the formatter writes, back to a float and the power of
/// ten its scale word stands for: the real minus sign, thousands commas, billion, million.
fn parse_printed(s: &str) -> Result<(f64, i32), String> {
    let (neg, body) = match s.strip_prefix('−').or_else(|| s.strip_prefix('-')) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (digits, scale) = if let Some(d) = body.strip_suffix(" trillion") {
        (d, 12)
    } else if let Some(d) = body.strip_suffix(" billion") {
        (d, 9)
    } else if let Some(d) = body.strip_suffix(" million") {
        (d, 6)
    } else {
        (body, 0)
    };
    let v: f64 = digits
        .replace(',', "")
        .parse()
        .map_err(|e| format!("{s:?} does not parse: {e}"))?;
    Ok((if neg { -v } else { v }, scale))
}

/// The number of digits after the point in the numeral of `s` (scale words removed).
fn decimals(s: &str) -> usize {
    let numeral = s.split(' ').next().unwrap_or("");
    numeral.split_once('.').map_or(0, |(_, f)| f.len())
}

/// No exponent, no NaN or infinity, no -0, no float debris in the fraction.
fn clean(s: &str) -> Result<(), String> {
    let lower = s.to_ascii_lowercase();
    if lower.contains("nan") || lower.contains("inf") {
        return Err(format!("{s:?} is not a number"));
    }
    let numeral = s.split(' ').next().unwrap_or("");
    if numeral.contains(['e', 'E']) {
        return Err(format!("{s:?} has an exponent"));
    }
    // Chinese writes a plain hyphen-minus, English a real minus sign.
    let body = numeral.trim_start_matches(['−', '-']).replace(',', "");
    if body == "0" && numeral != "0" {
        return Err(format!("{s:?} is a negative zero"));
    }
    // Shortest round-trip digits: never more than 17 significant digits.
    let significant = body
        .replace('.', "")
        .trim_start_matches('0')
        .trim_end_matches('0')
        .len();
    if significant > 17 {
        return Err(format!("{s:?} has {significant} significant digits"));
    }
    if body.contains('.') && body.ends_with('0') {
        return Err(format!("{s:?} has a trailing zero after the point"));
    }
    if let Some((int, _)) = numeral.split_once('.') {
        if int.trim_start_matches(['−', '-']).is_empty() {
            return Err(format!("{s:?} has no digit before the point"));
        }
    }
    Ok(())
}

/// 亿元 (×1e8), 万人次 (×1e4) and 个 (×1).
fn units() -> [(Text, i32); 3] {
    let t = |zh: &str, en: &str| Text {
        zh: zh.to_string(),
        en: en.to_string(),
    };
    [
        (t("亿元", "yuan"), 8),
        (t("万人次", "visits"), 4),
        (t("个", "units"), 0),
    ]
}

/// The number of an English value with its noun removed: 80 billion yuan → 80 billion.
fn english_numeral<'a>(printed: &'a str, unit: &Text) -> &'a str {
    printed
        .strip_suffix(&format!(" {}", unit.en))
        .or_else(|| printed.strip_suffix(" unit"))
        .or_else(|| printed.strip_suffix(" visit"))
        .unwrap_or(printed)
}

fn check_number(v: f64, max_decimals: Option<usize>) -> Result<(), TestCaseError> {
    let zh = format::number(v);
    clean(&zh).map_err(TestCaseError::fail)?;
    let back: f64 = zh
        .parse()
        .map_err(|e| TestCaseError::fail(format!("{zh:?} for {v:e}: {e}")))?;
    prop_assert_eq!(back, v, "zh {:?} for {:e}", zh, v);
    if let Some(max) = max_decimals {
        prop_assert!(decimals(&zh) <= max, "zh {:?} for {:e}", zh, v);
    }
    for (unit, mag) in units() {
        let zh_value = format::value_bare(v, &unit, Lang::Zh);
        prop_assert_eq!(&zh_value, &format!("{zh}{}", unit.zh));
        let en = format::value_bare(v, &unit, Lang::En);
        let numeral = english_numeral(&en, &unit);
        prop_assert!(numeral != en, "en {:?} for {:e} lost its noun", en, v);
        clean(numeral).map_err(|e| TestCaseError::fail(format!("en for {v:e}: {e}")))?;
        let (digits, scale) = parse_printed(numeral).map_err(TestCaseError::fail)?;
        let want = v * 10f64.powi(mag);
        // Read back at the printed scale; past f64::MAX, compare at the data's scale instead.
        let factor = if want.is_finite() {
            10f64.powi(scale)
        } else {
            10f64.powi(scale - mag)
        };
        let (back, want) = (digits * factor, if want.is_finite() { want } else { v });
        // A subnormal carries few digits: allow one step of its own, at the scale it is
        // read at. The value may be subnormal (-6.84e-313 亿元 prints its shortest digits,
        // which differ from the stored value in the 11th) and so may the numeral.
        let step = factor.max(10f64.powi(mag)).max(1.0);
        let tolerance = (want.abs() * 1e-12).max(2.0 * 5e-324 * step);
        prop_assert!(
            (back - want).abs() <= tolerance,
            "en {:?} for {:e}{} reads back as {:e}, not {:e}",
            en,
            v,
            unit.zh,
            back,
            want
        );
        if let Some(max) = max_decimals {
            // Scaling moves the point by whole powers of ten and adds no digits of its own.
            let shift = if numeral.ends_with("trillion") {
                12
            } else if numeral.ends_with("billion") {
                9
            } else if numeral.ends_with("million") {
                6
            } else {
                0
            };
            let allowed = (max as i32 - mag).max(0) as usize + shift;
            prop_assert!(
                decimals(numeral) <= allowed,
                "en {:?} for {:e}{}: more than {} decimals",
                en,
                v,
                unit.zh,
                allowed
            );
        }
    }
    Ok(())
}

/// A value written with up to four decimals, from 0 to 10^12, as the parser reads it.
fn four_decimals() -> impl Strategy<Value = (f64, String)> {
    (0u64..=1_000_000_000_000, 0u32..10_000, 0usize..=4).prop_map(|(int, frac, places)| {
        let frac = frac % 10u32.pow(places as u32);
        let text = if places == 0 {
            int.to_string()
        } else {
            format!("{int}.{frac:0places$}")
        };
        (text.parse().unwrap(), text)
    })
}

#[test]
fn a_number_whose_english_numeral_is_subnormal_still_reads_back() {
    // Found by the property below: 亿元 in billions is a tenth, here below f64's normals.
    check_number(-6.8406826925e-313, None).unwrap_or_else(|e| panic!("{e}"));
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn every_finite_number_prints_as_itself_in_both_languages(
        v in any::<f64>().prop_filter("finite", |v| v.is_finite())
    ) {
        check_number(v, None)?;
    }

    #[test]
    fn numbers_with_up_to_four_decimals_print_without_float_debris((v, text) in four_decimals()) {
        check_number(v, Some(4))?;
        // Up to 10^12 with four decimals is 16 digits: the shortest form is the one written,
        // unless the written form has trailing zeros after the point.
        let written = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text.clone()
        };
        if written.replace('.', "").trim_start_matches('0').len() <= 15 {
            prop_assert_eq!(format::number(v), written);
        }
    }

    #[test]
    fn signed_numbers_carry_a_real_minus_sign_and_read_back(
        v in any::<f64>().prop_filter("finite", |v| v.is_finite())
    ) {
        let s = format::signed(v);
        clean(s.trim_start_matches('+')).map_err(TestCaseError::fail)?;
        prop_assert!(!s.contains('-'), "{:?} has a hyphen for a minus", s);
        let (back, _) = parse_printed(s.trim_start_matches('+')).map_err(TestCaseError::fail)?;
        prop_assert_eq!(back, v);
    }
}

#[test]
fn a_chart_written_twice_keeps_the_first_drawable_and_knows_the_copy_by_its_index() {
    let json = mutated(|v| {
        let copy = chart(v, "investment").clone();
        let i = chart_index(v, "investment");
        v["charts"].as_array_mut().unwrap().insert(i + 1, copy);
    });
    let i = chart_index(&data_value(), "investment");
    let p = validate::load_partial("twice.json", &json).unwrap();
    let kept: Vec<&str> = p
        .report
        .charts
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| *id == "investment")
        .collect();
    assert_eq!(kept, ["investment"]);
    let broken: Vec<_> = p.broken.iter().map(|b| (b.index, b.id.clone())).collect();
    assert_eq!(broken, [(i + 1, None)]);
    answers_with_a_place(&json).unwrap();
}

#[test]
fn a_file_of_two_thousand_broken_figures_and_five_hundred_charts_loads_in_moments() {
    let json = mutated(|v| {
        let mut gdp = figure(v, "gdp").clone();
        remove(&mut gdp, "source");
        let figures: Vec<Value> = (0..2000)
            .map(|i| {
                let mut f = gdp.clone();
                f["id"] = json!(format!("f-{i}"));
                f
            })
            .collect();
        // Copies of the lead graphic, but none of them leads the page.
        let mut headline = chart(v, "headline").clone();
        remove(&mut headline, "lead");
        let charts: Vec<Value> = (0..500)
            .map(|i| {
                let mut c = headline.clone();
                let ids: Vec<String> = (0..4).map(|j| format!("f-{}", 4 * i + j)).collect();
                c["id"] = json!(format!("c-{i}"));
                c["accent"] = json!(ids[0]);
                c["figures"] = json!(ids);
                c
            })
            .collect();
        v["figures"] = json!(figures);
        v["charts"] = json!(charts);
    });
    let start = std::time::Instant::now();
    let p = validate::load_partial("big.json", &json).unwrap();
    let took = start.elapsed();
    assert_eq!(p.broken.len(), 500);
    assert!(p.broken.iter().all(|b| b.problems.len() == 4));
    assert_eq!(p.error.map(|e| e.problems.len()), Some(2000));
    // Each chart used to scan every problem once per problem: 9 s in a release build.
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
}

#[test]
fn a_file_with_anything_after_its_document_is_malformed() {
    for tail in ["!", "}", "{}", "\n{\"meta\": null}"] {
        let json = format!("{}{tail}", data_text());
        let e = validate::load_partial("tail.json", &json).expect_err(tail);
        assert_eq!(e.problems.len(), 1);
        assert_eq!(e.problems[0].path, "");
        assert!(
            e.problems[0].message.contains("trailing characters"),
            "{}",
            e.problems[0].message
        );
    }
    // Whitespace after the document is fine.
    assert!(validate::load("tail.json", &format!("{}\n\n  \t", data_text())).is_ok());
}

#[test]
fn a_file_saved_with_a_byte_order_mark_loads_as_the_browser_reads_it() {
    let r = validate::load("bom.json", &format!("\u{feff}{}", data_text())).unwrap();
    assert_eq!(r, report());
}

#[test]
fn a_problem_path_names_a_place_only_when_its_parent_exists() {
    let doc = json!({"figures": [{"id": "gdp", "label": {"zh": "x"}}], "meta": {}});
    assert!(names_a_place(&doc, "figures[0].label.en"));
    assert!(names_a_place(&doc, "figures[0].id"));
    assert!(names_a_place(&doc, "meta.title"));
    assert!(names_a_place(&doc, ""));
    assert!(!names_a_place(&doc, "figures[1]"));
    assert!(!names_a_place(&doc, "figures[1].id"));
    assert!(!names_a_place(&doc, "charts[0].id"));
    assert!(!names_a_place(&doc, "figures[0].id.zh"));
    assert!(!names_a_place(&doc, "figures[x]"));
}
