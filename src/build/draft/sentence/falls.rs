//! An old value and the new one: 由37个压缩为10个, 从27136元增长到36439元,
//! 从2020年的3.68万亿元增长到2025年的4.93万亿元: one figure, the new value, with the
//! old as its change of kind `from`.

use super::{kind_of, Found, FoundChange, Reader};
use crate::build::draft::changes;
use crate::build::draft::label;
use crate::build::draft::numbers::Unit;
use crate::model::{ChangeKind, SkipReason};

/// The words before the old value, after 由 or 从 and an optional time of it (从2020年的,
/// 从上半年, 由年初的).
pub(super) fn opens(lead: &str) -> bool {
    let l = lead.strip_suffix('的').unwrap_or(lead);
    let l = ["上半年", "年初", "年末", "上年"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .unwrap_or(l);
    let l = l.strip_suffix('年').map_or(l, |y| {
        let digits = y.len() - y.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 {
            &y[..y.len() - 4]
        } else {
            l
        }
    });
    l.ends_with('由') || l.ends_with('从')
}

/// The lead without its 由/从 and the old value's year.
fn before_from(lead: &str) -> &str {
    lead.rfind(['由', '从']).map_or(lead, |i| &lead[..i])
}

impl Reader<'_> {
    /// Reads the old value `i` and the new one after its bridge (压缩为, 增长到 …, and
    /// the new value's year: 增长到2025年的); returns the next number to read.
    pub(super) fn fall(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let bridge = changes::fall_to(&self.s[unit.end..])?;
        let mut k = i + 1;
        let mut at = unit.end + bridge;
        // 增长到2025年的4.93万亿元: the new value's year stands between.
        if let Some(year) = self.nums.get(k).filter(|y| y.start == at) {
            let rest = &self.s[year.end..];
            if year.text.len() == 4 && rest.starts_with("年的") {
                at = year.end + "年的".len();
                k += 1;
            }
        }
        let next = self.nums.get(k)?;
        if next.start != at {
            return None;
        }
        let new_unit = self.unit(k)?;
        if new_unit.zh != unit.zh {
            return None;
        }
        if k > i + 1 {
            let year = self.nums[i + 1].text.clone();
            self.out.skips.push((year, SkipReason::Year));
        }
        let n = &self.nums[i];
        let lead = &self.s[self.cursor..n.start];
        let value = Some(next.value);
        let kind = kind_of(self.g, &unit.zh, value);
        let found = Found {
            change: Some(FoundChange::new(ChangeKind::From, n.value, &unit.zh)),
            part: self.part(n.start),
            ..Found::new(
                label::label(before_from(lead), "", false),
                value,
                &unit.zh,
                kind,
                new_unit.end,
            )
        };
        self.push(found);
        Some(k + 1)
    }
}
