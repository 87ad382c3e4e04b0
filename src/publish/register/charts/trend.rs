//! A place's trend: its values across the years the register holds.

use super::{all_consistent, common_unit, fullest, item, per_place, spec, Drawn, Measure, Of};
use crate::publish::register::{marks, Entry, Period, Register};
use crate::shared::charts::trend::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::Status;
use std::collections::BTreeMap;

/// Each place's values across the years the register holds, one chart a place with two
/// years or more, oldest first.
pub fn draw<'a>(register: &'a Register, of: Of<'_>) -> Vec<Drawn<'a>> {
    let m = Measure::Value;
    // Reports that name no place are no one place: each is its own.
    let key = Entry::place_or_slug;
    let mut places: Vec<&Entry> = Vec::new();
    for e in register.of(of.id) {
        if !places.iter().any(|p| key(p) == key(e)) {
            places.push(e);
        }
    }
    let mut out = Vec::new();
    for first in places {
        let mut years: BTreeMap<i64, Vec<&Entry>> = BTreeMap::new();
        for e in register.of(of.id).filter(|e| key(e) == key(first)) {
            if let (Period::Year(y), Status::Result, Some(_), false) = (
                &e.period,
                e.figure.status,
                m.of(&e.figure),
                marks::passed(&e.figure),
            ) {
                years.entry(*y).or_default().push(e);
            }
        }
        let mut unsure = Vec::new();
        let mut one: Vec<(i64, &Entry)> = Vec::new();
        for (y, list) in &years {
            // Two reports of the place may print one year's value (a five-year review and
            // last year's report): printed alike, they are one value.
            let (firsts, bad) = per_place(list.iter().copied(), m);
            match (fullest(&firsts), bad.is_empty() && all_consistent(&firsts)) {
                (Some(e), true) => one.push((*y, e)),
                _ => unsure.push(words::year_label(of.lang, *y)),
            }
        }
        let Some(unit) = common_unit(&one.iter().map(|(_, e)| *e).collect::<Vec<_>>(), m) else {
            continue;
        };
        one.retain(|(_, e)| m.unit(&e.figure) == unit);
        if one.len() < 2 {
            continue;
        }
        let items = one
            .iter()
            .map(|(y, e)| item(e, words::year_label(of.lang, *y), m, of.lang))
            .collect();
        let texts = words::trend(of.lang, of.name, &first.place_in(of.lang));
        let mut s = spec(of, KIND, texts, items);
        s.id = format!("{}-trend-{}", of.id, out.len() + 1);
        out.push(Drawn {
            spec: s,
            entries: one.into_iter().map(|(_, e)| e).collect(),
            unsure,
            bounds: Vec::new(),
            unread: Vec::new(),
            absent: Vec::new(),
        });
    }
    out
}
