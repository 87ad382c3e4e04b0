//! The resolved form: how build time hands [`Resolved`] to the reader, one file per
//! language (`data/SLUG.LANG.bin`).
//!
//! The reader's wasm decodes it with no parser, no validation and no float printing:
//! every string is already formatted, every number already checked. The layout:
//!
//! ```text
//! file    = "RCHT" format:u8 lang:u8 count:var record*
//! record  = length:var (0 chart | 1 id problems)   each chart on its own: a damaged
//! chart   = kind:u8 id title subtitle footer          record breaks one chart only
//!           (kind: the chart kind's own code, `charts::<kind>::KIND`)
//!           items:var item*
//! item    = has:var kind:u8 [value:f64] [signed:f64] [from:f64] [added:f64]
//!           id label before unit unit_key source
//!           [value_text] [number] [change_text change_short] [from_text] [reference]
//! has     = bits, each saying a [part] is there: 0 value · 1 value_text · 2 number ·
//!           3 change (signed, change_text, change_short) · 4 from · 5 from_text ·
//!           6 reference · 9 added · and flags: 7 accent · 8 down (the change is a fall) ·
//!           10 target · 11 limit (the figure's status; neither: a result)
//! text    = length:var utf-8      var = LEB128 u32      f64 = 8 bytes, little-endian
//! ```
//!
//! [`FORMAT`] changes whenever the layout does, so a page never misreads a file of
//! another build: it says so instead.

use crate::shared::model::{ChartKind, FigureKind, Lang, Status};
use crate::shared::spec::{ChangeSpec, ChartSpec, Entry, Item, Resolved};

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"RCHT";
/// The version of the layout above (2: an item's status, bits 10 and 11; 3: bit 6 is a
/// comparison's reference, no longer a before→after chart's worked-out per cent).
pub const FORMAT: u8 = 3;

/// The bits of an item's `has`.
const VALUE: usize = 1;
const VALUE_TEXT: usize = 1 << 1;
const NUMBER: usize = 1 << 2;
const CHANGE: usize = 1 << 3;
const FROM: usize = 1 << 4;
const FROM_TEXT: usize = 1 << 5;
const REFERENCE: usize = 1 << 6;
const ACCENT: usize = 1 << 7;
const DOWN: usize = 1 << 8;
const ADDED: usize = 1 << 9;
const TARGET: usize = 1 << 10;
const LIMIT: usize = 1 << 11;

/// Separates the fields of one record where the reader hands texts to the page's script.
pub const FIELD: char = '\u{1f}';
/// Separates those records.
pub const RECORD: char = '\u{1e}';

/// Why bytes are not a resolved file, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    /// It does not start with [`MAGIC`].
    NotOurs,
    /// Written by a build of another format.
    Format(u8),
    /// It ends at this byte before the structure does.
    CutShort(usize),
    /// A value that cannot be (bad tag, text not UTF-8, a number not finite) at this byte.
    Damaged(usize),
}

// --- encoding (build time) -------------------------------------------------------------

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
    for t in [&s.id, &s.title, &s.subtitle, &s.footer] {
        text(out, t);
    }
    var(out, s.items.len());
    for it in &s.items {
        item(out, it);
    }
}

/// `resolved` as bytes.
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
            Entry::Broken { id, problems } => {
                record.push(1);
                text(&mut record, id);
                text(&mut record, problems);
            }
        }
        var(&mut out, record.len());
        out.extend_from_slice(&record);
    }
    out
}

// --- decoding (read time) --------------------------------------------------------------
//
// Written for size: every text of a part is read by one loop into an array, so that a
// read that fails drops what was read with one piece of code, not one per field.

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

    /// A text where `has` says there is one.
    fn text_if(&mut self, has: bool) -> Res<Option<String>> {
        if has {
            self.text().map(Some)
        } else {
            Ok(None)
        }
    }

    /// A number where `has` says there is one; build time writes only finite ones.
    #[inline(never)]
    fn float_if(&mut self, has: bool) -> Res<Option<f64>> {
        if !has {
            return Ok(None);
        }
        let start = self.at;
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        let v = f64::from_le_bytes(b);
        if v.is_finite() {
            Ok(Some(v))
        } else {
            Err(WireError::Damaged(start))
        }
    }

    fn item(&mut self) -> Res<Item> {
        let at = self.at;
        let has = self.var()?;
        let change_parts = FROM | FROM_TEXT | REFERENCE | DOWN | ADDED;
        if has >= LIMIT << 1
            || (has & CHANGE == 0 && has & change_parts != 0)
            || has & (TARGET | LIMIT) == TARGET | LIMIT
        {
            return Err(WireError::Damaged(at));
        }
        let on = |bit: usize| has & bit != 0;
        let at = self.at;
        let kind = FigureKind::by_code(self.byte()?).ok_or(WireError::Damaged(at))?;
        let value = self.float_if(on(VALUE))?;
        let signed = self.float_if(on(CHANGE))?;
        let from = self.float_if(on(FROM))?;
        let added = self.float_if(on(ADDED))?;
        let [id, label, before, unit, unit_key, source] = self.texts()?;
        let value_text = self.text_if(on(VALUE_TEXT))?;
        let number = self.text_if(on(NUMBER))?;
        let change = match signed {
            Some(signed) => {
                let [text, short] = self.texts()?;
                Some(ChangeSpec {
                    text,
                    short,
                    signed,
                    from,
                    added,
                    from_text: self.text_if(on(FROM_TEXT))?,
                    down: on(DOWN),
                    reference: self.text_if(on(REFERENCE))?,
                })
            }
            None => None,
        };
        Ok(Item {
            id,
            label,
            value,
            value_text,
            before,
            number,
            unit,
            unit_key,
            kind,
            status: if on(TARGET) {
                Status::Target
            } else if on(LIMIT) {
                Status::Limit
            } else {
                Status::Result
            },
            change,
            accent: on(ACCENT),
            source,
        })
    }

    fn chart(&mut self, lang: Lang) -> Res<ChartSpec> {
        let at = self.at;
        let kind = ChartKind::by_code(self.byte()?).ok_or(WireError::Damaged(at))?;
        let [id, title, subtitle, footer] = self.texts()?;
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
            items,
        })
    }
}

/// One chart record; a damaged one becomes a broken chart named by its place.
fn record(bytes: &[u8], offset: usize, index: usize, lang: Lang) -> Entry {
    let mut r = Reader { bytes, at: 0 };
    let entry = match r.byte() {
        Ok(0) => r.chart(lang).map(|c| Entry::Chart(Box::new(c))),
        Ok(1) => r
            .texts()
            .map(|[id, problems]| Entry::Broken { id, problems }),
        Ok(_) => Err(WireError::Damaged(0)),
        Err(e) => Err(e),
    };
    entry.unwrap_or_else(|e| {
        let e = match e {
            WireError::CutShort(at) => WireError::CutShort(offset + at),
            WireError::Damaged(at) => WireError::Damaged(offset + at),
            other => other,
        };
        Entry::Broken {
            id: format!("charts[{index}]"),
            problems: crate::shared::messages::damaged_chart(index, e),
        }
    })
}

/// Reads a resolved file. A damaged file header is an error for the whole file; a
/// damaged or missing chart record breaks that chart alone.
///
/// # Errors
///
/// A [`WireError`] when the header is not ours, of another format, or cut short.
pub fn decode(bytes: &[u8]) -> Result<Resolved, WireError> {
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
            Ok((offset, b)) => charts.push(record(b, offset, index, lang)),
            Err(e) => {
                // Cut short: this chart and every one after it are lost.
                for i in index..n {
                    charts.push(Entry::Broken {
                        id: format!("charts[{i}]"),
                        problems: crate::shared::messages::damaged_chart(i, e),
                    });
                }
                break;
            }
        }
    }
    Ok(Resolved { lang, charts })
}
