//! The terms of a structure ratio (三次产业结构为3.3:41.9:54.8): one share figure a term,
//! labelled from the words before it, where the terms add up to 100 give or take
//! rounding; else every term is left as a skip.

use super::lists::list_labels;
use super::{Found, Reader, RATIO};
use crate::draft::label;
use crate::shared::model::{FigureKind, SkipReason};

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

    /// Reads the structure ratio that starts at number `i`.
    pub(super) fn ratio(&mut self, i: usize) -> usize {
        let mut last = i;
        while let Some(next) = self.nums.get(last + 1) {
            let gap = &self.s[self.nums[last].end..next.start];
            if gap.chars().count() == 1 && gap.starts_with(RATIO) {
                last += 1;
            } else {
                break;
            }
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
        let lead = &self.s[self.cursor..self.nums[i].start];
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
            self.push(Found {
                part: self.part(start),
                ratio: Some(group),
                ..Found::new(label, Some(value), "%", FigureKind::Share, end)
            });
        }
        last + 1
    }
}
