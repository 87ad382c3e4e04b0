//! # report-charts
//!
//! News-quality charts of a Chinese government work report, drawn by WebAssembly on
//! `<canvas>`, and the same charts as static SVG for tests and for readers without script.
//!
//! One pipeline, each stage a plain function from one type to the next. The folders say
//! where each stage runs:
//!
//! ```text
//!  build/  (native, in `make build`; and the editor's wasm)
//!  data/*.json ──raw──▶ raw::ReportFile ──validate──▶ model::Report
//!        (serde, lenient)          (every problem, with its JSON path)
//!  model::Report + chart + lang ──resolve──▶ spec::ChartSpec  (every string formatted: format)
//!  spec::Resolved (every chart, one language) ──wire::encode──▶ data/charts.LANG.bin
//!
//!  read/   (the reader's browser)
//!  data/charts.LANG.bin ──wire::decode──▶ spec::Resolved     (no parser, no float printing)
//!  web::Charts: the wasm edge (draw, hit-test); canvas::CanvasSurface (a DrawingBackend)
//!
//!  shared/ (both)
//!  spec::ChartSpec + width + theme ──charts──▶ layout::Scene  (marks + measured text boxes)
//!  layout::Scene ──render──▶ any plotters DrawingBackend (canvas, SVG, bitmap)
//!
//!  edit/   (the editor's wasm, feature `editor`): web::Charts from an unvalidated data file
//! ```
//!
//! Chart kinds are one table, [`charts::ALL`]: each kind is a file `charts/<kind>.rs`
//! declaring its name, wire code, figure range, checks and layout. **Adding a kind = one
//! file + one line in the table**; validation, `wire`, the draft, the editor's choices and
//! the schema follow from it.
//!
//! Only `render`, `canvas` and `raster` know plotters; only `canvas` and `web` know the DOM.
//! Every user-facing message lives in [`messages`].

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod build;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod edit;
#[cfg(target_arch = "wasm32")]
pub mod read;
pub mod shared;

// The stages by name, wherever they run.
#[cfg(not(target_arch = "wasm32"))]
pub use build::raster;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub use build::{article, bundle, cover, demo, long, page, social, zip};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub use build::{coverage, draft, format, raw, resolve, scene, svg, validate};
#[cfg(target_arch = "wasm32")]
pub use read::{canvas, web};
pub use shared::{charts, layout, messages, model, render, spec, theme, wire};

use model::Lang;
use theme::ThemeName;

/// How to draw one chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Width in CSS pixels.
    pub width: f64,
    /// Language.
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeName,
}
