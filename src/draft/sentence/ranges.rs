//! Ranges as a report prints them: 增长6%—6.5%, 增长6-6.5%, 1—2个, 5万至6万人. Both ends are kept:
//! the lower as the number, the upper as its `to`.

use super::Reader;
use crate::draft::numbers::Unit;

/// What stands between the two ends of a range, as pages print it: an em dash (or two,
/// or the horizontal bar), a full-width or ASCII hyphen, an en dash (from a word
/// processor), a tilde or wave dash, 至 and 到.
const DASHES: [&str; 11] = ["—", "——", "―", "－", "-", "–", "～", "~", "〜", "至", "到"];

impl Reader<'_> {
    /// The upper end and the unit of the range that number `i` opens, if it opens one:
    /// the next number follows after a dash (and the first end's own unit, if printed),
    /// in the same unit, and is larger.
    pub(super) fn range(&self, i: usize) -> Option<(f64, Unit)> {
        let n = self.nums.get(i)?;
        let next = self.nums.get(i + 1)?;
        let unit = self.unit(i + 1)?;
        let mut gap = &self.s[n.end..next.start];
        if let Some(own) = self.unit(i) {
            // 5万至6万人: the first end prints the magnitude of the unit the second prints whole.
            let magnitude = crate::draft::scan::MAGNITUDES.contains(&own.zh.as_str())
                && unit.zh.starts_with(&own.zh);
            if (own.zh != unit.zh && !magnitude) || own.end > next.start {
                return None;
            }
            gap = &self.s[own.end..next.start];
        }
        (DASHES.contains(&gap) && next.value > n.value).then_some((next.value, unit))
    }

    /// Gives the figure or change that read number `value` its upper end `to`; false
    /// when none did.
    pub(super) fn attach_to(&mut self, value: f64, to: f64) -> bool {
        let Some(f) = self.out.figures.last_mut() else {
            return false;
        };
        match f.change.as_mut() {
            Some(c) if c.value == value && c.to.is_none() => c.to = Some(to),
            _ if f.value == Some(value) && f.to.is_none() => f.to = Some(to),
            _ => return false,
        }
        true
    }
}
