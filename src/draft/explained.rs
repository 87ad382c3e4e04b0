//! A target the report explains (经济增长预期目标为5%左右，考虑了…; 城镇调查失业率5.5%左右，
//! 体现了…; 有6.5%的增速就能够实现…): after setting the year's targets, a report says
//! again why it chose them. The number is the target said once more, no second figure:
//! the draft leaves it a skip of reason `restated`, as it does a quote that says again
//! what the text gave.

use super::sentence::Found;
use super::Drafted;
use crate::shared::model::{Qualifier, Status};

/// Words that open a clause explaining the number before it: why it was chosen, what it
/// shows.
const EXPLAINS: [&str; 8] = [
    "考虑了",
    "体现了",
    "既是",
    "目的在于",
    "突出了",
    "旨在",
    "兼顾了",
    "主要考虑",
];

/// Words that open the reasons for a target the clause before proposes (提出…增长6%左右，
/// 主要是…; 提出…，综合考虑了…): after 提出 they explain the choice, as [`EXPLAINS`] do
/// anywhere.
const REASONS: [&str; 5] = ["主要是", "主要考虑", "综合考虑", "这是", "是为了"];

/// True when the clause of `sentence` that ends at byte `end` opens with 提出, no
/// subject before it: the report speaking of the target it set (这里要着重说明，提出…), not
/// a plan that proposes one (《纲要》提出，…).
fn proposed(sentence: &str, end: usize) -> bool {
    let Some(before) = sentence.get(..end) else {
        return false;
    };
    let clause = before
        .rfind(['，', '；', '：', ',', ';', ':'])
        .map_or(before, |i| &before[i..])
        .trim_start_matches(['，', '；', '：', ',', ';', ':', ' ', '\u{3000}']);
    clause.starts_with("提出")
}

/// `after` (what follows a figure) with the name of a target it goes on to take out
/// (…6%左右的目标，; …6%左右的地区生产总值增长目标，), and whether it had one.
fn target_named(after: &str) -> (&str, bool) {
    let Some(rest) = after.strip_prefix('的') else {
        return (after, false);
    };
    let end = rest.find(['，', ',', '；', '。']).unwrap_or(rest.len());
    match rest[..end].strip_suffix("目标") {
        Some(name) if name.chars().count() <= 12 => (&rest[end..], true),
        _ => (after, false),
    }
}

/// Words after a rate that make it a growth no indicator names (有6.5%的增速就能够实现…):
/// what a rate of growth would do, not what grows by it.
const BARE_GROWTH: [&str; 2] = ["的增速", "的增长速度"];

/// The numbers a figure prints, value or change: its value, upper end, unit and qualifier.
type Printed<'a> = (f64, Option<f64>, &'a str, Option<Qualifier>);

/// What figure `f` prints: its value where it has one, else its change.
fn printed(f: &Found) -> Option<Printed<'_>> {
    match (f.value, &f.change) {
        (Some(v), _) => Some((v, f.to, f.unit.as_str(), f.qualifier)),
        (None, Some(c)) => Some((c.value, c.to, c.unit.as_str(), c.qualifier)),
        _ => None,
    }
}

/// True when target `f` of `sentence` is explained right after it (a clause of
/// [`EXPLAINS`], or a growth no indicator names) and prints the numbers of a target
/// drafted before it, value or change alike, of the same indicator or under a name that
/// is only the target's.
pub fn restated(sentence: &str, f: &Found, drafted: &[Drafted]) -> bool {
    if f.status != Status::Target {
        return false;
    }
    let after = sentence.get(f.end()..).unwrap_or_default();
    let (after, target_named) = target_named(after);
    let clause = after.trim_start_matches(['，', ',']);
    let reasons = proposed(sentence, f.end()) && REASONS.iter().any(|w| clause.starts_with(w));
    let explained =
        after.len() > clause.len() && (EXPLAINS.iter().any(|w| clause.starts_with(w)) || reasons);
    let bare = BARE_GROWTH.iter().any(|w| after.starts_with(w));
    let Some(own) = printed(f).filter(|_| explained || bare) else {
        return false;
    };
    // The same numbers are the same target only where the words say so: the same
    // indicator, or a name that is only the target's (经济增长预期目标) or none.
    let named_target = bare || target_named || f.label.contains("目标");
    drafted.iter().map(|d| &d.found).any(|d| {
        let change = d
            .change
            .as_ref()
            .map(|c| (c.value, c.to, c.unit.as_str(), c.qualifier));
        let value = d.value.map(|v| (v, d.to, d.unit.as_str(), d.qualifier));
        let same = !d.label.is_empty()
            && (d.label.ends_with(f.label.as_str()) || f.label.ends_with(d.label.as_str()));
        d.status == Status::Target
            && (named_target || same)
            && (change == Some(own) || value == Some(own))
    })
}
