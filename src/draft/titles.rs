//! The headings each paragraph of the outline stands under: the numbered heading it
//! follows, and its own short lead. The sections and topics of the draft are named by them.

use super::text::Outline;
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
