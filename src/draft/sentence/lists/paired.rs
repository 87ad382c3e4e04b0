//! The changes of a list paired with figures: the change each item states, the figures
//! before a list of changes that take them (分别为A和B，分别增长x%和y%), and the changes
//! printed after a list's values (分别达6.9万元、3.4万元，增长4.2%、5.3%).

use super::super::{added, qualifier, Found, FoundChange, Reader};
use super::Item;
use crate::draft::numbers;
use crate::draft::{asides, changes};

impl Reader<'_> {
    /// The change each list item states, if every item's words give one: `first_words`
    /// stand in for an item without a word of its own.
    pub(super) fn list_changes(
        &self,
        items: &[Item],
        first_words: &str,
    ) -> Vec<Option<FoundChange>> {
        items
            .iter()
            .map(|it| {
                let words = if numbers::qualifier_before(&it.words).is_none()
                    && changes::word_before(&it.words).is_none()
                {
                    first_words
                } else {
                    &it.words
                };
                // 分别快于全国3.4个、1个百分点: comparisons, each with the reference.
                if it.unit.zh == "个百分点" {
                    if let Some((kind, reference, _)) = changes::comparison(words) {
                        return Some(FoundChange {
                            reference: (!reference.is_empty()).then_some(reference),
                            ..FoundChange::new(kind, self.nums[it.i].value, &it.unit.zh)
                        });
                    }
                }
                // 分别年均增长, 分别比“十三五”时期下降: words of when may stand between.
                let (d, _) = changes::list_word(words)?;
                // 分别提高25元、50元: an increase in the items' own unit, as 提高183元 is;
                // what follows the list decides for every item.
                let after = items.last().map_or("", |l| &self.s[l.unit.end..]);
                let kind = changes::kind(d, &it.unit.zh, "")
                    .or_else(|| added::in_list(d, &it.unit.zh, after))?;
                // 分别增长7%左右和8%左右: each change keeps what is printed after it.
                Some(FoundChange {
                    qualifier: qualifier(None, &it.unit),
                    ..FoundChange::new(kind, self.nums[it.i].value, &it.unit.zh)
                })
            })
            .collect()
    }

    /// The figures a list of `n` changes goes onto: the list before, or else the `n`
    /// figures right before, when each is free to take its change.
    pub(super) fn previous_for(
        &self,
        n: usize,
        changes: &[Option<FoundChange>],
    ) -> Option<Vec<usize>> {
        // The list before, or else the figures right before (87件，1360万元，分别…).
        let figures = &self.out.figures;
        let last_list = figures.last().and_then(|l| l.list);
        let mut previous: Vec<usize> = (0..figures.len())
            .filter(|&k| last_list.is_some() && figures[k].list == last_list)
            .collect();
        if previous.len() != n && figures.len() >= n {
            previous = (figures.len() - n..figures.len())
                .filter(|&k| figures[k].value.is_some())
                .collect();
        }
        // 增长5%、6%，分别高于全国1个、2个百分点: comparisons beside their changes.
        let compares = changes.iter().flatten().all(|c| c.kind.compares());
        let free = |f: &Found| match compares {
            true => f.change.is_some() && f.compare.is_none(),
            false => f.change.is_none(),
        };
        let all = previous.iter().zip(changes);
        (previous.len() == n
            && all
                .clone()
                .all(|(&k, c)| free(&self.out.figures[k]) && added::fits(&self.out.figures[k], c)))
        .then_some(previous)
    }
}

/// The changes printed after a list's values, split off `items` ([`values_then_changes`]);
/// empty where there are none. Otherwise a change after its base (，比上年增长6.2%) is no
/// item: it is cut off the list and read after it, as one alone after a list is.
pub(super) fn changes_after_values(items: &mut Vec<Item>) -> Vec<Item> {
    if let Some(m) = values_then_changes(items) {
        return items.split_off(m);
    }
    let based = |it: &Item| based_word(it.words.trim_start_matches(LIST_MARKS));
    if let Some(k) = (1..items.len()).find(|&k| based(&items[k])) {
        items.truncate(k);
    }
    Vec::new()
}

/// Where a list's values end and as many changes begin (分别达6.9万元、3.4万元，增长4.2%、
/// 5.3%): the index of the first change, when the items split so.
fn values_then_changes(items: &[Item]) -> Option<usize> {
    let is_change = |it: &Item| {
        let w = it.words.trim_start_matches(LIST_MARKS);
        changes::word_before(w).is_some_and(|(_, l)| l == w.len()) || based_word(w)
    };
    let m = (1..items.len()).find(|&k| is_change(&items[k]))?;
    (items.len() == 2 * m && !items[..m].iter().any(is_change)).then_some(m)
}

/// True when `words` are only a base in time and a change word: 比上年增长, 较上年下降
/// (分别为774亿元、536亿元，比上年增长29.2%、39.4%: the values' changes).
pub(super) fn based_word(words: &str) -> bool {
    let base = asides::time_base_len(words);
    let rest = &words[base..];
    base > 0 && changes::word_before(rest).is_some_and(|(_, l)| l == rest.len())
}

/// Punctuation between the items of a list.
const LIST_MARKS: &[char] = &['、', '，', ','];

impl Reader<'_> {
    /// Gives the figures just read, in order, the changes of `tail`; the first change's
    /// word holds for those printed without one. Returns the next number to read.
    pub(super) fn pair_changes(&mut self, tail: &[Item]) -> usize {
        let first = tail[0].words.trim_start_matches(LIST_MARKS).to_string();
        let base = self.out.figures.len() - tail.len();
        for (k, it) in tail.iter().enumerate() {
            let own = it.words.trim_start_matches(LIST_MARKS);
            let words = if changes::word_before(own).is_some() {
                own
            } else {
                &first
            };
            let change = changes::word_before(words)
                .and_then(|(d, _)| changes::kind(d, &it.unit.zh, ""))
                .map(|kind| FoundChange {
                    qualifier: qualifier(None, &it.unit),
                    ..FoundChange::new(kind, self.nums[it.i].value, &it.unit.zh)
                });
            if let Some(f) = self.out.figures.get_mut(base + k) {
                f.change = change;
                f.end = it.unit.end;
            }
        }
        let last = &tail[tail.len() - 1];
        self.cursor = last.unit.end;
        last.i + 1
    }
}
