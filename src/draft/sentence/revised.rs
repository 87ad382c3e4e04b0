//! A statistic revised: 增速由初步统计的6.8%修订为7.0%, 由初步核算的5200亿元修正为5210亿元.
//! The revised value is the figure (a growth where the subject is a rate of growth, 增速),
//! the superseded one a skip of reason `revised`: never a result, never a second figure.

use super::{kind_of, qualifier, Found, Reader};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::shared::model::SkipReason;

/// Verbs that say a statistic was revised, with the 为 before the new value.
const REVISE: [&str; 3] = ["修订为", "修正为", "更正为"];

/// 调整为 revises a statistic only after words that name the old value a count (由初步统计
/// 的, 由初步核算的); 最低工资标准由每月2090元调整为2200元 is a level changed, a `from`.
const ADJUST: &str = "调整为";

/// Words between 由/从 and the old value that name it a statistic's earlier count.
const COUNTED: [&str; 4] = ["初步", "统计", "核算", "核实"];

/// The most characters between 由/从 and the old value (初步核算的, 年初统计的).
const OLD_WORDS: usize = 8;

impl Reader<'_> {
    /// The old value `i` and the revised one after it (…由初步统计的6.8%修订为7.0%): one
    /// figure of the revised value, read as if the text gave it alone (增速为7.0%); the
    /// old value a skip of reason `revised`. The next number to read, or `None` where
    /// the sentence is no revision.
    pub(super) fn revised(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let from = lead.rfind(['由', '从'])?;
        let old_words = &lead[from + '由'.len_utf8()..];
        let next = self.nums.get(i + 1)?.clone();
        let bridge = self.s.get(unit.end..next.start)?;
        let counted = COUNTED.iter().any(|w| old_words.contains(w));
        let revision = REVISE.contains(&bridge) || bridge == ADJUST && counted;
        if !revision || old_words.chars().count() > OLD_WORDS {
            return None;
        }
        let new_unit = self.unit(i + 1)?;
        if new_unit.zh != unit.zh {
            return None;
        }
        let old = self.nums[i].clone();
        self.out.skips.push((old.text, SkipReason::Revised));
        let subject = &lead[..from];
        if self.change(i + 1, &format!("{subject}为"), &new_unit, None) {
            self.cursor = new_unit.end;
            return Some(i + 2);
        }
        let value = Some(next.value);
        let found = Found {
            qualifier: qualifier(None, &new_unit),
            part: self.part(old.start),
            ..Found::new(
                label::label(subject, "", unit.zh == "%"),
                value,
                &new_unit.zh,
                kind_of(self.g, &new_unit.zh, value),
                new_unit.end,
            )
        };
        self.push(found);
        Some(i + 2)
    }
}
