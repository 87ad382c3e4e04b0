//! The resolved form: how build time hands [`Resolved`] to the reader, one file per
//! language (`data/SLUG.LANG.bin`).
//!
//! The reader's wasm decodes it with no parser, no validation and no float printing:
//! every string is already formatted, every number already checked. The layout:
//!
//! ```text
//! file    = "RCHT" format:u8 lang:u8 page count:var record*
//! page    = title deck kicker byline source credit sections:var (id short title)*
//! record  = length:var (0 chart | 1 id problems)        each chart on its own, so a
//! chart   = id kind:u8 title subtitle footer items:var item*     damaged record breaks one chart
//! item    = id label value:f64? value_text:str? before number:str? unit unit_key
//!           change? accent:u8 source
//! change  = text short signed:f64 from:f64? from_text:str? down:u8 percent:str?
//! str     = length:var utf-8      var = LEB128 u32      f64 = 8 bytes, little-endian
//! x?      = 0 | 1 x
//! ```
//!
//! [`FORMAT`] changes whenever the layout does, so a page never misreads a file of
//! another build: it says so instead.

use crate::model::{ChartKind, Lang};
use crate::spec::{ChangeSpec, ChartSpec, Entry, Item, PageText, Resolved};

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"RCHT";
/// The version of the layout above.
pub const FORMAT: u8 = 1;

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

fn float(out: &mut Vec<u8>, v: f64) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn maybe<T>(out: &mut Vec<u8>, v: Option<T>, put: impl FnOnce(&mut Vec<u8>, T)) {
    match v {
        Some(v) => {
            out.push(1);
            put(out, v);
        }
        None => out.push(0),
    }
}

fn item(out: &mut Vec<u8>, it: &Item) {
    text(out, &it.id);
    text(out, &it.label);
    maybe(out, it.value, float);
    maybe(out, it.value_text.as_deref(), text);
    text(out, &it.before);
    maybe(out, it.number.as_deref(), text);
    text(out, &it.unit);
    text(out, &it.unit_key);
    maybe(out, it.change.as_ref(), |out, c| {
        text(out, &c.text);
        text(out, &c.short);
        float(out, c.signed);
        maybe(out, c.from, float);
        maybe(out, c.from_text.as_deref(), text);
        out.push(u8::from(c.down));
        maybe(out, c.percent.as_deref(), text);
    });
    out.push(u8::from(it.accent));
    text(out, &it.source);
}

fn chart(out: &mut Vec<u8>, s: &ChartSpec) {
    text(out, &s.id);
    let kind = ChartKind::ALL.iter().position(|(k, _)| *k == s.kind);
    out.push(kind.unwrap_or(0) as u8);
    text(out, &s.title);
    text(out, &s.subtitle);
    text(out, &s.footer);
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
    let p = &resolved.page;
    for field in [
        &p.title, &p.deck, &p.kicker, &p.byline, &p.source, &p.credit,
    ] {
        text(&mut out, field);
    }
    var(&mut out, p.sections.len());
    for (id, short, title) in &p.sections {
        text(&mut out, id);
        text(&mut out, short);
        text(&mut out, title);
    }
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

    fn flag(&mut self) -> Res<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError::Damaged(self.at - 1)),
        }
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

    fn text(&mut self) -> Res<String> {
        let n = self.var()?;
        let start = self.at;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| WireError::Damaged(start))
    }

    fn float(&mut self) -> Res<f64> {
        let start = self.at;
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        let v = f64::from_le_bytes(b);
        // Build time writes only finite numbers; anything else is damage.
        if v.is_finite() {
            Ok(v)
        } else {
            Err(WireError::Damaged(start))
        }
    }

    fn maybe<T>(&mut self, get: impl FnOnce(&mut Self) -> Res<T>) -> Res<Option<T>> {
        if self.flag()? {
            get(self).map(Some)
        } else {
            Ok(None)
        }
    }

    fn change(&mut self) -> Res<ChangeSpec> {
        Ok(ChangeSpec {
            text: self.text()?,
            short: self.text()?,
            signed: self.float()?,
            from: self.maybe(Self::float)?,
            from_text: self.maybe(Self::text)?,
            down: self.flag()?,
            percent: self.maybe(Self::text)?,
        })
    }

    fn item(&mut self) -> Res<Item> {
        Ok(Item {
            id: self.text()?,
            label: self.text()?,
            value: self.maybe(Self::float)?,
            value_text: self.maybe(Self::text)?,
            before: self.text()?,
            number: self.maybe(Self::text)?,
            unit: self.text()?,
            unit_key: self.text()?,
            change: self.maybe(Self::change)?,
            accent: self.flag()?,
            source: self.text()?,
        })
    }

    fn chart(&mut self, lang: Lang) -> Res<ChartSpec> {
        let id = self.text()?;
        let at = self.at;
        let kind = ChartKind::ALL
            .get(usize::from(self.byte()?))
            .ok_or(WireError::Damaged(at))?
            .0;
        let (title, subtitle, footer) = (self.text()?, self.text()?, self.text()?);
        let n = self.count()?;
        let items = (0..n).map(|_| self.item()).collect::<Res<Vec<_>>>()?;
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

    fn page(&mut self) -> Res<PageText> {
        let mut page = PageText {
            title: self.text()?,
            deck: self.text()?,
            kicker: self.text()?,
            byline: self.text()?,
            source: self.text()?,
            credit: self.text()?,
            sections: Vec::new(),
        };
        let n = self.count()?;
        for _ in 0..n {
            page.sections
                .push((self.text()?, self.text()?, self.text()?));
        }
        Ok(page)
    }
}

/// One chart record; a damaged one becomes a broken chart named by its place.
fn record(bytes: &[u8], offset: usize, index: usize, lang: Lang) -> Entry {
    let mut r = Reader { bytes, at: 0 };
    let shift = |e: WireError| match e {
        WireError::CutShort(at) => WireError::CutShort(offset + at),
        WireError::Damaged(at) => WireError::Damaged(offset + at),
        other => other,
    };
    let entry = match r.byte() {
        Ok(0) => r.chart(lang).map(|c| Entry::Chart(Box::new(c))),
        Ok(1) => r.text().and_then(|id| {
            Ok(Entry::Broken {
                id,
                problems: r.text()?,
            })
        }),
        Ok(_) => Err(WireError::Damaged(0)),
        Err(e) => Err(e),
    };
    entry.unwrap_or_else(|e| Entry::Broken {
        id: format!("charts[{index}]"),
        problems: crate::messages::damaged_chart(index, shift(e)),
    })
}

/// Reads a resolved file. A damaged file header is an error for the whole file; a
/// damaged or missing chart record breaks that chart alone.
pub fn decode(bytes: &[u8]) -> Result<Resolved, WireError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4).ok() != Some(&MAGIC[..]) {
        return Err(WireError::NotOurs);
    }
    let format = r.byte()?;
    if format != FORMAT {
        return Err(WireError::Format(format));
    }
    let lang = if r.flag()? { Lang::En } else { Lang::Zh };
    let page = r.page()?;
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
                        problems: crate::messages::damaged_chart(i, e),
                    });
                }
                break;
            }
        }
    }
    Ok(Resolved { lang, page, charts })
}
