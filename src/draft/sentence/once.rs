//! A list that prints its unit once, after its last number: 分别提高15、22个百分点.

use super::{Reader, LIST};
use crate::draft::numbers::Unit;

impl Reader<'_> {
    /// The unit of a bare number `i` of a list that prints its unit once, after its last
    /// number: 分别提高15、22个百分点, 分别增长3.2、4.1%, 分别为12、15、18个, 分别为1.2、
    /// 2.5万家 (the magnitude too). Never a time: 分别于3、5月 names months.
    pub(super) fn list_unit(&self, i: usize) -> Option<Unit> {
        let n = &self.nums[i];
        let mut k = i;
        loop {
            let next = self.nums.get(k + 1)?;
            let between = &self.s[self.nums[k].end..next.start];
            if !LIST.contains(&between) {
                return None;
            }
            if let Some(u) = self.unit(k + 1) {
                return (!u.zh.starts_with(['年', '月', '日', '号'])).then_some(Unit {
                    zh: u.zh,
                    more: None,
                    after: None,
                    unit_end: n.end,
                    end: n.end,
                });
            }
            k += 1;
        }
    }
}
