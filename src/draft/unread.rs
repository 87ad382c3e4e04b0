//! Why each `unread` skip was left for the desk. The data file stores only the reason
//! `unread`; `make check-data` reads the cause again off the skip's sentence with the
//! draft's own cues (a 分别 list, 倍, 优于, a unit the glossary knows…), so that it tells
//! the desk what to look at instead of one word for all.

use crate::draft::changes;
use crate::draft::glossary::Glossary;
use crate::draft::numbers;
use crate::shared::model::{Skip, SkipReason, UnreadCause};

/// Words that make a clause a goal.
const TARGET_WORDS: [&str; 7] = ["力争", "预期", "目标", "计划", "争取", "确保", "预计"];

/// Where `number` stands in `sentence` as a whole number (not inside 12.5 or 2025).
fn at(sentence: &str, number: &str) -> Option<usize> {
    let digit = |c: char| c.is_ascii_digit() || c == '.';
    sentence.match_indices(number).map(|(i, _)| i).find(|&i| {
        !sentence[..i].ends_with(digit) && !sentence[i + number.len()..].starts_with(digit)
    })
}

/// The cause of one `unread` skip; [`UnreadCause::Unsure`] when its number is not in
/// its sentence or no cue says more.
pub fn cause(skip: &Skip, glossary: &Glossary) -> UnreadCause {
    let s = skip.sentence.as_str();
    let Some(i) = at(s, &skip.number) else {
        return UnreadCause::Unsure;
    };
    // A table's row is read by its header or not at all: its cells say nothing alone.
    if crate::draft::table::is_row(s) {
        return UnreadCause::TableRow;
    }
    let (lead, after) = (&s[..i], &s[i + skip.number.len()..]);
    // A minus sign, not a dash between two numbers (5-5.5%, a range).
    let sign = &crate::shared::format::sign::dash_before;
    if crate::shared::format::sign::minus_before(lead) || sign(lead) {
        return UnreadCause::Negative;
    }
    if crate::draft::among::counted_among(s, i) {
        return UnreadCause::InsideLabel;
    }
    if crate::draft::unsure::spaced_digits(lead, after) {
        return UnreadCause::SpacedDigits;
    }
    let printed_unit = numbers::unit(after, 0, glossary);
    let unit_end = printed_unit.as_ref().map(|u| u.unit_end);
    let after_unit = unit_end.and_then(|e| after.get(e..));
    let unit_zh = printed_unit.as_ref().map(|u| u.zh.as_str());
    // 逾30万吨, 最高500万元奖励, 跨过3万亿元: words no qualifier of the data file writes.
    if crate::draft::unsure::more_or_less(lead, after_unit)
        || crate::draft::unsure::cap_of_support(lead, after_unit)
        || crate::draft::unsure::passed_unwritten(lead, unit_zh)
    {
        return UnreadCause::MoreOrLess;
    }
    // 比常年偏高0.5℃: a comparison with the normal, which no change kind holds.
    if crate::draft::unsure::off_the_normal(lead) {
        return UnreadCause::OffNormal;
    }
    // The clause the number stands in: a 分别 of another clause is no list of this one.
    let clause = lead.rfind(['，', '；', '。']).map_or(lead, |k| &lead[k..]);
    if clause.contains("分别") || lead.ends_with(['、', '和']) && s.contains("分别") {
        return UnreadCause::ListPairing;
    }
    if after.starts_with('倍') {
        return UnreadCause::TimesChange;
    }
    let better = clause.contains("优于") || clause.contains("好于");
    if after.starts_with("个百分点") && better || crate::draft::unsure::gap_to_target(lead, after)
    {
        return UnreadCause::Comparison;
    }
    let Some(unit) = numbers::unit(after, 0, glossary) else {
        return UnreadCause::UnknownUnit;
    };
    if changes::word_before(lead).is_some() {
        return UnreadCause::ChangeUnclaimed;
    }
    if after.get(unit.end..).is_some_and(|r| r.starts_with('的')) {
        return UnreadCause::InsideLabel;
    }
    // 今年全市新开工项目300个 in a story of the year's plans: a plan or a count so far.
    let this_year = lead.contains("今年") && !lead.contains("今年以来");
    if TARGET_WORDS.iter().any(|w| clause.contains(w)) || this_year {
        return UnreadCause::PossibleTarget;
    }
    if unit.zh.ends_with('元') {
        return UnreadCause::NoSubject;
    }
    UnreadCause::Unsure
}

/// How many `unread` skips of `skips` have each cause, in the order of
/// [`UnreadCause`]; empty when none is unread.
pub fn tally(skips: &[Skip], glossary: &Glossary) -> Vec<(UnreadCause, usize)> {
    let mut causes: Vec<UnreadCause> = skips
        .iter()
        .filter(|s| s.reason == SkipReason::Unread)
        .map(|s| cause(s, glossary))
        .collect();
    causes.sort();
    let mut out: Vec<(UnreadCause, usize)> = Vec::new();
    for c in causes {
        match out.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => out.push((c, 1)),
        }
    }
    out
}

/// True when a number of figure `f` (of `sentence`, from byte `from`) is followed by its
/// unit and 半 (会期5天半, 3个半月): the text prints no number for what it counts, and
/// 5.5 would state what it does not print, so the number is left `unread` for the desk.
pub fn halved(sentence: &str, from: usize, f: &crate::draft::sentence::Found) -> bool {
    crate::check::printed::numbers(sentence)
        .into_iter()
        .filter(|n| n.start >= from && n.start < f.end())
        .any(|n| {
            let rest = sentence.get(n.end..).unwrap_or_default();
            let rest = rest.strip_prefix(f.unit.as_str()).unwrap_or(rest);
            rest.starts_with('半') || rest.starts_with("个半")
        })
}
