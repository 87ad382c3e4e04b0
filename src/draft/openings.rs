//! The year a text plans for when no heading names it: a pasted summary without
//! headings reviews one year in a paragraph that opens with it (2025年，全区…) and sets
//! the next year's goals in one that opens with that (2026年，全区…预期增长6%左右).

use super::text::Outline;
use super::years::years;

/// Words by which a paragraph says it sets goals, not results.
const GOALS: [&str; 7] = ["力争", "确保", "预期", "目标", "计划", "争取", "将"];

/// The year a paragraph's first sentence opens with (2026年，…), if it does.
fn opening_year(first: &str) -> Option<i64> {
    let (digits, _) = crate::shared::words::leading_year(first)?;
    let year: i64 = digits.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

/// The plan year of a text by its paragraphs' openings: the latest year a paragraph
/// opens with, where a paragraph (or the title) names the year before it and the later one
/// says it sets goals (力争, 预期, 目标, 计划, 将 …); 0 otherwise, as when two years of
/// results are reviewed.
pub fn plan_year(outline: &Outline) -> i64 {
    // Sentences come in paragraph order: a paragraph's first is where the index changes.
    let mut firsts: Vec<(usize, i64)> = Vec::new();
    let mut previous = None;
    for s in &outline.sentences {
        if previous != Some(s.paragraph) {
            if let Some(y) = opening_year(&s.text) {
                firsts.push((s.paragraph, y));
            }
        }
        previous = Some(s.paragraph);
    }
    let Some(&(paragraph, latest)) = firsts.iter().max_by_key(|(_, y)| *y) else {
        return 0;
    };
    // The year before may be named by the title alone (东岭区2025年经济运行情况).
    let titled = outline
        .title
        .as_deref()
        .is_some_and(|t| years(t).contains(&(latest - 1)));
    let before = titled || firsts.iter().any(|(_, y)| *y == latest - 1);
    let goals = outline
        .sentences
        .iter()
        .filter(|s| s.paragraph == paragraph)
        .any(|s| GOALS.iter().any(|w| s.text.contains(w)));
    if before && goals {
        latest
    } else {
        0
    }
}
