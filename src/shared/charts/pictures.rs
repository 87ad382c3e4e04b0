//! The smallest picture a card's figure supports, drawn by the card beside or under its
//! number: a ring for a share, a bar of the part added within the whole for a count
//! with an `added` change, and a before → after pair for a `from` change. A growth rate
//! keeps the arrow drawn with its change; a card with nothing to draw has no picture.

use super::Ctx;
use crate::shared::layout::{Grow, Rect};
use crate::shared::model::FigureKind;
use crate::shared::spec::Item;
use std::f64::consts::TAU;

/// Height of the band under a card's number that holds a bar or a pair.
pub const BAND: f64 = 12.0;

/// What a card can draw for its figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Picture {
    /// A share of a whole, 0 to 1: a ring beside the number, or a filled bar.
    Ring(f64),
    /// The part of the value added this year, as a share of the value, 0 to 1.
    Part(f64),
    /// An old and a new value on one scale from zero.
    Pair {
        /// The old value.
        from: f64,
        /// The new value.
        to: f64,
    },
}

/// The picture `item` supports, if any.
pub fn of(item: &Item) -> Option<Picture> {
    let value = item.value.filter(|v| v.is_finite())?;
    let change = item.change.as_ref();
    if item.kind == FigureKind::Share {
        // A full ring is a plain circle that says nothing its 100% does not (issue 19):
        // only a share short of the whole gets one.
        return (value < 100.0).then(|| Picture::Ring((value / 100.0).max(0.0)));
    }
    if let Some(added) = change.and_then(|c| c.added) {
        // A count that grew by more than it now is cannot be drawn as a part of itself.
        return (value > 0.0 && added > 0.0 && added <= value)
            .then(|| Picture::Part(added / value));
    }
    let from = change.and_then(|c| c.from)?;
    (from >= 0.0 && value >= 0.0 && from.max(value) > 0.0)
        .then_some(Picture::Pair { from, to: value })
}

/// A ring `d` across centred on `centre`, the share filled and sweeping in.
///
/// The share is in the accent colour and the rest a light track, on every card: in the
/// neutral grey-blue beside its light grey track, a 70% ring read as a grey circle
/// (issue 19, the lead graphic's 税收占比).
pub fn ring(ctx: &mut Ctx<'_, '_>, centre: (f64, f64), d: f64, share: f64) {
    let p = ctx.theme.palette;
    let r = d / 2.0;
    let radii = (r, r - (d * 0.18).max(5.0));
    ctx.b.ring(centre, radii, (0.0, TAU), p.track, false);
    if share > 0.0 {
        ctx.b
            .ring(centre, radii, (0.0, TAU * share), p.accent, true);
    }
}

/// Draws `picture` in the band whose left, top and width are `(x, y, w)`.
pub fn band(ctx: &mut Ctx<'_, '_>, picture: &Picture, (x, y, w): (f64, f64, f64), accent: bool) {
    let p = ctx.theme.palette;
    let fill = if accent { p.accent } else { p.neutral };
    let bar_h = 8.0;
    let track = Rect {
        x,
        y: (y + (BAND - bar_h) / 2.0).round(),
        w: w.round(),
        h: bar_h,
    };
    match *picture {
        Picture::Ring(share) => {
            // The ring that did not fit, as a bar: in the ring's colours.
            ctx.b.rect(track, p.track);
            let len = (w * share).round();
            ctx.b.bar(Rect { w: len, ..track }, p.accent, Grow::Right);
        }
        Picture::Part(part) => {
            // The whole as the track, the part added this year at its end: the newest.
            ctx.b.rect(track, p.track);
            let len = (w * part).round().max(2.0);
            ctx.b.bar(
                Rect {
                    x: track.x + track.w - len,
                    w: len,
                    ..track
                },
                fill,
                Grow::Right,
            );
        }
        Picture::Pair { from, to } => pair(ctx, (x, y, w), from, to, fill),
    }
}

/// A hollow dot at the old value, a filled dot at the new, and an arrow between them on
/// a hairline from zero: the before → after chart in small.
fn pair(
    ctx: &mut Ctx<'_, '_>,
    (x, y, w): (f64, f64, f64),
    from: f64,
    to: f64,
    fill: crate::shared::theme::Color,
) {
    let p = ctx.theme.palette;
    let r = BAND / 2.0;
    let cy = y + r;
    let span = w - 2.0 * r;
    let hi = from.max(to);
    let at = |v: f64| x + r + span * (v / hi);
    let (fx, tx) = (at(from), at(to));
    ctx.b.line((x, cy), (x + w, cy), 1.0, p.track);
    ctx.b.line((x, cy - r), (x, cy + r), 1.0, p.rule);
    let dir = if to < from { -1.0 } else { 1.0 };
    let head = r * 1.1;
    if (tx - fx).abs() > head + 2.0 * r {
        let end = tx - dir * (r + 1.0);
        ctx.b
            .line((fx + dir * r, cy), (end - dir * head, cy), 2.0, fill);
        ctx.b.polygon(
            vec![
                (end, cy),
                (end - dir * head, cy - head * 0.7),
                (end - dir * head, cy + head * 0.7),
            ],
            fill,
        );
    }
    ctx.b
        .ring((fx, cy), (r, r - 2.0), (0.0, TAU), p.muted, false);
    ctx.b.ring((tx, cy), (r, 0.0), (0.0, TAU), fill, false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::spec::ChangeSpec;

    fn item(kind: FigureKind, value: f64, change: Option<ChangeSpec>) -> Item {
        Item {
            id: "x".into(),
            label: String::new(),
            value: Some(value),
            value_text: None,
            before: String::new(),
            bound: None,
            number: None,
            unit: String::new(),
            unit_key: String::new(),
            kind,
            status: crate::shared::model::Status::Result,
            change,
            accent: false,
            source: String::new(),
        }
    }

    fn change(added: Option<f64>, from: Option<f64>) -> ChangeSpec {
        ChangeSpec {
            text: String::new(),
            short: String::new(),
            signed: 0.0,
            from,
            added,
            from_text: None,
            down: false,
            reference: None,
        }
    }

    #[test]
    fn a_share_is_a_ring_of_its_part() {
        assert_eq!(
            of(&item(FigureKind::Share, 70.0, None)),
            Some(Picture::Ring(0.7))
        );
        assert_eq!(
            of(&item(FigureKind::Share, -5.0, None)),
            Some(Picture::Ring(0.0))
        );
    }

    #[test]
    fn a_share_of_the_whole_or_more_has_no_ring() {
        for value in [100.0, 130.0] {
            assert_eq!(of(&item(FigureKind::Share, value, None)), None, "{value}");
        }
    }

    #[test]
    fn a_count_with_an_added_change_is_the_part_added_unless_it_exceeds_the_whole() {
        let part = of(&item(
            FigureKind::Count,
            236.0,
            Some(change(Some(47.0), None)),
        ));
        assert_eq!(part, Some(Picture::Part(47.0 / 236.0)));
        let bad = of(&item(
            FigureKind::Count,
            40.0,
            Some(change(Some(47.0), None)),
        ));
        assert_eq!(bad, None);
    }

    #[test]
    fn a_from_change_is_a_pair_and_a_plain_count_has_no_picture() {
        let pair = of(&item(
            FigureKind::Count,
            10.0,
            Some(change(None, Some(37.0))),
        ));
        assert_eq!(
            pair,
            Some(Picture::Pair {
                from: 37.0,
                to: 10.0
            })
        );
        assert_eq!(of(&item(FigureKind::Count, 10.0, None)), None);
        assert_eq!(
            of(&item(FigureKind::Rate, 4.3, Some(change(None, None)))),
            None
        );
    }
}
