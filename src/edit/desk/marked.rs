//! A name for what the text's marks read of a data file ([`print`](fn@print)): each figure's
//! sentence, value, change's value, id and draft mark, each skip, and each chart's figures.
//! A keystroke in a label or a title changes none of it, and then the marks are not worked
//! out again. The editor's two desks (the page's and the worker's, `src/edit/web/desk.rs`)
//! tell each other by this name which marks the page shows, so that neither sends marks
//! the page has.

use crate::check::raw;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// The name of what the marks read of `file` under the text named `text` (see
/// [`print_text`]): equal inputs of equal texts have equal names, so equal marks. (A
/// fixed hash: the same in every instance of the wasm.)
pub fn print(file: &raw::ReportFile, text: u64) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    file.figures.len().hash(&mut h);
    for f in &file.figures {
        f.source.hash(&mut h);
        f.value.map(f64::to_bits).hash(&mut h);
        f.change
            .as_ref()
            .and_then(|c| c.value)
            .map(f64::to_bits)
            .hash(&mut h);
        f.id.hash(&mut h);
        f.draft.hash(&mut h);
    }
    file.skips.len().hash(&mut h);
    for x in &file.skips {
        x.sentence.hash(&mut h);
        x.number.hash(&mut h);
        x.reason.as_ref().map(|r| r.word()).hash(&mut h);
        // A skip the desk decided (no more `draft`) is marked otherwise.
        x.draft.hash(&mut h);
    }
    file.charts.len().hash(&mut h);
    for c in &file.charts {
        c.figures.hash(&mut h);
    }
    h.finish()
}

/// A name of the report's `text`, for [`print`](fn@print).
pub fn print_text(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}
