//! A scene as pixels: its size at a ratio of image to CSS pixels, its RGB bytes and its
//! PNG file, drawn natively with the social cards' surface and fonts
//! ([`crate::publish::raster`]). The article images, the long image, the covers and the
//! register's pages all draw through here.

#[cfg(not(target_arch = "wasm32"))]
use crate::publish::fonts::Fonts;
#[cfg(not(target_arch = "wasm32"))]
use crate::publish::raster::{encode_png, CardSurface};
use crate::shared::layout::Scene;
#[cfg(not(target_arch = "wasm32"))]
use crate::shared::render::{self, UNITS_PER_PX};

/// The size in image pixels of `scene` drawn at `ratio`×: its height rounded up, less a
/// hair for the float's last digit (153.2 CSS px at 2.5× is 383 px, not 384).
pub fn pixel_size_at(scene: &Scene, ratio: f64) -> (u32, u32) {
    (
        (scene.width * ratio).round() as u32,
        (scene.height * ratio - 1e-6).ceil() as u32,
    )
}

/// `scene` drawn at `ratio`× as RGB bytes of [`pixel_size_at`].
///
/// # Errors
///
/// When the scene has no finite, non-empty size, or cannot be drawn on the bitmap.
#[cfg(not(target_arch = "wasm32"))]
pub fn rgb(scene: &Scene, ratio: f64, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let (w, h) = pixel_size_at(scene, ratio);
    if w == 0 || h == 0 || !scene.width.is_finite() || !scene.height.is_finite() {
        return Err(format!(
            "a {} × {} scene has no image",
            scene.width, scene.height
        ));
    }
    let bg = scene.background;
    let mut buf: Vec<u8> = std::iter::repeat_n([bg.0, bg.1, bg.2], (w * h) as usize)
        .flatten()
        .collect();
    {
        let k = ratio / UNITS_PER_PX;
        let mut surface = CardSurface::new(&mut buf, (w, h), fonts, k, (0.0, 0.0))?;
        render::draw(scene, &mut surface).map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

/// `scene` drawn at `ratio`× as a PNG file.
///
/// # Errors
///
/// As [`rgb`], or when the PNG cannot be encoded.
#[cfg(not(target_arch = "wasm32"))]
pub fn png_at(scene: &Scene, ratio: f64, fonts: &Fonts) -> Result<Vec<u8>, String> {
    encode_png(&rgb(scene, ratio, fonts)?, pixel_size_at(scene, ratio))
}
