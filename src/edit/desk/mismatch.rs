//! A figure whose value or change its sentence does not print says what the text does
//! not: the desk typed 2186.4 for the 1286.4 its sentence prints (tester s-test24 F7).
//! `check` warns of it, and the editor refuses 发布 while it stands, naming the figure,
//! the number typed and the one its sentence prints, and offers no title written from it
//! (F6). The data contract (`data/README.md`) has no way to mark a sentence as the
//! report's own error, so the one honest fix is the sentence's number.

use crate::check::printed;
use crate::check::raw;
use crate::check::validate::JsonPath;
use crate::draft::coverage::same;
use crate::draft::numbers;
use crate::shared::messages::desk::{self as words, Field};
use crate::shared::model::Lang;

/// A number of a figure that its sentence does not print, or a figure whose sentence is
/// not among the text's lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Wrong {
    /// Index of the figure in the file.
    pub figure: usize,
    /// JSON path of its field (`figures[3].value`, `figures[3].source`).
    pub path: JsonPath,
    /// The field and the number it holds; `None` for a sentence not in the text.
    pub number: Option<(Field, f64)>,
}

/// Every number of the figures of `file` that its sentence does not print (value and
/// range end, change, comparison or contribution, each with its range end), and each
/// figure whose sentence is not among the text's lines in `order` (when there are any).
pub fn wrong(order: &[String], file: &raw::ReportFile) -> Vec<Wrong> {
    let mut out = Vec::new();
    for (k, f) in file.figures.iter().enumerate() {
        let Some(source) = f.source.as_deref() else {
            continue;
        };
        let figure = JsonPath::item("figures", k);
        if !order.is_empty() && !order.iter().any(|l| l == source) {
            out.push(Wrong {
                figure: k,
                path: figure.key("source"),
                number: None,
            });
            continue;
        }
        let printed = printed::numbers(source);
        // A value or a change with the sign its sentence prints (-2.4‰ is not 2.4;
        // 增长-3.5% is a growth of −3.5, 下降3.5% a decline of 3.5); a range's end is
        // unsigned, after its dash.
        let value_in_text = |v: f64| printed.iter().any(|n| same(v, numbers::signed(source, n)));
        let in_text = |v: f64| printed.iter().any(|n| same(v, n.value));
        for (path, field, v, signed) in numbers_of(f, &figure) {
            let printed = if signed { value_in_text(v) } else { in_text(v) };
            if !printed {
                out.push(Wrong {
                    figure: k,
                    path,
                    number: Some((field, v)),
                });
            }
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
/// figure of `file` from the same sentence holds; `None` where not one alone is.
fn printed_instead(file: &raw::ReportFile, f: &raw::Figure, path: &JsonPath) -> Option<String> {
    let source = f.source.as_deref()?;
    let of_change = |c: Option<&raw::Change>| c.and_then(|c| c.unit.clone());
    let unit = match path.steps().get(2) {
        Some(crate::check::validate::Step::Key(k)) if k == "change" => of_change(f.change.as_ref()),
        Some(crate::check::validate::Step::Key(k)) if k == "compare" => {
            of_change(f.compare.as_ref())
        }
        _ => f.unit.as_ref().and_then(|u| u.zh.clone()),
    }
    .unwrap_or_default();
    let held: Vec<f64> = (file.figures.iter().enumerate())
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

/// Why 发布 is refused while a figure of `file` says a number its sentence does not
/// print, in `lang`: the first such figure by its label, the number typed and the one its
/// sentence prints (else the sentence), and how many more there are; empty for none.
pub fn refusal(file: &raw::ReportFile, wrong: &[Wrong], lang: Lang) -> String {
    let mut numbers = wrong
        .iter()
        .filter_map(|w| Some((w, w.number?, file.figures.get(w.figure)?)));
    let Some((first, (field, typed), f)) = numbers.next() else {
        return String::new();
    };
    let label = f.label.as_ref();
    let label = match lang {
        Lang::En => label.and_then(|l| l.en.as_deref().or(l.zh.as_deref())),
        Lang::Zh => label.and_then(|l| l.zh.as_deref()),
    };
    let label = label.or(f.id.as_deref()).unwrap_or_default();
    let instead = printed_instead(file, f, &first.path);
    let sentence = f.source.as_deref().unwrap_or_default();
    let said = words::Said {
        label,
        field,
        typed,
        printed: instead.as_deref(),
        sentence,
    };
    words::publish_refused_not_in_sentence(lang, &said, numbers.count())
}
