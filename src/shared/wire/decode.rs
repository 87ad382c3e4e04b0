//! Reading the resolved file in the browser (the layout is in [`super::format`]).
//!
//! Written for size: every text of a part is read by one loop into an array, so that a
//! read that fails drops what was read with one piece of code, not one per field.

use super::format::{
    WireError, ACCENT, ADDED, CEILING, CHANGE, DOWN, FLOOR, FORMAT, FROM, FROM_TEXT, LIMIT, MAGIC,
    NUMBER, REFERENCE, TARGET, VALUE, VALUE_TEXT,
};
use crate::shared::charts::kind::ChartKind;
use crate::shared::charts::plan;
use crate::shared::model::{Bound, FigureKind, Lang, Status};
use crate::shared::spec::{Broken, ChangeSpec, ChartSpec, Entry, Item, Problems, Resolved};

/// Whether this program draws a kind: a chart of a kind it does not is broken.
pub type Draws = fn(ChartKind) -> bool;

/// Reads the file front to back; every read checks what is left.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Res<T> = Result<T, WireError>;

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Res<&'a [u8]> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.bytes.len())
            .ok_or(WireError::CutShort(self.bytes.len()))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn byte(&mut self) -> Res<u8> {
        Ok(self.take(1)?[0])
    }

    fn var(&mut self) -> Res<usize> {
        let start = self.at;
        let mut n: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(n)
                    .map(|n| n as usize)
                    .map_err(|_| WireError::Damaged(start));
            }
        }
        Err(WireError::Damaged(start))
    }

    /// A count of things that each take at least one byte: never more than is left, so
    /// a damaged count cannot ask for a huge allocation.
    fn count(&mut self) -> Res<usize> {
        let start = self.at;
        let n = self.var()?;
        if n > self.bytes.len() - self.at {
            return Err(WireError::Damaged(start));
        }
        Ok(n)
    }

    #[inline(never)]
    fn text(&mut self) -> Res<String> {
        let n = self.var()?;
        let start = self.at;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| WireError::Damaged(start))
    }

    /// `N` texts in a row.
    #[inline(never)]
    fn texts<const N: usize>(&mut self) -> Res<[String; N]> {
        let mut out: [String; N] = std::array::from_fn(|_| String::new());
        for t in &mut out {
            *t = self.text()?;
        }
        Ok(out)
    }

    /// A number for each slot `has` marks, in order; build time writes only finite ones.
    fn floats_if<const N: usize>(&mut self, has: [bool; N]) -> Res<[Option<f64>; N]> {
        let mut out = [None; N];
        for (v, has) in out.iter_mut().zip(has) {
            if !has {
                continue;
            }
            let start = self.at;
            let mut b = [0u8; 8];
            b.copy_from_slice(self.take(8)?);
            let f = f64::from_le_bytes(b);
            if !f.is_finite() {
                return Err(WireError::Damaged(start));
            }
            *v = Some(f);
        }
        Ok(out)
    }

    /// Reads a text into each of `slots` in turn.
    fn fill<const N: usize>(&mut self, slots: [&mut String; N]) -> Res<()> {
        for t in slots {
            *t = self.text()?;
        }
        Ok(())
    }

    /// Reads a text into each of `slots` whose flag is on; the others stay `None`.
    fn fill_if(&mut self, slots: [(&mut Option<String>, bool); 2]) -> Res<()> {
        for (t, has) in slots {
            if has {
                *t = Some(self.text()?);
            }
        }
        Ok(())
    }

    /// One item. Its texts are read into the item in place, so that a read that fails
    /// drops the item once, not each text read so far: smaller code than a local per text.
    fn item(&mut self) -> Res<Item> {
        let at = self.at;
        let has = self.var()?;
        let change_parts = FROM | FROM_TEXT | REFERENCE | DOWN | ADDED;
        if has >= CEILING << 1
            || (has & CHANGE == 0 && has & change_parts != 0)
            || has & (TARGET | LIMIT) == TARGET | LIMIT
            || has & (FLOOR | CEILING) == FLOOR | CEILING
        {
            return Err(WireError::Damaged(at));
        }
        let on = |bit: usize| has & bit != 0;
        let at = self.at;
        let kind = FigureKind::by_code(self.byte()?).ok_or(WireError::Damaged(at))?;
        let [value, signed, from, added] = self.floats_if([VALUE, CHANGE, FROM, ADDED].map(on))?;
        let mut it = Item {
            id: String::new(),
            label: String::new(),
            value,
            value_text: None,
            before: String::new(),
            bound: if on(FLOOR) {
                Some(Bound::Lower)
            } else if on(CEILING) {
                Some(Bound::Upper)
            } else {
                None
            },
            number: None,
            unit: String::new(),
            unit_key: String::new(),
            kind,
            status: if on(TARGET) {
                Status::Target
            } else if on(LIMIT) {
                Status::Limit
            } else {
                Status::Result
            },
            change: signed.map(|signed| ChangeSpec {
                text: String::new(),
                short: String::new(),
                signed,
                from,
                added,
                from_text: None,
                down: on(DOWN),
                reference: None,
            }),
            accent: on(ACCENT),
            source: String::new(),
        };
        let i = &mut it;
        self.fill([
            &mut i.id,
            &mut i.label,
            &mut i.before,
            &mut i.unit,
            &mut i.unit_key,
            &mut i.source,
        ])?;
        self.fill_if([
            (&mut i.value_text, on(VALUE_TEXT)),
            (&mut i.number, on(NUMBER)),
        ])?;
        if let Some(c) = i.change.as_mut() {
            self.fill([&mut c.text, &mut c.short])?;
            self.fill_if([
                (&mut c.from_text, on(FROM_TEXT)),
                (&mut c.reference, on(REFERENCE)),
            ])?;
        }
        Ok(it)
    }

    fn chart(&mut self, lang: Lang) -> Res<ChartSpec> {
        let at = self.at;
        let kind = ChartKind::by_code(self.byte()?).ok_or(WireError::Damaged(at))?;
        let [id, title, subtitle, footer, keep] = self.texts()?;
        let n = self.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(self.item()?);
        }
        Ok(ChartSpec {
            id,
            kind,
            lang,
            title,
            subtitle,
            footer,
            keep,
            items,
        })
    }
}

/// The chart at `index`, whose record could not be read: it has no id, and the edge
/// words `e`.
fn damaged(index: usize, e: WireError) -> Entry {
    Entry::Broken(Broken {
        index,
        id: None,
        problems: Problems::Damaged(e),
    })
}

/// One chart record; a damaged one becomes a broken chart known by its place alone.
fn record(bytes: &[u8], offset: usize, index: usize, lang: Lang, draws: Draws) -> Entry {
    let mut r = Reader { bytes, at: 0 };
    let entry = match r.byte() {
        // A chart of a kind this program does not draw is broken, and keeps its id so
        // that the page finds it in its place.
        Ok(0) => r.chart(lang).map(|c| {
            if draws(c.kind) {
                Entry::Chart(Box::new(c))
            } else {
                Entry::Broken(Broken {
                    index,
                    id: Some(c.id),
                    problems: Problems::Damaged(WireError::NotDrawn(c.kind)),
                })
            }
        }),
        Ok(1) => r.texts().map(|[id, problems]| {
            Entry::Broken(Broken {
                index,
                id: (!id.is_empty()).then_some(id),
                problems: Problems::Listed(problems),
            })
        }),
        Ok(_) => Err(WireError::Damaged(0)),
        Err(e) => Err(e),
    };
    entry.unwrap_or_else(|e| {
        let e = match e {
            WireError::CutShort(at) => WireError::CutShort(offset + at),
            WireError::Damaged(at) => WireError::Damaged(offset + at),
            other => other,
        };
        damaged(index, e)
    })
}

/// Reads a resolved file. A damaged file header is an error for the whole file; a
/// damaged or missing chart record, or a chart of a kind this build does not draw
/// ([`crate::shared::charts::plan`]), breaks that chart alone.
///
/// # Errors
///
/// A [`WireError`] when the header is not ours, of another format, or cut short.
pub fn decode(bytes: &[u8]) -> Result<Resolved, WireError> {
    decode_for(bytes, |kind| plan(kind).is_some())
}

/// [`decode`] for a program that draws the kinds `draws` says it does.
///
/// # Errors
///
/// As [`decode`].
pub fn decode_for(bytes: &[u8], draws: Draws) -> Result<Resolved, WireError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4).ok() != Some(&MAGIC[..]) {
        return Err(WireError::NotOurs);
    }
    let format = r.byte()?;
    if format != FORMAT {
        return Err(WireError::Format(format));
    }
    let lang = match r.byte()? {
        0 => Lang::Zh,
        1 => Lang::En,
        _ => return Err(WireError::Damaged(r.at - 1)),
    };
    let n = r.count()?;
    let mut charts = Vec::with_capacity(n);
    for index in 0..n {
        let record_bytes = r.var().and_then(|len| {
            let offset = r.at;
            r.take(len).map(|b| (offset, b))
        });
        match record_bytes {
            Ok((offset, b)) => charts.push(record(b, offset, index, lang, draws)),
            Err(e) => {
                // Cut short: this chart and every one after it are lost.
                for i in index..n {
                    charts.push(damaged(i, e));
                }
                break;
            }
        }
    }
    Ok(Resolved { lang, charts })
}
