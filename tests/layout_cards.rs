#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Layout of cards, in both languages, from a phone to a desktop: no picture under a
//! card's number covers its texts, a row's changes and labels start level, and a phone
//! gets fewer columns.

mod common;
#[path = "layout/views.rs"]
mod views;

use common::*;
use report_charts::shared::charts;
use report_charts::shared::layout::{Mark, Rect, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use views::*;

/// Xihu with a chart of six cards of one paragraph, one with a picture (新增47家).
fn digital_innovation() -> Report {
    with_chart(
        "cards",
        "digital-innovation",
        &[
            "producer-services-firms",
            "park-tenants",
            "digital-core-firms",
            "rd-spending",
            "high-tech-firms",
            "tech-contracts",
        ],
    )
}

/// The box a mark that is not text covers.
fn mark_box(m: &Mark) -> Option<Rect> {
    let around = |pts: &mut dyn Iterator<Item = (f64, f64)>| {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in pts {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
    };
    match m {
        Mark::Rect { rect, .. } => Some(*rect),
        Mark::Ring { center, radii, .. } => Some(Rect {
            x: center.0 - radii.0,
            y: center.1 - radii.0,
            w: 2.0 * radii.0,
            h: 2.0 * radii.0,
        }),
        Mark::Polygon { points, .. } => Some(around(&mut points.iter().copied())),
        Mark::Line { from, to, .. } => Some(around(&mut [*from, *to].into_iter())),
        Mark::Text { .. } => None,
    }
}

#[test]
fn no_picture_on_a_card_covers_a_text_in_any_width_or_language() {
    let r = report();
    let mut bad = Vec::new();
    for c in r.charts.iter().filter(|c| c.kind == charts::cards::KIND) {
        for width in WIDTHS {
            for lang in LANGS {
                let s = scene(&r, &c.id, width, lang, ThemeName::Light);
                let shapes: Vec<Rect> = s.marks.iter().filter_map(mark_box).collect();
                for (text, b) in s.texts() {
                    if shapes.iter().any(|m| m.overlaps(b)) {
                        bad.push(format!("chart {} at {width}px, {lang:?}: {text:?}", c.id));
                    }
                }
            }
        }
    }
    assert_none("views with texts under a picture", &bad);
}

/// The top of the first line under the number of the card at `card`: its change, or
/// its label when it has none.
fn first_line_under_the_number(s: &Scene, card: &Rect) -> f64 {
    let texts: Vec<(f64, f64, &Rect)> = s
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text {
                font,
                baseline,
                bounds,
                ..
            } if bounds.inside(card) => Some((font.size, *baseline, bounds)),
            _ => None,
        })
        .collect();
    let number = texts
        .iter()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or(0.0, |t| t.1);
    texts
        .iter()
        .filter(|t| t.1 > number + 1.0)
        .map(|t| t.2.y)
        .fold(f64::MAX, f64::min)
}

#[test]
fn cards_of_one_row_start_their_changes_and_labels_level_when_one_has_a_picture_under_its_number() {
    // The figure with an `added` change draws a bar under its number; its neighbours keep
    // the same band, so what follows the numbers starts at one height across the row.
    let r = digital_innovation();
    for width in WIDTHS {
        for lang in LANGS {
            let s = scene(&r, "digital-innovation", width, lang, ThemeName::Light);
            let part = s
                .hits
                .iter()
                .find(|h| h.figure == "digital-core-firms")
                .unwrap()
                .rect;
            let row: Vec<_> = s
                .hits
                .iter()
                .filter(|h| (h.rect.y - part.y).abs() < 0.5)
                .collect();
            assert!(row.len() > 1, "a neighbour at {width}px");
            let own = first_line_under_the_number(&s, &part);
            for h in row {
                let theirs = first_line_under_the_number(&s, &h.rect);
                assert!(
                    (own - theirs).abs() < 0.5,
                    "{} at {width}px, {lang:?}: {theirs}, the part card's {own}",
                    h.figure
                );
            }
        }
    }
}

#[test]
fn cards_take_fewer_columns_on_a_phone() {
    let r = digital_innovation();
    let lefts = |width: f64| -> usize {
        let s = scene(&r, "digital-innovation", width, Lang::Zh, ThemeName::Light);
        let mut xs: Vec<i64> = s.hits.iter().map(|h| h.rect.x.round() as i64).collect();
        xs.sort_unstable();
        xs.dedup();
        xs.len()
    };
    let (phone, desktop) = (lefts(360.0), lefts(1280.0));
    assert!(phone <= 2, "{phone} columns of cards at 360px");
    assert!(desktop >= 3, "{desktop} columns of cards at 1280px");
}

/// Xihu with a chart of three cards over one five-year period, which its subtitle states
/// (a tester's, s-test22: “十四五”时期超过 wrapped above 1000亿美元 at 360 px).
fn five_year_cards() -> Report {
    let source = "“十四五”时期，全区实际使用外资累计超过1000亿美元，单位地区生产总值能耗累计下降14%，PM2.5年均浓度累计下降17%";
    let period = serde_json::json!({"zh": "“十四五”时期", "en": "the 14th Five-Year Plan period"});
    let json = mutated(|v| {
        let figures = v["figures"].as_array_mut().unwrap();
        for (id, label, rest) in [
            (
                "fdi-five",
                "实际使用外资",
                serde_json::json!({"value": 1000, "unit": {"zh": "亿美元", "en": "US dollars"}, "qualifier": "超过", "kind": "amount", "cumulative": true}),
            ),
            (
                "energy-five",
                "单位地区生产总值能耗",
                serde_json::json!({"unit": {"zh": "%", "en": "%"}, "change": {"kind": "decline", "value": 14, "unit": "%"}, "kind": "rate"}),
            ),
            (
                "pm25-five",
                "PM2.5年均浓度",
                serde_json::json!({"unit": {"zh": "%", "en": "%"}, "change": {"kind": "decline", "value": 17, "unit": "%"}, "kind": "rate"}),
            ),
        ] {
            let mut f = rest;
            f["id"] = id.into();
            f["section"] = "economy".into();
            f["topic"] = "output".into();
            f["label"] = serde_json::json!({"zh": label, "en": id});
            f["period"] = period.clone();
            f["source"] = source.into();
            figures.push(f);
        }
        v["charts"].as_array_mut().unwrap().push(serde_json::json!({
            "id": "five-years", "kind": "cards", "section": "economy",
            "figures": ["energy-five", "fdi-five", "pm25-five"],
            "title": {"zh": "单位地区生产总值能耗累计下降14%", "en": "Energy use per unit of GDP down 14%"},
            "subtitle": {"zh": "单位见各项，“十四五”时期", "en": "Units as marked, the 14th Five-Year Plan period"},
        }));
    });
    report_charts::check::validate::load(DATA, &json).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn cards_of_one_period_that_the_subtitle_states_set_their_numbers_without_repeating_it() {
    let r = five_year_cards();
    for width in [320.0, 360.0, 768.0] {
        let s = scene(&r, "five-years", width, Lang::Zh, ThemeName::Light);
        let texts: Vec<(&str, f64)> = s
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Text { text, baseline, .. } => Some((text.as_str(), *baseline)),
                _ => None,
            })
            .collect();
        let periods = texts.iter().filter(|(t, _)| t.contains("十四五")).count();
        assert_eq!(
            periods, 1,
            "at {width}px the period is said once, by the subtitle: {texts:?}"
        );
        // The qualifier stays on its number's line.
        let at = |want: &str| {
            texts
                .iter()
                .find(|(t, _)| t.ends_with(want))
                .map(|(_, b)| *b)
        };
        let (over, number) = (at("超过"), at("1000"));
        assert!(over.is_some() && over == number, "at {width}px: {texts:?}");
    }
}
