#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Social cards: each chart as a 1200 × 630 PNG, text drawn from the bundled font subset
//! by the same baseline rule as the SVG and canvas backends.

mod common;

use common::*;
use report_charts::publish::card::{card_scene, Placement, CARD_HEIGHT, CARD_WIDTH};
use report_charts::publish::fonts::Fonts;
use report_charts::publish::raster;
use report_charts::shared::layout::builder::Builder;
use report_charts::shared::layout::{Anchor, ApproxMeasure, Font, Rect, Scene};
use report_charts::shared::model::Lang;
use report_charts::shared::theme::{Palette, ThemeName};

const BG: (u8, u8, u8) = (0xff, 0xff, 0xff);

fn fonts() -> Fonts {
    Fonts::bundled().expect("the bundled font subsets load")
}

/// A decoded PNG: width, height and RGB bytes.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a buffer size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    assert_eq!(info.color_type, png::ColorType::Rgb, "cards are RGB");
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

fn is_ink(rgb: &[u8], x: u32, y: u32) -> bool {
    let i = ((y * CARD_WIDTH + x) * 3) as usize;
    let d = |a: u8, b: u8| i32::from(a.abs_diff(b));
    d(rgb[i], BG.0) + d(rgb[i + 1], BG.1) + d(rgb[i + 2], BG.2) > 96
}

/// The smallest box (card pixels, inclusive) holding every inked pixel, if any.
fn ink_box(rgb: &[u8]) -> Option<(u32, u32, u32, u32)> {
    let mut b: Option<(u32, u32, u32, u32)> = None;
    for y in 0..CARD_HEIGHT {
        for x in 0..CARD_WIDTH {
            if is_ink(rgb, x, y) {
                b = Some(match b {
                    None => (x, y, x, y),
                    Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
                });
            }
        }
    }
    b
}

/// A 600 × 100 light scene holding one line of text with its baseline at y = 60.
fn one_line(text: &str, x: f64, anchor: Anchor, font: Font) -> (Scene, Rect) {
    let palette = Palette::of(ThemeName::Light);
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    let bounds = b.text(text, x, 60.0, anchor, font, palette.ink);
    let scene = Scene {
        width: 600.0,
        height: 100.0,
        background: palette.background,
        marks: b.marks,
        hits: Vec::new(),
    };
    (scene, bounds)
}

fn draw(scene: &Scene) -> Vec<u8> {
    raster::card_rgb(scene, &fonts()).expect("the card draws")
}

#[test]
fn a_chart_card_is_a_1200_by_630_png_with_the_chart_on_it() {
    let r = report();
    let scene = card_scene(&r, "growth", Lang::Zh, ThemeName::Light).unwrap();
    let png = raster::card_png(&scene, &fonts()).unwrap();
    assert_eq!(
        &png[..8],
        b"\x89PNG\r\n\x1a\n",
        "starts with the PNG signature"
    );
    let (w, h, rgb) = decode(&png);
    assert_eq!((w, h), (1200, 630));
    let inked = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| is_ink(&rgb, x, y))
        .count();
    let share = inked as f64 / f64::from(w * h);
    assert!(
        share > 0.05,
        "only {:.1}% of the card differs from the background",
        share * 100.0
    );
    // The chart fills the card's width or height, and nothing is cut at its edges.
    let (x0, y0, x1, y1) = ink_box(&rgb).unwrap();
    assert!(
        x0 > 0 && y0 > 0 && x1 < w - 1 && y1 < h - 1,
        "ink touches the edge"
    );
}

#[test]
fn a_card_is_drawn_on_the_background_of_its_theme() {
    let r = report();
    let scene = card_scene(&r, "investment", Lang::Zh, ThemeName::Dark).unwrap();
    let (_, _, rgb) = decode(&raster::card_png(&scene, &fonts()).unwrap());
    let bg = Palette::of(ThemeName::Dark).background;
    assert_eq!(&rgb[..3], &[bg.0, bg.1, bg.2], "top-left corner");
    let last = rgb.len() - 3;
    assert_eq!(&rgb[last..], &[bg.0, bg.1, bg.2], "bottom-right corner");
}

#[test]
fn a_title_is_drawn_inside_its_box_with_its_baseline_where_the_layout_put_it() {
    let font = Font::bold(40.0);
    let (scene, bounds) = one_line("国", 16.0, Anchor::Start, font);
    let place = Placement::fit(scene.width, scene.height);
    assert_eq!(place.scale, 2.0, "a 600 px wide scene is drawn at 2×");
    let rgb = draw(&scene);
    let (x0, y0, x1, y1) = ink_box(&rgb).expect("the title left ink");
    let b = place.rect(bounds);
    let slack = 2.0;
    assert!(
        f64::from(x0) >= b.x - slack
            && f64::from(x1) <= b.x + b.w + slack
            && f64::from(y0) >= b.y - slack
            && f64::from(y1) <= b.y + b.h + slack,
        "ink ({x0},{y0})–({x1},{y1}) leaves the text box {b:?}"
    );
    // 国 stands on the baseline and rises most of an em: the 0.76 em rule, not a
    // glyph hung from the top of the box or sunk below it.
    let em = font.size * place.scale;
    let baseline = place.y + 60.0 * place.scale;
    let (top, bottom) = (f64::from(y0), f64::from(y1));
    assert!(
        (baseline - bottom).abs() < 0.12 * em,
        "ink ends at y = {bottom}, the baseline is at {baseline}"
    );
    assert!(
        baseline - top > 0.7 * em && baseline - top < 0.9 * em,
        "ink rises {} px above the baseline at an em of {em} px",
        baseline - top
    );
    let width = f64::from(x1 - x0);
    assert!(
        width > 0.8 * em && width < 1.0 * em,
        "国 is {width} px wide at an em of {em} px"
    );
}

#[test]
fn centred_and_end_anchored_text_sits_on_its_anchor() {
    let font = Font::regular(20.0);
    let (scene, _) = one_line("地区生产总值", 300.0, Anchor::Middle, font);
    let (x0, _, x1, _) = ink_box(&draw(&scene)).unwrap();
    let centre = f64::from(x0 + x1) / 2.0;
    assert!(
        (centre - 600.0).abs() < 4.0,
        "centred text's ink is centred at x = {centre}, not 600"
    );

    let (scene, _) = one_line("增长4.3%", 580.0, Anchor::End, font);
    let (_, _, x1, _) = ink_box(&draw(&scene)).unwrap();
    let end = f64::from(x1);
    assert!(
        end <= 1160.0 && end > 1160.0 - 0.2 * 40.0,
        "end-anchored text's ink ends at x = {end}, not just before 1160"
    );
}

#[test]
fn bold_text_is_drawn_heavier_than_regular() {
    let ink = |font: Font| {
        let (scene, _) = one_line("经营主体超10万户", 16.0, Anchor::Start, font);
        let rgb = draw(&scene);
        rgb.chunks(3)
            .map(|p| p.iter().map(|c| u32::from(255 - c)).sum::<u32>())
            .sum::<u32>()
    };
    let (regular, bold) = (ink(Font::regular(20.0)), ink(Font::bold(20.0)));
    assert!(
        f64::from(bold) > 1.3 * f64::from(regular),
        "bold ink {bold}, regular {regular}"
    );
}

#[test]
fn text_takes_the_colour_of_its_mark() {
    let (mut scene, _) = one_line("突破800亿元", 16.0, Anchor::Start, Font::bold(40.0));
    let accent = Palette::of(ThemeName::Light).accent;
    for m in &mut scene.marks {
        if let report_charts::shared::layout::Mark::Text { color, .. } = m {
            *color = accent;
        }
    }
    let rgb = draw(&scene);
    let solid = rgb
        .chunks(3)
        .filter(|p| p == &[accent.0, accent.1, accent.2])
        .count();
    assert!(solid > 500, "{solid} pixels in the accent colour");
}

#[test]
fn characters_that_draw_nothing_take_no_room() {
    let font = Font::regular(20.0);
    let (plain, _) = one_line("西湖区", 300.0, Anchor::Middle, font);
    let (with_nul, _) = one_line("西湖\u{0}区\u{200b}", 300.0, Anchor::Middle, font);
    assert!(
        draw(&plain) == draw(&with_nul),
        "a NUL or a zero-width space changed the card"
    );
    assert!(fonts().missing("西湖\u{0}区\u{200b}", false).is_empty());
}

#[test]
fn a_character_missing_from_the_subset_is_reported() {
    assert_eq!(fonts().missing("西湖𝄞區", true), vec!['𝄞', '區']);
}

#[test]
fn the_font_subset_holds_every_character_the_charts_draw() {
    let r = report();
    let fonts = fonts();
    for c in &r.charts {
        for lang in [Lang::Zh, Lang::En] {
            let scene = card_scene(&r, &c.id, lang, ThemeName::Light).unwrap();
            let missing = fonts.missing_in(&scene);
            assert!(
                missing.is_empty(),
                "chart {} ({lang:?}) uses {:?}, which data/fonts/ lacks: run data/fonts/subset.sh",
                c.id,
                missing.iter().collect::<String>()
            );
        }
    }
}

#[test]
fn a_tall_chart_is_scaled_down_to_fit_the_card_whole() {
    let r = report();
    for c in &r.charts {
        let scene = card_scene(&r, &c.id, Lang::Zh, ThemeName::Light).unwrap();
        let place = Placement::fit(scene.width, scene.height);
        let whole = place.rect(Rect {
            x: 0.0,
            y: 0.0,
            w: scene.width,
            h: scene.height,
        });
        assert!(
            whole.x >= -0.5
                && whole.y >= -0.5
                && whole.x + whole.w <= f64::from(CARD_WIDTH) + 0.5
                && whole.y + whole.h <= f64::from(CARD_HEIGHT) + 0.5,
            "chart {} lands at {whole:?}",
            c.id
        );
        // Labels stay legible: at least 20 card pixels, the size of 10 px text at 2×.
        let smallest = scene
            .texts()
            .map(|(_, b)| b.h)
            .fold(f64::INFINITY, f64::min);
        assert!(
            smallest * place.scale >= 20.0,
            "chart {}: its smallest text box is {} px tall on the card",
            c.id,
            smallest * place.scale
        );
    }
}

#[test]
fn a_shape_reaching_past_the_card_is_cut_at_its_edge_not_wrapped_round() {
    let palette = Palette::of(ThemeName::Light);
    let triangle = report_charts::shared::layout::Mark::Polygon {
        points: vec![(-400.0, 0.0), (50.0, 50.0), (-400.0, 100.0)],
        color: palette.accent,
    };
    let scene = Scene {
        width: 600.0,
        height: 100.0,
        background: palette.background,
        marks: vec![triangle],
        hits: Vec::new(),
    };
    let rgb = draw(&scene);
    let (x0, _, x1, _) = ink_box(&rgb).expect("the visible part is drawn");
    assert_eq!(x0, 0, "the triangle reaches the card's left edge");
    assert!(
        x1 <= 101,
        "ink at x = {x1}: the part off the card came back on the right"
    );
}
