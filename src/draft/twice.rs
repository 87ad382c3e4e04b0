//! A figure the text prints again with another value, for the same period (地区生产总值
//! 386.2亿元 in one sentence, 368.2亿元 in another; 1万元楼宇 and 0万元楼宇 of a fuzzed
//! text): which one the text means is the desk's to decide, so the later is left
//! `unread`. The check's own rule says which (`check::validate::twice`): the draft never
//! writes a file that its check refuses.

use super::{push_skip, report_period, Drafted, Skip};
use crate::check::validate::twice;
use crate::shared::model::SkipReason;

/// Takes out of `drafted` every figure whose value another figure of the same indicator
/// contradicts, its numbers left `unread` in `skips`.
pub(super) fn leave_second_values(drafted: &mut Vec<Drafted>, skips: &mut Vec<Skip>) {
    let figures: Vec<_> = drafted.iter().map(|d| d.figure.clone()).collect();
    let mut out = twice::conflicting(&figures);
    out.sort_unstable();
    out.dedup();
    for &j in out.iter().rev() {
        let d = drafted.remove(j);
        // Its numbers from the end of the figure before it in its sentence.
        let from = drafted[..j]
            .iter()
            .rev()
            .find(|e| e.figure.source == d.figure.source)
            .map_or(0, |e| e.found.end());
        for n in report_period::numbers_of(&d.found, &d.figure.source, from) {
            push_skip(skips, n, &d.figure.source, SkipReason::Unread);
        }
        // Parts point at their whole by index.
        for e in drafted.iter_mut() {
            e.part_of = match e.part_of {
                Some(w) if w == j => None,
                Some(w) if w > j => Some(w - 1),
                other => other,
            };
        }
    }
}
