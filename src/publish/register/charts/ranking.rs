//! A ranking of the register: the places of one year in the order of one measure.

use super::{
    bound, cells, common_unit, common_year, item, per_place, qualifier, spec, Drawn, Measure, Of,
};
use crate::publish::register::{marks, Entry, Register};
use crate::shared::charts::ranking::KIND;
use crate::shared::messages::register as words;
use crate::shared::model::{Lang, Status};

/// A ranking's places before it is drawn: those it ranks and those it leaves out.
struct Ranked<'a> {
    year: i64,
    unit: String,
    one: Vec<&'a Entry>,
    unsure: Vec<String>,
    bounded: Vec<&'a Entry>,
}

/// The places of the most common year of `measure`, split into those it can rank and
/// those it leaves out; `None` where no place has the measure.
fn rank<'a>(register: &'a Register, of: Of<'_>, measure: Measure) -> Option<Ranked<'a>> {
    let with = |e: &&Entry| e.figure.status == Status::Result && measure.of(&e.figure).is_some();
    let year = common_year(register.of(of.id).filter(with))?;
    let (mut one, unsure) = per_place(cells(register, of.id, Status::Result, year), measure);
    let unit = common_unit(&one, measure).unwrap_or_default();
    one.retain(|e| measure.unit(&e.figure) == unit);
    let (bounded, one): (Vec<&Entry>, Vec<&Entry>) = one.into_iter().partition(|e| {
        bound(qualifier(&e.figure, measure))
            || e.figure.to.is_some()
            || (measure == Measure::Value && marks::passed(&e.figure))
    });
    Some(Ranked {
        year,
        unit,
        one,
        unsure,
        bounded,
    })
}

/// The places of `bounded` as a note names them: the place and its number as printed.
fn bounds(bounded: &[&Entry], of: Of<'_>, measure: Measure) -> Vec<String> {
    bounded
        .iter()
        .map(|e| {
            let it = item(e, e.place_in(of.lang), measure, of.lang);
            format!("{} {}", it.label, it.value_text.unwrap_or_default())
        })
        .collect()
}

/// The places of the most common year ranked by `measure`, highest first; `None` with
/// fewer than three places.
pub fn draw<'a>(register: &'a Register, of: Of<'_>, measure: Measure) -> Option<Drawn<'a>> {
    let Ranked {
        year,
        unit,
        mut one,
        unsure,
        bounded,
    } = rank(register, of, measure)?;
    if one.len() < 3 {
        return None;
    }
    let absent = absent(register, of, year, &unsure, &bounded, &one);
    let bounds = bounds(&bounded, of, measure);
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

/// Why a ranking by `measure` is not drawn, where it is not for want of places alone: it
/// left places out (two different numbers, a bound) and fewer than three were left to
/// rank. The note names each place left out and why, so that a ranking never disappears
/// in silence. `None` where the ranking is drawn or left out no place.
pub fn not_drawn(register: &Register, of: Of<'_>, measure: Measure) -> Option<String> {
    let r = rank(register, of, measure)?;
    if r.one.len() >= 3 || (r.unsure.is_empty() && r.bounded.is_empty()) {
        return None;
    }
    let title = words::ranking(
        of.lang,
        of.name,
        r.year,
        measure == Measure::Growth,
        &r.unit,
    )
    .0;
    let t = words::page(of.lang);
    let mut note = words::not_ranked(of.lang, &title, r.one.len());
    let sep = if of.lang == Lang::Zh { "、" } else { ", " };
    for (before, list) in [
        (t.unsure, r.unsure),
        (t.bounds, bounds(&r.bounded, of, measure)),
    ] {
        if !list.is_empty() {
            note.push_str(&format!(
                "{before}{}{}",
                list.join(sep),
                words::stop(of.lang)
            ));
        }
    }
    Some(note)
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
