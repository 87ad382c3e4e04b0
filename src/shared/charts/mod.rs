//! Chart kinds: the one table of them ([`ALL`]), one file each, and the frame this
//! module draws for all of them (title, subtitle, body, footer).
//!
//! Each `charts/<kind>.rs` declares `pub const KIND: ChartKind`: its name in the data
//! file, its stable wire code, the range of figures it takes, what it needs of each
//! figure and its rules over them all ([`check`]), and its layout, a function
//! `fn body(&mut Ctx, &ChartSpec, top: f64) -> f64` that places marks below `top` and
//! returns the height it used. Validation, the wire codes, the draft's and the editor's
//! vocabulary and the schema read the kinds from the table.
//!
//! **Adding a kind = one file + one line in the table** below.

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod check;
mod kind;
mod pictures;
mod rows;

pub use kind::{ChartKind, Kind, Layout};

use crate::layout::{Anchor, Builder, Font, Measure, Scene};
use crate::spec::ChartSpec;
use crate::theme::Theme;

/// Declares each kind's file and lists its `KIND` in [`ALL`]: one line a kind.
macro_rules! table {
    ($($kind:ident),* $(,)?) => {
        $(pub mod $kind;)*
        /// Every chart kind, in the order the docs and the editor list them.
        pub const ALL: &[ChartKind] = &[$($kind::KIND),*];
    };
}

table! {
    cards,
    bars,
    growth,
    share,
    before_after,
    part_whole,
    multiples,
    waffle,
    structure,
    targets,
}

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
    y += (spec.kind.def().layout)(&mut ctx, spec, y);
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
