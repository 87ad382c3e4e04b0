//! A cut or a rise printed before what it changes, in %: 平均压减办理时间45%、材料38%,
//! 平均减时间61%、减环节40%. Each number is a change of the thing named between the verb
//! and it, never a share labelled by the verb (平均压减时间: 58%), and a bare thing after
//! 、 (材料38%) takes the verb of the item before.

use super::{FoundChange, Reader};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::draft::scan::is_han;
use crate::shared::model::ChangeKind;

use super::Found;

/// Verbs that change what follows them, with the kind of change; 减 alone only where a
/// clause or 平均 opens it (减免, 减税 are other words).
const VERBS: [(&str, ChangeKind); 13] = [
    ("压减", ChangeKind::Decline),
    // 削减涉企收费项目60%以上: a cut of a count of items, as a report of a State
    // Council's year of cuts prints it.
    ("削减", ChangeKind::Decline),
    ("缩减", ChangeKind::Decline),
    ("压降", ChangeKind::Decline),
    ("压缩", ChangeKind::Decline),
    ("减少", ChangeKind::Decline),
    ("缩短", ChangeKind::Decline),
    ("精简", ChangeKind::Decline),
    ("降低", ChangeKind::Decline),
    ("节约", ChangeKind::Decline),
    ("节省", ChangeKind::Decline),
    ("提高", ChangeKind::Growth),
    ("提升", ChangeKind::Growth),
];

/// The most characters of the thing a verb changes: 办理时间, and the State Council's
/// 中央政府层面设立的涉企收费项目.
const THING: usize = 16;

/// Words that end the name of a share or a level: raised by x% it would be a change in
/// points, or the level it is raised to (占比30%).
const LEVELS: [&str; 6] = ["比例", "比重", "占比", "水平", "强度", "标准"];

/// True for the words between a verb and a number that name a thing it changes: one to
/// [`THING`] Chinese characters, none a word that goes with the verb (到, 至, 为, 了) or
/// with a comparison (比, 较, 同比), nor a rate (覆盖率: a rate moves in points).
fn thing(words: &str) -> bool {
    let n = words.chars().count();
    (1..=THING).contains(&n)
        && words.chars().all(is_han)
        && !words.starts_with(['到', '至', '为', '了', '比', '较', '同', '的', '平', '均'])
        && !words.ends_with(['率', '的', '约', '近', '超', '达', '逾'])
        && !LEVELS.iter().any(|w| words.ends_with(w))
        && !words.contains(['到', '至', '为'])
        && crate::draft::changes::word_before(words).is_none()
}

/// In `clause` (a clause's words right before a number in %): the words before the verb,
/// the change's kind and the thing, where the clause ends with a verb and a thing.
fn cut(clause: &str) -> Option<(&str, ChangeKind, &str)> {
    let verbs = VERBS.iter().filter_map(|(v, k)| {
        let at = clause.rfind(v)?;
        Some((at, at + v.len(), *k))
    });
    // 减 alone: after 平均 or at the clause's start.
    let alone = clause.rfind('减').and_then(|at| {
        let before = &clause[..at];
        let word = clause[at + '减'.len_utf8()..].starts_with(['免', '税', '费', '负', '持']);
        (!word && (before.is_empty() || before.ends_with("平均"))).then_some((
            at,
            at + '减'.len_utf8(),
            ChangeKind::Decline,
        ))
    });
    let (at, end, kind) = verbs
        .chain(alone)
        .max_by_key(|&(at, end, _)| (end, std::cmp::Reverse(at)))?;
    let words = &clause[end..];
    thing(words).then_some((&clause[..at], kind, words))
}

/// The clause of `lead` that ends right before a number: after its last mark.
fn clause_of(lead: &str) -> &str {
    lead.rfind(['，', '；', '：', '、', ',', ';', ':'])
        .map_or(lead, |i| {
            &lead[i + lead[i..].chars().next().map_or(0, char::len_utf8)..]
        })
}

impl Reader<'_> {
    /// Reads number `i` (in %) as a change of the thing its verb, printed before the
    /// thing, changes; or as the next item of such a change after 、 (材料38%); an amount
    /// as [`Reader::budget_item`] reads it. The next number to read, or `None` where the
    /// number is not of that shape.
    pub(super) fn cut_before(&mut self, i: usize, lead_all: &str, unit: &Unit) -> Option<usize> {
        if unit.zh != "%" {
            // 增加中央预算内建设投资100亿元: an amount a budget's item moved by.
            let s = self.s;
            return self.budget_item(i, &s[..self.nums[i].start], unit);
        }
        let lead = &self.s[..self.nums[i].start];
        let (subject, kind, what) = match cut(clause_of(lead)) {
            Some((before, kind, what)) => {
                let before = before.strip_suffix("平均").unwrap_or(before);
                (label::label(before, "", true), kind, what)
            }
            None => {
                // 、材料38% after 压减办理时间45%: the item before's verb.
                let what = lead_all.strip_prefix('、').filter(|w| thing(w))?;
                let prev = self.nums.get(i.checked_sub(1)?)?;
                let (_, kind, _) = cut(clause_of(&self.s[..prev.start]))?;
                (String::new(), kind, what)
            }
        };
        let change = FoundChange {
            qualifier: super::qualifier(None, unit),
            ..FoundChange::new(kind, self.nums[i].value, &unit.zh)
        };
        let name = format!("{subject}{what}");
        let part = self.part(self.nums[i].start);
        self.push(Found {
            part,
            ..Found::change_only(name, change, unit.end)
        });
        Some(i + 1)
    }
}
