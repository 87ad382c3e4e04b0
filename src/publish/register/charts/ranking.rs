//! A ranking of the register: the places of one year in the order of one measure.

use super::{
    bound, cells, common_unit, common_year, item, per_place, qualifier, spec, Drawn, Measure, Of,
};
use crate::publish::register::{marks, Entry, Register};
use crate::shared::charts::ranking::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::Status;

/// The places of the most common year ranked by `measure`, highest first; `None` with
/// fewer than three places.
pub fn draw<'a>(register: &'a Register, of: Of<'_>, measure: Measure) -> Option<Drawn<'a>> {
    let with = |e: &&Entry| e.figure.status == Status::Result && measure.of(&e.figure).is_some();
    let year = common_year(register.of(of.id).filter(with))?;
    let (mut one, unsure) = per_place(cells(register, of.id, Status::Result, year), measure);
    let unit = common_unit(&one, measure)?;
    one.retain(|e| measure.unit(&e.figure) == unit);
    let (bounded, mut one): (Vec<&Entry>, Vec<&Entry>) = one.into_iter().partition(|e| {
        bound(qualifier(&e.figure, measure))
            || e.figure.to.is_some()
            || (measure == Measure::Value && marks::passed(&e.figure))
    });
    let absent = absent(register, of, year, &unsure, &bounded, &one);
    let bounds = bounded
        .iter()
        .map(|e| {
            let it = item(e, e.place_in(of.lang), measure, of.lang);
            format!("{} {}", it.label, it.value_text.unwrap_or_default())
        })
        .collect();
    if one.len() < 3 {
        return None;
    }
    one.sort_by(|a, b| {
        let (x, y) = (measure.of(&a.figure), measure.of(&b.figure));
        y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal)
    });
    let items = one
        .iter()
        .map(|e| item(e, e.place_in(of.lang), measure, of.lang))
        .collect();
    let texts = words::ranking(of.lang, of.name, year, measure == Measure::Growth, &unit);
    let mut spec = spec(of, KIND, texts, items);
    // Two rankings of one indicator (values, growth) need two names for their files.
    if measure == Measure::Growth {
        spec.id.push_str("-growth");
    }
    Some(Drawn {
        spec,
        entries: one,
        unsure,
        bounds,
        unread: Vec::new(),
        absent,
    })
}

/// The reports of `year` that a ranking of `of` leaves out and names in no other note
/// (`unsure` by name, `bounded` and `ranked` by slug), each with why.
fn absent(
    register: &Register,
    of: Of<'_>,
    year: i64,
    unsure: &[String],
    bounded: &[&Entry],
    ranked: &[&Entry],
) -> Vec<String> {
    let noted = |slug: &str| bounded.iter().chain(ranked).any(|e| e.slug == slug);
    register
        .reports
        .iter()
        .filter(|r| r.report_year == year && !noted(&r.slug) && !unsure.contains(&r.name))
        .map(|r| words::absent(of.lang, &r.name, r.named.iter().any(|id| id == of.id)))
        .collect()
}
