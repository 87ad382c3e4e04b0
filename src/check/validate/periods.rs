//! A chart draws figures of one period and basis (issue 18): 同比增长 of the report's year
//! beside 年均增长 over five years, or beside growth over “十四五”时期, on one axis says
//! what the text does not. The period is the figure's `period`; the basis (an average a
//! year, 年均) is read off its sentence, where 年均 stands right before its change.

use super::{Checker, JsonPath};
use crate::publish::format::number;
use crate::shared::charts;
use crate::shared::messages as msg;
use crate::shared::model::{Chart, Figure, Lang};

/// How far before its change's number 年均 may stand in its clause (年均增长; 年均分别增长
/// 3.5%左右、6%左右、5%左右: the third too).
const YEARLY_REACH: usize = 24;

/// True when `f`'s change is an average a year (年均增长5.7%): the data file says so
/// (`yearly`), or its sentence prints 年均 in the same clause, shortly before the
/// change's number (a file written before the key).
pub fn yearly(f: &Figure) -> bool {
    f.change.as_ref().is_some_and(|c| c.yearly) || printed_yearly(f)
}

/// True when `f`'s sentence prints 年均 in the same clause, shortly before its change's
/// number: what the draft reads as a change's `yearly`.
pub fn printed_yearly(f: &Figure) -> bool {
    let Some(c) = &f.change else { return false };
    let printed = number(c.value);
    f.source.match_indices(&printed).any(|(at, _)| {
        let before: Vec<char> = f.source[..at].chars().rev().take(YEARLY_REACH).collect();
        let before: String = before.into_iter().rev().collect();
        before
            .rfind("年均")
            .is_some_and(|i| !before[i..].contains(['，', '。', '；', ',', ';']))
    })
}

/// A figure's period and basis, as one key: figures of one chart share it.
pub fn key(f: &Figure) -> (Option<&str>, bool) {
    (f.period.as_ref().map(|p| p.zh.as_str()), yearly(f))
}

impl Checker {
    /// The changes a growth chart compares on one axis are of one period and basis, and
    /// its subtitle names it. (Cards print each figure's period with it; a targets chart
    /// sets a target beside last year's result by design.)
    pub(super) fn period_rules(&mut self, path: &JsonPath, chart: &Chart, all: &[Figure]) {
        if chart.kind != charts::growth::KIND {
            return;
        }
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        let Some(first) = figs.first() else { return };
        let k = key(first);
        for (j, f) in figs.iter().enumerate() {
            let other = key(f);
            if other != k {
                let [a, b] = [k, other].map(|(p, y)| msg::period_name(p, y));
                self.report(
                    path.key("figures").at(j),
                    msg::periods_mixed((&a.0, &a.1), (&b.0, &b.1), &f.id),
                );
                return;
            }
        }
        let (period, yearly) = k;
        let words = period.into_iter().chain(yearly.then_some("年均"));
        for w in words {
            if !chart.subtitle.pick(Lang::Zh).contains(w) {
                self.report(
                    path.key("subtitle").key("zh"),
                    msg::period_not_in_subtitle(w),
                );
            }
        }
    }
}
