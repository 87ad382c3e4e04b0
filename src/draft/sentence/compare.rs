//! A second change beside a figure's: a comparison or contribution (增长7.7%，高于全国
//! 1.8个百分点) and the second item of a change-only figure over two (城乡…5.3%、8.1%).

use super::{qualifier, Found, FoundChange, Reader};
use crate::draft::numbers::Unit;
use crate::draft::{changes, label};
use crate::shared::model::{ChangeKind, Qualifier, SkipReason};

/// Words that name the growth of the figure before, not a thing of their own: 增长8.4%，
/// 增速高于全市平均水平1.2个百分点.
const RATE_WORDS: [&str; 7] = ["增长速度", "增长率", "增速", "增幅", "涨幅", "降幅", "速度"];

impl Reader<'_> {
    /// 城乡居民人均可支配收入年均增长5.3%、8.1%: a second change right after a change-only
    /// figure whose label names two items (城乡) is the second item's, and the first
    /// item takes the first name. False where that is not what stands here.
    pub(super) fn second_change(&mut self, lead: &str, value: f64, unit: &Unit) -> bool {
        if !matches!(lead, "、" | "和") {
            return false;
        }
        let Some(prev) = self.out.figures.last() else {
            return false;
        };
        let Some(c) = prev.change.as_ref().filter(|_| prev.value.is_none()) else {
            return false;
        };
        let Some(names) = label::items::distribute(&prev.label, 2) else {
            return false;
        };
        if c.unit != unit.zh || names[0] == names[1] {
            return false;
        }
        let change = FoundChange {
            qualifier: qualifier(None, unit),
            ..FoundChange::new(c.kind, value, &unit.zh)
        };
        let second = Found {
            part: prev.part,
            ..Found::change_only(names[1].clone(), change, unit.end)
        };
        if let Some(first) = self.out.figures.last_mut() {
            first.label.clone_from(&names[0]);
        }
        self.push(second);
        true
    }

    /// A comparison or contribution after a figure's change (增长7.7%，高于全国1.8个百分点;
    /// 拉动全部投资增长4.6个百分点): the figure's `compare`. False when the figure before
    /// has no change yet, or a compare already.
    pub(super) fn compare(
        &mut self,
        kind: ChangeKind,
        reference: &str,
        value: f64,
        unit: &Unit,
    ) -> bool {
        let n = self.out.figures.len();
        // 增长10.2%，对规上工业增长的贡献率为35.4%，拉动规上工业增长2.1个百分点: the pull
        // is the growth's, past its contribution's share; a share pulls nothing.
        let contribution = self.out.figures.last().is_some_and(|f| {
            kind == ChangeKind::Pull && f.change.is_none() && f.label.contains("贡献率")
        });
        let at = n.checked_sub(if contribution { 2 } else { 1 });
        let Some(f) = at.and_then(|k| self.out.figures.get_mut(k)) else {
            return false;
        };
        if f.change.is_none() || f.compare.is_some() {
            return false;
        }
        f.compare = Some(FoundChange {
            reference: (!reference.is_empty()).then(|| reference.to_string()),
            ..FoundChange::new(kind, value, &unit.zh)
        });
        // The last figure's end is where the sentence is read to, the pull's number
        // inside its span.
        if let Some(last) = self.out.figures.last_mut() {
            last.end = unit.end;
        }
        self.cursor = unit.end;
        true
    }

    /// A comparison after the words that name what is compared, in one clause
    /// (一产增加值增幅高于全国0.7个百分点): a figure of that change alone, whatever figure
    /// stands before it, since the clause names its own. False where the clause is not
    /// of that shape.
    pub(super) fn compared_inside(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
        q: Option<Qualifier>,
    ) -> bool {
        if unit.zh != "个百分点" {
            return false;
        }
        let Some((kind, reference, len)) = changes::comparison_inside(label::clause_tail(lead))
        else {
            return false;
        };
        let label = label::label(&lead[..lead.len() - len], "", true);
        if label.is_empty() {
            return false;
        }
        let n = self.nums[i].clone();
        let change = FoundChange {
            reference: (!reference.is_empty()).then_some(reference),
            qualifier: qualifier(q, unit),
            ..FoundChange::new(kind, n.value, &unit.zh)
        };
        self.push(Found {
            part: self.part(n.start),
            ..Found::change_only(label, change, unit.end)
        });
        true
    }

    /// A change in points that speaks of the growth of the figure before (增长8.4%，增速
    /// 高于全市平均水平1.2个百分点; 增长6.9%，比1—10月提高0.3个百分点): a comparison is that
    /// figure's `compare`, with its reference. Where it cannot be attached with certainty
    /// (no change before, a compare already, a change of the rate itself since another
    /// period) the number is left to the desk, never a figure without a subject. The
    /// next number to read, or None where the clause is of no such shape.
    pub(super) fn of_the_rate_before(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
    ) -> Option<usize> {
        if unit.zh != "个百分点" {
            return None;
        }
        let tail = label::clause_tail(lead);
        let rest = RATE_WORDS.iter().find_map(|w| tail.strip_prefix(w));
        let since = |s: &str| s.starts_with('比') || s.starts_with('较');
        let prev = self.out.figures.last();
        // The change of a rate is read only where the rate stands before with its own.
        let had_change = prev.is_some_and(|f| f.change.is_some());
        match rest {
            Some(r) => {
                if let Some((kind, reference, _)) = changes::comparison(r) {
                    if self.compare(kind, &reference, self.nums[i].value, unit) {
                        return Some(i + 1);
                    }
                }
                (changes::comparison(r).is_some() || since(r))
                    .then(|| self.skip(i, SkipReason::Unread))
            }
            None if since(tail) && had_change && changes::word_before(tail).is_some() => {
                Some(self.skip(i, SkipReason::Unread))
            }
            None => None,
        }
    }
}
