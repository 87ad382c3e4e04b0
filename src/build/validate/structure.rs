//! The rules of a `structure` chart: the parts of one whole (三次产业结构为3.3:41.9:54.8),
//! in one unit, none negative; parts printed in % must add up to 100, give or take rounding.

use super::Checker;
use crate::messages as msg;
use crate::model::{ChartKind, Figure};

/// How far printed percentages may miss 100 through rounding (3 parts of one decimal each).
const ROUNDING: f64 = 1.0;

impl Checker {
    pub(super) fn structure_rules(&mut self, fpath: &str, figs: &[&Figure]) {
        let Some(first) = figs.first() else { return };
        for (j, f) in figs.iter().enumerate() {
            if f.unit.zh != first.unit.zh {
                self.report(
                    format!("{fpath}[{j}]"),
                    msg::mixed_units(ChartKind::Structure, &first.unit.zh, &f.unit.zh),
                );
                return;
            }
            if f.value.is_some_and(|v| v < 0.0) {
                self.report(
                    format!("{fpath}[{j}]"),
                    msg::negative_count(f.value.unwrap_or_default()),
                );
                return;
            }
        }
        let sum: f64 = figs.iter().filter_map(|f| f.value).sum();
        let percent = first.unit.zh == "%";
        if sum <= 0.0 || (percent && (sum - 100.0).abs() > ROUNDING) {
            self.report(fpath.to_string(), msg::structure_sum(sum, percent));
        }
    }
}
