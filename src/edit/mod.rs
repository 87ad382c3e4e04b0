//! The editor's wasm (cargo feature `editor`): [`desk::Desk`], the stateful core that
//! keeps a report's text and its last data file and draws the preview from that one parse,
//! and the free functions of [`web`], with every build-time stage behind them. The story
//! page and the embeds never load this build.

pub mod desk;
pub mod publish;
pub mod web;
