//! Chart kinds: one file each. A kind lays out the body of a chart inside the frame
//! that this module draws for all of them (title, subtitle, body, footer).
//!
//! Every kind is a function `fn body(&mut Ctx, &ChartSpec, top: f64) -> f64` that places
//! marks below `top` and returns the height it used.

mod bars;
mod before_after;
mod cards;
mod growth;
mod multiples;
mod part_whole;
mod pictures;
mod rows;
mod share;
mod structure;
mod waffle;

use crate::layout::{Anchor, Builder, Font, Measure, Scene};
use crate::model::ChartKind;
use crate::spec::ChartSpec;
use crate::theme::Theme;

/// The narrowest width a chart is laid out at; a narrower canvas gets a scaled copy.
pub const MIN_WIDTH: f64 = 240.0;

/// What a chart kind lays out with.
pub struct Ctx<'b, 'm> {
    /// The scene builder.
    pub b: &'b mut Builder<'m>,
    /// Colours and sizes.
    pub theme: Theme,
    /// Left edge of the body.
    pub x: f64,
    /// Width of the body.
    pub w: f64,
}

impl Ctx<'_, '_> {
    /// True on phone-width charts, where kinds stack labels above their marks.
    pub fn narrow(&self) -> bool {
        self.w < 440.0
    }

    /// A label-sized font.
    pub fn label(&self) -> Font {
        Font::regular(self.theme.scale.label)
    }

    /// Height of one line of label text.
    pub fn line_h(&self) -> f64 {
        self.theme.scale.label * self.theme.scale.leading
    }
}

/// Lays out a whole chart, frame and body, `width` CSS pixels wide.
pub fn layout(spec: &ChartSpec, theme: Theme, width: f64, measure: &mut dyn Measure) -> Scene {
    let width = width.max(MIN_WIDTH);
    let s = theme.scale;
    let p = theme.palette;
    let mut b = Builder::new(measure);
    let x = s.pad;
    let w = width - 2.0 * s.pad;
    let mut y = s.pad;
    y += b.paragraph(
        &spec.title,
        x,
        y,
        w,
        Anchor::Start,
        Font::bold(s.title),
        1.3,
        p.ink,
    );
    y += b.paragraph(
        &spec.subtitle,
        x,
        y,
        w,
        Anchor::Start,
        Font::regular(s.small),
        s.leading,
        p.muted,
    );
    y += s.gap * 1.5;
    let mut ctx = Ctx {
        b: &mut b,
        theme,
        x,
        w,
    };
    y += match spec.kind {
        ChartKind::Cards => cards::body(&mut ctx, spec, y),
        ChartKind::Bars => bars::body(&mut ctx, spec, y),
        ChartKind::Growth => growth::body(&mut ctx, spec, y),
        ChartKind::Share => share::body(&mut ctx, spec, y),
        ChartKind::BeforeAfter => before_after::body(&mut ctx, spec, y),
        ChartKind::PartWhole => part_whole::body(&mut ctx, spec, y),
        ChartKind::Multiples => multiples::body(&mut ctx, spec, y),
        ChartKind::Waffle => waffle::body(&mut ctx, spec, y),
        ChartKind::Structure => structure::body(&mut ctx, spec, y),
    };
    y += s.gap * 1.5;
    y += b.paragraph(
        &spec.footer,
        x,
        y,
        w,
        Anchor::Start,
        Font::regular(s.small),
        s.leading,
        p.muted,
    );
    y += s.pad;
    Scene {
        width,
        height: y.ceil(),
        background: p.background,
        marks: b.marks,
        hits: b.hits,
    }
}
