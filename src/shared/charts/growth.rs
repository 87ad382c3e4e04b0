//! Growth rates as bars from a zero baseline: +65.6%. One accent for the figure the
//! story is about; falls in the decrease colour, to the left of zero.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::shared::spec::ChartSpec;

/// Bars of growth rates from a zero baseline.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "growth",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("增速条形图", "Growth rates"),
    code: 2,
    figures: (2, 40),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::GrowthChange,
        statuses: super::check::RESULTS,
        rules: super::check::no_rules,
    },
};

/// Lays out the growth bars; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let p = ctx.theme.palette;
    let rows: Vec<Row<'_>> = spec
        .items
        .iter()
        .filter_map(|it| {
            let c = it.change.as_ref()?;
            Some(Row {
                id: &it.id,
                label: &it.label,
                value: c.signed,
                text: &c.short,
                color: if c.signed < 0.0 {
                    p.decrease
                } else if it.accent {
                    p.accent
                } else {
                    p.neutral
                },
                strong: it.accent,
                // The change's own bound is not carried: the value's is no bound of it.
                bound: None,
            })
        })
        .collect();
    let narrow = ctx.narrow();
    bars(ctx, &rows, top, narrow)
}
