//! Horizontal bars of amounts in one unit, each labelled at its end with the value as
//! printed (突破800亿元), from a zero baseline, without gridlines.

use super::rows::{bars, Row};
use super::Ctx;
use crate::spec::ChartSpec;

/// Lays out the bars; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let p = ctx.theme.palette;
    let rows: Vec<Row<'_>> = spec.items.iter().map(|it| Row::of_value(it, &p)).collect();
    let narrow = ctx.narrow();
    bars(ctx, &rows, top, narrow)
}
