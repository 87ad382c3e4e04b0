#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The grow-in, frame by frame: `render::draw_at` replays a scene with its growing marks
//! part grown, and the texts tied to those marks move with them. Frames are drawn as SVG
//! and read back, so these tests see what a canvas would be given.

mod common;

use common::*;
use plotters::backend::SVGBackend;
use report_charts::check::validate;
use report_charts::shared::layout::{ApproxMeasure, Mark, Motion, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::render::{self, UNITS_PER_PX};
use report_charts::shared::theme::{Palette, ThemeName};
use report_charts::shared::view::View;

fn scene(r: &Report, id: &str, width: f64) -> Scene {
    let view = View {
        width,
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    report_charts::publish::scene(r, id, view, &mut ApproxMeasure).unwrap()
}

/// The frame at `progress`, as SVG.
fn frame(scene: &Scene, progress: f64) -> String {
    let mut out = String::new();
    {
        let size = (
            (scene.width * UNITS_PER_PX) as u32,
            (scene.height * UNITS_PER_PX) as u32,
        );
        let mut db = SVGBackend::with_string(&mut out, size);
        render::draw_at(scene, &mut db, progress).unwrap();
    }
    out
}

/// The `x` (in drawing units) and fill of the SVG text element that reads `text`.
fn text_at(svg: &str, text: &str) -> Option<(i32, String)> {
    let end = svg.find(&format!(">\n{text}\n</text>"))?;
    let open = svg[..end].rfind("<text ")?;
    let tag = &svg[open..end];
    let attr = |name: &str| {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = tag[start..].find('"')?;
        Some(tag[start..start + len].to_string())
    };
    Some((attr("x")?.parse().ok()?, attr("fill")?))
}

/// How many filled rectangles of `hex` (upper case, as plotters writes it) the frame has.
fn rects_of(svg: &str, hex: &str) -> usize {
    svg.matches(&format!("fill=\"{hex}\" stroke=\"none\"/>"))
        .count()
}

fn accent() -> String {
    Palette::of(ThemeName::Light).accent.hex().to_uppercase()
}

#[test]
fn a_bars_value_travels_with_the_bar_end_and_rests_where_the_still_chart_has_it() {
    let r = report();
    let s = scene(&r, "growth", 1280.0);
    let (x, dx) = s
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Text {
                text,
                x,
                motion: Motion::Travel(dx),
                ..
            } if text == "+65.6%" => Some((*x, *dx)),
            _ => None,
        })
        .expect("the accent's value travels");
    assert!(dx < -100.0, "it starts {dx} px back, at the zero line");
    let units = |v: f64| (v * UNITS_PER_PX).round() as i32;
    for t in [0.0, 0.25, 0.5, 1.0] {
        let (at, _) = text_at(&frame(&s, t), "+65.6%").unwrap();
        assert_eq!(at, units(x + dx * (1.0 - t)), "at progress {t}");
    }
    let still = render::svg(&s, "growth").unwrap();
    assert_eq!(text_at(&still, "+65.6%").unwrap().0, units(x));
}

#[test]
fn labels_and_titles_stand_still_while_the_bars_grow() {
    let r = report();
    let s = scene(&r, "growth", 1280.0);
    for label in ["全社会研发投入经费", "研发投入增长65.6%"] {
        let at0 = text_at(&frame(&s, 0.0), label).unwrap();
        let at1 = text_at(&frame(&s, 1.0), label).unwrap();
        assert_eq!(at0, at1, "{label}");
    }
}

#[test]
fn a_waffle_fills_cell_by_cell_and_its_number_fades_in_as_the_last_cells_arrive() {
    // Xihu draws its share as a comparison: the same share as a waffle, for its motion.
    let json = mutated(|v| chart(v, "air-water")["kind"] = serde_json::json!("waffle"));
    let r = validate::load("xihu-2024.json", &json).unwrap();
    let s = scene(&r, "air-water", 1280.0);
    let accent = accent();
    let cells = |t: f64| rects_of(&frame(&s, t), &accent);
    assert_eq!(cells(0.0), 0);
    let half = cells(0.5);
    assert!((45..=49).contains(&half), "{half} cells at half way");
    assert_eq!(cells(1.0), 94);
    // Not drawn at first, then part way between the background and the accent, then whole.
    assert_eq!(text_at(&frame(&s, 0.3), "94%"), None);
    let (_, mid) = text_at(&frame(&s, 0.8), "94%").unwrap();
    assert!(mid != accent && mid != "#FFFFFF", "{mid}");
    assert_eq!(text_at(&frame(&s, 1.0), "94%").unwrap().1, accent);
}

#[test]
fn a_rings_number_arrives_with_its_arc() {
    // The Xihu page draws its shares as card rings and a waffle; the share kind still
    // labels its rings, so the test draws the air-quality chart as one.
    let json = mutated(|v| {
        let i = chart_index(v, "air-water");
        v["charts"][i]["kind"] = "share".into();
    });
    let r = validate::load(DATA, &json).unwrap();
    let s = scene(&r, "air-water", 1280.0);
    assert_eq!(text_at(&frame(&s, 0.0), "94%"), None);
    assert!(text_at(&frame(&s, 0.9), "94%").is_some());
    let ink = Palette::of(ThemeName::Light).ink.hex().to_uppercase();
    assert_eq!(text_at(&frame(&s, 1.0), "94%").unwrap().1, ink);
}

#[test]
fn the_last_frame_of_the_grow_in_is_the_still_chart_for_every_chart() {
    // Readers who ask for reduced motion get `draw`, which must be the grow-in's end.
    let r = report();
    for c in &r.charts {
        let s = scene(&r, &c.id, 360.0);
        let mut still = String::new();
        {
            let size = (
                (s.width * UNITS_PER_PX) as u32,
                (s.height * UNITS_PER_PX) as u32,
            );
            render::draw(&s, &mut SVGBackend::with_string(&mut still, size)).unwrap();
        }
        assert!(still == frame(&s, 1.0), "{}", c.id);
    }
}
