#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A bar's value stays on one line beside its bar whatever the text measures: the
//! browser measures with the canvas's fonts (fractions of a pixel), natively the
//! approximate widths do, and the widest bar's value must fit the room the scale left it
//! in both, after the bar's end and the zero line are snapped to whole pixels (issue 21:
//! "+7.3" above "%" in the editor's preview at the pane's width, not natively).

mod common;

use report_charts::shared::layout::{ApproxMeasure, Font, Measure};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

/// A text of our own whose draft is a chart of growth rates.
/// A decline among them puts a minus before one value.
const TEXT: &str = "某县2025年政府工作报告\n\n一、经济运行\n\n全年税收增长3.9%，其中工业税收增长7.3%，服务业税收增长5.1%，建筑业税收下降5.2%。\n";

/// Widths as a browser's fonts may give them: the approximate ones scaled, in fractions
/// of a pixel, with the minus sign a full em wide (as Noto Sans CJK draws U+2212).
struct Scaled(f64);

impl Measure for Scaled {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        let minus = text.chars().filter(|&c| c == '−').count() as f64;
        let wide = ApproxMeasure.width("一", font) - ApproxMeasure.width("−", font);
        (ApproxMeasure.width(text, font) + minus * wide) * self.0
    }
}

fn drafted() -> Report {
    common::drafted("county", TEXT)
}

#[test]
fn a_bars_value_is_never_broken_off_its_percent_sign_at_any_width_or_measure() {
    let r = drafted();
    let growth: Vec<&str> = (r.charts.iter())
        .filter(|c| c.kind.name() == "growth")
        .map(|c| c.id.as_str())
        .collect();
    assert!(
        !growth.is_empty(),
        "the draft has no growth chart: {:?}",
        r.charts.iter().map(|c| c.kind.name()).collect::<Vec<_>>()
    );
    let mut broken = Vec::new();
    for id in &growth {
        for scale in [0.9, 0.953, 0.97, 1.0, 1.013, 1.07] {
            for width in 300..=848 {
                let view = View {
                    width: f64::from(width),
                    lang: Lang::Zh,
                    theme: ThemeName::Light,
                };
                let scene =
                    report_charts::publish::scene(&r, id, view, &mut Scaled(scale)).unwrap();
                for (text, _) in scene.texts() {
                    if (text.starts_with('+') || text.starts_with('−')) && !text.ends_with('%') {
                        broken.push(format!("{id} at {width}px, widths ×{scale}: {text:?}"));
                    }
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} values broken, e.g. {:?}",
        broken.len(),
        &broken[..broken.len().min(5)]
    );
}
