//! Colours, the font stack and the type and spacing scales: every visual constant
//! lives here, so the charts share one look and the dark theme is one table away.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// `#rrggbb`, for CSS and tests.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio against `other`.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// The CJK font stack, in one place: canvas, SVG and CSS use the same list.
/// Single quotes, because the SVG backend writes it into a double-quoted attribute.
pub const FONT_STACK: &str = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif";

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// Dark ink on white.
    #[default]
    Light,
    /// Light ink on near-black.
    Dark,
}

impl ThemeName {
    /// Reads `dark`; anything else is light.
    pub fn parse(name: &str) -> ThemeName {
        if name.eq_ignore_ascii_case("dark") {
            ThemeName::Dark
        } else {
            ThemeName::Light
        }
    }
}

/// The palette: neutrals, one accent, one colour for decreases.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Background.
    pub background: Color,
    /// Titles, numbers, labels.
    pub ink: Color,
    /// Subtitles, footers, secondary labels (still WCAG AA on the background).
    pub muted: Color,
    /// Baselines and rules.
    pub rule: Color,
    /// Tracks, wholes, light fills.
    pub track: Color,
    /// Bars that are not the story.
    pub neutral: Color,
    /// The figure the story is about, and growth.
    pub accent: Color,
    /// Decreases (blue, not green: safe beside red for colour-blind readers).
    pub decrease: Color,
}

impl Palette {
    /// The palette for `name`.
    pub fn of(name: ThemeName) -> Palette {
        match name {
            ThemeName::Light => Palette {
                background: Color(0xff, 0xff, 0xff),
                ink: Color(0x1a, 0x1a, 0x1a),
                muted: Color(0x5c, 0x5c, 0x5c),
                rule: Color(0x33, 0x33, 0x33),
                track: Color(0xec, 0xee, 0xf0),
                neutral: Color(0x8a, 0x99, 0xa8),
                accent: Color(0xc4, 0x22, 0x1f),
                decrease: Color(0x1f, 0x5f, 0xae),
            },
            ThemeName::Dark => Palette {
                background: Color(0x16, 0x18, 0x1d),
                ink: Color(0xee, 0xf0, 0xf2),
                muted: Color(0xa9, 0xb1, 0xbb),
                rule: Color(0xc8, 0xcc, 0xd0),
                track: Color(0x2a, 0x2f, 0x37),
                neutral: Color(0x6f, 0x80, 0x91),
                accent: Color(0xff, 0x70, 0x61),
                decrease: Color(0x6c, 0xb4, 0xf5),
            },
        }
    }
}

/// Type sizes and spacing in CSS pixels, stepping with the chart's width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Title.
    pub title: f64,
    /// Subtitle and footer.
    pub small: f64,
    /// Labels and values.
    pub label: f64,
    /// Big numbers on cards.
    pub big: f64,
    /// Outer padding.
    pub pad: f64,
    /// The base spacing unit; gaps are multiples of it.
    pub gap: f64,
    /// Line height as a multiple of the font size.
    pub leading: f64,
}

impl Scale {
    /// The scale for a chart `width` CSS pixels wide.
    pub fn for_width(width: f64) -> Scale {
        if width < 480.0 {
            Scale {
                title: 17.0,
                small: 12.0,
                label: 13.0,
                big: 28.0,
                pad: 12.0,
                gap: 8.0,
                leading: 1.45,
            }
        } else if width < 760.0 {
            Scale {
                title: 20.0,
                small: 13.0,
                label: 14.0,
                big: 34.0,
                pad: 16.0,
                gap: 10.0,
                leading: 1.45,
            }
        } else {
            Scale {
                title: 22.0,
                small: 13.0,
                label: 15.0,
                big: 40.0,
                pad: 20.0,
                gap: 12.0,
                leading: 1.45,
            }
        }
    }
}

/// Everything visual a chart needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Colours.
    pub palette: Palette,
    /// Sizes.
    pub scale: Scale,
}

impl Theme {
    /// The theme `name` for a chart `width` CSS pixels wide.
    pub fn new(name: ThemeName, width: f64) -> Theme {
        Theme {
            palette: Palette::of(name),
            scale: Scale::for_width(width),
        }
    }
}
