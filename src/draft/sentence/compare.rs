//! A second change beside a figure's: a comparison or contribution (增长7.7%，高于全国
//! 1.8个百分点) and the second item of a change-only figure over two (城乡…5.3%、8.1%).

use super::{qualifier, Found, FoundChange, Reader};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::shared::model::ChangeKind;

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
        let Some(names) = label::distribute(&prev.label, 2) else {
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
        let Some(f) = self.out.figures.last_mut() else {
            return false;
        };
        if f.change.is_none() || f.compare.is_some() {
            return false;
        }
        f.compare = Some(FoundChange {
            reference: (!reference.is_empty()).then(|| reference.to_string()),
            ..FoundChange::new(kind, value, &unit.zh)
        });
        f.end = unit.end;
        self.cursor = unit.end;
        true
    }
}
