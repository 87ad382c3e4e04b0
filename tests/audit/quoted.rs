//! The story page's article, audited as what it is: the report's own text quoted, with
//! its figures' numbers marked. Two things are checked, explicitly, instead of tracing
//! each number of the text (its units are the text's, not a figure's):
//!
//! - every paragraph (`<p class="text">`), marks included, is the report's sentences
//!   quoted whole and in order, as the page displays them (full-width punctuation), and
//!   every row of a table (`<div class="text-table">`) is a row of the report's text;
//! - every marked number (`class="fig"`) is a number that its `data-figure` prints in
//!   that figure's own sentence: its value, range end, change or comparison.

use crate::trace::Finding;
use report_charts::draft::text;
use report_charts::publish::punctuation::full_width;
use report_charts::shared::model::Report;

/// The sentences of the report's text as the page displays them, each with its mark
/// and the quotation marks that close it.
pub fn quotes(text_file: &str) -> Vec<String> {
    let flat = report_charts::draft::table::flat(text_file);
    let mut cursor = 0;
    let mut out = Vec::new();
    for s in text::outline(text_file).sentences {
        let mut quoted = s.text.clone();
        if let Some(i) = flat[cursor..].find(&s.text) {
            cursor += i + s.text.len();
            if let Some(c) = flat[cursor..]
                .chars()
                .next()
                .filter(|c| "。；;！？!?".contains(*c))
            {
                // The quotation marks after its end close it (…稳妥。”), as printed.
                quoted.push(c);
                quoted.push_str(&s.closes);
            }
        }
        out.push(full_width(&quoted));
    }
    out
}

/// The state of the audit inside one paragraph of the article.
#[derive(Default)]
pub struct Paragraph {
    /// What it prints, marks included.
    pub plain: String,
    /// The figure of the mark being read, if any.
    pub mark: Option<String>,
}

fn found(out: &mut Vec<Finding>, place: &str, printed: &str, problem: &str) {
    out.push(Finding {
        place: place.to_string(),
        printed: printed.to_string(),
        problem: problem.to_string(),
    });
}

/// Checks a mark's number: figure `id` prints it.
pub fn mark(r: &Report, id: &str, number: &str, place: &str, out: &mut Vec<Finding>) {
    let Some(f) = r.figures.iter().find(|f| f.id == id) else {
        return found(out, place, number, "a marked number of no figure");
    };
    let Ok(v) = number.parse::<f64>() else {
        return found(out, place, number, "a mark that is no number");
    };
    let changes = f.change.iter().chain(&f.compare);
    let printed = f
        .value
        .into_iter()
        .chain(f.to)
        .chain(changes.flat_map(|c| [Some(c.value), c.to]).flatten());
    if !printed
        .into_iter()
        .any(|p| (p - v).abs() <= 1e-9 * v.abs().max(1.0))
    {
        found(
            out,
            place,
            number,
            &format!("a mark that figure {id} does not print"),
        );
    }
}

/// Checks a whole paragraph: the report's sentences, quoted whole and in order.
pub fn paragraph(p: &str, quotes: &[String], place: &str, out: &mut Vec<Finding>) {
    let mut rest = p;
    let mut from = 0;
    while !rest.is_empty() {
        let next = quotes[from.min(quotes.len())..]
            .iter()
            .position(|q| !q.is_empty() && rest.starts_with(q.as_str()));
        let Some(k) = next else {
            let head: String = rest.chars().take(40).collect();
            return found(
                out,
                place,
                &head,
                "article text that is no sentence of the report",
            );
        };
        rest = &rest[quotes[from + k].len()..];
        from += k + 1;
    }
}

/// Checks a row of a table of the article, its cells parted by one space: a row of the
/// report's text, as printed.
pub fn row(row: &str, quotes: &[String], place: &str, out: &mut Vec<Finding>) {
    if !quotes.iter().any(|q| *q == full_width(row)) {
        found(
            out,
            place,
            row,
            "a table row that is no row of the report's text",
        );
    }
}
