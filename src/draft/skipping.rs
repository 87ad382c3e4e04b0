//! The numbers the draft makes no figure of, each a skip with its reason: those of the
//! title and the headings, of the lines printed around the text, of a sentence no figure
//! is read from, and of a figure left to the desk.

use super::glossary::Glossary;
use super::{latin, report_period, sentence, text};
use crate::check::printed;
use crate::shared::model::{Skip, SkipReason};
use sentence::Found;

/// The numbers of the lines printed around the report's text (a dateline, a byline, a
/// page's counts), each a skip of reason `page`.
pub(super) fn page_skips(outline: &text::Outline, skips: &mut Vec<Skip>) {
    for line in &outline.left {
        for n in printed::numbers(line) {
            push_skip(skips, n.text, line, SkipReason::Page);
        }
    }
}

/// Why a number of sentence `s` the draft cannot read is left: a web headline's
/// (锚定6%，…) is the heading's, whose text says what it is; any other is `unread`, for
/// the desk.
pub(super) fn unread_in(outline: &text::Outline, s: &text::Sentence) -> SkipReason {
    match outline.headline == Some(s.paragraph) {
        true => SkipReason::Heading,
        false => SkipReason::Unread,
    }
}

/// Leaves the numbers of figure `f` of `sentence` (from byte `start` on) to skips.
pub(super) fn skip_figure(
    skips: &mut Vec<Skip>,
    (f, sentence, start): (&Found, &str, usize),
    reason: SkipReason,
) {
    for n in report_period::numbers_of(f, sentence, start) {
        push_skip(skips, n, sentence, reason);
    }
}

/// Adds the skips the reader of `sentence` made; returns where they stand in `skips`.
pub(super) fn push_skips(
    skips: &mut Vec<Skip>,
    read: Vec<(String, SkipReason)>,
    sentence: &str,
) -> std::ops::Range<usize> {
    let first = skips.len();
    for (number, reason) in read {
        push_skip(skips, number, sentence, reason);
    }
    first..skips.len()
}

/// Skips every number of `s` where it is a sentence no figure is read from, and says
/// so: a bilingual paste's English line (the Chinese gives its figures), a paragraph's own
/// heading (its numbers, if any, are in the text below it).
pub(super) fn no_figures(s: &text::Sentence, skips: &mut Vec<Skip>) -> bool {
    let reason = if latin::prose(&s.text) {
        SkipReason::Translation
    } else if s.lead {
        SkipReason::Heading
    } else {
        return false;
    };
    for n in printed::numbers(&s.text) {
        push_skip(skips, n.text, &s.text, reason);
    }
    true
}

/// Adds a skip; one skip explains every occurrence of its number in its sentence.
pub(super) fn push_skip(skips: &mut Vec<Skip>, number: String, sentence: &str, reason: SkipReason) {
    if !skips
        .iter()
        .any(|k| k.number == number && k.sentence == sentence)
    {
        skips.push(Skip {
            number,
            sentence: sentence.to_string(),
            reason,
        });
    }
}

/// The title and the headings are text too: their numbers are skips, with the years
/// among them (湖滨区2024年生态环境状况公报) counted for the report's year.
pub(super) fn heading_skips(outline: &text::Outline, g: &Glossary, skips: &mut Vec<Skip>) {
    let headings = outline
        .title
        .iter()
        .chain(outline.sections.iter().flatten())
        .chain(&outline.furniture);
    for h in headings {
        let years: Vec<String> = sentence::read(h, g)
            .skips
            .into_iter()
            .filter(|(_, r)| *r == SkipReason::Year)
            .map(|(n, _)| n)
            .collect();
        for n in printed::numbers(h) {
            let reason = if years.contains(&n.text) {
                SkipReason::Year
            } else {
                SkipReason::Heading
            };
            push_skip(skips, n.text, h, reason);
        }
    }
}
