//! An amount said again in brackets in another unit: 粮食总产量29.84万吨（5.97亿斤）.
//! It is the figure before it, counted twice: a skip `restated`, and the change printed
//! after the bracket stays the figure's. A mark the amount before passed (520亿元，突破
//! 500亿元大关) is left to the desk (`unread`, as a mark alone is), and the change after
//! it stays the amount's too.

use super::{kind_of, Reader};
use crate::draft::changes::MARKS;
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

    /// Skips number `i` (`unread`) when it is a mark the figure right before passed, in
    /// the same unit and below its value: 地区生产总值520亿元，首次突破500亿元大关，
    /// 增长6.1% (the growth is the 520's, never the mark's). The next number to read, or
    /// `None`.
    pub(super) fn mark_passed_after(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let n = &self.nums[i];
        let prev = self.out.figures.last()?;
        let passing = lead
            .strip_prefix(['，', '、'])
            .map(|r| {
                PASSING_FIRST
                    .iter()
                    .find_map(|w| r.strip_prefix(w))
                    .unwrap_or(r)
            })
            .is_some_and(|r| PASSING.contains(&r));
        let below = prev.value.is_some_and(|v| n.value <= v);
        if !(passing && below && prev.unit == unit.zh && prev.end == self.cursor) {
            return None;
        }
        let after = &self.s[unit.end..];
        let mark = MARKS
            .iter()
            .filter(|m| after.starts_with(*m))
            .map(|m| m.len())
            .max();
        self.cursor = unit.end + mark.unwrap_or(0);
        Some(self.skip(i, SkipReason::Unread))
    }
}

impl Reader<'_> {
    /// Skips number `i` (`unread`) when it is the value of the time a change is reckoned
    /// from, said after the figure before in the same unit (520亿元，上年同期为490亿元，增长
    /// 6.1%; 520亿元，比上年的490亿元增长6.1%): last year's, which the desk may add; the
    /// change after it stays the figure's. The next number to read, or `None`.
    pub(super) fn base_value_after(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let prev = self.out.figures.last()?;
        let same = prev.value.is_some() && prev.unit == unit.zh && prev.end == self.cursor;
        if !(same && crate::draft::asides::base_value_said(lead)) {
            return None;
        }
        self.cursor = unit.end;
        Some(self.skip(i, SkipReason::Unread))
    }
}

/// Words that pass a mark, printed right before it: 突破500亿元大关, 迈上500亿元台阶.
const PASSING: [&str; 7] = ["突破", "跨越", "迈上", "跨过", "站上", "迈过", "越过"];

/// Words that may open the clause of a mark passed: 首次突破, 历史性跨越.
const PASSING_FIRST: [&str; 4] = ["首次", "历史性", "成功", "一举"];
