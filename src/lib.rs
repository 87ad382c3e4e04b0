//! # report-charts
//!
//! News-quality charts of a Chinese government work report, drawn by WebAssembly on
//! `<canvas>`, and the same charts as static SVG for tests and for readers without script.
//!
//! One pipeline, each stage a plain function from one type to the next. Each folder is a
//! stage, and says where it runs:
//!
//! | folder      | stage                              | runs                                          |
//! |-------------|------------------------------------|-----------------------------------------------|
//! | `draft/`    | report text → first data file; the text's numbers a data file covers; its score against truth lists | build time (`make draft`, `make score`), and the editor |
//! | `check/`    | data file → validated model | build time (`make check-data`), and the editor |
//! | `publish/`  | model → every output: resolved charts, pages, SVG, images, site | build time (`make build`); the part without fonts also in the editor |
//! | `read/`     | the reader's wasm edge: decode, draw on canvas, hit-test | the reader's browser only |
//! | `edit/`     | the editor's desk and its wasm edge | the editor (desk also natively, in tests) |
//! | `shared/`   | model, spec, chart kinds, layout, render, wire, messages; number format and label words (build time) | everywhere; `format`, `words` not in the reader |
//!
//! `shared/` imports from no other folder, so the reader's wasm cannot reach build-time
//! code. The stage folders reach each other one way only, never round a loop
//! (`tests/cycles.rs`): `check/` uses only `shared/`; the draft uses `check/` (it writes
//! `check`'s [`check::raw`] types and applies its rules, so that `check` takes a draft as
//! it is); `publish/` uses both; `edit/` uses them all. What two stages both need is in
//! `shared/`: the draft, `check` and `publish` print numbers with [`shared::format`], and
//! the draft and `check` read labels by the same [`shared::words`]. The numbers a
//! sentence prints are read in one place, [`check::printed`], which the draft reaches
//! as it reaches the rest of `check`.
//!
//! ```text
//!  draft/    report.txt ──draft──▶ data/*.json (a first data file for the desk)
//!  check/    data/*.json ──raw──▶ raw::ReportFile ──validate──▶ model::Report
//!                  (serde, lenient)          (every problem, with its JSON path)
//!  publish/  model::Report + chart + lang ──resolve──▶ spec::ChartSpec  (strings: format)
//!            spec::Resolved (every chart, one language) ──wire::encode──▶ charts.LANG.bin
//!            model::Report ──site──▶ dist/ (pages, embeds, fallbacks, cards, downloads)
//!  read/     charts.LANG.bin ──wire::decode──▶ spec::Resolved  (no parser, no float printing)
//!            web::Charts: the wasm edge (draw, hit-test); canvas::CanvasSurface
//!  shared/   spec::ChartSpec + View ──charts──▶ layout::Scene  (marks + measured text)
//!            layout::Scene ──render──▶ any plotters DrawingBackend (canvas, SVG, bitmap)
//!  edit/     desk: the editor's review, marks and proposals; web: its wasm edge (`editor`)
//! ```
//!
//! Chart kinds are one table, [`shared::charts::ALL`]: each kind is a file
//! `shared/charts/<kind>.rs` declaring its name, wire code and figure range (`KIND`), and
//! its checks and layout (`PLAN`). **Adding a kind = one file + one line in the table**; validation, `wire`, the
//! draft, the editor's choices and the schema follow from it.
//!
//! Only `render`, `canvas` and `raster` know plotters; only `canvas` and the `web` edges
//! know the DOM. Every user-facing message lives in [`shared::messages`].
//!
//! Everything is imported by its real path (`crate::shared::model::Lang`), so an import
//! shows when it crosses a stage; the crate root re-exports nothing.

// Every public item says what it is, and what its errors mean; `make lint` (clippy
// -D warnings) makes these errors.
#![warn(missing_docs, clippy::missing_errors_doc, clippy::too_many_lines)]
// The docs are the maintainers' (`make lint` builds them with private items), so a public
// item's doc may link to the private helper that explains it.
#![allow(rustdoc::private_intra_doc_links)]

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod check;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod draft;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod edit;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod publish;
#[cfg(target_arch = "wasm32")]
pub mod read;
pub mod shared;
