//! The terms of a structure ratio (三次产业结构为3.3:41.9:54.8): one share figure a term,
//! labelled from the words before it, where the terms add up to 100 give or take
//! rounding; else every term is left as a skip.

use super::lists::list_labels;
use super::{Found, FoundChange, Reader, RATIO};
use crate::draft::changes;
use crate::draft::label;
use crate::shared::model::{ChangeKind, FigureKind, SkipReason};

/// How far the terms of a structure in % may miss 100 through rounding.
const ROUNDING: f64 = 1.0;

impl Reader<'_> {
    /// True when `terms` are a time of day after a date (1月9日08:30, 上午9:30): hours and
    /// two digits of minutes, never a ratio.
    fn clock(&self, terms: &[usize]) -> bool {
        let [h, m] = terms else {
            return false;
        };
        let (h, m) = (&self.nums[*h], &self.nums[*m]);
        let whole = |t: &str, n: usize| t.len() <= n && t.bytes().all(|b| b.is_ascii_digit());
        let dated = self.s[..h.start].ends_with(['日', '午', '晚', '早']);
        dated
            && whole(&h.text, 2)
            && m.text.len() == 2
            && whole(&m.text, 2)
            && h.value < 24.0
            && m.value < 60.0
    }

    /// The last number of the ratio whose first term is number `i`.
    fn ratio_end(&self, i: usize) -> usize {
        let mut last = i;
        while let Some(next) = self.nums.get(last + 1) {
            let gap = &self.s[self.nums[last].end..next.start];
            if gap.chars().count() == 1 && gap.starts_with(RATIO) {
                last += 1;
            } else {
                break;
            }
        }
        last
    }

    /// True when numbers `first..=last` are the terms of a structure of 100.
    fn of_100(&self, first: usize, last: usize) -> bool {
        let sum: f64 = (first..=last).map(|k| self.nums[k].value).sum();
        last > first && (sum - 100.0).abs() <= ROUNDING
    }

    /// The ratio that follows the one ending at number `last` after a bridge (由上年的
    /// 13.9︰39.0︰47.1调整为13.5︰39.2︰47.3): the first number of the new one and its
    /// last, where it has as many terms and is a structure of 100 too.
    fn new_ratio(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        let bridge = changes::fall_to(&self.s[self.nums[last].end..])?;
        let next = self.nums.get(last + 1)?;
        if next.start != self.nums[last].end + bridge {
            return None;
        }
        let end = self.ratio_end(last + 1);
        (end - (last + 1) == last - first && self.of_100(last + 1, end)).then_some((last + 1, end))
    }

    /// Reads the structure ratio that starts at number `i`. An old structure with its new
    /// one after a bridge (由上年的13.9︰39.0︰47.1调整为13.5︰39.2︰47.3) is one structure,
    /// the new one's, each term with its old value as a change `from`: the old one is
    /// the year before's, never drawn as the report year's.
    pub(super) fn ratio(&mut self, i: usize) -> usize {
        let last = self.ratio_end(i);
        if let Some((first, end)) = self
            .of_100(i, last)
            .then(|| self.new_ratio(i, last))
            .flatten()
        {
            return self.terms(first, end, Some(i));
        }
        let terms: Vec<usize> = (i..=last).collect();
        let sum: f64 = terms.iter().map(|&k| self.nums[k].value).sum();
        if terms.len() < 2 || (sum - 100.0).abs() > ROUNDING {
            let why = if self.clock(&terms) {
                SkipReason::Date
            } else {
                SkipReason::Ratio
            };
            for &k in &terms {
                self.out.skips.push((self.nums[k].text.clone(), why));
            }
            return last + 1;
        }
        self.terms(i, last, None)
    }

    /// One share figure a term of the structure `i..=last`, labelled from the words
    /// before it (before 由/从 and the old structure's time where `olds`, the old
    /// structure's first number, is given); the next number to read.
    fn terms(&mut self, i: usize, last: usize, olds: Option<usize>) -> usize {
        let lead = &self.s[self.cursor..self.nums[olds.unwrap_or(i)].start];
        let lead = match olds {
            Some(_) => lead.rfind(['由', '从']).map_or(lead, |at| &lead[..at]),
            None => lead,
        };
        let terms: Vec<usize> = (i..=last).collect();
        let text = list_labels(lead);
        let text = ["调整为", "结构", "比例", "之比", "比"]
            .iter()
            .fold(text, |t, w| t.strip_suffix(w).unwrap_or(t));
        let n = terms.len();
        let labels: Vec<String> = if text.contains("三次产业") && n == 3 {
            ["第一产业", "第二产业", "第三产业"]
                .map(String::from)
                .to_vec()
        } else {
            label::items::distribute(text, n)
                .unwrap_or_else(|| (1..=n).map(|k| format!("{text}（{k}）")).collect())
        };
        let group = self.groups;
        self.groups += 1;
        for (&k, label) in terms.iter().zip(labels) {
            let num = &self.nums[k];
            let (start, end, value) = (num.start, num.end, num.value);
            let change = olds.map(|o| {
                let old = self.nums[o + (k - i)].value;
                FoundChange::new(ChangeKind::From, old, "%")
            });
            self.push(Found {
                part: self.part(start),
                ratio: Some(group),
                change,
                ..Found::new(label, Some(value), "%", FigureKind::Share, end)
            });
        }
        last + 1
    }
}
