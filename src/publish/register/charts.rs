//! The charts that compare reports, made from the register: the items of many reports
//! in one [`ChartSpec`], each labelled with its place (or year) and printed as its
//! report prints it. A place with two different numbers for one cell (two GDP growth
//! rates of 2025) is left out and named as unsure: the desk decides, the chart never
//! picks one.

use super::{marks, Entry, Period, Register};
use crate::publish::resolve;
use crate::shared::charts::{ranking, target_result, trend};
use crate::shared::format;
use crate::shared::messages::register as words;
use crate::shared::model::{ChangeKind, Figure, Lang, Qualifier, Status};
use crate::shared::spec::{ChartSpec, Item};
use std::collections::BTreeMap;

/// What a chart of the register measures of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Its value, in base units so that 亿元 and 万亿元 share a scale.
    Value,
    /// Its growth rate (growth or decline, in %).
    Growth,
}

impl Measure {
    /// The number the measure draws of `f`, if `f` has it.
    pub fn of(self, f: &Figure) -> Option<f64> {
        match self {
            Measure::Value => f
                .value
                .map(|v| v * 10f64.powi(format::magnitude(&f.unit.zh))),
            Measure::Growth => f
                .change
                .as_ref()
                .filter(|c| matches!(c.kind, ChangeKind::Growth | ChangeKind::Decline))
                .filter(|c| c.unit == "%")
                // 环比增长0.62% or 比年初增长9.4% beside other places' 同比 growths would
                // read as one of them.
                .filter(|c| !format::basis::not_on_year_before(c, f))
                .map(|c| c.signed()),
        }
    }

    /// The unit the measure compares in: the value's unit without its 万/亿, or %.
    fn unit(self, f: &Figure) -> String {
        match self {
            Measure::Growth => "%".to_string(),
            Measure::Value => {
                let u = f.unit.zh.as_str();
                ["万亿", "千亿", "亿", "万"]
                    .iter()
                    .find_map(|m| u.strip_prefix(m))
                    .unwrap_or(u)
                    .to_string()
            }
        }
    }
}

/// A chart of the register, with the entries it draws and the places it left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn<'a> {
    /// The chart, ready to lay out.
    pub spec: ChartSpec,
    /// The entries of its items, in the items' order.
    pub entries: Vec<&'a Entry>,
    /// Places left out because their report gives two different numbers for the cell.
    pub unsure: Vec<String>,
    /// Places a ranking leaves out because their number is a bound (突破2万亿元) or a
    /// mark passed with no figure beside it (迈上6万亿元台阶): its bar could stand below
    /// a place it passes. Each as the place and its number.
    pub bounds: Vec<String>,
    /// Places of the indicator that targets beside results leaves out for want of a
    /// target or a result the draft read for sure: named, never guessed.
    pub unread: Vec<String>,
    /// The reports of a ranking's year that it leaves out for no reason above, each
    /// with why ([`words::absent`]): on the site, never left out silently.
    pub absent: Vec<String>,
}

/// True when a qualifier bounds a number on one side (突破, 超, 余, 多, 以上 …): such a
/// number cannot take its place in an order. 达, 约, 左右 and 近 stay near their number.
fn bound(q: Option<Qualifier>) -> bool {
    q.is_some_and(|q| {
        !matches!(
            q,
            Qualifier::Reached | Qualifier::About | Qualifier::Around | Qualifier::Nearly
        )
    })
}

/// The qualifier of the number `measure` draws of `f`.
fn qualifier(f: &Figure, measure: Measure) -> Option<Qualifier> {
    match measure {
        Measure::Value => f.qualifier,
        Measure::Growth => f.change.as_ref().and_then(|c| c.qualifier),
    }
}

/// One number per place: the entries of each place that have the measure, and the
/// places whose entries disagree.
fn per_place<'a>(
    entries: impl Iterator<Item = &'a Entry>,
    measure: Measure,
) -> (Vec<&'a Entry>, Vec<String>) {
    let mut by: BTreeMap<(String, String), Vec<&'a Entry>> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for e in entries {
        let Some(_) = measure.of(&e.figure) else {
            continue;
        };
        let key = (e.slug.clone(), e.place.clone());
        if !by.contains_key(&key) {
            order.push(key.clone());
        }
        by.entry(key).or_default().push(e);
    }
    let (mut one, mut unsure) = (Vec::new(), Vec::new());
    for key in order {
        let Some(list) = by.get_mut(&key) else {
            continue;
        };
        // 迈上6万亿元台阶，达到62661亿元: the figure itself, not the mark it passed.
        let mark = |e: &&Entry| measure == Measure::Value && marks::passed(&e.figure);
        if list.iter().any(|e| !mark(e)) {
            list.retain(|e| !mark(e));
        }
        let printed = |e: &Entry| (measure.of(&e.figure), e.figure.to, e.figure.change.clone());
        match list.first() {
            Some(first) if list.iter().all(|e| printed(e) == printed(first)) => one.push(*first),
            _ => unsure.push(key.1),
        }
    }
    (one, unsure)
}

/// The most common year among `entries` (the latest of equals).
fn common_year<'a>(entries: impl Iterator<Item = &'a Entry>) -> Option<i64> {
    let mut count: BTreeMap<i64, usize> = BTreeMap::new();
    for e in entries {
        if let Period::Year(y) = e.period {
            *count.entry(y).or_default() += 1;
        }
    }
    count
        .into_iter()
        .max_by_key(|(y, n)| (*n, *y))
        .map(|(y, _)| y)
}

/// An item of `e` labelled `label`, drawing `measure`, printed as its report prints it
/// (a growth rate with its 目标 and its 左右).
fn item(e: &Entry, label: String, measure: Measure, lang: Lang) -> Item {
    let f = &e.figure;
    let mut it = resolve::item(f, false, lang);
    // Ids are unique within a report only: a chart of many reports names its report too.
    it.id = format!("{}-{}", e.slug, f.id);
    it.label = label;
    it.value = measure.of(f);
    if let (Measure::Growth, Some(c)) = (measure, &f.change) {
        let word = crate::shared::messages::draft::status_word(f.status, lang);
        let sep = if word.is_empty() || lang == Lang::Zh {
            ""
        } else {
            " "
        };
        it.value_text = Some(format!("{word}{sep}{}", format::change(c, f, lang)));
    }
    if let (Status::Target | Status::Limit, Period::Year(y)) = (f.status, &e.period) {
        it.value_text = it.value_text.map(|t| words::dated(lang, *y, &t));
        if let Some(c) = it.change.as_mut() {
            c.text = words::dated(lang, *y, &c.text);
        }
    }
    // A growth drawn as the number says it once: beside it only what it is compared
    // with (高于全国1.7个百分点), never the growth again (增长5.5%，增长5.5%).
    if measure == Measure::Growth {
        it.change = it.change.take().and_then(|mut c| {
            c.text = format::change(f.compare.as_ref()?, f, lang);
            Some(c)
        });
    }
    it
}

/// The entries of indicator `id` with status `status` and a measure, in `year`.
fn cells<'a>(
    register: &'a Register,
    id: &str,
    status: Status,
    year: i64,
) -> impl Iterator<Item = &'a Entry> + 'a {
    register
        .of(id)
        .filter(move |e| e.figure.status == status && e.period == Period::Year(year))
}

/// The unit most places give the measure in; the others are not on this scale.
fn common_unit(entries: &[&Entry], measure: Measure) -> Option<String> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for e in entries {
        *count.entry(measure.unit(&e.figure)).or_default() += 1;
    }
    count.into_iter().max_by_key(|(_, n)| *n).map(|(u, _)| u)
}

/// What a chart is of: the indicator's id and its name in the chart's language.
#[derive(Debug, Clone, Copy)]
pub struct Of<'a> {
    /// The indicator id.
    pub id: &'a str,
    /// Its name: 地区生产总值 / GDP.
    pub name: &'a str,
    /// The chart's language.
    pub lang: Lang,
}

/// A frame's texts around items.
fn spec(
    of: Of<'_>,
    kind: crate::shared::charts::ChartKind,
    texts: (String, String),
    items: Vec<Item>,
) -> ChartSpec {
    ChartSpec {
        id: format!("{}-{}", of.id, kind.name()),
        kind,
        lang: of.lang,
        title: texts.0,
        subtitle: texts.1,
        footer: words::footer(of.lang).to_string(),
        items,
    }
}

/// The places of the most common year ranked by `measure`, highest first; `None` with
/// fewer than three places.
pub fn ranking<'a>(register: &'a Register, of: Of<'_>, measure: Measure) -> Option<Drawn<'a>> {
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
    let mut spec = spec(of, ranking::KIND, texts, items);
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

/// Each place's growth target for the most common target year beside its result of the
/// year before, largest target first; `None` with fewer than three places that give both.
pub fn target_result<'a>(register: &'a Register, of: Of<'_>) -> Option<Drawn<'a>> {
    let m = Measure::Growth;
    let target = |e: &&Entry| e.figure.status == Status::Target && m.of(&e.figure).is_some();
    let year = common_year(register.of(of.id).filter(target))?;
    let (targets, mut unsure) = per_place(cells(register, of.id, Status::Target, year), m);
    let (results, unsure_r) = per_place(cells(register, of.id, Status::Result, year - 1), m);
    unsure.extend(unsure_r);
    let mut pairs: Vec<(&Entry, &Entry)> = targets
        .iter()
        .filter(|t| !unsure.contains(&t.place))
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
        let name = if e.place.is_empty() {
            &e.slug
        } else {
            &e.place
        };
        let drawn = entries.iter().any(|d| d.slug == e.slug);
        if !drawn && !unsure.contains(name) && !unread.contains(name) {
            unread.push(name.clone());
        }
    }
    let texts = words::target_result(of.lang, of.name, year);
    Some(Drawn {
        spec: spec(of, target_result::KIND, texts, items),
        entries,
        unsure,
        bounds: Vec::new(),
        unread,
        absent: Vec::new(),
    })
}

/// Each place's values across the years the register holds, one chart a place with two
/// years or more, oldest first.
pub fn trends<'a>(register: &'a Register, of: Of<'_>) -> Vec<Drawn<'a>> {
    let m = Measure::Value;
    // Reports that name no place are no one place: each is its own.
    let key = |e: &'a Entry| {
        if e.place.is_empty() {
            &e.slug
        } else {
            &e.place
        }
    };
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
            let (mut firsts, bad) = per_place(list.iter().copied(), m);
            match (firsts.pop(), bad.is_empty() && firsts.is_empty()) {
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
        let mut s = spec(of, trend::KIND, texts, items);
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
