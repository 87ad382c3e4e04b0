//! The editor's wasm (cargo feature `editor`): the reader's [`crate::web::Charts`] made
//! from an unvalidated data file in the browser, with every build-time stage behind it.
//! The story page and the embeds never load this build.

pub mod web;
