//! Coverage: every Arabic number of a report's text is either a figure's (see
//! [`claims`]) or a skip's, in the same sentence. What is neither was dropped without a
//! reason, and `check` lists it. The editor's marks ask [`claims`] too, so that a number
//! `check` counts as a figure's is never one the editor calls undecided.

use crate::check::raw;
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
    // As the data file has them: the one form [`claims`] reads, the editor's too.
    let figures: Vec<raw::Figure> = report.figures.iter().map(raw::Figure::from).collect();
    let outline = text::outline(text);
    let mut out = Vec::new();
    // The title is text too; it is read as one more sentence.
    let title = outline.title.iter().map(String::as_str);
    let headings = outline.sections.iter().flatten().map(String::as_str);
    let sentences = outline.sentences.iter().map(|s| s.text.as_str());
    for s in title.chain(headings).chain(sentences) {
        for n in numbers::numbers(s) {
            if !covered(&figures, report, s, &n) {
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

/// The numbers figure `f` prints in its sentence with their sign: its value, and its
/// change's and comparison's (增长-3.5% is a growth of −3.5; a word gives any other
/// direction, 下降3.5%, and the number is printed unsigned).
fn signed_numbers(f: &raw::Figure) -> impl Iterator<Item = f64> + '_ {
    let changes = f.change.iter().chain(&f.compare);
    f.value.into_iter().chain(changes.filter_map(|c| c.value))
}

/// The numbers figure `f` prints as magnitudes: its range's upper end (`to`; a dash
/// before it is no minus sign) and its change's and comparison's (a `from` change's value
/// is the value it came from, a range's `to` its upper end).
fn magnitudes(f: &raw::Figure) -> impl Iterator<Item = f64> + '_ {
    let changes = f.change.iter().chain(&f.compare);
    f.to.into_iter().chain(changes.filter_map(|c| c.to))
}

/// Whether figure `f`, of number `n`'s `sentence`, holds `n`: its value or change with
/// the sign the sentence prints (−1.2 holds the 1.2 of 同比增速为-1.2%, 1.2 does not; a
/// growth of −3.5 the 3.5 of 增长-3.5%), or one of its magnitudes. The one rule of
/// `check`'s coverage, the editor's marks and its proposals.
pub fn claims(f: &raw::Figure, sentence: &str, n: &numbers::Number) -> bool {
    signed_numbers(f).any(|v| same(v, numbers::signed(sentence, n)))
        || magnitudes(f).any(|v| same(v, n.value))
}

fn covered(figures: &[raw::Figure], report: &Report, sentence: &str, n: &numbers::Number) -> bool {
    let by_figure =
        (figures.iter()).any(|f| f.source.as_deref() == Some(sentence) && claims(f, sentence, n));
    by_figure
        || report
            .skips
            .iter()
            .any(|s| s.sentence == sentence && s.number == n.text)
}
