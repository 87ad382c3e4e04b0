//! A bar's end when its value is a bound (突破400亿元, 超10万户, 5.5%以内): a bar that
//! stops at 400 reads as 400, while the text says only "more than 400". Its last part is
//! drawn open instead: a floor dissolves into ever shorter dashes (the value goes on past
//! it, how far unknown), a ceiling ends in even dashes (the value stops somewhere before
//! it). The value beside it keeps its qualifier as printed. Only the bar's own colour is
//! used: the first paint's dark rules map each palette colour, and a shade of ours would
//! stay light on a dark page.

use crate::shared::layout::builder::Builder;
use crate::shared::layout::{Grow, Rect};
use crate::shared::model::Bound;
use crate::shared::theme::Color;

/// The share of a bound bar's length drawn open.
const OPEN: f64 = 0.12;
/// The fewest CSS pixels drawn open, so that a short bar still shows it.
const LEAST: f64 = 8.0;
/// How many steps the open part is drawn in: a dash and its gap each.
const STEPS: usize = 4;

/// Draws a bar of `color` over `bar`, its far end (right when `grow` is
/// [`Grow::Right`], left when [`Grow::Left`]) open when `bound` says it is a bound. The
/// solid part grows in; the open part appears once it has, so that it never stands
/// where the bar has not reached. Returns the solid part's length, on whose end a value
/// rides while it grows (the open part then appears between the two).
pub fn bar(b: &mut Builder<'_>, bar: Rect, color: Color, grow: Grow, bound: Option<Bound>) -> f64 {
    let Some(bound) = bound else {
        b.bar(bar, color, grow);
        return bar.w;
    };
    let open = (bar.w * OPEN).max(LEAST).min(bar.w / 2.0).round();
    let left = grow == Grow::Left;
    let solid = Rect {
        x: if left { bar.x + open } else { bar.x },
        w: bar.w - open,
        ..bar
    };
    b.bar(solid, color, grow);
    let step = open / STEPS as f64;
    for i in 0..STEPS {
        // Counted from the solid part outwards.
        let from = if left {
            solid.x - step * (i + 1) as f64
        } else {
            solid.x + solid.w + step * i as f64
        };
        let dash = match bound {
            // Each dash shorter than the one before: the bar runs out, it does not stop.
            Bound::Lower => step * (STEPS - i) as f64 / (STEPS + 1) as f64,
            // Gap, dash, gap, dash: a soft end, the value somewhere before it.
            Bound::Upper => step * (i % 2) as f64,
        };
        let x = if left { from + step - dash } else { from };
        b.bar(Rect { x, w: dash, ..bar }, color, Grow::Appear(1.0));
    }
    solid.w
}
