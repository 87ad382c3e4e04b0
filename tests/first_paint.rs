#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The story page's first chart is in the page's first paint (issue 19): its static SVGs
//! are written into the page, each at a width its canvas is drawn at, named for screen
//! readers as the canvas is, and painted dark on a dark screen as the dark SVG file is, by
//! the page's stylesheet (the README's Content-Security-Policy refuses inline styles);
//! the other charts' SVGs stay files, fetched lazily.

mod common;

use common::*;
use report_charts::publish::inline_svg::{self, light_to_dark};
use report_charts::publish::site::{self, Assets, Dist, Input, Templates};
use report_charts::publish::social::Site;

/// Xihu's site as `make build` writes it, without the assets and images.
fn built() -> Dist {
    let (report, json, text) = (report(), data_text(), report_text());
    let input = Input {
        slug: "xihu-2024",
        report: &report,
        data: &json,
        text: Some(&text),
        draft: false,
    };
    let assets = Assets {
        templates: Templates::read(path("www").as_ref()).unwrap(),
        files: Dist::new(),
    };
    site::build(input, &assets, &Site::parse("").unwrap(), None)
        .unwrap()
        .dist
}

/// The value of attribute `name` in the first tag of `html` that has it.
fn attr<'a>(html: &'a str, name: &str) -> &'a str {
    html.split(&format!(" {name}=\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        .split('"')
        .next()
        .unwrap()
}

/// The figures of a page, each from its `<figure` to its `</figure>`.
fn figures(html: &str) -> Vec<&str> {
    html.split("<figure class=\"chart\"")
        .skip(1)
        .map(|f| f.split("</figure>").next().unwrap())
        .collect()
}

#[test]
fn the_first_charts_svgs_are_in_the_page_at_the_widths_of_its_canvas_and_the_others_load_lazily() {
    let dist = built();
    for page in ["index.html", "en/index.html"] {
        let html = dist.text(page).unwrap();
        let figs = figures(html);
        let first = figs[0];
        let canvas = first.split("<canvas").nth(1).unwrap();
        let svgs: Vec<String> = first
            .split("<svg ")
            .skip(1)
            .map(|s| format!(" {s}"))
            .collect();
        let classes: Vec<&str> = svgs.iter().map(|s| attr(s, "class")).collect();
        assert_eq!(classes, ["wide", "mid", "narrow"], "{page}");
        let widths: Vec<&str> = svgs.iter().map(|s| attr(s, "width")).collect();
        let want = [inline_svg::WIDE, inline_svg::MID, 360.0].map(|w| w.to_string());
        assert_eq!(widths, want, "{page}: each drawn at a width its canvas is");
        for svg in &svgs {
            let svg = svg.split("</svg>").next().unwrap();
            // Named as the canvas is, once: no title of its own to show as a tooltip.
            assert_eq!(attr(svg, "role"), "img", "{page}");
            assert_eq!(
                attr(svg, "aria-label"),
                attr(canvas, "aria-label"),
                "{page}"
            );
            assert_eq!(svg.matches("aria-label=").count(), 1, "{page}");
            assert!(!svg.contains("<title>"), "{page}");
            assert_eq!(svg.matches("elementtiming=\"first-chart\"").count(), 1);
        }
        assert!(
            !first.contains("<img") && !first.contains("fetchpriority"),
            "{page}"
        );
        for fig in &figs[1..] {
            assert!(fig.contains("<picture class=\"fallback\">"), "{page}");
            assert!(fig.contains("loading=\"lazy\"") && !fig.contains("elementtiming"));
        }
    }
}

#[test]
fn the_first_charts_dark_rules_paint_its_light_drawing_as_the_dark_svg_file() {
    let dist = built();
    let r = report();
    let map = light_to_dark();
    // Every chart's light SVG, its colours mapped as the rules map them, is its dark SVG:
    // no colour of any kind is left out of the map.
    for c in &r.charts {
        for narrow in ["", ".narrow"] {
            let light = dist.text(&format!("svg/{}{narrow}.svg", c.id)).unwrap();
            let dark = dist
                .text(&format!("svg/{}{narrow}.dark.svg", c.id))
                .unwrap();
            // Through a marker each, so that no colour is mapped twice.
            let mut painted = light.to_string();
            for attr in ["fill", "stroke"] {
                for (i, (l, _)) in map.iter().enumerate() {
                    painted = painted
                        .replace(&format!("{attr}=\"{l}\""), &format!("{attr}=\"\u{0}{i}\""));
                }
            }
            for (i, (_, d)) in map.iter().enumerate() {
                painted = painted.replace(&format!("\u{0}{i}\""), &format!("{d}\""));
            }
            assert_eq!(painted, dark, "{}{narrow}", c.id);
        }
    }
    // The stylesheet holds a rule for each colour and attribute, on dark screens only.
    let css = std::fs::read_to_string(path("www/style.css")).unwrap();
    let dark = css
        .split("@media screen and (prefers-color-scheme: dark) {\n")
        .nth(1)
        .expect("a block for dark screens")
        .split("\n}\n")
        .next()
        .unwrap();
    for (l, d) in &map {
        for attr in ["fill", "stroke"] {
            let rule = format!(".fallback svg [{attr}=\"{l}\"] {{ {attr}: {d}; }}");
            assert!(dark.contains(&rule), "www/style.css has no {rule}");
        }
    }
}

#[test]
fn the_story_pages_hold_no_inline_style_which_the_readmes_policy_would_refuse() {
    let dist = built();
    for page in ["index.html", "en/index.html"] {
        let html = dist.text(page).unwrap();
        // `style-src 'self'`: neither a <style> element nor a style attribute, in the
        // HTML or in the SVGs written into it.
        assert!(!html.contains("<style"), "{page} has a <style>");
        assert!(!html.contains(" style="), "{page} has a style attribute");
        assert!(
            figures(html)[0].contains("<svg "),
            "{page}: no SVG in the page"
        );
    }
}

#[test]
fn the_first_paint_waits_for_the_first_charts_svgs_to_be_parsed_and_for_nothing_after_them() {
    let dist = built();
    for page in ["index.html", "en/index.html"] {
        let html = dist.text(page).unwrap();
        let (head, body) = html.split_once("</head>").unwrap();
        let link = "<link rel=\"expect\" href=\"#caption-headline\" blocking=\"render\">";
        assert_eq!(head.matches(link).count(), 1, "{page}");
        assert_eq!(html.matches("blocking=\"render\"").count(), 1, "{page}");
        // The caption it names is the first chart's, right after the chart's last SVG.
        let first = figures(body)[0];
        let caption = first.find("id=\"caption-headline\"").unwrap();
        assert!(first.rfind("</svg>").unwrap() < caption, "{page}");
        assert_eq!(body.matches("id=\"caption-").count(), 1, "{page}");
    }
}
