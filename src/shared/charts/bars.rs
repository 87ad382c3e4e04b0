//! Horizontal bars of amounts that may be compared, each labelled at its end with the
//! value as printed (突破800亿元), from a zero baseline, without gridlines. A bound is
//! drawn open-ended, never as a level: a floor (突破, 超, 以上, 余, 多) runs out in ever
//! shorter dashes over the bar's last eighth, a ceiling (近, 以内, 不超过) ends in even
//! dashes (`ends`), and its value
//! keeps the qualifier as printed.
//!
//! One unit is not enough to compare: 签约总金额 and 研发投入 are both 亿元 and still
//! no pair. Bars draw one indicator across the items of one topic: the figures share a
//! unit, a topic (section and topic), and the indicator their labels end in, at least
//! two characters (城镇/农村居民人均可支配收入, 第一/二/三产业增加值, 工业/民间投资).

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::shared::spec::ChartSpec;

/// Horizontal bars of amounts that may be compared.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "bars",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("条形图", "Bars"),
    code: 1,
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
        rules,
    },
};

/// Lays out the bars; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let p = ctx.theme.palette;
    let rows: Vec<Row<'_>> = spec.items.iter().map(|it| Row::of_value(it, &p)).collect();
    let narrow = ctx.narrow();
    bars(ctx, &rows, top, narrow)
}

/// The fewest characters of a label's ending that name an indicator (投资, 增加值).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
const INDICATOR: usize = 2;

/// One unit on one axis, and amounts that may be compared: one indicator across the
/// items of one topic.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::{mixed_units, Finding};
    let mixed = mixed_units(figs);
    if !mixed.is_empty() {
        return mixed;
    }
    let Some(first) = figs.first() else {
        return Vec::new();
    };
    figs.iter()
        .enumerate()
        .skip(1)
        .filter(|(_, f)| {
            (&f.section, &f.topic) != (&first.section, &first.topic)
                || common_ending(&f.label.zh, &first.label.zh) < INDICATOR
        })
        .map(|(at, f)| Finding::Unlike {
            at,
            first: first.label.clone(),
            other: f.label.clone(),
        })
        .collect()
}

/// How many characters two labels end alike.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn common_ending(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}
