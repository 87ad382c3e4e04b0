//! The sections of a drafted data file: one per heading of the outline (the whole
//! report, or its lead before the first heading, where there is none), each with an id
//! read from its short name and one topic per paragraph.

use super::bilingual::{both, zh};
use super::glossary::Glossary;
use super::ids::{self, Ids};
use super::{short, text, titles};
use crate::shared::messages as msg;
use crate::shared::model::{Section, Topic};

/// Every section of the outline, with one topic per paragraph, keyed by its index.
pub fn sections(outline: &text::Outline, g: &Glossary) -> Vec<(usize, Section)> {
    let mut ids = Ids::default();
    let titles = titles::topic_titles(outline);
    let none_only = outline.sections.len() == 1;
    outline
        .sections
        .iter()
        .enumerate()
        .map(|(k, heading)| {
            let (id, title, short) = match heading {
                None if none_only => (
                    "report".to_string(),
                    zh(outline
                        .title
                        .clone()
                        .unwrap_or_else(|| msg::draft::DRAFT_WHOLE.0.to_string())),
                    both(msg::draft::DRAFT_WHOLE.0, msg::draft::DRAFT_WHOLE.1),
                ),
                None => (
                    "lead".to_string(),
                    both(msg::draft::DRAFT_LEAD.0, msg::draft::DRAFT_LEAD.1),
                    both(msg::draft::DRAFT_LEAD.0, msg::draft::DRAFT_LEAD.1),
                ),
                Some(h) => {
                    let short = short::short_name(h);
                    // An id of four syllables at most, as the four characters it was once made of.
                    let words = ids::pinyin_words(&short);
                    let base = if words.is_empty() {
                        format!("section-{k}")
                    } else {
                        words.into_iter().take(4).collect::<Vec<_>>().join("-")
                    };
                    let title = match g.term(h) {
                        Some(t) => both(h.clone(), t.en.clone()),
                        None => zh(h.clone()),
                    };
                    (base, title, zh(short))
                }
            };
            let id = ids.unique(&id);
            let paragraphs: Vec<usize> = outline
                .sentences
                .iter()
                .filter(|s| s.section == k)
                .map(|s| s.paragraph)
                .collect();
            let mut topics: Vec<Topic> = Vec::new();
            for p in paragraphs {
                let tid = format!("p{}", p + 1);
                if !topics.iter().any(|t| t.id == tid) {
                    let (zh, en) = msg::draft::draft_paragraph(p + 1);
                    let title = titles.under.get(&p).or_else(|| titles.own.get(&p));
                    topics.push(Topic {
                        id: tid,
                        title: title.map_or_else(|| both(zh, en), |t| self::zh(t.clone())),
                    });
                }
            }
            (
                k,
                Section {
                    id,
                    title,
                    short,
                    lead: None,
                    topics,
                },
            )
        })
        .collect()
}
