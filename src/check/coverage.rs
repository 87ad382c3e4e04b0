//! Coverage: every Arabic number of a report's text is either a figure's (its value, or
//! the number of its change) or a skip's, in the same sentence. What is neither was
//! dropped without a reason, and `check` lists it.

use crate::draft::{numbers, text};
use crate::shared::model::Report;

/// A number of the text that no figure covers and no skip explains.
#[derive(Debug, Clone, PartialEq)]
pub struct Uncovered {
    /// As printed.
    pub number: String,
    /// Its sentence, whitespace removed.
    pub sentence: String,
}

/// The numbers of `text` that `report` leaves uncovered, in text order.
pub fn uncovered(text: &str, report: &Report) -> Vec<Uncovered> {
    let outline = text::outline(text);
    let mut out = Vec::new();
    // The title is text too; it is read as one more sentence.
    let title = outline.title.iter().map(String::as_str);
    let headings = outline.sections.iter().flatten().map(String::as_str);
    let sentences = outline.sentences.iter().map(|s| s.text.as_str());
    for s in title.chain(headings).chain(sentences) {
        for n in numbers::numbers(s) {
            if !covered(report, s, &n) {
                out.push(Uncovered {
                    number: n.text,
                    sentence: s.to_string(),
                });
            }
        }
    }
    out
}

/// Equal as printed numbers: JSON readers may round a long decimal one binary digit
/// differently from Rust's parser, and no report prints twelve significant digits.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

fn covered(report: &Report, sentence: &str, n: &numbers::Number) -> bool {
    // A figure prints its value, its range's upper end, and those of its change and
    // its comparison.
    let by_figure = report.figures.iter().any(|f| {
        let changes = f.change.iter().chain(&f.compare);
        f.source == sentence
            && f.value
                .into_iter()
                .chain(f.to)
                .chain(changes.flat_map(|c| [Some(c.value), c.to]).flatten())
                .any(|v| same(v, n.value))
    });
    by_figure
        || report
            .skips
            .iter()
            .any(|s| s.sentence == sentence && s.number == n.text)
}
