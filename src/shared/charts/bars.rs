//! Horizontal bars of amounts in one unit, each labelled at its end with the value as
//! printed (突破800亿元), from a zero baseline, without gridlines.

use super::{ChartKind, Kind};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::spec::ChartSpec;

/// Horizontal bars of amounts that may be compared.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "bars",
    code: 1,
    figures: (2, 40),
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Value,
        rules,
    },
});

/// Lays out the bars; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let p = ctx.theme.palette;
    let rows: Vec<Row<'_>> = spec.items.iter().map(|it| Row::of_value(it, &p)).collect();
    let narrow = ctx.narrow();
    bars(ctx, &rows, top, narrow)
}

/// One unit on one axis.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::model::Figure]) -> Vec<super::check::Finding> {
    super::check::mixed_units(figs)
}
