//! An old value and the new one: 由37个压缩为10个, 从27136元增长到36439元,
//! 从2020年的3.68万亿元增长到2025年的4.93万亿元: one figure, the new value, with the
//! old as its change of kind `from`.

use super::{kind_of, Found, FoundChange, Reader};
use crate::draft::changes;
use crate::draft::label;
use crate::draft::numbers::{self, Unit};
use crate::shared::model::{ChangeKind, Qualifier, SkipReason};

/// The words before the old value, after 由 or 从 and an optional time of it (从2020年的,
/// 从上半年, 由年初的).
pub(super) fn opens(lead: &str) -> bool {
    // 由平均2900元下降到1000元左右; 由每月2090元调整为2200元.
    let l = per(lead).map_or(lead, |(before, _)| before);
    let l = l.strip_suffix("平均").unwrap_or(l);
    let l = l.strip_suffix('的').unwrap_or(l);
    let l = ["上半年", "年初", "年末", "上年"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .unwrap_or(l);
    let l = l.strip_suffix('年').map_or(l, |y| {
        let digits = y.len() - y.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 {
            &y[..y.len() - 4]
        } else {
            l
        }
    });
    l.ends_with('由') || l.ends_with('从')
}

/// Words of the year under review before a new value (增加到去年的98亿元), which is
/// then of that year, whatever period its paragraph gives: longest first.
const LAST_YEAR: [&str; 4] = ["去年的", "上年的", "去年", "上年"];

/// The lead without its 由/从 and the old value's year.
fn before_from(lead: &str) -> &str {
    lead.rfind(['由', '从']).map_or(lead, |i| &lead[..i])
}

/// Times a level is per, printed before the old value (由每月2090元): they name the
/// level, and stay in its label (最低工资标准（每月）), for the unit says 元 alone.
const PER: [&str; 5] = ["每人每月", "每人每年", "每月", "每年", "每天"];

/// The lead without the time it is per, and that time, where it ends with one.
fn per(lead: &str) -> Option<(&str, &str)> {
    PER.iter()
        .find_map(|p| lead.strip_suffix(p).map(|before| (before, *p)))
}

/// The label of an old and new value: the words before 由/从, with the time the level is
/// per, where printed (最低工资标准（每月）).
fn from_label(lead: &str) -> String {
    let name = label::label(before_from(lead), "", false);
    match per(lead) {
        Some((_, p)) if !name.is_empty() => format!("{name}（{p}）"),
        _ => name,
    }
}

/// The word before a rate in force that a reform changes: 将现行16%的税率降至13%.
const IN_FORCE: &str = "现行";

/// The most characters of the noun between a rate in force and its verb (税率, 征收率).
const IN_FORCE_NOUN: usize = 6;

/// After a rate in force (`lead` ends with 现行) and its unit, 的, what it is the rate of
/// and the bridge to the new value (现行16%的税率降至13%): the byte length up to the new
/// value and that noun, which the figure's label ends with.
fn in_force<'a>(lead: &str, rest: &'a str) -> Option<(usize, &'a str)> {
    if !lead.ends_with(IN_FORCE) {
        return None;
    }
    let after = rest.strip_prefix('的')?;
    let (at, _) = after
        .char_indices()
        .skip(1)
        .take(IN_FORCE_NOUN)
        .take_while(|(at, _)| after[..*at].chars().all(super::super::scan::is_han))
        .find(|(at, _)| changes::fall_to(&after[*at..]).is_some())?;
    let noun = &after[..at];
    let bridge = changes::fall_to(&after[at..])?;
    Some(('的'.len_utf8() + at + bridge, noun))
}

/// Verbs that turn a number of things into another without 由/从 before the old one:
/// 188个园区整合优化为120个. Each ends in 为/至/到, the new value right after it.
const MERGES: [&str; 10] = [
    "整合优化为",
    "整合为",
    "合并为",
    "撤并为",
    "优化为",
    "压减为",
    "压减至",
    "精简为",
    "压缩为",
    "减少至",
];

/// The most characters of the noun between the old value and its verb (园区).
const MERGED_NOUN: usize = 8;

/// In 园区整合优化为 (the text after the old value's unit): the noun and the byte
/// length up to the new value.
fn merged(rest: &str) -> Option<(&str, usize)> {
    let (at, verb) = MERGES
        .iter()
        .filter_map(|v| rest.find(v).map(|at| (at, *v)))
        .min_by_key(|(at, _)| *at)?;
    let noun = &rest[..at];
    let han = noun.chars().all(super::super::scan::is_han);
    (han && noun.chars().count() <= MERGED_NOUN).then_some((noun, at + verb.len()))
}

impl Reader<'_> {
    /// 188个园区整合优化为120个: the old value, what it counts, a verb of merging, the
    /// new value in the same unit (after the new ones' names, 整合为产业、科创2支): one figure of kind `from`, labelled by that noun.
    pub(super) fn merge(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let (noun, len) = merged(&self.s[unit.end..])?;
        let next = self.nums.get(i + 1)?;
        // 整合为产业、科创2支基金: the names of the new ones may stand before their count.
        let names = self.s.get(unit.end + len..next.start)?;
        let named = names.contains('、')
            && names.chars().count() <= MERGED_NOUN + 4
            && names
                .chars()
                .all(|c| c == '、' || super::super::scan::is_han(c));
        if !names.is_empty() && !named {
            return None;
        }
        let new_unit = self.unit(i + 1)?;
        if new_unit.zh != unit.zh || unit.zh.contains('%') {
            return None;
        }
        let old = &self.nums[i];
        let value = Some(next.value);
        let found = Found {
            change: Some(FoundChange::new(ChangeKind::From, old.value, &unit.zh)),
            part: self.part(old.start),
            ..Found::new(
                noun.to_string(),
                value,
                &unit.zh,
                kind_of(self.g, &unit.zh, value),
                new_unit.end,
            )
        };
        self.push(found);
        Some(i + 2)
    }

    /// 城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元: two
    /// old values, 分别 and a bridge, two new values; two figures of kind `from`, named
    /// by the label's two items. `None` where the label does not name two.
    pub(super) fn fall_pair(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let n = |k: usize| self.nums.get(k);
        let (second, third, fourth) = (n(i + 1)?, n(i + 2)?, n(i + 3)?);
        let between = &self.s[unit.end..second.start];
        if !matches!(between, "和" | "、" | "与") {
            return None;
        }
        let u2 = self.unit(i + 1)?;
        let after = self.s[u2.end..].strip_prefix("分别")?;
        let bridge = changes::fall_to(after)?;
        let at = u2.end + "分别".len() + bridge;
        let u3 = self.unit(i + 2)?;
        let u4 = self.unit(i + 3)?;
        let joined = &self.s[u3.end..fourth.start];
        let same = [&u2, &u3, &u4].iter().all(|u| u.zh == unit.zh);
        if third.start != at || !matches!(joined, "和" | "、" | "与") || !same {
            return None;
        }
        let lead = &self.s[self.cursor..self.nums[i].start];
        let names = label::items::distribute(&label::label(before_from(lead), "", false), 2)?;
        let olds = [self.nums[i].value, second.value];
        let news = [(third.value, u3.end), (fourth.value, u4.end)];
        for ((name, old), (new, end)) in names.into_iter().zip(olds).zip(news) {
            let value = Some(new);
            let found = Found {
                change: Some(FoundChange::new(ChangeKind::From, old, &unit.zh)),
                ..Found::new(name, value, &unit.zh, kind_of(self.g, &unit.zh, value), end)
            };
            self.push(found);
        }
        Some(i + 4)
    }

    /// An old value and the new one, after 从/由 (`lead` ends with it) or without it
    /// (1.8万元提高到2.2万元: read apart, they would be two figures of one); the next
    /// number to read, or `None` where number `i` is not an old value; `q` is the
    /// qualifier printed before it (从不到70万亿元).
    pub(super) fn old_and_new(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
        q: Option<Qualifier>,
    ) -> Option<usize> {
        if opens(lead) {
            self.fall(i, unit, q)
                .or_else(|| self.fall_pair(i, unit))
                .or_else(|| self.old_of_unread(i, unit))
        } else if changes::word_before(lead).is_none() {
            self.fall(i, unit, q)
        } else {
            None
        }
    }

    /// 由8300万增加到1亿3千多万: an old value whose new one, right after the bridge, the
    /// draft cannot read is left to the desk with it (skip `unread`); read alone, it was
    /// a figure named by the bridge (增加到). The next number to read, or `None`.
    fn old_of_unread(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let bridge = changes::fall_to(&self.s[unit.end..])?;
        let next = self.nums.get(i + 1)?;
        if next.start != unit.end + bridge || self.unit(i + 1).is_some() {
            return None;
        }
        self.out
            .skips
            .push((self.nums[i].text.clone(), SkipReason::Unread));
        self.cursor = unit.end;
        Some(i + 1)
    }

    /// Reads the old value `i` and the new one after its bridge (压缩为, 增长到 …, and
    /// the new value's year: 增长到2025年的); returns the next number to read. Each
    /// value keeps its qualifier, before it or after its magnitude (从4500多公里增加到近
    /// 1万公里, 从不到70万亿元增加到超过100万亿元).
    pub(super) fn fall(&mut self, i: usize, unit: &Unit, q: Option<Qualifier>) -> Option<usize> {
        let rest = &self.s[unit.end..];
        let (bridge, noun) = match changes::fall_to(rest) {
            Some(b) => (b, ""),
            None => in_force(&self.s[self.cursor..self.nums[i].start], rest)?,
        };
        let mut k = i + 1;
        let mut at = unit.end + bridge;
        // 增长到2025年的4.93万亿元, 增加到2007年13786元: the new value's year stands
        // between, with 的 or without.
        if let Some(year) = self.nums.get(k).filter(|y| y.start == at) {
            let rest = &self.s[year.end..];
            let with_de = rest.starts_with("年的");
            let bare = rest.strip_prefix('年').is_some_and(|r| {
                self.nums
                    .get(k + 1)
                    .is_some_and(|n| n.start == year.end + '年'.len_utf8() && !r.is_empty())
            });
            if year.text.len() == 4 && (with_de || bare) {
                at = year.end
                    + if with_de {
                        "年的".len()
                    } else {
                        '年'.len_utf8()
                    };
                k += 1;
            }
        }
        // 增加到去年的98亿元: the new value is of the year under review.
        let last_year = LAST_YEAR
            .iter()
            .find(|w| k == i + 1 && self.s[at..].starts_with(*w))
            .map(|w| {
                at += w.len();
                (*w).trim_end_matches('的').to_string()
            });
        let next = self.nums.get(k)?;
        let gap = self.s.get(at..next.start)?;
        let new_q = match numbers::qualifier_before(gap) {
            _ if gap.is_empty() => None,
            Some((q, len)) if len == gap.len() => Some(q),
            _ => return None,
        };
        let new_unit = self.unit(k)?;
        let base = crate::shared::format::unit_base;
        if base(&new_unit.zh) != base(&unit.zh) || new_unit.zh.is_empty() {
            return None;
        }
        // 提高到2025年的49870元: the year printed with the new value is the figure's own
        // period, over any the paragraph gives (过去五年).
        let mut period = last_year;
        if k > i + 1 {
            let year = self.nums[i + 1].text.clone();
            period = Some(format!("{year}年"));
            self.out.skips.push((year, SkipReason::Year));
        }
        let n = &self.nums[i];
        let lead = &self.s[self.cursor..n.start];
        let lead = match q.and(numbers::qualifier_before(lead)) {
            Some((_, len)) => &lead[..lead.len() - len],
            None => lead,
        };
        let value = Some(next.value);
        let kind = kind_of(self.g, &new_unit.zh, value);
        // 从4500多公里增加到近1万公里: a change of kind `from` is in the figure's own unit,
        // and the old value is not, as printed; the new value is the figure, the old one
        // the desk's, never read in the new one's magnitude.
        let change = (new_unit.zh == unit.zh).then(|| FoundChange {
            qualifier: super::qualifier(q, unit),
            ..FoundChange::new(ChangeKind::From, n.value, &unit.zh)
        });
        if change.is_none() {
            self.out.skips.push((n.text.clone(), SkipReason::Unread));
        }
        let found = Found {
            change,
            // 下降到1000元左右: what is printed with the new value is the figure's.
            qualifier: super::qualifier(new_q, &new_unit),
            part: self.part(n.start),
            period,
            ..Found::new(
                from_label(lead.strip_suffix(IN_FORCE).unwrap_or(lead)) + noun,
                value,
                &new_unit.zh,
                kind,
                new_unit.end,
            )
        };
        self.push(found);
        Some(k + 1)
    }
    /// 城乡低保标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年:
    /// 分别 before 从, a list of old values (each in its own unit), a bridge, the new
    /// values' year and as many new values in the same units, pair by pair: one figure
    /// of kind `from` per pair, named by the label's items. `None` where the text is not
    /// of that shape or the label does not name as many items.
    pub(super) fn fall_list(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let joined = |between: &str| matches!(between, "和" | "、" | "与");
        let mut olds = vec![(i, unit.clone())];
        let bridge = loop {
            let (k, u) = olds.last()?;
            if let Some(len) = changes::fall_to(&self.s[u.end..]) {
                break u.end + len;
            }
            let next = self.nums.get(k + 1)?;
            if !joined(&self.s[u.end..next.start]) {
                return None;
            }
            let u = self.unit(k + 1)?;
            olds.push((k + 1, u));
        };
        let mut k = olds.last()?.0 + 1;
        let mut at = bridge;
        let year = self
            .nums
            .get(k)
            .filter(|y| y.start == at && y.text.len() == 4 && self.s[y.end..].starts_with("年的"));
        let year = year.map(|y| {
            at = y.end + "年的".len();
            k += 1;
            y.text.clone()
        });
        let mut news = Vec::new();
        for (n, (_, old_unit)) in olds.iter().enumerate() {
            let num = self.nums.get(k + n)?;
            let u = self.unit(k + n)?;
            if num.start != at || u.zh != old_unit.zh {
                return None;
            }
            news.push((num.value, u.clone()));
            at = self.nums.get(k + n + 1).map_or(u.end, |next| {
                let between = &self.s[u.end..next.start];
                if joined(between) {
                    next.start
                } else {
                    u.end
                }
            });
        }
        let lead = &self.s[self.cursor..self.nums[i].start];
        let before = before_from(lead);
        let before = before.strip_suffix("分别").unwrap_or(before);
        // 认定区域总部、研发中心分别从…: names listed with 、, which a label keeps one of.
        let names = label::items::distribute(&label::label(before, "", false), olds.len())
            .or_else(|| label::items::distribute(super::lists::list_labels(before), olds.len()))?;
        if let Some(y) = year {
            self.out.skips.push((y, SkipReason::Year));
        }
        for ((name, (old, old_unit)), (new, new_unit)) in names.into_iter().zip(&olds).zip(news) {
            let value = Some(new);
            let found = Found {
                change: Some(FoundChange::new(
                    ChangeKind::From,
                    self.nums[*old].value,
                    &old_unit.zh,
                )),
                qualifier: super::qualifier(None, &new_unit),
                ..Found::new(
                    name,
                    value,
                    &new_unit.zh,
                    kind_of(self.g, &new_unit.zh, value),
                    new_unit.end,
                )
            };
            self.push(found);
        }
        Some(k + olds.len())
    }
}
