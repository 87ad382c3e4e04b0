//! The fonts of the native images (native only): the two weights of Noto Sans CJK SC,
//! bundled as subsets or read from the system, and widths measured as they draw.
//!
//! The subsets in `data/fonts/` are under the SIL Open Font License 1.1;
//! `data/fonts/subset.sh` regenerates them. [`crate::publish::raster`] draws with them.

use crate::shared::layout::{Font, Scene};
use ab_glyph::{Font as _, FontArc, FontRef, FontVec, GlyphId, PxScale, ScaleFont as _};

static REGULAR: &[u8] = include_bytes!("../../data/fonts/NotoSansCJKsc-Regular.subset.otf");
static BOLD: &[u8] = include_bytes!("../../data/fonts/NotoSansCJKsc-Bold.subset.otf");

/// Where Debian's `fonts-noto-cjk` (which `make` installs) puts Noto Sans CJK.
const SYSTEM_FONTS: &str = "/usr/share/fonts/opentype/noto";
/// The Simplified Chinese face of each collection (`fc-query` lists it as index 2).
const SC_INDEX: u32 = 2;

/// The two weights of Noto Sans CJK SC.
pub struct Fonts {
    regular: FontArc,
    bold: FontArc,
}

impl Fonts {
    /// The subsets compiled into the crate: they hold the characters of the data files in
    /// `data/` when they were made (`data/fonts/subset.sh`).
    ///
    /// # Errors
    ///
    /// When a bundled font does not parse.
    pub fn bundled() -> Result<Fonts, String> {
        let load = |bytes: &'static [u8], name: &str| {
            FontRef::try_from_slice(bytes)
                .map(FontArc::new)
                .map_err(|e| format!("data/fonts: {name}: {e}"))
        };
        Ok(Fonts {
            regular: load(REGULAR, "NotoSansCJKsc-Regular.subset.otf")?,
            bold: load(BOLD, "NotoSansCJKsc-Bold.subset.otf")?,
        })
    }

    /// What a build draws with: the machine's whole Noto Sans CJK SC when it has one
    /// (`NOTO_CJK_DIR`, or Debian's folder), so that a new report's characters have their
    /// glyphs; the bundled subsets otherwise. The outlines are the same.
    ///
    /// # Errors
    ///
    /// When neither the machine's fonts nor the bundled subsets parse.
    pub fn for_build() -> Result<Fonts, String> {
        let dir = std::env::var("NOTO_CJK_DIR").unwrap_or_else(|_| SYSTEM_FONTS.to_string());
        let load = |name: &str| {
            let bytes = std::fs::read(std::path::Path::new(&dir).join(name)).ok()?;
            FontVec::try_from_vec_and_index(bytes, SC_INDEX)
                .ok()
                .map(FontArc::new)
        };
        match (
            load("NotoSansCJK-Regular.ttc"),
            load("NotoSansCJK-Bold.ttc"),
        ) {
            (Some(regular), Some(bold)) => Ok(Fonts { regular, bold }),
            _ => Fonts::bundled(),
        }
    }

    pub(crate) fn pick(&self, bold: bool) -> &FontArc {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// The characters of `text` that the subset cannot draw, each once. They are drawn
    /// as the font's empty box; characters that draw as nothing anywhere (controls,
    /// zero-width marks) are not missing.
    pub fn missing(&self, text: &str, bold: bool) -> Vec<char> {
        let font = self.pick(bold);
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !invisible(c) && font.glyph_id(c) == GlyphId(0) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// Every character the scene's texts use that the subset cannot draw.
    pub fn missing_in(&self, scene: &Scene) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for mark in &scene.marks {
            if let crate::shared::layout::Mark::Text { text, font, .. } = mark {
                for c in self.missing(text, font.bold) {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
        }
        out
    }
}

/// Widths as the fonts draw them, for images whose text is only ever drawn by
/// [`CardSurface`](crate::publish::raster::CardSurface) (the covers): exact, where
/// [`ApproxMeasure`](crate::shared::layout::ApproxMeasure) is generous.
impl crate::shared::layout::Measure for &Fonts {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        let face = self.pick(font.bold);
        let scaled = face.as_scaled(em_scale(face, font.size));
        let mut prev: Option<GlyphId> = None;
        let mut w = 0.0_f32;
        for c in text.chars().filter(|c| !invisible(*c)) {
            let id = face.glyph_id(c);
            if let Some(p) = prev {
                w += scaled.kern(p, id);
            }
            w += scaled.h_advance(id);
            prev = Some(id);
        }
        f64::from(w)
    }
}

/// Characters that take no room and draw nothing, as on a canvas: controls (a NUL
/// pasted with a label), zero-width spaces and joiners, direction marks, noncharacters.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// The ab_glyph scale that draws an em of `em` pixels (ab_glyph scales by the font's
/// ascent-to-descent height, not its em).
pub(crate) fn em_scale(font: &FontArc, em: f64) -> PxScale {
    let upm = font.units_per_em().unwrap_or(1000.0);
    PxScale::from(em as f32 * font.height_unscaled() / upm)
}
