//! A work plan's goals (三、2026年重点工作：实施重大产业项目120个，新建5G基站3000个) are
//! targets of the plan year, as the truth lists have them, but not the year's main
//! targets (主要预期目标): a chart of them is titled a plan (安排), never 预期目标.

use super::text::{Outline, Sentence};
use std::collections::HashSet;

/// Words of a heading that names a work plan, not the year's targets; a budget's draft
/// (二、2026年预算草案) arranges sums, which are no targets either.
const PLAN_HEADINGS: [&str; 7] = [
    "重点工作",
    "工作安排",
    "重点任务",
    "主要任务",
    "工作任务",
    "预算草案",
    "预算安排",
];

/// Words of a paragraph that sets the year's targets, wherever it stands
/// (今年经济社会发展的主要预期目标是：…); a paragraph that opens with the year does too.
const TARGET_LISTS: [&str; 5] = ["预期目标", "主要目标", "目标是", "目标为", "主要指标"];

/// True when `sentence` opens by naming the year its goals are for (2026年，…, 今年，…):
/// the year's goals of a short text, which names no list of targets (round 31).
fn opens_with_the_year(sentence: &str) -> bool {
    let digits = sentence.len()
        - sentence
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let rest = match digits {
        4 => &sentence[4..],
        _ => ["今", "明"]
            .iter()
            .find_map(|w| sentence.strip_prefix(w))
            .unwrap_or(""),
    };
    rest.starts_with("年，") || rest.starts_with("年,")
}

/// The paragraphs of a text that set the year's targets.
#[derive(Debug, Default)]
pub struct Plans(HashSet<usize>);

impl Plans {
    /// The paragraphs of `outline` that set the year's targets.
    pub fn of(outline: &Outline) -> Plans {
        Plans(
            outline
                .sentences
                .iter()
                .filter(|s| {
                    TARGET_LISTS.iter().any(|w| s.text.contains(w)) || opens_with_the_year(&s.text)
                })
                .map(|s| s.paragraph)
                .collect(),
        )
    }

    /// True when sentence `s` of `outline` stands in a work plan: under a heading that
    /// names one and no targets, in no paragraph that sets the year's targets.
    pub fn in_plan(&self, outline: &Outline, s: &Sentence) -> bool {
        let heading = outline.sections.get(s.section).and_then(Option::as_deref);
        // 二、2026年主要目标和重点工作 names the targets too: its goals may be either.
        heading.is_some_and(|h| PLAN_HEADINGS.iter().any(|w| h.contains(w)) && !h.contains("目标"))
            && !self.0.contains(&s.paragraph)
    }
}
