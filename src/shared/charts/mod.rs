//! Chart kinds: the one table of them ([`ALL`]), one file each, and the frame this
//! module draws for all of them (title, subtitle, body, footer).
//!
//! Each `charts/<kind>.rs` declares `pub const KIND: ChartKind`: its name in the data
//! file, its stable wire code and the range of figures it takes; and `pub const PLAN:
//! Plan`: what it needs of each figure and its rules over them all ([`check`]), and its
//! layout, a function `fn body(&mut Ctx, &ChartSpec, top: f64) -> f64` that places marks
//! below `top` and returns the height it used. Validation, the wire codes, the draft's
//! and the editor's vocabulary and the schema read the kinds from the table.
//!
//! **Adding a kind = one file + one line in the table** below.

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod check;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use check::Check;
mod ends;
pub mod kind;
mod list;
mod pictures;
mod rows;
pub mod shown;

pub use kind::{ChartKind, Kind};

use crate::shared::layout::builder::{Builder, Ink, Place};
use crate::shared::layout::{Anchor, Font, Mark, Measure, Scene};
use crate::shared::spec::ChartSpec;
use crate::shared::theme::Theme;

/// Declares each kind's file and lists its `KIND` in [`ALL`]: one line a kind. The kinds
/// after `register:` are drawn only by the indicators' pages (`make site`): the story
/// page's wasm, whose first load must not grow, leaves their layout out, and its decoder
/// turns a chart of theirs into a broken chart ([`crate::shared::wire::WireError::NotDrawn`]).
/// The indicators' pages load the reader's wasm built with the feature `register`.
macro_rules! table {
    ($($kind:ident),* ; register: $($reg:ident),* $(,)?) => {
        $(pub mod $kind;)*
        $(pub mod $reg;)*
        /// Every chart kind, in the order the docs and the editor list them.
        pub const ALL: &[ChartKind] = &[$($kind::KIND,)* $($reg::KIND),*];
        /// The kinds a report's story page draws (those before `register:`): the only
        /// kinds a data file may name, and the editor offers.
        pub const STORY: &[ChartKind] = &[$($kind::KIND),*];
        /// How each kind of [`ALL`] is laid out and checked, in the same order.
        #[cfg(any(not(target_arch = "wasm32"), feature = "register"))]
        const PLANS: &[Plan] = &[$($kind::PLAN,)* $($reg::PLAN),*];
        /// How each kind a story page draws is laid out (and, in the editor, checked): the
        /// story page's, the editor's and the publisher's wasm, none of which meets the
        /// register's kinds (a data file may not name them; `STORY`).
        #[cfg(all(target_arch = "wasm32", not(feature = "register")))]
        const PLANS: &[Plan] = &[$($kind::PLAN),*];
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
    comparison;
    register:
    ranking,
    target_result,
    trend,
}

/// Lays out the body of a chart below `top`; returns the height it used.
pub type Layout = fn(&mut Ctx<'_, '_>, &ChartSpec, f64) -> f64;

/// How a chart kind is laid out and checked: what names the specs and the model, which
/// themselves name the kind ([`ChartKind`] names neither).
pub struct Plan {
    /// The kind.
    pub kind: ChartKind,
    /// Its body.
    pub layout: Layout,
    /// What validation asks of its figures. Not in the reader's wasm, which trusts the
    /// resolved file.
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    pub check: Check,
}

/// How `kind` is laid out and checked: `None` for a kind this build does not draw (the
/// register's kinds in the story page's, the editor's and the publisher's wasm).
/// Natively and in the indicators' pages' wasm every kind of [`ALL`] has its plan.
pub fn plan(kind: ChartKind) -> Option<&'static Plan> {
    PLANS.iter().find(|p| p.kind == kind)
}

impl ChartKind {
    /// The kind of this name in the data file.
    pub fn by_name(name: &str) -> Option<ChartKind> {
        ALL.iter().copied().find(|k| k.name() == name)
    }

    /// The kind of this code in the resolved file.
    pub fn by_code(code: u8) -> Option<ChartKind> {
        ALL.iter().copied().find(|k| k.code() == code)
    }

    /// Every name, in the table's order: for messages, the editor and the schema.
    pub fn names() -> impl Iterator<Item = &'static str> {
        ALL.iter().map(|k| k.name())
    }

    /// Whether a report's story page draws this kind (see [`STORY`]); the register's
    /// kinds are drawn by the indicators' pages only.
    pub fn on_story_page(self) -> bool {
        STORY.contains(&self)
    }

    /// The names of the kinds a data file may name, in the table's order: for the
    /// validation's messages and the schema.
    pub fn story_names() -> impl Iterator<Item = &'static str> {
        STORY.iter().map(|k| k.name())
    }
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

/// How much of a frame a chart is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Padding all round and cards drawn as cards: the page, the embeds, the images.
    Whole,
    /// For charts stacked one under another (the long image): no padding above or below,
    /// and cards as compact rows ([`list`]), one line a figure. The footer is drawn as the
    /// spec has it: the long image gives it the note alone, and its source once at its end.
    Compact,
}

/// Lays out a whole chart, frame and body, `width` CSS pixels wide.
pub fn layout(spec: &ChartSpec, theme: Theme, width: f64, measure: &mut dyn Measure) -> Scene {
    framed(spec, theme, width, measure, Frame::Whole)
}

/// The title and subtitle from `top`, each wrapped to `w`; in the compact frame the
/// subtitle follows the title's last line when it fits there. Returns the height used.
fn head(
    b: &mut Builder<'_>,
    spec: &ChartSpec,
    theme: Theme,
    frame: Frame,
    (x, top, w): (f64, f64, f64),
) -> f64 {
    let (s, p) = (theme.scale, theme.palette);
    let (title, small) = (Font::bold(s.title), Font::regular(s.small));
    let before = b.mark_count();
    let h = b.paragraph(
        &spec.title,
        Place {
            x,
            top,
            width: w,
            anchor: Anchor::Start,
        },
        Ink {
            font: title,
            leading: 1.3,
            color: p.ink,
        },
    );
    // Where the title's last line ends: in the compact frame the subtitle may follow it.
    let last = match b.marks.last() {
        Some(Mark::Text {
            bounds, baseline, ..
        }) if b.mark_count() > before && frame == Frame::Compact => {
            Some((bounds.x + bounds.w + s.gap, *baseline))
        }
        _ => None,
    };
    if let Some((sub_x, baseline)) = last {
        if sub_x + b.width(&spec.subtitle, small) <= x + w {
            b.text(
                &spec.subtitle,
                sub_x,
                baseline,
                Anchor::Start,
                small,
                p.muted,
            );
            return h;
        }
    }
    h + b.paragraph(
        &spec.subtitle,
        Place {
            x,
            top: top + h,
            width: w,
            anchor: Anchor::Start,
        },
        Ink {
            font: small,
            leading: s.leading,
            color: p.muted,
        },
    )
}

/// Lays out a chart in `frame`, `width` CSS pixels wide.
pub fn framed(
    spec: &ChartSpec,
    theme: Theme,
    width: f64,
    measure: &mut dyn Measure,
    frame: Frame,
) -> Scene {
    let width = width.max(MIN_WIDTH);
    let s = theme.scale;
    let p = theme.palette;
    let pad = if frame == Frame::Compact { 0.0 } else { s.pad };
    let mut b = Builder::new(measure).keeping(&spec.keep);
    let x = s.pad;
    let w = width - 2.0 * s.pad;
    let mut y = pad + head(&mut b, spec, theme, frame, (x, pad, w));
    y += if frame == Frame::Compact {
        s.gap
    } else {
        s.gap * 1.5
    };
    let mut ctx = Ctx {
        b: &mut b,
        theme,
        x,
        w,
    };
    // The compact frame (long image) draws cards as rows, one line a figure.
    y += if frame == Frame::Compact && spec.kind == cards::KIND {
        list::body(&mut ctx, spec, y)
    } else {
        plan(spec.kind).map_or(0.0, |p| (p.layout)(&mut ctx, spec, y))
    };
    // The whole frame keeps the footer's place even when it is empty.
    if frame == Frame::Whole || !spec.footer.is_empty() {
        y += if frame == Frame::Compact {
            s.gap
        } else {
            s.gap * 1.5
        };
        y += b.paragraph(
            &spec.footer,
            Place {
                x,
                top: y,
                width: w,
                anchor: Anchor::Start,
            },
            Ink {
                font: Font::regular(s.small),
                leading: s.leading,
                color: p.muted,
            },
        );
    }
    y += pad;
    Scene {
        width,
        height: y.ceil(),
        background: p.background,
        marks: b.marks,
        hits: b.hits,
    }
}
