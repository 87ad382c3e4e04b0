//! An increase printed in the figure's own unit: 农民人均收入增加1207元, 人均预期寿命再
//! 提高1.5岁, 较年初增加1.3万户, 通用机场增加11个、达到25个. The model's change of kind
//! `added`, never a value of 1207元 labelled …增加; a fall alone (企业开办时间减少2.5天)
//! is its pair `reduced`.

use super::{kind_of, qualifier, Found, FoundChange, Reader};
use crate::draft::changes::{self, Direction};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::draft::scan::is_han;
use crate::shared::format;
use crate::shared::model::{ChangeKind, Qualifier};

/// Words between an increase and the level it reached: 增加11个、达到25个.
const REACHED: [&str; 4] = ["、达到", "，达到", "、达", "，达"];

impl Reader<'_> {
    /// Reads number `i` as an increase when `lead` ends in 增加/提高/增长 … and its unit
    /// is a count or an amount (`q` is the qualifier printed before it: 增加超7400亿元);
    /// returns the next number to read, or `None` where this is
    /// no such increase (增加1万个学位 counts the places: a value).
    pub(super) fn added(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
        q: Option<Qualifier>,
    ) -> Option<usize> {
        let (d, len) = changes::word_before(lead)?;
        // 人口自然增长率1.2‰: a rate named by its noun, the figure's value in its own
        // unit, never an increase of a figure 人口自然.
        if changes::RATE_NOUNS
            .iter()
            .any(|w| lead[lead.len() - len..].starts_with(w))
        {
            return None;
        }
        let plain = !matches!(unit.zh.as_str(), "%" | "个百分点") && !unit.zh.ends_with('倍');
        let rest = &self.s[unit.end..];
        let before = &lead[..lead.len() - len];
        // 企业开办时间减少2.5天: a fall alone in its own unit is a change `reduced`, as an
        // increase is `added`; drafted as a value it would say the time is 2.5天.
        let kind = match d {
            Direction::Up => ChangeKind::Added,
            Direction::Down => ChangeKind::Reduced,
            _ => return None,
        };
        if !plain || rest.starts_with(is_han) {
            return None;
        }
        let n = &self.nums[i];
        let change = FoundChange {
            qualifier: qualifier(q, unit),
            ..FoundChange::new(kind, n.value, &unit.zh)
        };
        // 全县经营主体达12.6万户，较年初增加1.3万户: the change of the figure before, in
        // whatever magnitude of its unit (赤字2.18万亿元，比去年增加5600亿元).
        if changes::joins(before) {
            if let Some(f) = self.out.figures.last_mut().filter(|f| {
                f.change.is_none()
                    && f.value.is_some()
                    && format::unit_base(&f.unit) == format::unit_base(&unit.zh)
            }) {
                f.change = Some(change);
                f.end = unit.end;
                self.cursor = unit.end;
                return Some(i + 1);
            }
        }
        // 粮食增产169.8亿斤 with no figure before: how much more was grown, a figure of
        // its own, as the lists write it.
        if ["增产", "减产"]
            .iter()
            .any(|w| lead[before.len()..].starts_with(w))
        {
            return None;
        }
        let name = label::label(before, "", false);
        let mut name = name.trim_end_matches('再').to_string();
        // 从业人员增长29.8%、…，增加407.7万人: an increase with no name of its own is the
        // figure's before when that one is a change alone; after a value in another
        // magnitude (收入达到3.2万元，增加1500元), or with none before, it names nothing.
        if name.is_empty() {
            match self.out.figures.last() {
                Some(prev) if prev.value.is_none() => name.clone_from(&prev.label),
                _ => return Some(self.skip(i, crate::shared::model::SkipReason::Unread)),
            }
        }
        // 存款余额1.32万亿元，比年初增加1086亿元: a change in another unit than the figure
        // before names only its base (比年初); no figure of its own, the desk decides.
        if changes::BRIDGES.contains(&name.as_str()) {
            // Read as the figure's, left to the desk: a growth after it (比年初增加1200亿元，
            // 增长6.1%) is the same figure's still.
            self.cursor = unit.end;
            return Some(self.skip(i, crate::shared::model::SkipReason::Unread));
        }
        // 增加11个、达到25个: the level reached is the figure's value.
        let reached = REACHED.iter().find(|w| rest.starts_with(*w)).and_then(|w| {
            let next = self.nums.get(i + 1)?;
            let u = self.unit(i + 1)?;
            (next.start == unit.end + w.len() && u.zh == unit.zh).then_some((next.value, u))
        });
        let (value, end, next) = match &reached {
            Some((v, u)) => (Some(*v), u.end, i + 2),
            None => (None, unit.end, i + 1),
        };
        let found = Found {
            change: Some(change),
            qualifier: reached.as_ref().and_then(|(_, u)| qualifier(None, u)),
            part: self.part(n.start),
            ..Found::new(name, value, &unit.zh, kind_of(self.g, &unit.zh, value), end)
        };
        self.push(found);
        Some(next)
    }
}

/// The change kind of a list item that rose or fell by an amount in its own unit (分别提高
/// 25元、50元; 分别净减少3万、2万平方公里), as [`Reader::added`] reads one alone; `None`
/// where a noun follows the list (分别增加1万个、2万个学位 counts places: values).
pub(super) fn in_list(d: Direction, unit: &str, after: &str) -> Option<ChangeKind> {
    let plain = !matches!(unit, "%" | "个百分点") && !unit.ends_with('倍');
    let kind = match d {
        Direction::Up => ChangeKind::Added,
        Direction::Down => ChangeKind::Reduced,
        _ => return None,
    };
    (plain && !after.starts_with(is_han)).then_some(kind)
}

/// True when change `c` may go onto figure `f`: an increase only onto a figure of its
/// own unit.
pub(super) fn fits(f: &Found, c: &Option<FoundChange>) -> bool {
    c.as_ref()
        .is_none_or(|c| c.kind != ChangeKind::Added || c.unit == f.unit)
}

impl Reader<'_> {
    /// The figure of a list item that rose by `change` (分别提高25元、50元: 25元), in the
    /// item's unit; `start` is where its number stands, `group` the list's.
    pub(super) fn added_item(
        &self,
        label: String,
        change: FoundChange,
        unit: &Unit,
        start: usize,
        group: usize,
    ) -> Found {
        Found {
            change: Some(change),
            part: self.part(start),
            list: Some(group),
            ..Found::new(
                label,
                None,
                &unit.zh,
                kind_of(self.g, &unit.zh, None),
                unit.end,
            )
        }
    }
}
