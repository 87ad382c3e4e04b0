//! How the site build turns an image's scene into PNG bytes. Natively the fonts draw it
//! ([`Fonts`], `make build`); in the editor the browser does, from the same scene drawn
//! as SVG (`www/editor-publish.js`), so the site build itself never needs a bitmap.

#[cfg(not(target_arch = "wasm32"))]
use crate::publish::fonts::Fonts;
use crate::shared::layout::{Measure, Scene};

/// How an image's pixels relate to its scene's CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shot {
    /// A social card: [`crate::publish::card::CARD_WIDTH`] × `CARD_HEIGHT`, the scene fitted
    /// and centred on its background ([`crate::publish::card::Placement`]).
    Card,
    /// The scene at this many image pixels per CSS pixel
    /// ([`crate::publish::pixels::pixel_size_at`]).
    At(f64),
}

/// Draws the site's images.
pub trait Painter {
    /// What the covers' text is measured with: the fonts that draw it.
    fn measure(&mut self) -> &mut dyn Measure;
    /// The characters of `scene` that the fonts cannot draw.
    fn missing_in(&self, scene: &Scene) -> Vec<char>;
    /// The PNG file at `path` (under the site's root): `scene` drawn as `shot` says.
    ///
    /// # Errors
    /// When the scene has no image (no size) or cannot be drawn.
    fn paint(&mut self, path: &str, scene: &Scene, shot: Shot) -> Result<Vec<u8>, String>;
}

/// The native painter: the fonts of the machine (or the bundled subsets), drawn by
/// [`crate::publish::raster`].
#[cfg(not(target_arch = "wasm32"))]
pub struct FontPainter<'a> {
    fonts: &'a Fonts,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> FontPainter<'a> {
    /// Draws with `fonts`.
    pub fn new(fonts: &'a Fonts) -> FontPainter<'a> {
        FontPainter { fonts }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Painter for FontPainter<'_> {
    fn measure(&mut self) -> &mut dyn Measure {
        &mut self.fonts
    }

    fn missing_in(&self, scene: &Scene) -> Vec<char> {
        self.fonts.missing_in(scene)
    }

    fn paint(&mut self, _path: &str, scene: &Scene, shot: Shot) -> Result<Vec<u8>, String> {
        match shot {
            Shot::Card => crate::publish::raster::card_png(scene, self.fonts),
            Shot::At(ratio) => crate::publish::pixels::png_at(scene, ratio, self.fonts),
        }
    }
}
