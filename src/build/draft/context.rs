//! What the outline says about each paragraph beyond its sentences: the heading it
//! stands under (its own lead, or the heading paragraph before it), and what its
//! figures are: results of the report's year, results of another period (“十四五”时期,
//! 这五年), or targets (a section or paragraph of goals: 2026年重点工作,
//! 今年主要预期目标是：…).

use super::text::Outline;
use crate::model::Status;
use std::collections::HashMap;

/// The headings a paragraph stands under, by paragraph: the numbered heading it
/// follows ((一)… alone on its line, or opening the paragraph itself), then its own
/// short lead (坚决维护社会大局稳定。), each where there is one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Titles {
    /// The numbered heading a paragraph stands under.
    pub under: HashMap<usize, String>,
    /// A paragraph's own lead sentence.
    pub own: HashMap<usize, String>,
}

/// The headings of every paragraph of `outline`.
pub fn topic_titles(outline: &Outline) -> Titles {
    let mut out = Titles::default();
    let mut under: Option<(usize, String)> = None;
    let mut paragraphs: Vec<(usize, usize)> = outline
        .sentences
        .iter()
        .map(|s| (s.section, s.paragraph))
        .collect();
    paragraphs.dedup();
    for (section, p) in paragraphs {
        if under.as_ref().is_some_and(|(s, _)| *s != section) {
            under = None;
        }
        let first = outline.sentences.iter().find(|s| s.paragraph == p);
        if let Some(first) = first.filter(|f| f.lead) {
            if first.text.starts_with(['（', '(']) {
                under = Some((section, first.text.clone()));
            } else {
                out.own.insert(p, first.text.clone());
            }
        }
        if let Some((_, h)) = &under {
            out.under.insert(p, h.clone());
        }
    }
    out
}

/// What the figures of a paragraph are, by default: their status and the period they
/// are for when it is not the report's year.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    /// Result, target or limit.
    pub status: Status,
    /// As printed: “十四五”时期, 这五年, 2026年.
    pub period: Option<String>,
}
