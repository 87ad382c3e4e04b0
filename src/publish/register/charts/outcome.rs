//! Targets and outcomes: a place's growth target for a year, from the report that set it
//! (last year's), beside its result of that year, from the report that reviews it (this
//! year's). The two come from two reports; each is drawn as what it is, target or result.

use super::{all_consistent, fullest, item, per_place, spec, Drawn, Measure, Of};
use crate::publish::register::{Entry, Period, Register};
use crate::shared::charts::target_result::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::Status;
use std::collections::BTreeMap;

/// The places' growth, one number a place, of status `status` for year `year`, from
/// whichever of its reports prints it; places whose reports disagree in `unsure`.
fn of_places<'a>(
    register: &'a Register,
    id: &str,
    status: Status,
    year: i64,
    unsure: &mut Vec<String>,
) -> BTreeMap<String, &'a Entry> {
    let m = Measure::Growth;
    let cell = register
        .of(id)
        .filter(|e| !e.place.is_empty())
        .filter(|e| e.figure.status == status && e.period == Period::Year(year));
    let (firsts, bad) = per_place(cell, m);
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

/// The years for which a place of the register has both a growth target and a result,
/// from two different reports, latest first.
fn years(register: &Register, id: &str) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for t in register
        .of(id)
        .filter(|e| e.figure.status == Status::Target)
    {
        let Period::Year(y) = t.period else { continue };
        let result = register.of(id).any(|r| {
            r.figure.status == Status::Result
                && r.period == t.period
                && r.slug != t.slug
                && !r.place.is_empty()
                && r.place == t.place
                && Measure::Growth.of(&r.figure).is_some()
        });
        if result && Measure::Growth.of(&t.figure).is_some() && !out.contains(&y) {
            out.push(y);
        }
    }
    out.sort_unstable_by(|a, b| b.cmp(a));
    out
}

/// For the latest year that has one, each place's growth target for it (from the report
/// that set it) beside its result (from the report that reviews it), the result first;
/// `None` where no place has both. One place is enough: the chart compares a place with
/// its own word.
pub fn draw<'a>(register: &'a Register, of: Of<'_>) -> Option<Drawn<'a>> {
    let year = *years(register, of.id).first()?;
    let mut unsure = Vec::new();
    let targets = of_places(register, of.id, Status::Target, year, &mut unsure);
    let results = of_places(register, of.id, Status::Result, year, &mut unsure);
    let m = Measure::Growth;
    let mut items = Vec::new();
    let mut entries = Vec::new();
    for (place, t) in &targets {
        let Some(r) = results.get(place).filter(|r| r.slug != t.slug) else {
            continue;
        };
        items.push(item(r, r.place_in(of.lang), m, of.lang));
        items.push(item(t, t.place_in(of.lang), m, of.lang));
        entries.extend([*r, *t]);
    }
    if entries.is_empty() {
        return None;
    }
    unsure.sort();
    unsure.dedup();
    let mut spec = spec(of, KIND, words::outcome(of.lang, of.name, year), items);
    spec.id = format!("{}-outcome", of.id);
    Some(Drawn {
        spec,
        entries,
        unsure,
        bounds: Vec::new(),
        unread: Vec::new(),
        absent: Vec::new(),
    })
}
