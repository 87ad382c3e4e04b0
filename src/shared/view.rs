//! How to draw one chart: what every stage that draws (the reader's canvas, the build's
//! SVG and bitmaps, the editor's preview) is handed beside the chart.

use crate::shared::model::Lang;
use crate::shared::theme::ThemeName;

/// How to draw one chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Width in CSS pixels.
    pub width: f64,
    /// Language.
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeName,
}
