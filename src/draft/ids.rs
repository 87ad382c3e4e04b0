//! Ids: ASCII kebab-case, from the glossary of standard terms (地区生产总值 → gdp), else
//! from the label's pinyin (数字经济营业收入 → shu-zi-jing-ji-ying-ye), made unique.

use super::glossary::Glossary;
use pinyin::ToPinyin;
use std::collections::HashSet;

/// The most syllables (or ASCII words) an id takes from its label.
const WORDS: usize = 6;

/// The words of `text` as an id: each Chinese character's pinyin, each ASCII run.
pub fn pinyin_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut ascii = String::new();
    for (c, p) in text.chars().zip(text.to_pinyin()) {
        if c.is_ascii_alphanumeric() {
            ascii.push(c.to_ascii_lowercase());
            continue;
        }
        if !ascii.is_empty() {
            words.push(std::mem::take(&mut ascii));
        }
        if let Some(p) = p {
            let w: String = p
                .plain()
                .chars()
                .map(|c| if c == 'ü' { 'v' } else { c })
                .filter(char::is_ascii_lowercase)
                .collect();
            if !w.is_empty() {
                words.push(w);
            }
        }
    }
    if !ascii.is_empty() {
        words.push(ascii);
    }
    words
}

/// The id of a label: the glossary's, or its pinyin; `fallback` when it has neither.
pub fn base_id(label: &str, glossary: &Glossary, fallback: &str) -> String {
    if let Some(t) = glossary.term(label) {
        return t.id.clone();
    }
    let words = pinyin_words(label);
    if words.is_empty() {
        fallback.to_string()
    } else {
        words.into_iter().take(WORDS).collect::<Vec<_>>().join("-")
    }
}

/// Hands out ids, each once: a second gdp is gdp-2.
#[derive(Debug, Default)]
pub struct Ids(HashSet<String>);

impl Ids {
    /// Ids with `taken` handed out already: a chart's id is never a figure's (the lead
    /// chart of gdp, gdp-2 and gdp-3 is no gdp-3).
    pub fn taken(taken: impl IntoIterator<Item = String>) -> Ids {
        Ids(taken.into_iter().collect())
    }

    /// `base`, or `base-2`, `base-3` … when it is taken.
    pub fn unique(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        let mut n = 2;
        while self.0.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.0.insert(id.clone());
        id
    }
}
