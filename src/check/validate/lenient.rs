//! A file whose values have the wrong type (issue 18 §4, H2): every one is listed, not
//! only the first, and the rest of the file is still read, so that the editor shows its
//! text, its figures left to confirm and its other problems while the desk fixes them.
//!
//! `serde` stops at the first value of the wrong type. Each is put aside (made `null`,
//! or dropped where `null` is no better) and the file read again, up to [`MOST`] times.
//! The first problem keeps the parser's line and column, of the text as the desk opened
//! it: where that text is on one line (the editor sends its file compact), of the
//! file in the repository's layout, as 发布 and the editor's saves write it. The later
//! ones lose the parser's place, which is of the file as put aside and read again: their
//! line is found at their JSON path in the file as it came ([`super::lines`]).

use super::{DataError, JsonPath, Problem};
use crate::check::raw;
use crate::shared::messages as msg;
use serde_json::Value;

/// How many values of the wrong type are listed at most.
const MOST: usize = 50;

/// The file `json` read leniently: its lenient form with every value of the wrong type
/// put aside, and those values' problems, in the order read.
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON.
pub fn read(file: &str, json: &str) -> Result<(raw::ReportFile, Vec<Problem>), DataError> {
    let mut value: Value = match serde_json::from_str(json) {
        Ok(value) => value,
        // Not JSON, or JSON nested deeper than a tree can be read (a value of the wrong
        // type far down): its first problem, at its path, as the typed reader finds it.
        Err(e) => return Err(first_only(file, json, &e)),
    };
    let malformed = |e: &dyn std::fmt::Display| DataError {
        file: file.to_string(),
        problems: vec![Problem {
            path: JsonPath::root(),
            message: msg::data::malformed_json(&e.to_string()),
            line: None,
        }],
    };
    let pretty;
    let shown = if json.trim_end().contains('\n') {
        json
    } else {
        pretty = serde_json::to_string_pretty(&value).map_err(|e| malformed(&e))?;
        &pretty
    };
    let mut problems = Vec::new();
    let first = serde_path_to_error::deserialize::<_, raw::ReportFile>(
        &mut serde_json::Deserializer::from_str(shown),
    );
    let mut error = match first {
        Ok(raw) => return Ok((raw, problems)),
        Err(e) => e,
    };
    loop {
        let path = JsonPath::from(error.path());
        let inner = error.into_inner();
        // A value put aside as `null` where `null` is no better: the same place again,
        // listed once.
        if problems.last().map(|p: &Problem| &p.path) != Some(&path) {
            let detail = if problems.is_empty() {
                inner.to_string()
            } else {
                without_place(&inner.to_string()).to_string()
            };
            problems.push(Problem {
                path: path.clone(),
                message: msg::data::wrong_type(&detail),
                line: None,
            });
        }
        if problems.len() >= MOST || !put_aside(&mut value, path.steps()) {
            return Err(DataError {
                file: file.to_string(),
                problems,
            });
        }
        // Read again from its text, by the same reader as the first time: reading the
        // tree itself would compile every type's reading a second time, for a tree
        // (27 KB gzip of the editor's wasm).
        let again = serde_json::to_string(&value).map_err(|e| malformed(&e))?;
        match serde_path_to_error::deserialize::<_, raw::ReportFile>(
            &mut serde_json::Deserializer::from_str(&again),
        ) {
            Ok(raw) => return Ok((raw, problems)),
            Err(e) => error = e,
        }
    }
}

/// The first problem of `json` that the typed reader meets, at its path: a value of the
/// wrong type, or JSON that is malformed (anything after the document included); else
/// `tree`, what reading it as a tree said.
fn first_only(file: &str, json: &str, tree: &serde_json::Error) -> DataError {
    let de = &mut serde_json::Deserializer::from_str(json);
    let message = match serde_path_to_error::deserialize::<_, raw::ReportFile>(&mut *de) {
        Ok(_) => match de.end() {
            Ok(()) => (
                JsonPath::root(),
                msg::data::malformed_json(&tree.to_string()),
            ),
            Err(e) => (JsonPath::root(), msg::data::malformed_json(&e.to_string())),
        },
        Err(e) => {
            let path = JsonPath::from(e.path());
            let inner = e.into_inner();
            match inner.classify() {
                serde_json::error::Category::Data => {
                    (path, msg::data::wrong_type(&inner.to_string()))
                }
                _ => (path, msg::data::malformed_json(&inner.to_string())),
            }
        }
    };
    DataError {
        file: file.to_string(),
        problems: vec![Problem {
            path: message.0,
            message: message.1,
            line: None,
        }],
    }
}

/// A parser's detail without its " at line L column C".
fn without_place(detail: &str) -> &str {
    detail.rfind(" at line ").map_or(detail, |at| &detail[..at])
}

/// Puts the value at `steps` aside: `null` the first time, dropped from its object the
/// second (a list or a text is never `null`). False when there is nothing left to do.
fn put_aside(value: &mut Value, steps: &[super::Step]) -> bool {
    use super::Step;
    let Some((last, parents)) = steps.split_last() else {
        return false;
    };
    let mut at = value;
    for s in parents {
        let next = match s {
            Step::Key(k) => at.get_mut(k.as_str()),
            Step::Index(i) => at.get_mut(*i),
        };
        match next {
            Some(v) => at = v,
            None => return false,
        }
    }
    match (last, at) {
        (Step::Key(k), Value::Object(map)) => match map.get_mut(k.as_str()) {
            Some(Value::Null) => map.remove(k.as_str()).is_some(),
            Some(v) => {
                *v = Value::Null;
                true
            }
            None => false,
        },
        (Step::Index(i), Value::Array(items)) => match items.get_mut(*i) {
            Some(v) if !v.is_null() => {
                *v = Value::Null;
                true
            }
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::check::validate::partial::load_partial;
    use serde_json::Value;

    const XIHU: &str = include_str!("../../../data/xihu-2024.json");

    /// The seed report with two values of the wrong type and a chart naming no figure.
    fn broken() -> Value {
        let mut v: Value = serde_json::from_str(XIHU).unwrap_or_default();
        v["figures"][0]["value"] = "236.8亿".into();
        v["figures"][2]["label"] = 5.into();
        v["charts"][1]["figures"][0] = "no-such-figure".into();
        v
    }

    /// Every problem of `json`, as `check` lists them.
    fn problems(json: &str) -> Vec<String> {
        let e = load_partial("x.json", json).map(|p| p.error);
        let e = e.ok().flatten().map(|e| e.problems).unwrap_or_default();
        e.iter()
            .map(|p| format!("{}: {}", p.path, p.message.en))
            .collect()
    }

    #[test]
    fn every_value_of_the_wrong_type_is_listed_and_the_rest_of_the_file_is_checked() {
        let found = problems(&serde_json::to_string_pretty(&broken()).unwrap_or_default());
        let at = |path: &str| found.iter().filter(|p| p.starts_with(path)).count();
        assert_eq!(at("figures[0].value: has the wrong type"), 1, "{found:#?}");
        assert_eq!(at("figures[2].label: has the wrong type"), 1, "{found:#?}");
        assert_eq!(at("charts[1].figures[0]: names figure"), 1, "{found:#?}");
        // A label put aside is not said to be missing too.
        assert_eq!(at("figures[2].label"), 1, "{found:#?}");
    }

    #[test]
    fn a_file_sent_on_one_line_is_placed_in_the_layout_the_desk_opened() {
        let pretty = serde_json::to_string_pretty(&broken()).unwrap_or_default();
        let line = pretty
            .lines()
            .position(|l| l.contains("236.8亿"))
            .unwrap_or(0)
            + 1;
        let compact = serde_json::to_string(&broken()).unwrap_or_default();
        let first = problems(&compact).into_iter().next().unwrap_or_default();
        assert!(first.contains(&format!("at line {line} column")), "{first}");
    }
}
