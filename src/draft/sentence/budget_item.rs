//! A budget's item raised or cut by an amount printed after it: 增加中央预算内建设投资
//! 100亿元, 中央财政为此将增加支出42亿元, 削减财政赤字450亿元, and the item printed after
//! its amount (一次性增加6万亿元地方专项债务限额). The amount is the item's
//! change (`added`, `reduced`), never a value of a figure labelled by the verb: the item is
//! far bigger than what it moved by. Only the items a budget holds, in 元: what a cut saves
//! (降低税费负担300亿元, 压减资金4.2亿元) and things added (增加床位2000个) are amounts
//! of their own, as the truth lists write them.

use super::{kind_of, Found, FoundChange, Reader};
use crate::draft::numbers::{Unit, PEOPLE};
use crate::draft::scan::is_han;
use crate::shared::model::ChangeKind;

/// Verbs that move a budget's item by an amount, with the kind of change.
const VERBS: [(&str, ChangeKind); 2] = [("增加", ChangeKind::Added), ("削减", ChangeKind::Reduced)];

/// Words that end the name of an item a budget holds.
const ITEMS: [&str; 5] = ["支出", "投资", "赤字", "基金", "限额"];

/// The most characters of an item's name (中央预算稳定调节基金).
const ITEM: usize = 16;

/// In `clause` (a clause's words right before an amount): the kind of change and the
/// item, where the clause ends with a verb and a budget's item.
fn item(clause: &str) -> Option<(ChangeKind, &str)> {
    let (at, verb, kind) = VERBS
        .iter()
        .filter_map(|(v, k)| clause.rfind(v).map(|at| (at, *v, *k)))
        .max_by_key(|&(at, _, _)| at)?;
    let what = &clause[at + verb.len()..];
    let n = what.chars().count();
    let fits = (1..=ITEM).contains(&n)
        && what.chars().all(is_han)
        && !what.contains(['到', '至', '为', '的'])
        && ITEMS.iter().any(|w| what.ends_with(w));
    fits.then_some((kind, what))
}

/// In `clause` (a clause's words right before an amount) and `rest` (the words right
/// after its unit): the kind of change and the item, where the clause ends with the verb
/// and the item follows the amount (一次性增加6万亿元地方专项债务限额置换…): the
/// shortest run of 汉字 after the amount that ends with a budget's item.
fn item_after<'a>(clause: &str, rest: &'a str) -> Option<(ChangeKind, &'a str)> {
    let (_, kind) = VERBS.iter().find(|(v, _)| clause.ends_with(v))?;
    let mut end = 0;
    for c in rest.chars().take(ITEM) {
        if !is_han(c) || matches!(c, '的' | '到' | '至' | '为') {
            return None;
        }
        end += c.len_utf8();
        let what = &rest[..end];
        if ITEMS.iter().any(|w| what.ends_with(w)) {
            return Some((*kind, what));
        }
    }
    None
}

/// Units of a count of people (1000万, 1亿人).
const PEOPLE_UNITS: [&str; 5] = ["人", "万", "万人", "亿", "亿人"];

/// In `clause` (a clause's words right before a count of people): where the clause ends
/// with 减少 and people (今年再减少农村贫困人口1000万以上), the number is how many fewer
/// of them there are, a change of their count: `Reduced` and the people. 增加 before a
/// noun adds things (增加床位2000个) and stays a count of its own.
fn people_reduced(clause: &str) -> Option<(ChangeKind, &str)> {
    let at = clause.rfind("减少")?;
    let what = &clause[at + "减少".len()..];
    let fits = (1..=ITEM).contains(&what.chars().count())
        && what.chars().all(is_han)
        && PEOPLE.iter().any(|p| what.ends_with(p));
    fits.then_some((ChangeKind::Reduced, what))
}

impl Reader<'_> {
    /// Reads number `i` (an amount in 元) as the change of the budget's item its verb,
    /// printed before the item, moves; the next number to read, or `None` where the
    /// number is not of that shape.
    pub(super) fn budget_item(&mut self, i: usize, lead: &str, unit: &Unit) -> Option<usize> {
        let people = PEOPLE_UNITS.contains(&unit.zh.as_str());
        if !unit.zh.ends_with('元') && !people {
            return None;
        }
        let clause = lead
            .rfind(['，', '；', '：', '、', ',', ';', ':'])
            .map_or(lead, |at| &lead[at..])
            .trim_start_matches(['，', '；', '：', '、', ',', ';', ':']);
        let rest = &self.s[unit.end..];
        let (kind, what) = match rest.starts_with(is_han) {
            _ if people => people_reduced(clause).filter(|_| !rest.starts_with(is_han))?,
            true => item_after(clause, rest)?,
            false => item(clause)?,
        };
        let change = FoundChange {
            qualifier: super::qualifier(None, unit),
            ..FoundChange::new(kind, self.nums[i].value, &unit.zh)
        };
        let start = self.nums[i].start;
        let found = Found {
            change: Some(change),
            part: self.part(start),
            ..Found::new(
                what.to_string(),
                None,
                &unit.zh,
                kind_of(self.g, &unit.zh, None),
                unit.end,
            )
        };
        self.push(found);
        self.cursor = unit.end;
        Some(i + 1)
    }
}
