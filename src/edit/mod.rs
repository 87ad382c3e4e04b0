//! The editor (`www/editor.html`): [`desk`], what the editor asks of the pipeline beyond
//! validating and drawing, in plain functions tested natively; and [`web`], the editor's
//! wasm edge (cargo feature `editor`), which only converts types and errors. The story
//! page and the embeds never load this build.

pub mod desk;
#[cfg(target_arch = "wasm32")]
pub mod web;
