//! The verb a change's sentence prints before its number, where one kind of change is
//! printed with more than one: 比上年末增加1.8万人 is a net increase, which 新增 (gross new
//! entries) misreads; 提高0.85个百分点 is printed 提高, not 提升; 上涨0.2% (prices) is
//! no 增长, and 压减5% (a spending cut) no 下降. The kind keeps its meaning; every text
//! of the change prints the sentence's own word.

use super::decimal;
use crate::shared::model::{Change, ChangeKind, Figure, Status};

/// The words a points rise is printed with; the first is said where the sentence
/// prints none of them.
const RISE: [&str; 5] = ["提升", "提高", "上升", "增加", "上调"];

/// The words a change in a count's or an amount's unit is printed with.
/// 边民补助标准再提高1200元: a standard raised, never a new subsidy (新增).
const ADDED: [&str; 5] = ["新增", "增加", "净增", "提高", "提升"];

/// The words a fall in a count's or an amount's unit is printed with.
const REDUCED: [&str; 7] = ["减少", "下降", "降低", "净减", "压减", "压降", "减产"];

/// The words a growth in per cent is printed with.
const GROWTH: [&str; 6] = ["增长", "上涨", "涨幅", "增幅", "增产", "上调"];

/// The words a decline is printed with.
const DECLINE: [&str; 15] = [
    "下降", "压减", "压降", "减少", "下跌", "回落", "降低", "下滑", "收窄", "压缩", "微降", "减产",
    "精简", "降价", "下调",
];

/// The verb of change `c` of figure `f` in Chinese, as its sentence prints it before the
/// number, for the kinds printed with more than one (`None` for the others).
pub fn zh(c: &Change, f: &Figure) -> Option<&'static str> {
    let words: &[&'static str] = match c.kind {
        ChangeKind::Rise => &RISE,
        ChangeKind::Added => &ADDED,
        ChangeKind::Reduced => &REDUCED,
        ChangeKind::Growth => &GROWTH,
        ChangeKind::Decline => &DECLINE,
        _ => return None,
    };
    let at_number = format!("{}{}", decimal(c.value, c.decimals), c.unit);
    let printed = f.source.match_indices(&at_number).find_map(|(at, _)| {
        let mut before = &f.source[..at];
        // 增加约5万人: a qualifier between the verb and the number.
        for q in ["约", "超过", "超", "近"] {
            before = before.strip_suffix(q).unwrap_or(before);
        }
        words.iter().copied().find(|w| before.ends_with(w))
    });
    printed.or(words.first().copied())
}

/// The change kinds a verb printed before a number may be, and the longest such verb that
/// `before` ends with (新增 → `added`; 下降 → a decline, or a fall in the figure's unit);
/// `None` where `before` ends in no verb of change.
pub fn kinds_before(before: &str) -> Option<(&'static str, Vec<ChangeKind>)> {
    let lists: [(ChangeKind, &[&'static str]); 5] = [
        (ChangeKind::Rise, &RISE),
        (ChangeKind::Added, &ADDED),
        (ChangeKind::Reduced, &REDUCED),
        (ChangeKind::Growth, &GROWTH),
        (ChangeKind::Decline, &DECLINE),
    ];
    let word = (lists.iter().flat_map(|(_, ws)| ws.iter().copied()))
        .filter(|w| before.ends_with(w))
        .max_by_key(|w| w.len())?;
    let kinds = (lists.iter())
        .filter(|(_, ws)| ws.contains(&word))
        .map(|(k, _)| *k)
        .collect();
    Some((word, kinds))
}

/// The English of the Chinese verbs: data, `data/glossary/change-verbs.txt`.
const ENGLISH: &str = include_str!("../../../data/glossary/change-verbs.txt");

/// The Chinese verbs of a change the glossary knows (增长, 下降, 压减 …), in its order.
pub fn chinese() -> impl Iterator<Item = &'static str> {
    ENGLISH
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
}

/// The English of change `c`'s verb as `f`'s sentence prints it (压减 → "cut", 上涨 →
/// "rose", 回落 → "fell back"); a target's or a limit's in the glossary's words for a
/// change still to come (上涨 → "up": a goal never "rose"); `None` for the kinds printed
/// with one verb only, or a verb the glossary lacks.
pub fn en(c: &Change, f: &Figure) -> Option<&'static str> {
    let zh = zh(c, f)?;
    let en = ENGLISH
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .find(|(w, _)| *w == zh)
        .map(|(_, en)| en.trim())?;
    Some(match en.split_once('|') {
        Some((_, to_come)) if f.status != Status::Result => to_come.trim(),
        Some((result, _)) => result.trim(),
        None => en,
    })
}
