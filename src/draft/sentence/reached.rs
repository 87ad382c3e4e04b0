//! Whom a measure reached, named after the measure (issue 18, s-test22 N7): 向困难群众发放
//! 一次性生活补助，惠及1100多万人 counts the people the 补助 reached; 惠及 alone names
//! nothing.

use super::Reader;

/// Verbs of reaching people that a clause of their own opens with, the measure in the
/// clause before.
const REACHED: [&str; 3] = ["惠及", "覆盖", "受益"];

/// Verbs by which the clause before gives the measure (发放一次性生活补助).
const GIVEN: [&str; 8] = [
    "发放", "实施", "开展", "推行", "实行", "投放", "落实", "出台",
];

/// The most characters of a measure's name.
const LONGEST: usize = 12;

impl Reader<'_> {
    /// `label` named after the measure of the clause before `lead`'s last, where `label`
    /// is a verb of [`REACHED`] alone and that clause gives a measure ([`GIVEN`]): 一次性
    /// 生活补助惠及. Unchanged otherwise (the desk names it; `check` says so).
    pub(super) fn reached_by(lead: &str, label: &mut String) {
        if !REACHED.contains(&label.as_str()) {
            return;
        }
        let mut clauses = lead.rsplit(['，', ',']);
        let (Some(_), Some(before)) = (clauses.next(), clauses.next()) else {
            return;
        };
        let Some(measure) = GIVEN
            .iter()
            .filter_map(|v| before.rfind(v).map(|i| &before[i + v.len()..]))
            .min_by_key(|m| m.len())
        else {
            return;
        };
        let named = measure.chars().count();
        if (2..=LONGEST).contains(&named) && measure.chars().all(crate::draft::scan::is_han) {
            label.insert_str(0, measure);
        }
    }
}
