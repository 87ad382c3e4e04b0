#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A part-whole chart prints the share the text prints (issue 19 §2; issue 18: never
//! state what the text does not): 其中工业投资315亿元，占比31.5% puts 工业投资占比 after
//! its pair, a figure of its own traced to its sentence, written as printed in the chart,
//! its data table, its alt text and both CSVs; where the text prints no share, none is
//! written anywhere; a share of another whole is refused. An SVG snapshot of the chart
//! (`tests/snapshots/kinds/part-whole-share.WIDTH.svg`). Short texts of our own.

mod common;

use common::drafted;
use report_charts::check::validate;
use report_charts::publish::resolve;
use report_charts::shared::charts::shown;
use report_charts::shared::layout::{ApproxMeasure, Mark, Scene};
use report_charts::shared::model::{Chart, Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

/// Investment with a part whose share is printed, and spending with a part whose share
/// is not.
const TEXT: &str =
    "投资与支出\n\n全年固定资产投资1000亿元，增长4.5%；其中工业投资315亿元，占比31.5%。\n\n\
    全市一般公共预算支出300亿元，其中民生支出240亿元。\n";

/// The drafted part-whole chart whose figures include `id`.
fn chart_with<'a>(r: &'a Report, id: &str) -> &'a Chart {
    r.charts
        .iter()
        .find(|c| c.kind.name() == "part-whole" && r.figures_of(c).any(|f| f.id == id))
        .unwrap_or_else(|| panic!("no part-whole chart with {id}: {:#?}", r.charts))
}

fn scene(r: &Report, id: &str, width: u32, lang: Lang) -> Scene {
    let view = View {
        width: f64::from(width),
        lang,
        theme: ThemeName::Light,
    };
    report_charts::publish::scene(r, id, view, &mut ApproxMeasure).unwrap()
}

/// Every text the chart's scene prints at `width`, one a line.
fn printed(s: &Scene) -> String {
    let lines: Vec<&str> = (s.marks.iter())
        .filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    lines.join("\n")
}

/// The figure id of the share the text prints.
fn share_id(r: &Report) -> String {
    let f = r.figures.iter().find(|f| f.value == Some(31.5)).unwrap();
    assert_eq!(f.source, "其中工业投资315亿元，占比31.5%");
    f.id.clone()
}

#[test]
fn the_share_the_text_prints_stands_after_its_pair_on_the_canvas_table_alt_and_csv() {
    let r = drafted("invest", TEXT);
    let share = share_id(&r);
    let c = chart_with(&r, &share);
    let last = r.figures_of(c).last().map(|f| f.id.clone());
    assert_eq!(last, Some(share.clone()), "{:?}", c.figures);
    for (lang, row) in [(Lang::Zh, "31.5%"), (Lang::En, "31.5%")] {
        for width in [360, 1280] {
            let t = printed(&scene(&r, &c.id, width, lang));
            assert!(t.lines().any(|l| l == row), "{lang:?} {width}px: {t}");
        }
        let spec = resolve::resolve(&r, c, lang);
        let rows = shown::rows(&spec);
        assert!(
            rows.iter().any(|x| x.id == share && x.value == row),
            "{rows:#?}"
        );
        assert!(shown::describe(&spec).contains(row), "{lang:?}");
        let csv = resolve::csv(&r, c, lang);
        let line = csv
            .lines()
            .find(|l| l.starts_with(&share))
            .unwrap_or_else(|| panic!("{csv}"));
        assert!(
            line.contains(",31.5,") && line.contains("占比31.5%"),
            "{line}"
        );
    }
}

#[test]
fn a_part_whole_without_a_printed_share_writes_no_share_anywhere() {
    let r = drafted("invest", TEXT);
    let c = chart_with(&r, "general-budget-expenditure");
    assert_eq!(c.figures.len(), 2, "{:?}", c.figures);
    // 240 of 300 is 80%, which the text does not print.
    for lang in [Lang::Zh, Lang::En] {
        for width in [360, 1280] {
            let t = printed(&scene(&r, &c.id, width, lang));
            assert!(
                !t.contains('%') && !t.contains("80"),
                "{lang:?} {width}px: {t}"
            );
        }
        let spec = resolve::resolve(&r, c, lang);
        assert!(!shown::describe(&spec).contains('%'), "{lang:?}");
        assert!(!resolve::csv(&r, c, lang).contains('%'), "{lang:?}");
    }
}

#[test]
fn a_share_of_another_whole_after_a_pair_is_refused() {
    // 占全省的比重12.5% is not 315 of 1000.
    // The year's output opens it, so that the lead is the output and the part-whole stays
    // (a whole that opens the text would lead, its parts beside it).
    let text = "投资\n\n全年地区生产总值5000亿元，增长5%。\n\n全年固定资产投资1000亿元；其中工业投资315亿元，占比12.5%。\n";
    let r = drafted("invest", text);
    let share = r.figures.iter().find(|f| f.value == Some(12.5)).unwrap();
    assert!(
        r.charts
            .iter()
            .all(|c| r.figures_of(c).all(|f| f.id != share.id)),
        "{:#?}",
        r.charts
    );
    let c = chart_with(&r, "industrial-investment");
    let (_, json) = common::drafted_json("invest", text);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let at = r.charts.iter().position(|x| x.id == c.id).unwrap();
    doc["charts"][at]["figures"]
        .as_array_mut()
        .unwrap()
        .push(share.id.clone().into());
    let e = validate::load("invest.json", &doc.to_string())
        .unwrap_err()
        .to_string();
    assert!(e.contains(&format!("charts[{at}].figures[2]")), "{e}");
    assert!(e.contains("is not the share of"), "{e}");
}

#[test]
fn the_share_is_never_clipped_nor_over_another_text_at_any_width_in_either_language() {
    let r = drafted("invest", TEXT);
    let c = chart_with(&r, &share_id(&r));
    let mut faults = Vec::new();
    for (width, lang) in (300..=1280)
        .step_by(20)
        .flat_map(|w| [(w, Lang::Zh), (w, Lang::En)])
    {
        let s = scene(&r, &c.id, width, lang);
        faults.extend(
            s.texts_outside()
                .into_iter()
                .map(|t| format!("{lang:?} {width}px: {t} clipped")),
        );
        faults.extend(
            (s.overlapping_texts().into_iter())
                .map(|(a, b)| format!("{lang:?} {width}px: {a} over {b}")),
        );
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

#[test]
fn a_part_whole_chart_with_its_printed_share_matches_its_svg_snapshot() {
    let r = drafted("invest", TEXT);
    let c = chart_with(&r, &share_id(&r));
    let dir = std::path::PathBuf::from(common::path("tests/snapshots/kinds"));
    let update = common::snapshot::updating();
    let mut failures = Vec::new();
    for width in [360, 1280] {
        let view = View {
            width: f64::from(width),
            lang: Lang::Zh,
            theme: ThemeName::Light,
        };
        let svg = report_charts::publish::svg(&r, &c.id, view).unwrap();
        let file = dir.join(format!("part-whole-share.{width}.svg"));
        failures.extend(common::snapshot::check(&file, &svg, update));
    }
    assert!(failures.is_empty(), "{failures:?}");
}
