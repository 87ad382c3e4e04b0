//! A growth printed with a minus sign (增长-3.5%, 增速－1.2%): a change of kind `growth`
//! whose value keeps the sign, as the text prints it. Never a decline of 3.5: 下降3.5%
//! is a wording the text does not use. Every other number with a minus sign is left to
//! the desk ([`crate::draft::not_figures::skip_reason`]).

use super::Found;
use super::Reader;
use crate::draft::numbers::Unit;
use crate::shared::format::sign::MINUS;
use crate::shared::model::{FigureKind, SkipReason};

impl Reader<'_> {
    /// Number `i`, printed with a minus sign after a word of growth ([`crate::draft::not_figures::growth_before`]):
    /// the change as the figure before's, or a figure of its own, its value negative.
    pub(super) fn signed_growth(&mut self, i: usize, unit: Unit) -> usize {
        let n = self.nums[i].clone();
        let lead_all = &self.s[self.cursor..n.start];
        let lead = lead_all.strip_suffix(MINUS).unwrap_or(lead_all);
        let skips = self.out.skips.len();
        // 增速为-0.3%: a rate given by 为 is read as a change only when it is printed
        // without a sign (增速为5.1%); with one, the desk decides, as before.
        let given = lead.ends_with(['为', '达', '是']) || lead.ends_with("达到");
        if given || !self.change(i, lead, &unit, None) {
            if let Some(next) = self.signed_rate(i, lead, &unit) {
                return next;
            }
            return self.skip(i, SkipReason::Unread);
        }
        self.cursor = unit.end;
        // The change just read is the last figure's, unless the desk was left it.
        if self.out.skips.len() == skips {
            let last = self.out.figures.last_mut().and_then(|f| f.change.as_mut());
            if let Some(c) = last.filter(|c| c.value == n.value) {
                c.value = -n.value;
            }
        }
        i + 1
    }

    /// 人口自然增长率-2.28‰: a rate in ‰ printed right after its name with its sign, no
    /// word between, or only 为 (人口自然增长率为-0.91‰, as 出生率为7.52‰ beside it: tester
    /// s-test24 F12), is that rate's value below zero (s-test18 finding 21). `None` for
    /// any other shape: the desk decides.
    fn signed_rate(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let lead = lead.strip_suffix('为').unwrap_or(lead);
        let label = crate::draft::label::label(lead, "", true);
        if !(unit.zh == "‰" && lead.ends_with('率') && label.ends_with('率')) {
            return None;
        }
        let value = Some(-self.nums[i].value);
        self.push(Found::new(
            label,
            value,
            &unit.zh,
            FigureKind::Rate,
            unit.end,
        ));
        Some(i + 1)
    }
}
