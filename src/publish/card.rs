//! The social card's layout (1200 × 630 for `og:image`): which width a chart is laid out
//! at and where it lands on the card. Pure, so the editor's wasm lays cards out as the
//! native build does; [`crate::publish::raster`] draws them natively, the editor's page in the browser.

use crate::shared::layout::{ApproxMeasure, Rect, Scene};
use crate::shared::model::{Lang, Report};
use crate::shared::theme::{Scale, ThemeName};
use crate::shared::view::View;

/// Card width in pixels (the size Facebook, LinkedIn and X recommend).
pub const CARD_WIDTH: u32 = 1200;
/// Card height in pixels.
pub const CARD_HEIGHT: u32 = 630;
/// Layout widths in CSS pixels tried for a card, narrowest first: 600 fills the card
/// at 2×; a tall chart may read larger laid out wider and scaled down less.
pub const LAYOUT_WIDTHS: [f64; 7] = [600.0, 680.0, 760.0, 840.0, 960.0, 1080.0, 1200.0];

/// Where a scene lands on the card: scaled to fit, centred.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Card pixels per CSS pixel.
    pub scale: f64,
    /// Left edge of the scene on the card, in card pixels.
    pub x: f64,
    /// Top edge of the scene on the card, in card pixels.
    pub y: f64,
}

impl Placement {
    /// The largest scale at which a `width × height` CSS pixel scene fits the card, centred.
    pub fn fit(width: f64, height: f64) -> Placement {
        let (cw, ch) = (f64::from(CARD_WIDTH), f64::from(CARD_HEIGHT));
        let scale = (cw / width.max(1.0)).min(ch / height.max(1.0));
        Placement {
            scale,
            x: ((cw - width * scale) / 2.0).round(),
            y: ((ch - height * scale) / 2.0).round(),
        }
    }

    /// A box in the scene's CSS pixels, in card pixels.
    pub fn rect(&self, r: Rect) -> Rect {
        Rect {
            x: self.x + r.x * self.scale,
            y: self.y + r.y * self.scale,
            w: r.w * self.scale,
            h: r.h * self.scale,
        }
    }
}

/// The scene of chart `id` for its card: laid out at whichever of [`LAYOUT_WIDTHS`]
/// draws its labels largest once fitted to the card (the narrowest on a tie).
///
/// # Errors
///
/// When `report` has no chart `id`, or no layout width is left to try.
pub fn card_scene(
    report: &Report,
    id: &str,
    lang: Lang,
    theme: ThemeName,
) -> Result<Scene, String> {
    let mut best: Option<(f64, Scene)> = None;
    for width in LAYOUT_WIDTHS {
        let view = View { width, lang, theme };
        let scene = crate::publish::scene(report, id, view, &mut ApproxMeasure)?;
        let label = Scale::for_width(width).label * Placement::fit(scene.width, scene.height).scale;
        let better = match &best {
            Some((b, _)) => label > b + 0.01,
            None => true,
        };
        if better {
            best = Some((label, scene));
        }
    }
    best.map(|(_, s)| s)
        .ok_or_else(|| "no layout width to try".to_string())
}
