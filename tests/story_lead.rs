#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The lead graphic opens the story page: before the text and the first section, its
//! static SVG the only one fetched at once (and timed by the bench), and a lead that is
//! not the first chart refused at its path. Apart from story_text.rs, since the lead
//! stands outside the article's paragraphs.

mod common;

use common::story::{chart_at, xihu_page};
use common::*;
use report_charts::check::validate;
use report_charts::shared::model::Lang;

#[test]
fn the_lead_graphic_opens_the_story_before_the_text_and_the_first_section() {
    let r = report();
    let lead = r.lead_chart().expect("Xihu has a lead graphic");
    for lang in [Lang::Zh, Lang::En] {
        let html = xihu_page(&r, lang);
        let at = chart_at(&html, &lead.id);
        let header = html.find("</header>").unwrap();
        let text = html.find("<p class=\"text\"").unwrap();
        let section = html.find("<section class=\"part\"").unwrap();
        assert!(header < at && at < text && at < section, "{lang:?}");
        assert_eq!(
            html.matches(&format!("id=\"chart-{}\"", lead.id)).count(),
            1
        );
        // Its numbers in the text link up to it, traced to their sentences.
        assert!(html.contains(&format!("href=\"#chart-{}\" data-figure=\"gdp\"", lead.id)));
    }
}

#[test]
fn only_the_first_charts_static_svg_loads_at_once_and_is_timed_the_others_lazily() {
    let r = report();
    let lead = r.lead_chart().expect("Xihu has a lead graphic");
    for lang in [Lang::Zh, Lang::En] {
        let html = xihu_page(&r, lang);
        let imgs: Vec<&str> = html
            .split("<picture class=\"fallback\">")
            .skip(1)
            .map(|p| p.split("</picture>").next().unwrap_or(""))
            .collect();
        assert_eq!(imgs.len(), r.charts.len(), "{lang:?}");
        // The first paint shows the lead graphic: fetched first, its paint timed by the bench.
        assert!(imgs[0].contains(&format!("svg/{}", lead.id)), "{lang:?}");
        assert!(imgs[0].contains("fetchpriority=\"high\" elementtiming=\"first-chart\""));
        assert!(!imgs[0].contains("loading=\"lazy\""));
        for img in &imgs[1..] {
            assert!(img.contains("loading=\"lazy\"") && !img.contains("elementtiming"));
        }
    }
}

#[test]
fn a_lead_graphic_that_is_not_the_first_chart_is_reported_at_its_path() {
    let json = mutated(|v| {
        let i = chart_index(v, "air-water");
        v["charts"][i]["lead"] = serde_json::json!(true);
    });
    let e = validate::load("x.json", &json).unwrap_err();
    let i = chart_index(&data_value(), "air-water");
    let at = format!("charts[{i}].lead");
    assert!(
        e.problems
            .iter()
            .any(|p| p.path == at && p.message.en.contains("first chart")),
        "{e}"
    );
}
