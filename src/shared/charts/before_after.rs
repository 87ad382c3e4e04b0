//! Before → after: the old value as a hollow mark, the new one filled, an arrow between
//! them on a scale from zero, and the change in per cent beside the arrow.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::ChartSpec;

/// An arrow from an old value to a new one.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "before-after",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("前后对比", "Before and after"),
    code: 4,
    figures: (1, 6),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::ValueAndFrom,
        statuses: super::check::RESULTS,
        rules: super::check::no_rules,
    },
};

/// Lays out one arrow per figure; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let bold = Font::bold(s.label * 1.3);
    let mut y = top;
    let r = (s.label * 0.55).round();
    let shared = one_scale(ctx, spec, r, bold);
    for it in &spec.items {
        let (Some(to), Some(c)) = (it.value, it.change.as_ref()) else {
            continue;
        };
        let from = c.from.unwrap_or(to);
        let row_top = y;
        y += ctx.b.paragraph(&it.label, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.ink });
        y += s.gap / 2.0;
        let from_text = c.from_text.clone().unwrap_or_default();
        let to_text = it.value_text.clone().unwrap_or_default();
        // Values above their marks; a mark near an edge gets its text anchored inward.
        let x0 = ctx.x + r;
        let span = ctx.w - 2.0 * r;
        let regular = Font::regular(bold.size);
        let fw = ctx.b.width(&from_text, regular);
        let tw = ctx.b.width(&to_text, bold);
        let (lo, hi) = match shared {
            Some((k, top)) => {
                let high = top.unwrap_or(from.max(to));
                (high * (1.0 - k), high)
            }
            None => domain(from, to, span, shortest(r, s.gap, (from, fw), (to, tw))),
        };
        let at = |v: f64| x0 + span * ((v - lo) / (hi - lo));
        let (fx, tx, zx) = (at(from), at(to), at(0.0));
        let (fax, fan, fl) = anchored(ctx, fx, fw);
        let (tax, tan, tl) = anchored(ctx, tx, tw);
        // Labels too close to sit side by side: the old value goes a line higher.
        let clash = fl < tl + tw + s.gap && tl < fl + fw + s.gap;
        let from_baseline = y + Font::BOX_ABOVE * bold.size;
        let baseline = from_baseline + if clash { bold.size * 1.3 } else { 0.0 };
        ctx.b
            .text(&from_text, fax, from_baseline, fan, regular, p.muted);
        ctx.b.text(&to_text, tax, baseline, tan, bold, p.accent);
        y = baseline + Font::BOX_BELOW * bold.size + s.gap;
        let cy = (y + r).round();
        ctx.b.line((x0, cy), (x0 + span, cy), 1.0, p.track);
        if lo <= 0.0 {
            ctx.b.line((zx - r, cy - r), (zx - r, cy + r), 1.0, p.rule);
        } else {
            // A scale that does not start at zero says so: a break, never a zero mark.
            for dx in [0.0, r * 0.6] {
                ctx.b.line(
                    (x0 + dx - r * 0.3, cy + r * 0.7),
                    (x0 + dx + r * 0.3, cy - r * 0.7),
                    1.0,
                    p.rule,
                );
            }
        }
        // Arrow from old to new.
        let dir = if to < from { -1.0 } else { 1.0 };
        let head = r * 1.2;
        if (tx - fx).abs() > head + 2.0 * r {
            let end = tx - dir * (r + 1.0);
            ctx.b
                .line((fx + dir * r, cy), (end - dir * head, cy), 3.0, p.accent);
            ctx.b.polygon(
                vec![
                    (end, cy),
                    (end - dir * head, cy - head * 0.7),
                    (end - dir * head, cy + head * 0.7),
                ],
                p.accent,
            );
        }
        let full = (0.0, std::f64::consts::TAU);
        ctx.b.ring((fx, cy), (r, r - 2.0), full, p.muted, false);
        ctx.b.ring((tx, cy), (r, 0.0), full, p.accent, false);
        y = cy + r + s.gap;
        // The change as the text prints it (由37个压缩为10个), never a per cent worked out
        // from the two values: the report does not print one.
        {
            let text = &c.text;
            y += ctx.b.paragraph(text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font: Font::bold(s.label), leading: s.leading, color: p.accent });
        }
        ctx.b.hit(
            &it.id,
            Rect {
                x: ctx.x,
                y: row_top,
                w: ctx.w,
                h: y - row_top,
            },
        );
        y += s.gap * 2.0;
    }
    y - top - s.gap * 2.0
}

/// The room an arrow needs: its head and both marks, and its values side by side
/// (城镇化率由58.3%提高到64.1% from zero at 1280 px: 9% of the scale, values stacked).
/// From zero the higher value ends the scale, its text anchored inward. `(value, width
/// of its text)` of the old and the new value.
fn shortest(r: f64, gap: f64, (from, fw): (f64, f64), (to, tw): (f64, f64)) -> f64 {
    let (high, low) = if to >= from { (tw, fw) } else { (fw, tw) };
    (8.0 * r).max(high + low / 2.0 + gap)
}

/// The one scale of a chart of several rows (issue 19: multiples share one scale), as the
/// share `k` of its end that the width spans, and that end where the rows share a unit:
/// one axis to the largest value (481→636家 ends short of 771→1076家). Rows of unlike
/// units each run to their own larger value instead (`None`), so that an arrow's length
/// is the change as a share of that value, alike on every row (+78% draws longer than
/// +29%). From zero (`k` = 1) when every arrow is long enough there; else zoomed alike,
/// each row with its break, the longest arrow clear of it. `None` for one row, or where
/// a value is not above zero (a rate may be): each row is then scaled on its own.
fn one_scale(
    ctx: &mut Ctx<'_, '_>,
    spec: &ChartSpec,
    r: f64,
    bold: Font,
) -> Option<(f64, Option<f64>)> {
    let s = ctx.theme.scale;
    let span = ctx.w - 2.0 * r;
    let mut rows = Vec::new();
    for it in &spec.items {
        let (Some(to), Some(c)) = (it.value, it.change.as_ref()) else {
            continue;
        };
        let from = c.from.unwrap_or(to);
        if from.min(to) <= 0.0 {
            return None;
        }
        let fw = ctx.b.width(c.from_text.as_deref().unwrap_or_default(), Font::regular(bold.size));
        let tw = ctx.b.width(it.value_text.as_deref().unwrap_or_default(), bold);
        rows.push((from, to, shortest(r, s.gap, (from, fw), (to, tw)), &it.unit_key));
    }
    let one_unit = rows.iter().all(|row| row.3 == rows[0].3);
    let top = rows.iter().fold(0.0_f64, |m, row| m.max(row.0.max(row.1)));
    let (mut k, mut fit) = (0.0_f64, true);
    for &(from, to, shortest, _) in &rows {
        let (low, high) = (from.min(to), if one_unit { top } else { from.max(to) });
        fit &= span * (to - from).abs() / high >= shortest;
        k = k.max((high - low) / high);
    }
    (rows.len() > 1 && k > 0.0).then_some((
        if fit { 1.0 } else { (k * 1.15).min(1.0) },
        one_unit.then_some(top),
    ))
}

/// The scale of one arrow: from zero (or the lower value when one is negative, as a
/// rate may be), unless the arrow would then be too short to see (城镇调查失业率由5.5%降至
/// 5.3%: both marks at the scale's end, their values stacked), shorter than `shortest`
/// (CSS px, of `span`). Then the scale is zoomed
/// around the two values, which sit at a third and two thirds of it, and the chart
/// draws a break where zero would be.
fn domain(from: f64, to: f64, span: f64, shortest: f64) -> (f64, f64) {
    let lo = from.min(to).min(0.0);
    let hi = from.max(to).max(lo + f64::MIN_POSITIVE);
    let gap = (to - from).abs();
    if gap == 0.0 || span * gap / (hi - lo) >= shortest {
        return (lo, hi);
    }
    let (low, high) = (from.min(to) - gap, from.max(to) + gap);
    match low <= 0.0 {
        // Zero is close enough to keep: from zero it stays.
        true if from.min(to) >= 0.0 => (0.0, high),
        _ => (low, high),
    }
}

/// Where a text centred on `at` goes: anchored inward when it would cross an edge.
/// Returns the anchor x, the anchor and the text's left edge.
fn anchored(ctx: &Ctx<'_, '_>, at: f64, w: f64) -> (f64, Anchor, f64) {
    if at - w / 2.0 < ctx.x {
        (ctx.x, Anchor::Start, ctx.x)
    } else if at + w / 2.0 > ctx.x + ctx.w {
        (ctx.x + ctx.w, Anchor::End, ctx.x + ctx.w - w)
    } else {
        (at, Anchor::Middle, at - w / 2.0)
    }
}
