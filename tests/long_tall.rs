#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The long image of a report with very many figures: a block taller than a slice is cut
//! between its rows, never refused, and no slice passes 4,000 px.

mod common;

use common::*;
use report_charts::publish::long::{self, Kind, LongImage, SLICE_MAX_HEIGHT};
use report_charts::publish::pixels;
use report_charts::shared::charts::cards;
use report_charts::shared::model::{Chart, Lang, Report, Text};

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];
/// Far more figures than one slice holds as rows (about 70 at 1080 px wide).
const MANY: usize = 240;

/// Xihu with `MANY` more figures of its first section, written here, that no chart draws:
/// the section's "其余数字" block would be over 16,000 px tall.
fn with_many_figures() -> Report {
    with_figures(0, MANY)
}

/// Xihu with `n` more figures of its section `s`, written here, that no chart draws.
fn with_figures(s: usize, n: usize) -> Report {
    let mut r = report();
    let section = r.sections[s].id.clone();
    let model = r
        .figures
        .iter()
        .find(|f| f.section == section)
        .expect("a figure in the first section")
        .clone();
    for i in 0..n {
        let mut f = model.clone();
        f.id = format!("many-{i}");
        f.label = Text {
            zh: format!("第{i}项"),
            en: format!("Item {i}"),
        };
        f.value = Some(i as f64 + 1.0);
        f.change = None;
        f.compare = None;
        r.figures.push(f);
    }
    r
}

/// The ids of the figures `many-…` that the scene's hits name, each as often as it does.
fn many_hits(scene: &report_charts::shared::layout::Scene) -> Vec<String> {
    let mut ids: Vec<String> = scene
        .hits
        .iter()
        .filter(|h| h.figure.starts_with("many-"))
        .map(|h| h.figure.clone())
        .collect();
    ids.sort();
    ids
}

/// Every slice is 1080 px wide, at most 4,000 px tall, and no text of it is cut.
fn assert_slices_fit(image: &LongImage, lang: Lang) {
    for i in 0..image.slices.len() {
        let scene = image.slice(i);
        let (w, h) = pixels::pixel_size_at(&scene, long::RATIO);
        assert_eq!(w, 1080, "{lang:?} slice {i}");
        assert!(
            h <= SLICE_MAX_HEIGHT,
            "{lang:?} slice {i} is {h} px tall, more than {SLICE_MAX_HEIGHT}"
        );
        assert!(
            scene.texts_outside().is_empty(),
            "{lang:?} slice {i} cuts through {:?}",
            scene.texts_outside()
        );
    }
}

#[test]
fn a_section_of_very_many_figures_is_cut_between_its_rows_under_a_continued_heading() {
    let r = with_many_figures();
    for lang in LANGS {
        let image = LongImage::new(&r, lang).expect("a long image however many figures");
        assert_slices_fit(&image, lang);
        let parts: Vec<_> = image
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, Kind::Figures(_)) && b.scene.hits.len() > 1)
            .filter(|b| b.scene.hits.iter().any(|h| h.figure.starts_with("many-")))
            .collect();
        assert!(parts.len() > 2, "{lang:?}: {} parts", parts.len());
        let continued = match lang {
            Lang::Zh => "（续）",
            Lang::En => "(continued)",
        };
        for (i, part) in parts.iter().enumerate() {
            let text: String = part.scene.texts().map(|(t, _)| t).collect();
            assert_eq!(
                text.contains(continued),
                i > 0,
                "{lang:?}: part {i} of the section's figures, continued or not"
            );
        }
        // A slice that the rows continue from is full: the rows fill it to the last one
        // that fits, whatever came before them on it.
        let bounds = image.slice_bounds();
        for (i, range) in image.slices.iter().enumerate() {
            let next = image.blocks.get(range.end);
            let continued_after =
                next.is_some_and(|b| b.scene.texts().any(|(t, _)| t.contains(continued)));
            // Nor is a slice left nearly empty before the rows' first part.
            let first_after = next.is_some_and(|b| std::ptr::eq(b, parts[0]));
            let (top, bottom) = bounds[i];
            assert!(
                !first_after || bottom - top > SLICE_MAX_HEIGHT - 600,
                "{lang:?} slice {i} is {} px tall, before the rows' first part",
                bottom - top
            );
            assert!(
                !continued_after || bottom - top > SLICE_MAX_HEIGHT - 200,
                "{lang:?} slice {i} is {} px tall, and the rows continue after it",
                bottom - top
            );
        }
        // Every figure is drawn once: the rows are shared out, none dropped or repeated.
        let want: Vec<String> = {
            let mut v: Vec<String> = (0..MANY).map(|i| format!("many-{i}")).collect();
            v.sort();
            v
        };
        assert_eq!(many_hits(&image.scene()), want, "{lang:?}");
    }
}

#[test]
fn a_chart_taller_than_a_slice_is_cut_where_no_text_is() {
    let mut r = with_many_figures();
    let section = r.sections[0].id.clone();
    let first = r.figures.len() - MANY;
    r.charts.push(Chart {
        id: "many".to_string(),
        kind: cards::KIND,
        section,
        figures: (first..r.figures.len()).collect(),
        title: Text {
            zh: "很多数字".to_string(),
            en: "Many figures".to_string(),
        },
        subtitle: Text::default(),
        note: None,
        accent: None,
        draft: false,
        lead: false,
        plan: false,
    });
    for lang in LANGS {
        let image = LongImage::new(&r, lang).expect("a long image however tall a chart");
        assert_slices_fit(&image, lang);
        let parts = image
            .blocks
            .iter()
            .filter(|b| b.kind == Kind::Chart("many".to_string()))
            .count();
        assert!(parts > 1, "{lang:?}: the chart in {parts} parts");
        let hits = many_hits(&image.scene());
        assert_eq!(hits.len(), MANY, "{lang:?}: every row keeps its hit once");
    }
}

#[test]
fn the_source_line_never_stands_alone_on_the_last_slice() {
    // One more row at a time moves the image's end down past every place a slice can
    // end: somewhere the source line (80 px) no longer fits after the last block.
    let last = report().sections.len() - 1;
    for n in 0..72 {
        let r = with_figures(last, n);
        for lang in LANGS {
            let image = LongImage::new(&r, lang).expect("a long image");
            let end = image.slices.last().expect("a slice");
            assert!(
                end.len() > 1,
                "{lang:?} with {n} more rows: the last slice holds only {:?}",
                image.blocks[end.start].kind
            );
            assert_slices_fit(&image, lang);
        }
    }
}
