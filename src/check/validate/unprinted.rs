//! A figure whose value or change its sentence does not print says what the text does
//! not: a desk typed 2186.4 for the 1286.4 its sentence prints (tester s-test24 F7).
//! `check` refuses it, naming the figure's field and both numbers, and so `site` leaves
//! its report out; the editor reads the same figures with [`numbers_not_printed`] and
//! refuses 发布 while one stands. The data contract (`data/README.md`) has no way to mark
//! a sentence as the report's own error, so the one honest fix is the sentence's number.

use super::{JsonPath, Problem, Step};
use crate::check::printed::{self, same};
use crate::check::raw;
use crate::shared::messages as msg;
use crate::shared::messages::desk::Field;

/// A number of a figure that its sentence does not print.
#[derive(Debug, Clone, PartialEq)]
pub struct Unprinted {
    /// JSON path of its field (`figures[3].value`, `figures[3].change.value`).
    pub path: JsonPath,
    /// Which of the figure's numbers it is.
    pub field: Field,
    /// The number the figure holds.
    pub value: f64,
}

/// Every number of figure `f` (the `k`th of its file) that its sentence does not print:
/// its value and range end, its change and comparison (or contribution), each with its
/// range end. A figure without a sentence has nothing to hold it to.
pub fn numbers_not_printed(k: usize, f: &raw::Figure) -> Vec<Unprinted> {
    let Some(source) = f.source.as_deref() else {
        return Vec::new();
    };
    let numbers = printed::numbers(source);
    // A value or a change with the sign its sentence prints (-2.4‰ is not 2.4;
    // 增长-3.5% is a growth of −3.5, 下降3.5% a decline of 3.5); a range's end is
    // unsigned, after its dash.
    let in_text = |v: f64, signed: bool| {
        numbers.iter().any(|n| {
            let printed = if signed {
                printed::signed(source, n)
            } else {
                n.value
            };
            same(v, printed)
        })
    };
    numbers_of(f, &JsonPath::item("figures", k))
        .into_iter()
        .filter(|&(_, _, v, signed)| !in_text(v, signed))
        .map(|(path, field, value, _)| Unprinted { path, field, value })
        .collect()
}

/// The problems of `figures` that hold a number their sentence does not print: each at
/// its field, with the number held and the one its sentence prints instead.
pub fn problems(figures: &[raw::Figure]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, f) in figures.iter().enumerate() {
        for u in numbers_not_printed(k, f) {
            let instead = printed_instead(figures, f, &u.path);
            let sentence = f.source.as_deref().unwrap_or_default();
            let message =
                msg::data::number_not_printed(u.field, u.value, instead.as_deref(), sentence);
            out.push(Problem {
                path: u.path,
                message,
                line: None,
            });
        }
    }
    out
}

/// Every number figure `f` (at `figure`) says, at the path of its field, with its field
/// (a range end as the number it ends) and whether it is compared with its sign (a value
/// and a change are; a range's end is not).
fn numbers_of(f: &raw::Figure, figure: &JsonPath) -> Vec<(JsonPath, Field, f64, bool)> {
    let mut out = Vec::new();
    // A range's end follows a dash (6%-6.5%), which is no minus sign.
    for (key, v, signed) in [("value", f.value, true), ("to", f.to, false)] {
        if let Some(v) = v {
            out.push((figure.key(key), Field::Value, v, signed));
        }
    }
    let changes = [
        ("change", f.change.as_ref(), Field::Change),
        ("compare", f.compare.as_ref(), Field::Compare),
    ];
    for (name, c, field) in changes {
        let Some(c) = c else { continue };
        // 增长-3.5%: a change's value has the sign its sentence prints, as a value has.
        for (key, v, signed) in [("value", c.value, true), ("to", c.to, false)] {
            if let Some(v) = v {
                out.push((figure.key(name).key(key), field, v, signed));
            }
        }
    }
    out
}

/// The number of `f`'s sentence that its field `path` most likely held, with its unit
/// (1286.4亿元): the one number of the sentence followed by the field's unit that no
/// figure of `figures` from the same sentence holds; `None` where not one alone is.
pub fn printed_instead(
    figures: &[raw::Figure],
    f: &raw::Figure,
    path: &JsonPath,
) -> Option<String> {
    let source = f.source.as_deref()?;
    let of_change = |c: Option<&raw::Change>| c.and_then(|c| c.unit.clone());
    let unit = match path.steps().get(2) {
        Some(Step::Key(k)) if k == "change" => of_change(f.change.as_ref()),
        Some(Step::Key(k)) if k == "compare" => of_change(f.compare.as_ref()),
        _ => f.unit.as_ref().and_then(|u| u.zh.clone()),
    }
    .unwrap_or_default();
    let held: Vec<f64> = (figures.iter().enumerate())
        .filter(|(_, g)| g.source.as_deref() == Some(source))
        .flat_map(|(j, g)| numbers_of(g, &JsonPath::item("figures", j)))
        .map(|(_, _, v, _)| v.abs())
        .collect();
    let mut candidates = printed::numbers(source).into_iter().filter(|n| {
        source[n.end..].starts_with(unit.as_str()) && !held.iter().any(|&h| same(h, n.value))
    });
    match (candidates.next(), candidates.next()) {
        (Some(n), None) => Some(format!("{}{unit}", n.text)),
        _ => None,
    }
}
