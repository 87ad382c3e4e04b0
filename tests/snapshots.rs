#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! SVG snapshots of every chart at a phone's and a desktop's width (Chinese, light), in
//! `tests/snapshots/ID.WIDTH.svg`. A missing snapshot is written; `UPDATE_SNAPSHOTS=1`
//! (`make snapshots`) rewrites them all. On a mismatch the new SVG is written beside the
//! old one as `ID.WIDTH.new.svg`, for review with any image viewer or diff tool.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use std::path::PathBuf;

const WIDTHS: [u32; 2] = [360, 1280];

fn snapshot_dir() -> PathBuf {
    PathBuf::from(path("tests/snapshots"))
}

fn svg(r: &Report, id: &str, width: u32) -> String {
    let view = View {
        width: f64::from(width),
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    report_charts::publish::svg(r, id, view)
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

#[test]
fn every_chart_matches_its_svg_snapshot_at_360_and_1280_pixels() {
    let r = report();
    let dir = snapshot_dir();
    std::fs::create_dir_all(&dir).expect("tests/snapshots can be created");
    let update = snapshot::updating();
    let mut failures = Vec::new();
    for c in &r.charts {
        for width in WIDTHS {
            let file = dir.join(format!("{}.{width}.svg", c.id));
            if let Some(f) = snapshot::check(&file, &svg(&r, &c.id, width), update) {
                failures.push(f);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} snapshots differ; review the .new.svg files and run `make snapshots` to accept:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn every_snapshot_belongs_to_a_chart_that_exists() {
    let r = report();
    let Ok(entries) = std::fs::read_dir(snapshot_dir()) else {
        return; // No snapshots yet: the test above writes them.
    };
    let stale: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".svg") && !name.ends_with(".new.svg"))
        .filter(|name| {
            !r.charts
                .iter()
                .any(|c| WIDTHS.iter().any(|w| *name == format!("{}.{w}.svg", c.id)))
        })
        .collect();
    assert!(
        stale.is_empty(),
        "snapshots of charts that no longer exist (delete them): {stale:?}"
    );
}

#[test]
fn rendering_the_same_chart_twice_gives_identical_svg() {
    let r = report();
    for c in &r.charts {
        for width in WIDTHS {
            let (a, b) = (svg(&r, &c.id, width), svg(&r, &c.id, width));
            assert!(
                a == b,
                "chart {} at {width}px renders differently twice, at {}",
                c.id,
                snapshot::first_difference(&a, &b)
            );
        }
    }
    // And from a freshly loaded report, as another process would.
    let again = report();
    assert_eq!(svg(&r, "headline", 360), svg(&again, "headline", 360));
}

#[test]
fn a_snapshot_is_a_standalone_svg_of_the_charts_css_size() {
    let r = report();
    let s = svg(&r, "headline", 360);
    assert!(
        s.starts_with("<svg width=\"360\" height=\""),
        "{}",
        &s[..80]
    );
    assert!(
        s.contains("viewBox=\"0 0 1440 "),
        "drawn at 4 units per pixel"
    );
    assert!(s.contains("<title>地区生产总值突破800亿元，增长4.3%</title>"));
    assert!(s.contains("突破"), "the numbers are text, not paths");
    assert!(s.trim_end().ends_with("</svg>"));
}

#[test]
fn the_targets_kind_matches_its_svg_snapshot_at_360_and_1280_pixels() {
    // The report prints no targets: the kind is drawn from targets added to it.
    let r =
        validate::load("targets.json", &mutated(with_targets)).unwrap_or_else(|e| panic!("{e}"));
    let dir = snapshot_dir().join("kinds");
    std::fs::create_dir_all(&dir).expect("tests/snapshots/kinds can be created");
    let update = snapshot::updating();
    let failures: Vec<String> = WIDTHS
        .iter()
        .filter_map(|&width| {
            let file = dir.join(format!("targets.{width}.svg"));
            snapshot::check(&file, &svg(&r, "targets", width), update)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n  "));
}
