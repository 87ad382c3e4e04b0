//! A bar's end when its value is a bound (突破400亿元, 超10万户, 5.5%以内): a bar that
//! stops at 400 reads as 400, while the text says only "more than 400". Its last part is
//! drawn open instead: a floor fades out (the value goes on past it, how far unknown), a
//! ceiling ends in dashes (the value stops somewhere before it). The value beside it keeps
//! its qualifier as printed.

use crate::shared::layout::builder::Builder;
use crate::shared::layout::{Grow, Rect};
use crate::shared::model::Bound;
use crate::shared::theme::Color;

/// The share of a bound bar's length drawn open.
const OPEN: f64 = 0.12;
/// The fewest CSS pixels drawn open, so that a short bar still shows it.
const LEAST: f64 = 8.0;
/// How many steps the open part is drawn in: fading shades, or dashes and gaps.
const STEPS: usize = 4;

/// Draws a bar of `color` over `bar`, its far end (right when `grow` is
/// [`Grow::Right`], left when [`Grow::Left`]) open when `bound` says it is a bound. The
/// solid part grows in; the open part appears once it has, so that it never stands
/// where the bar has not reached.
pub fn bar(
    b: &mut Builder<'_>,
    bar: Rect,
    color: Color,
    background: Color,
    grow: Grow,
    bound: Option<Bound>,
) {
    let Some(bound) = bound else {
        b.bar(bar, color, grow);
        return;
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
        let piece = Rect {
            x: from,
            w: step,
            ..bar
        };
        let ink = match bound {
            // Each step nearer the background: the bar runs out, it does not stop.
            Bound::Lower => Some(color.toward(background, (i + 1) as f64 / (STEPS + 1) as f64)),
            // Gap, dash, gap, dash: a soft end, the value somewhere before it.
            Bound::Upper => (i % 2 == 1).then_some(color),
        };
        if let Some(ink) = ink {
            b.bar(piece, ink, Grow::Appear(1.0));
        }
    }
}
