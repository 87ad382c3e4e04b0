//! A narrower place's run of clauses: 临河区实现地区生产总值866.2亿元，增长7.2%，高于全市
//! 平均水平1.4个百分点，拉动全市经济增长1.3个百分点 — every number after the district's
//! figure is the district's, up to the next place named or the sentence's end.

use super::{Places, Scope};
use crate::draft::glossary::Glossary;
use crate::draft::sentence::Found;
use crate::shared::model::{Skip, SkipReason};

impl Scope {
    /// [`Scope::other`], or on the run of the figure before it where that was another
    /// subject's ([`Scope::runs_on`]): remembered for the figures and skips after it.
    pub fn other_in_run(&mut self, f: &Found, g: &Glossary) -> bool {
        let other = self.other(f, g) || self.run_before(f.value_end());
        self.ends.push((f.end(), other));
        other
    }

    /// Gives each number left for the desk in `skips` (this sentence's) that stands on
    /// the run of another subject's figure the reason `other-subject`: a pull the figure
    /// could not hold (…，拉动全市经济增长1.3个百分点) is the district's as much.
    pub fn settle_skips(&self, skips: &mut [Skip]) {
        for k in skips.iter_mut().filter(|k| k.reason == SkipReason::Unread) {
            let at = (self.text.match_indices(k.number.as_str()))
                .map(|(i, n)| i + n.len())
                .find(|&e| !self.text[e..].starts_with(|c: char| c.is_ascii_digit() || c == '.'));
            if at.is_some_and(|e| self.run_before(e)) {
                k.reason = SkipReason::OtherSubject;
            }
        }
    }

    /// True when the last figure that ends before byte `end` was another subject's and
    /// the number at `end` goes on its run.
    fn run_before(&self, end: usize) -> bool {
        (self.ends.iter().rfind(|(e, _)| *e <= end))
            .is_some_and(|&(e, other)| other && self.runs_on(e, end))
    }

    /// True when a number that ends at byte `end` goes on the run of another subject's
    /// figure that ended at byte `from` (临河区…866.2亿元，增长7.2%，…，拉动全市经济增长
    /// 1.3个百分点): no place is named between them, or the last one named is another's.
    pub fn runs_on(&self, from: usize, end: usize) -> bool {
        let head = self.text.get(..end).unwrap_or(&self.text);
        let by = Places {
            clause: false,
            subject: true,
        };
        let speech = self.speech.iter().any(|&(a, b)| a < end && from < b);
        (self.whose.marks(head, speech, by).into_iter())
            .rfind(|(i, _)| *i >= from)
            .is_none_or(|(_, other)| other)
    }
}
