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
    let clause = after.trim_start_matches(['，', ',']);
    let explained = after.len() > clause.len() && EXPLAINS.iter().any(|w| clause.starts_with(w));
    let bare = BARE_GROWTH.iter().any(|w| after.starts_with(w));
    let Some(own) = printed(f).filter(|_| explained || bare) else {
        return false;
    };
    // The same numbers are the same target only where the words say so: the same
    // indicator, or a name that is only the target's (经济增长预期目标) or none.
    let named_target = bare || f.label.contains("目标");
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
