//! A list of levels after a list of changes: 分别增长4.8%、6.5%，达到45000元、21000元.
//! Reports print the changes of a 分别 list first and the levels they reached after;
//! each level is the value of the change-only figure in its place.

use super::{kind_of, qualifier, Reader, LIST};
use crate::draft::numbers::Unit;

/// Words that bring the levels a list of changes reached, after the clause's mark.
const REACHED: [&str; 5] = ["达到", "分别达到", "分别为", "分别达", "达"];

impl Reader<'_> {
    /// Reads numbers from `i` as the levels of the change-only figures of the 分别 list
    /// right before, in order, when `lead` only says they were reached and they are as
    /// many as those figures, each in `unit`; returns the next number to read, or `None`.
    pub(super) fn levels_of_list(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let words = lead.trim_start_matches(['，', '、', ',']);
        if words.len() == lead.len() || !REACHED.contains(&words) {
            return None;
        }
        let mut units = vec![unit.clone()];
        while let Some(next) = self.nums.get(i + units.len()) {
            let last = units.last()?;
            let between = &self.s[last.end..next.start];
            match self.unit(i + units.len()) {
                Some(u) if LIST.contains(&between) && u.zh == unit.zh => units.push(u),
                _ => break,
            }
        }
        let k = units.len();
        let group = self.out.figures.last()?.list?;
        let members = self
            .out
            .figures
            .iter()
            .rev()
            .take_while(|f| f.list == Some(group) && f.value.is_none() && f.change.is_some())
            .count();
        if members < 2 {
            return None;
        }
        // 分别增长4.8%、6.5%，达到45000元: levels that cannot be paired one to one are
        // the desk's to place.
        if members != k {
            for j in 0..k {
                self.skip(i + j, crate::shared::model::SkipReason::Unread);
            }
            self.cursor = units.last()?.end;
            return Some(i + k);
        }
        let first = self.out.figures.len() - k;
        for (j, u) in units.iter().enumerate() {
            let value = Some(self.nums[i + j].value);
            let f = &mut self.out.figures[first + j];
            f.value = value;
            f.unit.clone_from(&u.zh);
            f.kind = kind_of(self.g, &u.zh, value);
            f.qualifier = qualifier(None, u);
            f.end = u.end;
            f.value_end = u.end;
        }
        self.cursor = units.last()?.end;
        Some(i + k)
    }
}
