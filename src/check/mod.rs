//! Data file → model: read a data file leniently ([`raw`]), check every rule and build the
//! validated [`crate::shared::model::Report`] ([`validate`]), and check that every number
//! of the report's text is covered ([`coverage`]). Natively in `make build` and `check`,
//! and in the editor's wasm; the reader's wasm has none of this.

pub mod coverage;
pub mod raw;
pub mod unread;
pub mod validate;
