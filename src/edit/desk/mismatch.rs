//! A figure whose value or change its sentence does not print says what the text does
//! not: the desk typed 2186.4 for the 1286.4 its sentence prints (tester s-test24 F7).
//! `check` refuses it ([`unprinted`], whose reading this is), and the editor refuses 发布
//! while it stands, naming the figure, the number typed and the one its sentence prints,
//! and offers no title written from it (F6). The data contract (`data/README.md`) has no
//! way to mark a sentence as the report's own error, so the one honest fix is the
//! sentence's number.

use crate::check::raw;
use crate::check::validate::{unprinted, JsonPath};
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

/// Every number of the figures of `file` that its sentence does not print, as `check`
/// reads them ([`unprinted::numbers_not_printed`]: one reading, so that what `check`
/// refuses is what the editor refuses), and each figure whose sentence is not among the
/// text's lines in `order` (when there are any).
pub fn wrong(order: &[String], file: &raw::ReportFile) -> Vec<Wrong> {
    let mut out = Vec::new();
    for (k, f) in file.figures.iter().enumerate() {
        let Some(source) = f.source.as_deref() else {
            continue;
        };
        if !order.is_empty() && !order.iter().any(|l| l == source) {
            out.push(Wrong {
                figure: k,
                path: JsonPath::item("figures", k).key("source"),
                number: None,
            });
            continue;
        }
        out.extend(
            (unprinted::numbers_not_printed(k, f).into_iter()).map(|u| Wrong {
                figure: k,
                path: u.path,
                number: Some((u.field, u.value)),
            }),
        );
    }
    out
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
    let instead = unprinted::printed_instead(&file.figures, f, &first.path);
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
