//! A part and its whole as proportional bars: the whole as a light track, the part
//! filled over it, both values written as printed (370万元 of 6912万元). Where the text
//! prints the part's share (占比31.5%, 占…的比重为31.5%), that share is a figure of its
//! own, right after its pair, written as printed at the bar's end; where it prints none,
//! none is written: the bars draw the proportion, and 占5.4% would be a number of ours.
//!
//! A whole that is a bound (经营主体超10万户) makes the part's share no known share: of
//! "more than 10万" it is less than the bars' proportion. Its track ends open (in ever
//! shorter dashes, as a bound bar does, or even ones for a ceiling: `ends`), so the part's bar reads
//! as at most that proportion, and no share is ever computed from it; a part that is a
//! bound ends open alike.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Grow, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::model::FigureKind;
use crate::shared::spec::ChartSpec;

/// Proportional bars of a part and its whole.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "part-whole",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("部分与整体", "Part of a whole"),
    code: 5,
    figures: (2, 12),
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

/// The groups of a part-whole chart's `n` figures, by index: a part, its whole, and the
/// part's share as the text prints it where the figure after the pair is one
/// (`printed_share`: kind `share`, in %) and the part is not; a figure left over is
/// returned alone, as the part of no whole.
pub fn groups(n: usize, printed_share: impl Fn(usize) -> bool) -> Vec<(usize, Option<usize>, Option<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if i + 1 == n {
            out.push((i, None, None));
            break;
        }
        let share = (i + 2 < n && printed_share(i + 2) && !printed_share(i)).then_some(i + 2);
        out.push((i, Some(i + 1), share));
        i += if share.is_some() { 3 } else { 2 };
    }
    out
}

/// Lays out one pair of bars per part and whole; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let bold = Font::bold(s.label);
    let bar_h = (s.label * 1.8).round();
    let mut y = top;
    let items = &spec.items;
    let shares = |i: usize| items[i].kind == FigureKind::Share && items[i].unit_key == "%";
    for (part, whole, share) in groups(items.len(), shares) {
        let Some(whole) = whole else {
            continue;
        };
        let (part, whole, share) = (&items[part], &items[whole], share.map(|i| &items[i]));
        let (Some(pv), Some(wv)) = (part.value, whole.value) else {
            continue;
        };
        let row_top = y;
        // The share the text prints stands right of the bars, which keep their proportion
        // and end, with the whole's value, before it.
        let share_text = share.and_then(|it| it.value_text.as_deref());
        let share_w = share_text.map_or(0.0, |t| ctx.b.width(t, bold) + s.gap);
        // Joined, not `format!`: the reader's wasm formats nothing (`shared::spec`).
        let part_text = [&part.label, " ", part.value_text.as_deref().unwrap_or("")].concat();
        let whole_text = [&whole.label, " ", whole.value_text.as_deref().unwrap_or("")].concat();
        // Part on the left, whole on the right; one line each when they do not fit together.
        let pw = ctx.b.width(&part_text, bold);
        let ww = ctx.b.width(&whole_text, font);
        if pw + ww + s.gap * 2.0 <= ctx.w - share_w {
            let baseline = y + (ctx.line_h() - s.label) / 2.0 + Font::BOX_ABOVE * s.label;
            ctx.b
                .text(&part_text, ctx.x, baseline, Anchor::Start, bold, p.accent);
            ctx.b.text(
                &whole_text,
                ctx.x + ctx.w - share_w,
                baseline,
                Anchor::End,
                font,
                p.muted,
            );
            y += ctx.line_h();
        } else {
            y += ctx.b.paragraph(&part_text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font: bold, leading: s.leading, color: p.accent });
            y += ctx.b.paragraph(&whole_text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.muted });
        }
        y += s.gap / 2.0;
        let track = Rect {
            x: ctx.x,
            y: y.round(),
            w: (ctx.w - share_w).round(),
            h: bar_h,
        };
        if let (Some(it), Some(text)) = (share, share_text) {
            let baseline = track.y + (bar_h - s.label) / 2.0 + Font::BOX_ABOVE * s.label;
            let right = ctx.x + ctx.w;
            ctx.b.text(text, right, baseline, Anchor::End, bold, p.accent);
            let hit = Rect { x: right - share_w, y: track.y, w: share_w, h: bar_h };
            ctx.b.hit(&it.id, hit);
        }
        super::ends::bar(ctx.b, track, p.track, Grow::Still, whole.bound);
        let share = if wv > 0.0 {
            (pv / wv).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let part_bar = Rect {
            w: (track.w * share).round().max(1.0),
            ..track
        };
        super::ends::bar(ctx.b, part_bar, p.accent, Grow::Right, part.bound);
        ctx.b.hit(
            &part.id,
            Rect {
                x: ctx.x,
                y: track.y,
                w: track.w * share,
                h: bar_h,
            },
        );
        ctx.b.hit(
            &whole.id,
            Rect {
                x: ctx.x,
                y: row_top,
                w: ctx.w,
                h: track.y - row_top,
            },
        );
        y += bar_h + s.gap * 2.5;
    }
    y - top - s.gap * 2.5
}

/// Pairs of a part and its whole, each pair in one unit, the part no larger; a share
/// after a pair is the part's share of that whole as printed (within a point of it:
/// rounded, or printed with 近, 超), never another whole's.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::Finding;
    let mut out = Vec::new();
    let shares = |i: usize| figs[i].kind == FigureKind::Share && figs[i].unit.zh == "%";
    for (p, whole, share) in groups(figs.len(), shares) {
        let Some(w) = whole else {
            out.push(Finding::Unpaired);
            continue;
        };
        let (part, whole) = (figs[p], figs[w]);
        if part.unit.zh != whole.unit.zh {
            out.push(Finding::MixedUnits {
                at: w,
                first: part.unit.zh.clone(),
                other: whole.unit.zh.clone(),
            });
        } else if part.value > whole.value {
            out.push(Finding::PartExceedsWhole {
                at: p,
                part: part.id.clone(),
                whole: whole.id.clone(),
            });
        }
        let (Some(j), Some(pv), Some(wv)) = (share, part.value, whole.value) else {
            continue;
        };
        let printed = figs[j].value.unwrap_or_default();
        if wv <= 0.0 || (printed - 100.0 * pv / wv).abs() > 1.0 {
            out.push(Finding::NotItsShare {
                at: j,
                share: figs[j].id.clone(),
                part: part.id.clone(),
                whole: whole.id.clone(),
            });
        }
    }
    out
}
