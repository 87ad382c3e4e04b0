//! An amount said again in brackets in another unit: 粮食总产量29.84万吨（5.97亿斤）.
//! It is the figure before it, counted twice: a skip `restated`, and the change printed
//! after the bracket stays the figure's.

use super::{kind_of, Reader};
use crate::draft::numbers::Unit;
use crate::shared::model::SkipReason;

/// Brackets that open and close an amount said again.
const OPEN: [&str; 2] = ["（", "("];
const CLOSE: [char; 2] = ['）', ')'];

impl Reader<'_> {
    /// Skips number `i` as `restated` when it alone fills a bracket right after the
    /// figure before, in another unit of the same kind (万吨 and 亿斤, 亿元 and 亿美元);
    /// the next number to read, or `None` when it is no such bracket.
    pub(super) fn restated_in_brackets(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
    ) -> Option<usize> {
        let n = &self.nums[i];
        let prev = self.out.figures.last()?;
        let alone = OPEN.contains(&lead) && prev.end == self.cursor;
        let closed = self.s[unit.end..].starts_with(CLOSE);
        let again = prev.value.is_some()
            && prev.unit != unit.zh
            && prev.kind == kind_of(self.g, &unit.zh, Some(n.value));
        if !(alone && closed && again) {
            return None;
        }
        let close = self.s[unit.end..].chars().next().map_or(0, char::len_utf8);
        self.cursor = unit.end + close;
        Some(self.skip(i, SkipReason::Restated))
    }
}
