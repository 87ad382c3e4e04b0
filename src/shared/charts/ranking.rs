//! One indicator across the places of one year (the register's ranking): sorted bars,
//! each place's bar labelled with its value as printed, qualifier included (突破5万亿元).
//!
//! The register sorts the items and gives each a value in base units, so that 5.3万亿元
//! and 33757.93亿元 stand on one scale while each keeps its printed text.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::shared::spec::ChartSpec;

/// Sorted bars of one indicator across places.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "ranking",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("排名", "Ranking"),
    code: 11,
    figures: (2, 40),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Value,
        statuses: super::check::RESULTS,
        rules: super::check::mixed_units,
    },
};

/// Lays out the bars in the items' order; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let p = ctx.theme.palette;
    let rows: Vec<Row<'_>> = spec.items.iter().map(|it| Row::of_value(it, &p)).collect();
    let narrow = ctx.narrow();
    bars(ctx, &rows, top, narrow)
}
