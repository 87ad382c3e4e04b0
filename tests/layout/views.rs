//! The views every layout test draws: each chart at a phone's and a desktop's widths,
//! in both languages and themes.
// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use report_charts::shared::layout::{ApproxMeasure, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

pub const WIDTHS: [f64; 4] = [320.0, 360.0, 768.0, 1280.0];
pub const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];
pub const THEMES: [ThemeName; 2] = [ThemeName::Light, ThemeName::Dark];

pub fn scene(r: &Report, id: &str, width: f64, lang: Lang, theme: ThemeName) -> Scene {
    let view = View { width, lang, theme };
    report_charts::publish::scene(r, id, view, &mut ApproxMeasure)
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

/// Every view of every chart, with a name for failure messages.
pub fn every_view(r: &Report) -> Vec<(String, Scene)> {
    let mut out = Vec::new();
    for c in &r.charts {
        for width in WIDTHS {
            for lang in LANGS {
                for theme in THEMES {
                    let name = format!("chart {} at {width}px, {lang:?}, {theme:?}", c.id);
                    out.push((name, scene(r, &c.id, width, lang, theme)));
                }
            }
        }
    }
    out
}
