//! Targets and outcomes: a place's target for a year, from the report that set it (last
//! year's), beside its result of that year, from the report that reviews it (this
//! year's). The two come from two reports; each is drawn as what it is, target or result.
//!
//! A growth target stands beside a growth ([`draw`]); a target or a limit of an amount or
//! a count (城镇新增就业1.2万人以上, 粮食产量稳定在50亿斤以上, 控制在5.5%以内) beside the
//! result's value ([`values`]), compared in base units (1.2万人 is 12000 人, beside
//! 13500人) and printed as written. A pair whose units are not one unit in two magnitudes
//! (50亿斤 beside 25.6万吨, 5.5% beside 0.4个百分点) is never drawn:
//! [`not_compared`] names it for the desk.

use super::{all_consistent, fullest, item, per_place, spec, Drawn, Measure, Of};
use crate::publish::register::{Entry, Period, Register};
use crate::shared::charts::target_result::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::Status;
use std::collections::BTreeMap;

/// What a chart of targets and outcomes draws: the measure, and the statuses a target of
/// it may have (a limit bounds a value, never a growth here).
#[derive(Clone, Copy)]
struct Side {
    measure: Measure,
    goals: &'static [Status],
}

const GROWTH: Side = Side {
    measure: Measure::Growth,
    goals: &[Status::Target],
};
const VALUES: Side = Side {
    measure: Measure::Value,
    goals: &[Status::Target, Status::Limit],
};

impl Side {
    /// Whether `e` is a goal (`goal`) or a result of this side's measure.
    fn holds(self, e: &Entry, goal: bool) -> bool {
        let status = e.figure.status;
        let kind = if goal {
            self.goals.contains(&status)
        } else {
            status == Status::Result
        };
        kind && self.measure.of(&e.figure).is_some()
    }
}

/// The places' number, one a place, goals (`goal`) or results of year `year`, from
/// whichever of its reports prints it; places whose reports disagree in `unsure`.
fn of_places<'a>(
    register: &'a Register,
    (id, side, goal): (&str, Side, bool),
    year: i64,
    unsure: &mut Vec<String>,
) -> BTreeMap<String, &'a Entry> {
    let cell = register
        .of(id)
        .filter(|e| !e.place.is_empty())
        .filter(|e| side.holds(e, goal) && e.period == Period::Year(year));
    let (firsts, bad) = per_place(cell, side.measure);
    unsure.extend(bad);
    let mut by: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    for e in firsts {
        by.entry(e.place.clone()).or_default().push(e);
    }
    let mut out = BTreeMap::new();
    for (place, list) in by {
        match fullest(&list) {
            Some(e) if all_consistent(&list) => {
                out.insert(place, e);
            }
            _ => unsure.push(place),
        }
    }
    out
}

/// The years for which a place of the register has both a goal and a result of the
/// side's measure, from two different reports, latest first.
fn years(register: &Register, id: &str, side: Side) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for t in register.of(id).filter(|e| side.holds(e, true)) {
        let Period::Year(y) = t.period else { continue };
        let result = register.of(id).any(|r| {
            side.holds(r, false)
                && r.period == t.period
                && r.slug != t.slug
                && !r.place.is_empty()
                && r.place == t.place
        });
        if result && !out.contains(&y) {
            out.push(y);
        }
    }
    out.sort_unstable_by(|a, b| b.cmp(a));
    out
}

/// The pairs of the latest year that has one, each place's result then its goal, and
/// those whose two numbers are in units that cannot be compared.
struct Pairs<'a> {
    year: i64,
    drawn: Vec<(&'a Entry, &'a Entry)>,
    apart: Vec<(&'a Entry, &'a Entry)>,
    unsure: Vec<String>,
}

fn pairs<'a>(register: &'a Register, id: &str, side: Side) -> Option<Pairs<'a>> {
    let year = *years(register, id, side).first()?;
    let mut unsure = Vec::new();
    let goals = of_places(register, (id, side, true), year, &mut unsure);
    let results = of_places(register, (id, side, false), year, &mut unsure);
    let (mut drawn, mut apart) = (Vec::new(), Vec::new());
    for (place, t) in &goals {
        let Some(r) = results.get(place).filter(|r| r.slug != t.slug) else {
            continue;
        };
        // 万人 beside 人 is one unit in two magnitudes, on one scale in base units; 亿斤
        // beside 万吨, or % beside 个百分点, are not.
        let m = side.measure;
        if m.unit(&r.figure) == m.unit(&t.figure) {
            drawn.push((*r, *t));
        } else {
            apart.push((*r, *t));
        }
    }
    unsure.sort();
    unsure.dedup();
    Some(Pairs {
        year,
        drawn,
        apart,
        unsure,
    })
}

/// The chart of `side` for `of`: `None` where no place has a pair that compares.
fn chart<'a>(register: &'a Register, of: Of<'_>, side: Side) -> Option<Drawn<'a>> {
    let p = pairs(register, of.id, side)?;
    if p.drawn.is_empty() {
        return None;
    }
    let m = side.measure;
    let mut items = Vec::new();
    let mut entries = Vec::new();
    for (r, t) in p.drawn {
        items.push(item(r, r.place_in(of.lang), m, of.lang));
        items.push(item(t, t.place_in(of.lang), m, of.lang));
        entries.extend([r, t]);
    }
    let (texts, suffix) = match m {
        Measure::Growth => (words::outcome(of.lang, of.name, p.year), "outcome"),
        Measure::Value => (
            words::outcome_values(of.lang, of.name, p.year),
            "outcome-values",
        ),
    };
    let mut spec = spec(of, KIND, texts, items);
    spec.id = format!("{}-{suffix}", of.id);
    Some(Drawn {
        spec,
        entries,
        unsure: p.unsure,
        bounds: Vec::new(),
        unread: Vec::new(),
        absent: Vec::new(),
    })
}

/// For the latest year that has one, each place's growth target for it (from the report
/// that set it) beside its result (from the report that reviews it), the result first;
/// `None` where no place has both. One place is enough: the chart compares a place with
/// its own word.
pub fn draw<'a>(register: &'a Register, of: Of<'_>) -> Option<Drawn<'a>> {
    chart(register, of, GROWTH)
}

/// As [`draw`], for a target or a limit of a value (an amount, a count, a rate): each
/// beside the result's value in the same unit, drawn in base units and printed as
/// written (目标1.2万人以上 beside 13500人). Places whose two units differ are left out
/// ([`not_compared`]).
pub fn values<'a>(register: &'a Register, of: Of<'_>) -> Option<Drawn<'a>> {
    chart(register, of, VALUES)
}

/// The note for the desk where [`values`] leaves a place out because its target and its
/// result are in units that are not one unit in two magnitudes: each place with both
/// numbers as printed. `None` where none is left out so.
pub fn not_compared(register: &Register, of: Of<'_>) -> Option<String> {
    let p = pairs(register, of.id, VALUES)?;
    if p.apart.is_empty() {
        return None;
    }
    let printed = |e: &Entry| {
        let it = item(e, String::new(), Measure::Value, of.lang);
        it.value_text.unwrap_or_default()
    };
    let places: Vec<String> = (p.apart.iter())
        .map(|(r, t)| words::apart(of.lang, &r.place_in(of.lang), &printed(t), &printed(r)))
        .collect();
    let title = words::outcome_values(of.lang, of.name, p.year).0;
    Some(words::not_compared(of.lang, &title, &places))
}
