//! Fitting a cover's texts into their boxes: the title at the largest size that fits,
//! beside or above the figure in big type, each size tried from the largest down so that
//! nothing clips.

use super::{Cover, Shape};
use crate::shared::layout::builder::{Builder, Ink, Place};
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::spec::Item;
use crate::shared::theme::{Palette, Scale, ThemeName};

/// The sizes a cover's texts are tried at, largest first, and the smallest they may take.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sizes {
    /// The title's.
    pub(super) title: (f64, f64),
    /// The figure's number.
    pub(super) number: (f64, f64),
}

/// The largest size of `sizes` at which `text` fits `area` in bold, and its lines.
fn title_fit(
    b: &mut Builder<'_>,
    text: &str,
    area: Rect,
    (max, min): (f64, f64),
) -> Option<(f64, Vec<String>)> {
    // The largest size at which every phrase stays whole on its line, else the largest
    // at which the title fits at all.
    for phrases_whole in [true, false] {
        let mut size = max;
        while size >= min {
            let (lines, whole) = lines_of(b, text, area.w, Font::bold(size));
            if (whole || !phrases_whole) && lines.len() as f64 * size * LEADING <= area.h {
                return Some((size, lines));
            }
            size -= 1.0;
        }
    }
    None
}

/// Verbs that tell a level reached, besides the glossary's verbs of a change: a title
/// breaks before them as before 增长 (经营主体总数 / 达到16.4万户).
const LEVEL_VERBS: [&str; 4] = ["达到", "突破", "超过", "跨越"];

/// The title's lines at `width`: broken at its phrases, before the verb of a number and
/// after a comma, never inside a verb (tester s-test24 F14: 固定资产投资下 / 降2.4%); and
/// whether every phrase stayed whole.
fn lines_of(b: &mut Builder<'_>, text: &str, width: f64, font: Font) -> (Vec<String>, bool) {
    let verbs: Vec<&str> = crate::shared::format::verb::chinese()
        .chain(LEVEL_VERBS)
        .collect();
    b.wrap_phrases(text, width, font, &verbs)
}

/// The title's line height, as a multiple of its size.
const LEADING: f64 = 1.25;

/// The title in `area` at the largest size that fits (at the smallest, whole, even if it
/// does not: the tests then name it); returns whether it fit.
pub(super) fn title(
    b: &mut Builder<'_>,
    text: &str,
    area: Rect,
    sizes: (f64, f64),
    ink: crate::shared::theme::Color,
) -> bool {
    let (size, lines, fit) = match title_fit(b, text, area, sizes) {
        Some((size, lines)) => (size, lines, true),
        None => (
            sizes.1,
            lines_of(b, text, area.w, Font::bold(sizes.1)).0,
            false,
        ),
    };
    let font = Font::bold(size);
    for (i, line) in lines.iter().enumerate() {
        let top = area.y + i as f64 * size * LEADING;
        let baseline = top + (LEADING - 1.0) * size / 2.0 + Font::BOX_ABOVE * size;
        b.text(line, area.x, baseline, Anchor::Start, font, ink);
    }
    fit
}

/// The title and the figure in `body`: side by side on a wide cover, the figure under
/// the title on a square one. Returns false, with nothing placed, when the title
/// does not fit beside the figure.
pub(super) fn with_figure(
    b: &mut Builder<'_>,
    cover: &Cover,
    item: &Item,
    shape: Shape,
    body: Rect,
    sizes: Sizes,
    s: &Scale,
) -> bool {
    let ink = Palette::of(ThemeName::Light).ink;
    let (title_area, fig_area) = match shape {
        Shape::Wide => match wide(b, cover, item, body, sizes, s) {
            Some(areas) => areas,
            None => return false,
        },
        Shape::Square => {
            // The title at the size it takes with the figure under it; the two centred.
            let Some(fig_h) = figure_height(b, item, body.w, sizes.number, s) else {
                return false;
            };
            let room = Rect {
                h: body.h - fig_h - s.gap * 2.0,
                ..body
            };
            let Some((size, lines)) = title_fit(b, &cover.title, room, sizes.title) else {
                return false;
            };
            let title_h = lines.len() as f64 * size * LEADING;
            let top = body.y + ((room.h - title_h) / 2.0).max(0.0).floor();
            (
                Rect {
                    y: top,
                    h: title_h,
                    ..body
                },
                Rect {
                    y: top + title_h + s.gap * 2.0,
                    h: fig_h,
                    ..body
                },
            )
        }
    };
    if fig_area.h > body.h || title_fit(b, &cover.title, title_area, sizes.title).is_none() {
        return false;
    }
    title(b, &cover.title, title_area, sizes.title, ink);
    figure(b, item, fig_area, sizes.number, s);
    true
}

/// The title's and the figure's areas on a wide cover, side by side: the figure's
/// column widens, from 42% to 55% of the body, until its number line fits and the title
/// still fits beside it. An English unit (billion yuan) is wider than 亿元: at 42% the
/// English cover lost its figure (the tester's M5). `None` when no width holds both.
fn wide(
    b: &mut Builder<'_>,
    cover: &Cover,
    item: &Item,
    body: Rect,
    sizes: Sizes,
    s: &Scale,
) -> Option<(Rect, Rect)> {
    [0.42, 0.5, 0.55].into_iter().find_map(|share| {
        let fig_w = (body.w * share).floor();
        let fig_h = figure_height(b, item, fig_w, sizes.number, s)?;
        let title_area = Rect {
            w: body.w - fig_w - s.gap * 2.0,
            ..body
        };
        title_fit(b, &cover.title, title_area, sizes.title)?;
        let fig_area = Rect {
            x: body.x + body.w - fig_w,
            y: body.y + ((body.h - fig_h) / 2.0).max(0.0).floor(),
            w: fig_w,
            h: fig_h,
        };
        Some((title_area, fig_area))
    })
}

/// How a figure's number line is set: the number's size, and whether the words before
/// it (2026年目标增长) go on a line of their own above it. The number never parts from
/// its unit and qualifier (5 and %左右): those stand beside it, or the figure is not
/// drawn this big (the tester's M3: %左右 went under the 5).
#[derive(Debug, Clone, Copy)]
struct NumberLine {
    size: f64,
    before_above: bool,
}

/// The largest size at which the figure's number line (words before, number, unit and
/// qualifier) fits `w`; where none does, the words before go above and the number with
/// its unit takes the line. `None` when even the number and its unit alone do not fit.
fn number_line(
    b: &mut Builder<'_>,
    item: &Item,
    w: f64,
    (max, min): (f64, f64),
    s: &Scale,
) -> Option<NumberLine> {
    let small = Font::regular(s.label);
    let before = b.width(&item.before, small) + 4.0;
    let unit = b.width(&item.unit, small) + 4.0;
    let number = item.number.as_deref().unwrap_or_default();
    for (before, before_above) in [(before, false), (0.0, !item.before.is_empty())] {
        let mut size = max;
        while size > min && before + unit + b.width(number, Font::bold(size)) > w {
            size -= 1.0;
        }
        if before + unit + b.width(number, Font::bold(size)) <= w {
            return Some(NumberLine { size, before_above });
        }
    }
    None
}

/// The height of the words before the number, on their own lines `w` wide, or 0 when
/// they stand beside it.
fn before_height(b: &mut Builder<'_>, item: &Item, line: NumberLine, w: f64, s: &Scale) -> f64 {
    if !line.before_above {
        return 0.0;
    }
    let lines = b.wrap(&item.before, w, Font::regular(s.label)).len();
    lines as f64 * s.label * s.leading
}

/// The height of the figure's block `w` wide (the words before the number where they go
/// above it, its number line and its whole label), or `None` when its number does not
/// fit `w`.
fn figure_height(
    b: &mut Builder<'_>,
    item: &Item,
    w: f64,
    sizes: (f64, f64),
    s: &Scale,
) -> Option<f64> {
    let line = number_line(b, item, w, sizes, s)?;
    let label = b.wrap(&item.label, w, Font::regular(s.label)).len();
    let before = before_height(b, item, line, w, s);
    Some(before + line.size + s.gap / 2.0 + label as f64 * s.label * s.leading)
}

/// The figure in `area`, from its top: the number line in big type, then its label.
fn figure(b: &mut Builder<'_>, item: &Item, area: Rect, sizes: (f64, f64), s: &Scale) {
    let p = Palette::of(ThemeName::Light);
    let Some(line) = number_line(b, item, area.w, sizes, s) else {
        return;
    };
    let (small, big) = (Font::regular(s.label), Font::bold(line.size));
    let mut top = area.y;
    if line.before_above {
        let place = Place {
            x: area.x,
            top,
            width: area.w,
            anchor: Anchor::Start,
        };
        let ink = Ink {
            font: small,
            leading: s.leading,
            color: p.muted,
        };
        top += b.paragraph(&item.before, place, ink);
    }
    let baseline = top + Font::BOX_ABOVE * line.size;
    let mut x = area.x;
    if !item.before.is_empty() && !line.before_above {
        x += b
            .text(&item.before, x, baseline, Anchor::Start, small, p.muted)
            .w
            + 4.0;
    }
    let number = item.number.as_deref().unwrap_or_default();
    // The unit right against the number's advance: the big digit's own side bearing is
    // gap enough, and 4 px more stood it a digit's width from its % (tester s-test25's
    // F15).
    x += b.text(number, x, baseline, Anchor::Start, big, p.accent).w;
    b.text(&item.unit, x, baseline, Anchor::Start, small, p.accent);
    let top = baseline + Font::BOX_BELOW * line.size + s.gap / 2.0;
    b.paragraph(
        &item.label,
        Place {
            x: area.x,
            top,
            width: area.w,
            anchor: Anchor::Start,
        },
        Ink {
            font: small,
            leading: s.leading,
            color: p.ink,
        },
    );
}
