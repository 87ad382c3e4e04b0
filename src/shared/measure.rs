//! Text widths: the browser measures with the canvas's own `measureText`; native
//! rendering and tests use [`ApproxMeasure`], deterministic and slightly generous.

/// A font: the family is always [`crate::shared::theme::FONT_STACK`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Size in CSS pixels.
    pub size: f64,
    /// Bold or regular.
    pub bold: bool,
}

impl Font {
    /// A regular font of `size` px.
    pub fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }

    /// A bold font of `size` px.
    pub fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }

    /// Distance from the top of the em box to the baseline, as a fraction of the size.
    /// Both backends place text by this rule (plotters' SVG backend writes `dy="0.76em"`).
    pub const ASCENT: f64 = 0.76;
    /// Ink above the baseline that a box must hold (CJK glyphs reach 0.88em).
    pub const BOX_ABOVE: f64 = 0.88;
    /// Ink below the baseline that a box must hold.
    pub const BOX_BELOW: f64 = 0.12;
}

/// Measures text widths. The browser measures with the canvas's own `measureText`;
/// native rendering uses [`ApproxMeasure`].
pub trait Measure {
    /// The advance width of `text` in CSS pixels.
    fn width(&mut self, text: &str, font: Font) -> f64;
}

/// Deterministic widths for native SVG: CJK 1em, Latin by class. Slightly generous,
/// so that a static SVG viewed with real fonts never overlaps.
#[derive(Debug, Default, Clone, Copy)]
pub struct ApproxMeasure;

/// True for characters that take a full em and may break anywhere.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x2FFFD
        | 0x1F300..=0x1FAFF)
}

impl Measure for ApproxMeasure {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        let em: f64 = text
            .chars()
            // Each class is at least as wide as Noto Sans CJK SC, the first font of the
            // stack, draws it (bold within the 1.05 below).
            .map(|c| match c {
                c if is_wide(c) => 1.0,
                // CJK fonts draw these punctuation marks a full em wide.
                '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '×' => 1.0,
                ' ' => 0.25,
                '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'j' | 'l' | 'I' => 0.32,
                '!' | '(' | ')' | '[' | ']' | '-' | 'f' => 0.38,
                'r' | 't' | '/' => 0.42,
                '%' | 'm' => 0.94,
                'w' | 'M' | 'W' => 0.88,
                'D' | 'G' | 'H' | 'N' | 'O' | 'Q' | 'U' | '&' => 0.74,
                'A'..='Z' => 0.66,
                'b' | 'd' | 'h' | 'n' | 'o' | 'p' | 'q' | 'u' => 0.62,
                // Digits, signs and the other lower-case letters.
                _ => 0.58,
            })
            .sum();
        em * font.size * if font.bold { 1.05 } else { 1.0 }
    }
}
