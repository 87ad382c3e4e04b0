//! The charts that compare reports, made from the register: the items of many reports
//! in one [`ChartSpec`], each labelled with its place (or year) and printed as its
//! report prints it. A place with two different numbers for one cell (two GDP growth
//! rates of 2025) is left out and named as unsure: the desk decides, the chart never
//! picks one.

pub mod outcome;
pub mod ranking;
pub mod target_result;
pub mod trend;

use super::place::place_or_slug;
use super::{marks, Entry, Period, Register};
use crate::publish::resolve;
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

/// The number `measure` reads of `f` as printed: the number, its range's end and its
/// qualifier (252.8亿元, 增长6%—6.5%, 增长6%左右).
fn reading(f: &Figure, measure: Measure) -> Option<(f64, Option<f64>, Option<Qualifier>)> {
    let to = match measure {
        Measure::Value => f.to,
        Measure::Growth => f.change.as_ref().and_then(|c| c.to),
    };
    Some((measure.of(f)?, to, qualifier(f, measure)))
}

/// True when two figures of one cell print one number: where both print a value, the
/// same reading of it, and where both print a growth rate, the same reading of that. A
/// number printed twice consistently counts once: 由2020年的186.4亿元增加到2025年的
/// 252.8亿元 and 2025年…252.8亿元，增长6.1% are one 2025 value, since a change from
/// another year is no second reading of the cell.
pub fn consistent(a: &Figure, b: &Figure) -> bool {
    [Measure::Value, Measure::Growth]
        .into_iter()
        .all(|m| match (reading(a, m), reading(b, m)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        })
}

/// Of entries that are [`consistent`], the one a chart or the index shows: the first that
/// prints both a value and its growth (252.8亿元，增长6.1% rather than 由186.4亿元增加到
/// 252.8亿元), else the first.
pub fn fullest<'a>(list: &[&'a Entry]) -> Option<&'a Entry> {
    let both = |e: &&&Entry| {
        Measure::Value.of(&e.figure).is_some() && Measure::Growth.of(&e.figure).is_some()
    };
    list.iter().find(both).or_else(|| list.first()).copied()
}

/// True when every two of `list` are [`consistent`].
pub fn all_consistent(list: &[&Entry]) -> bool {
    list.iter()
        .all(|a| list.iter().all(|b| consistent(&a.figure, &b.figure)))
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
        match fullest(list) {
            Some(e) if all_consistent(list) => one.push(e),
            // A report that names no place is named by its slug, never a blank (the
            // tester's M4: "待编辑确认）：。").
            _ => unsure.push(place_or_slug(&key.1, &key.0).to_string()),
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
    if measure == Measure::Growth {
        // The bar draws the growth, which the value's 突破 does not bound.
        it.bound = None;
    }
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
        // A value's text is dated already (2025年目标1.2万人以上): never twice.
        let dated = |t: &str| match t.starts_with(&y.to_string()) {
            true => t.to_string(),
            false => words::dated(lang, *y, t),
        };
        it.value_text = it.value_text.map(|t| dated(&t));
        if let Some(c) = it.change.as_mut() {
            c.text = dated(&c.text);
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
    let keep = crate::publish::nobreak::keep_words(
        [texts.0.as_str(), texts.1.as_str()]
            .into_iter()
            .chain(items.iter().map(|it| it.label.as_str())),
    );
    ChartSpec {
        id: format!("{}-{}", of.id, kind.name()),
        kind,
        lang: of.lang,
        title: texts.0,
        subtitle: texts.1,
        footer: words::footer(of.lang).to_string(),
        keep,
        items,
    }
}
