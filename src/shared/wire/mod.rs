//! The resolved form: how build time hands [`Resolved`](crate::shared::spec::Resolved)
//! to the reader, one file per language (`data/SLUG.LANG.bin`).
//!
//! The reader's wasm decodes it with no parser, no validation and no float printing:
//! every string is already formatted, every number already checked. The layout is in
//! [`format`](mod@format); [`encode`](fn@encode) writes it at build time and [`decode`](fn@decode) reads it in the browser.

mod decode;
mod encode;
pub mod format;

pub use decode::{decode, decode_for, Draws};
pub use encode::encode;
pub use format::{WireError, FIELD, FORMAT, MAGIC, RECORD};
