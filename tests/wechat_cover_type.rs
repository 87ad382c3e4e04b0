#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A cover's type set as a graphics editor would (tester s-test25's F15): the kicker
//! breaks between its parts (草稿 · 西藏日报 · 2026年报告 · 2025年数据), never inside one
//! (2025年 / 数据) and never so that a line opens or ends with its separator; the big
//! number's unit stands right against it, not a digit's width away.

mod common;

use common::*;
use report_charts::publish::cover::{self, Cover, Shape};
use report_charts::publish::fonts::Fonts;
use report_charts::shared::layout::{Mark, Scene};
use report_charts::shared::model::Lang;

fn fonts() -> Fonts {
    Fonts::bundled().expect("the bundled font subsets load")
}

/// The lines of `scene` that are part of `kicker`, in order.
fn kicker_lines<'a>(scene: &'a Scene, kicker: &str) -> Vec<&'a str> {
    scene
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { text, .. } if kicker.contains(text.trim_matches(['·', ' '])) => {
                Some(text.as_str())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_covers_kicker_breaks_between_its_parts_never_inside_one_nor_beside_a_separator() {
    let fonts = fonts();
    let kickers = [
        "未经编辑审核的草稿 · 西藏日报 · 2026年报告 · 2025年数据",
        "未经编辑审核的草稿 · 某某市某某区融媒体中心 · 2026年报告 · 2025年数据",
        "Draft, not reviewed by an editor · Tibet Daily · 2026 report · 2025 data",
    ];
    for kicker in kickers {
        let parts: Vec<&str> = kicker.split(" · ").collect();
        let content = Cover {
            kicker: kicker.to_string(),
            title: "2026年某某自治区政府工作报告".to_string(),
            figure: None,
        };
        for shape in Shape::ALL {
            let scene = cover::scene(&content, shape, &mut &fonts);
            let lines = kicker_lines(&scene, kicker);
            let what = format!("{shape:?} «{kicker}»: {lines:?}");
            assert!(
                lines.len() > 1,
                "{what}: the kicker should need two lines here"
            );
            for line in &lines {
                let t = line.trim();
                assert!(!t.starts_with('·') && !t.ends_with('·'), "{what}");
            }
            // Every part whole on one line.
            for part in &parts {
                assert!(
                    lines.iter().any(|l| l.contains(part)),
                    "{what}: «{part}» broken"
                );
            }
        }
    }
}

#[test]
fn a_covers_big_number_has_its_unit_right_against_it() {
    let r = report();
    let fonts = fonts();
    let mut seen = 0;
    for lang in [Lang::Zh, Lang::En] {
        let content = cover::story(&r, lang);
        let item = content
            .figure
            .clone()
            .expect("the story cover has a figure");
        let number = item.number.clone().unwrap_or_default();
        for shape in Shape::ALL {
            let scene = cover::scene(&content, shape, &mut &fonts);
            let find = |want: &str| {
                scene.marks.iter().find_map(|m| match m {
                    Mark::Text {
                        text, bounds, font, ..
                    } if text == want => Some((bounds.x, font.size, bounds.w)),
                    _ => None,
                })
            };
            let (Some((nx, size, nw)), Some((ux, _, _))) = (find(&number), find(&item.unit)) else {
                continue;
            };
            seen += 1;
            let gap = ux - (nx + nw);
            assert!(
                gap <= 0.02 * size,
                "{lang:?} {shape:?}: {number} and {} stand {gap:.1} px apart at {size} px",
                item.unit
            );
        }
    }
    assert!(seen > 0, "no story cover drew its number with its unit");
}
