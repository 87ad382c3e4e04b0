//! Targets beside results: each place's growth target beside its result of the year before.

use super::{cells, common_year, item, per_place, spec, Drawn, Measure, Of};
use crate::publish::register::{Entry, Register};
use crate::shared::charts::target_result::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::Status;

/// Each place's growth target for the most common target year beside its result of the
/// year before, largest target first; `None` with fewer than three places that give both.
pub fn draw<'a>(register: &'a Register, of: Of<'_>) -> Option<Drawn<'a>> {
    let m = Measure::Growth;
    let target = |e: &&Entry| e.figure.status == Status::Target && m.of(&e.figure).is_some();
    let year = common_year(register.of(of.id).filter(target))?;
    let (targets, mut unsure) = per_place(cells(register, of.id, Status::Target, year), m);
    let (results, unsure_r) = per_place(cells(register, of.id, Status::Result, year - 1), m);
    unsure.extend(unsure_r);
    let mut pairs: Vec<(&Entry, &Entry)> = targets
        .iter()
        .filter(|t| !unsure.iter().any(|u| u == t.place_or_slug()))
        .filter_map(|t| results.iter().find(|r| r.slug == t.slug).map(|r| (*r, *t)))
        .collect();
    if pairs.len() < 3 {
        return None;
    }
    pairs.sort_by(|a, b| {
        let (x, y) = (m.of(&a.1.figure), m.of(&b.1.figure));
        y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut items = Vec::new();
    let mut entries = Vec::new();
    for (r, t) in pairs {
        items.push(item(r, r.place_in(of.lang), m, of.lang));
        items.push(item(t, t.place_in(of.lang), m, of.lang));
        entries.extend([r, t]);
    }
    // Every work report states both: a place without the pair was not read for sure.
    let mut unread: Vec<String> = Vec::new();
    for e in register.of(of.id) {
        // A report whose place was not read is named by its slug, never left blank.
        let name = e.place_or_slug().to_string();
        let drawn = entries.iter().any(|d| d.slug == e.slug);
        if !drawn && !unsure.contains(&name) && !unread.contains(&name) {
            unread.push(name);
        }
    }
    let texts = words::target_result(of.lang, of.name, year);
    Some(Drawn {
        spec: spec(of, KIND, texts, items),
        entries,
        unsure,
        bounds: Vec::new(),
        unread,
        absent: Vec::new(),
    })
}
