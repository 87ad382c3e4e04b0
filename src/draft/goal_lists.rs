//! How far a list of goals reaches: from its opening words, wherever they stand in their
//! paragraph (…。根据报告，2026年…主要预期目标是：…; …。今年全市要…), over its items to
//! the list's end. Its items are the clauses after each ； (which the outline cuts into
//! sentences of their own) and the sentences a list's ordinal opens (二是…, ②…): every
//! one of them is a goal of the list's year, as in a paragraph of goals, never a result
//! beside the year's results because a sentence or a quote came first.

use super::context::Context;
use super::reach;
use super::text::{Outline, Sentence};
use crate::shared::model::Status;

/// The ordinals by which a list's items open (一是, ②): after a sentence that opens a
/// list of goals (…重点抓好五方面工作。一是…), or after its first item, each is an item
/// of it, a full stop before it or not.
fn item(text: &str) -> bool {
    let ordinal = "一二三四五六七八九十"
        .chars()
        .any(|c| text.strip_prefix(c).is_some_and(|r| r.starts_with('是')));
    ordinal || text.starts_with(|c: char| ('①'..='⑳').contains(&c))
}

/// True when sentence `s` goes on with the list of the sentence before it: a clause
/// after a ；, or an item of a numbered list.
fn goes_on(s: &Sentence) -> bool {
    s.clause || item(&s.text)
}

/// Where sentence `text` opens a list of goals: Some with the year its opening words
/// name (2026年), if they name one. Goal words before a colon (主要预期目标是：, 今年目
/// 标：) or a goal cue opening it (报告提出，今年…; 今年全市要…; 2026年…力争…) open one;
/// words that say a goal was met (全面完成主要预期目标：) do not.
pub fn opens(text: &str) -> Option<Option<String>> {
    let open = reach::opening(text);
    if let Some(year) = reach::announced(open) {
        return Some(year);
    }
    reach::goal_led(text, "").map(|year| year.map(|y| format!("{y}年")))
}

/// The goal list the sentences read so far stand in: its paragraph and what its items
/// are.
#[derive(Debug, Default)]
pub struct GoalLists(Option<(usize, Context)>);

impl GoalLists {
    /// What the figures of sentence `s` are, given `paragraph`, what its paragraph says:
    /// a target of the list's year where `s` is an item of a list of goals that a
    /// sentence of a paragraph of results opened; else `paragraph`. Call once a
    /// sentence, in order.
    pub fn next(&mut self, s: &Sentence, paragraph: Context) -> Context {
        if let Some((p, list)) = &self.0 {
            if *p == s.paragraph && goes_on(s) {
                return list.clone();
            }
        }
        self.0 = (paragraph.status == Status::Result)
            .then(|| opens(&s.text))
            .flatten()
            .map(|year| {
                let list = Context {
                    status: Status::Target,
                    period: year,
                };
                (s.paragraph, list)
            });
        paragraph
    }
}

/// The sentence that opens the list of goals whose item is the sentence `source` of
/// `paragraph`, if it is one: the first of its paragraph's sentences before it that opens
/// a list ([`opens`]) with every sentence between going on with it.
pub fn head<'a>(outline: &'a Outline, paragraph: usize, source: &str) -> Option<&'a str> {
    let at = outline
        .sentences
        .iter()
        .position(|s| s.paragraph == paragraph && s.text == source)?;
    let before = outline.sentences[..=at].iter().rev();
    let mut items = before.take_while(|s| s.paragraph == paragraph);
    let mut s = items.next()?;
    while goes_on(s) {
        s = items.next()?;
        if opens(&s.text).is_some() {
            return Some(s.text.as_str());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lists_items_open_with_its_ordinals() {
        let cases = [
            ("一是扩大有效投资", true),
            ("二是培育新质生产力", true),
            ("十是办好民生实事", true),
            ("③城镇调查失业率5.5%以内", true),
            ("二手车交易量增长8%", false),
            ("十年来全市增长8%", false),
        ];
        for (text, want) in cases {
            assert_eq!(item(text), want, "{text}");
        }
    }

    #[test]
    fn goal_words_before_a_colon_or_a_goal_cue_open_a_list_and_a_goal_met_does_not() {
        let cases = [
            (
                "2026年经济社会发展主要预期目标是：地区生产总值增长5.5%—6%",
                Some(Some("2026年".to_string())),
            ),
            ("今年主要预期目标：①地区生产总值增长5.5%左右", Some(None)),
            (
                "报告提出今年重点抓好三方面工作：一是扩大投资，全年实施重点项目200个",
                Some(None),
            ),
            ("今年，我们要跑出7%的增速，新开工项目300个", Some(None)),
            ("全面完成主要预期目标：地区生产总值增长5.8%", None),
            ("2025年全市地区生产总值增长5.8%", None),
        ];
        for (text, want) in cases {
            assert_eq!(opens(text), want, "{text}");
        }
    }
}
