//! Writing the resolved file at build time (the layout is in [`super::format`]).

use super::format::{
    ACCENT, ADDED, CEILING, CHANGE, DOWN, FIELD, FLOOR, FORMAT, FROM, FROM_TEXT, LIMIT, MAGIC,
    NUMBER, RECORD, REFERENCE, TARGET, VALUE, VALUE_TEXT,
};
use crate::shared::messages::reader::damaged_chart;
use crate::shared::model::{Bound, Lang, Status};
use crate::shared::spec::{ChartSpec, Entry, Item, Problems, Resolved};

fn var(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn text(out: &mut Vec<u8>, s: &str) {
    // The two separators would split a text in the page's script: they draw as nothing
    // on a canvas anyway.
    let s = s.replace([FIELD, RECORD], "");
    var(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// The bits of `has` for `it`, with each part that is there.
fn parts(it: &Item) -> usize {
    let c = it.change.as_ref();
    [
        (it.value.is_some(), VALUE),
        (it.value_text.is_some(), VALUE_TEXT),
        (it.number.is_some(), NUMBER),
        (c.is_some(), CHANGE),
        (c.is_some_and(|c| c.from.is_some()), FROM),
        (c.is_some_and(|c| c.from_text.is_some()), FROM_TEXT),
        (c.is_some_and(|c| c.reference.is_some()), REFERENCE),
        (it.accent, ACCENT),
        (c.is_some_and(|c| c.down), DOWN),
        (c.is_some_and(|c| c.added.is_some()), ADDED),
        (it.status == Status::Target, TARGET),
        (it.status == Status::Limit, LIMIT),
        (it.bound == Some(Bound::Lower), FLOOR),
        (it.bound == Some(Bound::Upper), CEILING),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .fold(0, |has, (_, bit)| has | bit)
}

fn item(out: &mut Vec<u8>, it: &Item) {
    var(out, parts(it));
    out.push(it.kind.code());
    let c = it.change.as_ref();
    for v in [
        it.value,
        c.map(|c| c.signed),
        c.and_then(|c| c.from),
        c.and_then(|c| c.added),
    ]
    .into_iter()
    .flatten()
    {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for t in [
        &it.id,
        &it.label,
        &it.before,
        &it.unit,
        &it.unit_key,
        &it.source,
    ] {
        text(out, t);
    }
    let optional = [
        it.value_text.as_deref(),
        it.number.as_deref(),
        c.map(|c| c.text.as_str()),
        c.map(|c| c.short.as_str()),
        c.and_then(|c| c.from_text.as_deref()),
        c.and_then(|c| c.reference.as_deref()),
    ];
    for t in optional.into_iter().flatten() {
        text(out, t);
    }
}

fn chart(out: &mut Vec<u8>, s: &ChartSpec) {
    out.push(s.kind.code());
    for t in [&s.id, &s.title, &s.subtitle, &s.footer, &s.keep] {
        text(out, t);
    }
    var(out, s.items.len());
    for it in &s.items {
        item(out, it);
    }
}

/// `resolved` as bytes. A broken chart's record keeps its id (empty for none) and its
/// problems as text.
pub fn encode(resolved: &Resolved) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(FORMAT);
    out.push(u8::from(resolved.lang == Lang::En));
    var(&mut out, resolved.charts.len());
    for entry in &resolved.charts {
        let mut record = Vec::new();
        match entry {
            Entry::Chart(c) => {
                record.push(0);
                chart(&mut record, c);
            }
            Entry::Broken(b) => {
                record.push(1);
                text(&mut record, b.id.as_deref().unwrap_or_default());
                match &b.problems {
                    Problems::Listed(problems) => text(&mut record, problems),
                    // Only a file read back and written again has these: its damage,
                    // worded as the reader would.
                    Problems::Damaged(e) => text(&mut record, &damaged_chart(b.index, *e)),
                }
            }
        }
        var(&mut out, record.len());
        out.extend_from_slice(&record);
    }
    out
}
