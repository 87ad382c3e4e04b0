#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Images for articles without script: each chart 1080 px wide, and the long image of
//! the whole story cut into slices between blocks, never through a chart.

mod common;

use common::*;
use report_charts::publish::article::{self, ARTICLE_WIDTH, RATIO};
use report_charts::publish::cover::Shape;
use report_charts::publish::files;
use report_charts::publish::fonts::Fonts;
use report_charts::publish::long::{self, cut, Kind, LongImage, SLICE_MAX_HEIGHT};
use report_charts::publish::pixels;
use report_charts::shared::layout::Mark;
use report_charts::shared::model::Lang;

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

fn fonts() -> Fonts {
    Fonts::bundled().expect("the bundled font subsets load")
}

/// A decoded PNG: width, height and RGB bytes.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a buffer size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// The share of pixels that differ clearly from the top-left one (the background).
fn ink(rgb: &[u8]) -> f64 {
    let bg = [rgb[0], rgb[1], rgb[2]];
    let inked = rgb
        .chunks(3)
        .filter(|p| (0..3).map(|i| u32::from(p[i].abs_diff(bg[i]))).sum::<u32>() > 96)
        .count();
    inked as f64 / (rgb.len() / 3) as f64
}

#[test]
fn a_chart_image_is_laid_out_at_the_article_columns_343_css_px_and_drawn_1080_px_wide() {
    let r = report();
    let fonts = fonts();
    for c in &r.charts {
        for lang in LANGS {
            let scene = article::chart_scene(&r, &c.id, lang).unwrap();
            assert_eq!(
                scene.width, ARTICLE_WIDTH,
                "{} is laid out at the article's width",
                c.id
            );
            let (w, h) = article::pixel_size(&scene);
            assert_eq!(w, 1080);
            assert_eq!(h, (scene.height * RATIO).ceil() as u32);
        }
    }
    // Drawing is slow in a debug build: three charts of different kinds, both languages.
    for id in ["headline", "growth", "business-entities"] {
        for lang in LANGS {
            let scene = article::chart_scene(&r, id, lang).unwrap();
            let png = article::png(&scene, &fonts).unwrap();
            let (w, h, rgb) = decode(&png);
            assert_eq!((w, h), article::pixel_size(&scene), "{id} {lang:?}");
            assert!(
                ink(&rgb) > 0.02,
                "{id} {lang:?}: only {:.2}% ink",
                ink(&rgb) * 100.0
            );
        }
    }
}

#[test]
fn the_long_image_tells_the_story_in_reading_order() {
    let r = report();
    for lang in LANGS {
        let long = LongImage::new(&r, lang).unwrap();
        let kinds: Vec<&Kind> = long.blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds.first(), Some(&&Kind::Head));
        assert_eq!(kinds.last(), Some(&&Kind::Foot));
        let charts: Vec<&str> = kinds
            .iter()
            .filter_map(|k| match k {
                Kind::Chart(id) => Some(id.as_str()),
                _ => None,
            })
            .collect();
        let mut page_order: Vec<&str> = Vec::new();
        for s in &r.sections {
            page_order.extend(
                r.charts
                    .iter()
                    .filter(|c| c.section == s.id)
                    .map(|c| c.id.as_str()),
            );
        }
        assert_eq!(
            charts, page_order,
            "{lang:?}: the charts in the page's order"
        );
        // Every section heading comes right before its first chart.
        for (i, k) in kinds.iter().enumerate() {
            if let Kind::Section(id) = k {
                let Some(Kind::Chart(next)) = kinds.get(i + 1) else {
                    panic!("section {id} is not followed by a chart");
                };
                assert_eq!(&r.chart(next).unwrap().section, id);
            }
        }
        // The head holds the headline, deck and byline; the foot the source.
        let scene = long.scene();
        let texts: String = scene.texts().map(|(t, _)| t).collect();
        for want in [r.meta.title.pick(lang), r.meta.deck.pick(lang)] {
            let squeezed: String = want.split_whitespace().collect();
            let have: String = texts.split_whitespace().collect();
            assert!(
                have.contains(&squeezed),
                "{lang:?}: the long image lacks {want:?}"
            );
        }
        let source: String = report_charts::publish::resolve::source_line(&r, lang)
            .split_whitespace()
            .collect();
        assert!(texts
            .split_whitespace()
            .collect::<String>()
            .contains(&source));
    }
}

#[test]
fn slices_are_1080_px_wide_at_most_4000_tall_and_cut_only_between_blocks() {
    let r = report();
    for lang in LANGS {
        let long = LongImage::new(&r, lang).unwrap();
        let slices = long.slice_bounds();
        let blocks = long.block_bounds();
        assert!(slices.len() > 1, "a whole report fills more than one slice");
        assert_eq!(slices.first().unwrap().0, 0);
        assert_eq!(
            slices.last().unwrap().1,
            blocks.last().unwrap().1,
            "the slices hold the whole image"
        );
        for pair in slices.windows(2) {
            assert_eq!(
                pair[0].1, pair[1].0,
                "{lang:?}: slices follow each other without gap or overlap"
            );
        }
        for (i, &(top, bottom)) in slices.iter().enumerate() {
            assert!(
                bottom - top <= SLICE_MAX_HEIGHT,
                "{lang:?} slice {i} is {} px tall",
                bottom - top
            );
            let scene = long.slice(i);
            assert_eq!(
                pixels::pixel_size_at(&scene, long::RATIO),
                (1080, bottom - top),
                "{lang:?} slice {i}"
            );
        }
        // No cut falls inside a block: each block, every chart among them, lies in one slice.
        for (block, &(top, bottom)) in long.blocks.iter().zip(&blocks) {
            let inside = slices
                .iter()
                .filter(|&&(s0, s1)| s0 <= top && bottom <= s1)
                .count();
            assert_eq!(
                inside, 1,
                "{lang:?}: {:?} ({top}–{bottom}) is cut by a slice boundary",
                block.kind
            );
        }
        for (i, range) in long.slices.iter().enumerate() {
            let last = &long.blocks[range.end - 1].kind;
            if i + 1 < long.slices.len() {
                assert!(
                    !matches!(last, Kind::Section(_)),
                    "{lang:?} slice {i} ends on a section heading"
                );
            }
        }
    }
}

#[test]
fn every_figure_of_the_page_is_in_the_long_image() {
    let r = report();
    for lang in LANGS {
        let long = LongImage::new(&r, lang).unwrap();
        let scene = long.scene();
        let mut missing = Vec::new();
        for c in &r.charts {
            for f in r.figures_of(c) {
                if !scene.hits.iter().any(|h| h.figure == f.id) {
                    missing.push(format!("{}/{}", c.id, f.id));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{lang:?}: figures with no place in the long image: {missing:?}"
        );
        // And every chart's block holds its title and, for each of its figures, the
        // figure's label and its number or change as the chart prints it.
        let squeeze = |t: &str| t.split_whitespace().collect::<String>();
        for block in &long.blocks {
            let Kind::Chart(id) = &block.kind else {
                continue;
            };
            let all = squeeze(&block.scene.texts().map(|(t, _)| t).collect::<String>());
            let spec = report_charts::publish::resolve::resolve(&r, r.chart(id).unwrap(), lang);
            assert!(all.contains(&squeeze(&spec.title)), "{lang:?} {id}: title");
            for it in &spec.items {
                let printed = [
                    it.number.clone(),
                    it.change.as_ref().map(|c| c.short.clone()),
                    it.change.as_ref().map(|c| c.text.clone()),
                ];
                assert!(
                    printed.iter().flatten().any(|p| all.contains(&squeeze(p))),
                    "{lang:?} {id}: no number of {}",
                    it.id
                );
                assert!(
                    all.contains(&squeeze(&it.label)),
                    "{lang:?} {id}: {}",
                    it.id
                );
            }
        }
    }
}

#[test]
fn the_font_subset_draws_every_character_of_the_long_image() {
    let r = report();
    let fonts = fonts();
    for lang in LANGS {
        let long = LongImage::new(&r, lang).unwrap();
        let missing = fonts.missing_in(&long.scene());
        assert!(
            missing.is_empty(),
            "{lang:?}: {:?} would be drawn as boxes: run data/fonts/subset.sh (data/fonts/README.md)",
            missing.iter().collect::<String>()
        );
    }
}

#[test]
fn a_slice_is_drawn_with_its_text_in_ink() {
    let r = report();
    let long = LongImage::new(&r, Lang::Zh).unwrap();
    let scene = long.slice(0);
    let k = long::RATIO;
    let (w, h, rgb) = decode(&pixels::png_at(&scene, k, &fonts()).unwrap());
    assert_eq!((w, h), (1080, long.slice_bounds()[0].1));
    assert!(ink(&rgb) > 0.03, "the first slice is nearly blank");
    // The headline (the largest text) is drawn where the layout put it: dark pixels in its box.
    let title = scene
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text {
                text, bounds, font, ..
            } if font.bold => Some((text.clone(), *bounds, font.size)),
            _ => None,
        })
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .expect("a headline");
    assert_eq!(title.0, r.meta.title.zh, "the largest text is the headline");
    let b = title.1;
    let px = |v: f64| (v * k) as u32;
    let dark = (px(b.y)..px(b.y + b.h))
        .flat_map(|y| (px(b.x)..px(b.x + b.w).min(w)).map(move |x| (x, y)))
        .filter(|&(x, y)| rgb[((y * w + x) * 3) as usize] < 100)
        .count();
    assert!(
        dark > 2000,
        "the headline {:?} left {dark} dark pixels",
        title.0
    );
}

#[test]
fn the_long_image_page_shows_every_slice_and_links_the_archive_and_its_stylesheet() {
    let r = report();
    for lang in LANGS {
        let long = LongImage::new(&r, lang).unwrap();
        let sizes: Vec<(u32, u32)> = long
            .slice_bounds()
            .iter()
            .map(|&(a, b)| (1080, b - a))
            .collect();
        let html = article::long_page(&r, lang, &long, &sizes);
        for i in 0..long.slices.len() {
            let name = files::long_slice(lang, i, long.slices.len());
            let name = files::in_long(&name);
            assert!(
                html.contains(&format!("<img src=\"{name}\" width=\"540\"")),
                "{lang:?}: {name}"
            );
        }
        let zip = files::long_zip(lang);
        assert!(html.contains(&format!("href=\"{}\" download", files::in_long(&zip))));
        // The covers of the story and of every chart, in both shapes, for the desk to find.
        let charts = r.charts.iter().map(|c| Some(c.id.as_str()));
        for chart in std::iter::once(None).chain(charts) {
            for shape in Shape::ALL {
                let file = files::cover(chart, shape == Shape::Square, lang);
                assert!(
                    html.contains(&format!("href=\"../{file}\"")),
                    "{lang:?}: {file}"
                );
            }
        }
        assert_eq!(html.matches("<img ").count(), long.slices.len());
        // Its styles come from a file beside it: the README's Content-Security-Policy
        // (`style-src 'self'`) refuses a <style> element and a style attribute.
        assert!(
            !html.contains("<style") && !html.contains(" style="),
            "{lang:?}"
        );
        let sheet = files::in_long(&files::long_style()).to_string();
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"{sheet}\">")));
    }
    assert_eq!(files::long_slice(Lang::Zh, 0, 9), "long/zh/01.png");
    assert_eq!(files::cover(None, false, Lang::Zh), "cover/story.png");
    assert_eq!(
        files::cover(Some("growth"), true, Lang::En),
        "cover/chart/growth.1x1.en.png"
    );
    assert_eq!(files::long_slice(Lang::En, 99, 120), "long/en/100.png");
}

#[test]
fn blocks_are_packed_into_slices_without_passing_the_limit() {
    let cuts = cut(&[300, 500, 400, 200], &[false; 4], 1000).unwrap();
    assert_eq!(cuts, vec![0..2, 2..4]);
}

#[test]
fn a_heading_goes_to_the_next_slice_with_its_chart() {
    let cuts = cut(&[600, 100, 500], &[false, true, false], 1000).unwrap();
    assert_eq!(cuts, vec![0..1, 1..3]);
}

#[test]
fn a_block_taller_than_a_slice_is_an_error_naming_it() {
    assert_eq!(cut(&[100, 1200], &[false; 2], 1000), Err(1));
}
