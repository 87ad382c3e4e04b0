//! A bound whose clause names no indicator of its own (issue 18, s-test21 A4 and B2): 控制
//! 在省核定的限额68.5亿元以内 after 政府债务余额62.7亿元 is the ceiling of that balance,
//! never a thing called 核定的限额; 2026年仍控制在5.5%以内 says only that the bound is
//! kept, and 仍 names nothing.

use super::Reader;
use crate::draft::label::clause_tail;
use crate::shared::model::Status;

/// Words by which a text names a ceiling set on the thing its clause holds under it.
pub(crate) const CEILINGS: [&str; 3] = ["限额", "上限", "控制数"];

/// Adverbs that say a thing goes on as before (仍控制在, 继续保持在): a label of these
/// alone names no indicator.
const GOES_ON: [&str; 8] = ["仍", "仍然", "依然", "继续", "还", "也", "仍将", "将继续"];

/// What the draft makes of a bound's label.
pub(super) enum Held {
    /// The label names an indicator: kept.
    Named,
    /// The bound is of the figure before it in its sentence: named after it.
    Of(String),
    /// The label names nothing the text says: the number is left for the desk.
    Unnamed,
}

impl Reader<'_> {
    /// False where `label` (of a number whose clause before it is `lead`, in `unit`)
    /// names no thing the text counts, and the number is left for the desk; `label`
    /// named after what the text says it is of where it can be.
    pub(super) fn names_a_thing(&self, lead: &str, label: &mut String, unit: &str) -> bool {
        // 筹措890.59亿元 with nothing it is for after it: a sum named by a verb alone
        // is left to the desk (a count, 实施5批次, keeps its figure; `check` flags it).
        if crate::shared::words::bare_verb(label) && unit.ends_with('元') {
            return false;
        }
        Self::reached_by(lead, label);
        match self.held_under(lead, label, unit) {
            Held::Named => true,
            Held::Of(what) => {
                *label = what;
                true
            }
            Held::Unnamed => false,
        }
    }

    /// What `label` (of a number whose clause before it is `lead`, in `unit`) names
    /// where the clause holds something under a bound ([`CEILINGS`], [`GOES_ON`]).
    pub(super) fn held_under(&self, lead: &str, label: &str, unit: &str) -> Held {
        let clause = clause_tail(lead);
        let ceiling = CEILINGS.iter().any(|w| label.ends_with(w));
        let kept = GOES_ON
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .unwrap_or(clause);
        let opens_held = HOLDING.iter().any(|w| kept.starts_with(w));
        if ceiling && opens_held {
            // 余额62.7亿元，控制在…限额68.5亿元以内: what the clause before counts, in the
            // same unit, is what the ceiling holds.
            return self
                .out
                .figures
                .last()
                .filter(|f| f.unit == unit && !f.label.is_empty())
                .map_or(Held::Unnamed, |f| Held::Of(f.label.clone()));
        }
        // 2026年仍控制在5.5%以内: named after the sentence before, or left for the desk
        // ([`kept_named`]).
        if GOES_ON.contains(&label) && holding(lead).is_some() {
            return Held::Named;
        }
        if GOES_ON.contains(&label) || label.is_empty() && opens_held {
            return Held::Unnamed;
        }
        Held::Named
    }
}

/// Verbs that hold a thing at a bound.
const HOLDING: [&str; 3] = ["控制在", "保持在", "不超过"];

/// The verb of [`HOLDING`] of the clause that ends `before`, if any.
fn holding(before: &str) -> Option<&'static str> {
    let clause = clause_tail(before);
    HOLDING.iter().copied().find(|w| clause.contains(w))
}

/// Names figure `f` of `sentence` (of paragraph `paragraph`), whose label is only an
/// adverb of going on (2026年仍控制在5.5%以内), after the figure of an earlier sentence
/// of its paragraph that the same verb holds, in the same unit (城镇调查失业率控制在5.5%
/// 以内): the text says it is that one's. False where there is none: the desk names it.
pub(crate) fn kept_named(
    f: &mut super::Found,
    sentence: &str,
    paragraph: usize,
    drafted: &[crate::draft::Drafted],
) -> bool {
    if !GOES_ON.contains(&f.label.as_str()) {
        return true;
    }
    let Some(verb) = holding(sentence.get(..f.end()).unwrap_or(sentence)) else {
        return false;
    };
    let kept = drafted
        .iter()
        .rev()
        .take_while(|d| d.paragraph == paragraph)
        .filter(|d| d.figure.source != sentence && d.found.unit == f.unit)
        .find(|d| holding(d.figure.source.get(..d.found.end()).unwrap_or_default()) == Some(verb));
    match kept.map(|d| &d.figure) {
        Some(k) if !GOES_ON.contains(&k.label.zh.as_str()) => {
            f.label.clone_from(&k.label.zh);
            // 仍 says the bound is kept as it was: a limit still, never a bound met
            // (`met_bounds`) where the one it keeps is a limit.
            if k.status == Status::Limit {
                f.status = Status::Limit;
                f.bound = true;
            }
            true
        }
        _ => false,
    }
}
