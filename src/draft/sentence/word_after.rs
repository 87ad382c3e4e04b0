//! A change printed before its word: 地区生产总值实现5.2%的增长, 保持8%左右的增速,
//! 均保持10%以上增长. The number is the change, never a level of 5.2% (which a share ring
//! would draw).

use super::{kind_of, qualifier, Found, FoundChange, Reader};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::shared::model::{ChangeKind, Qualifier};

/// Words of a change that may follow its number and 的, with the kind they make.
const WORDS: [(&str, ChangeKind); 6] = [
    ("增长", ChangeKind::Growth),
    ("增速", ChangeKind::Growth),
    ("增幅", ChangeKind::Growth),
    ("涨幅", ChangeKind::Growth),
    ("下降", ChangeKind::Decline),
    ("降幅", ChangeKind::Decline),
];

/// Verbs that bring such a change and name nothing: 实现, 保持.
const BRINGS: [&str; 7] = ["实现了", "实现", "保持了", "均保持", "保持", "达到", "以"];

impl Reader<'_> {
    /// Reads number `i`, in % with `lead` before it, as a change when a change word, after
    /// an optional 的, follows its unit (and its 左右 or 以上); returns the next number to
    /// read, or `None`.
    pub(super) fn word_after(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
        q: Option<Qualifier>,
    ) -> Option<usize> {
        if unit.zh != "%" {
            return None;
        }
        let after = &self.s[unit.end..];
        let after = after.strip_prefix('的').unwrap_or(after);
        let (word, kind) = WORDS.iter().find(|(w, _)| after.starts_with(w))?;
        let subject = BRINGS
            .iter()
            .find_map(|w| lead.strip_suffix(w))
            .unwrap_or(lead);
        let name = label::label(subject, "", false);
        if name.is_empty() {
            return None;
        }
        let n = &self.nums[i];
        let change = FoundChange {
            qualifier: qualifier(q, unit),
            ..FoundChange::new(*kind, n.value, &unit.zh)
        };
        let end = self.s.len() - after.len() + word.len();
        let found = Found {
            change: Some(change),
            part: self.part(n.start),
            ..Found::new(name, None, &unit.zh, kind_of(self.g, &unit.zh, None), end)
        };
        self.push(found);
        Some(i + 1)
    }
}
