//! Which sections and topics of the outline a draft keeps: every section with a heading
//! and every paragraph with figures or a heading of its own, titled by the heading it
//! stands under (once) or its own lead.

use super::bilingual;
use super::bilingual::both;
use super::{text, titles, Drafted};
use crate::shared::messages as msg;
use crate::shared::model::Section;

/// The sections of `sections` (by their outline index) that the draft keeps.
pub(super) fn kept(
    sections: Vec<(usize, Section)>,
    outline: &text::Outline,
    drafted: &[Drafted],
) -> Vec<Section> {
    let titles = titles::topic_titles(outline);
    sections
        .into_iter()
        .filter_map(|(k, mut sec)| {
            let topics: Vec<&str> = drafted
                .iter()
                .filter(|d| d.figure.section == sec.id)
                .map(|d| d.figure.topic.as_str())
                .collect();
            // A paragraph with figures is a topic, and so is one that opens with a
            // heading: the outline keeps every heading of the text for the desk.
            let headed: Vec<String> = outline
                .sentences
                .iter()
                .filter(|s| s.section == k && s.lead)
                .map(|s| format!("p{}", s.paragraph + 1))
                .collect();
            sec.topics
                .retain(|t| topics.contains(&t.id.as_str()) || headed.contains(&t.id));
            // A heading over several paragraphs titles the first of them; the others
            // keep their own lead, if any.
            let mut last = String::new();
            for t in sec.topics.iter_mut() {
                if t.title.zh == last {
                    let p: usize = t.id[1..].parse().unwrap_or(1);
                    let (zh, en) = msg::draft::draft_paragraph(p);
                    t.title = titles
                        .own
                        .get(&(p - 1))
                        .map_or_else(|| both(zh, en), |o| bilingual::zh(o.clone()));
                } else {
                    last = t.title.zh.clone();
                }
            }
            let heading = outline.sections.get(k).is_some_and(Option::is_some);
            (heading || !sec.topics.is_empty()).then_some(sec)
        })
        .collect()
}
