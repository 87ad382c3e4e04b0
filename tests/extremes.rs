#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Extreme but valid data draws legibly: tiny and huge values, one bar and forty, labels
//! of two hundred characters, markup, right-to-left text and emoji, no change at all.
//! Every chart of each edited report is laid out at a phone's to a desktop's width in
//! both languages with no text overlapping another and nothing leaving the canvas, and
//! its SVG carries the data's text escaped, never as markup.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::shared::charts::{self, check::Need};
use report_charts::shared::layout::{ApproxMeasure, Mark, Rect, Scene};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

const WIDTHS: [f64; 4] = [320.0, 360.0, 768.0, 1280.0];
/// Widths no page asks for but a broken embed might: none may panic or spill.
const ODD_WIDTHS: [f64; 5] = [0.0, 1.0, 50.0, 239.0, 4000.0];
const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

fn view(width: f64, lang: Lang) -> View {
    View {
        width,
        lang,
        theme: ThemeName::Light,
    }
}

/// Loads an edited file that must validate. These edits change values and figures to
/// test the layout, so the titles lose their digits and superlatives: a title may print
/// only its figures' numbers and the text's claims (tests/trust.rs), which are gone.
fn load(json: &str) -> Report {
    validate::load("extreme.json", &without_title_numbers(json)).unwrap_or_else(|e| panic!("{e}"))
}

/// `json` with the digits and superlatives of every chart title taken out.
fn without_title_numbers(json: &str) -> String {
    let Ok(mut v) = serde_json::from_str::<Value>(json) else {
        return json.to_string();
    };
    for c in v["charts"].as_array_mut().into_iter().flatten() {
        for lang in ["zh", "en"] {
            if let Some(t) = c["title"][lang].as_str() {
                let t: String = t.chars().filter(|ch| !ch.is_ascii_digit()).collect();
                c["title"][lang] = json!(t.replace("最快", "").replace("fastest", ""));
            }
        }
    }
    serde_json::to_string(&v).unwrap_or_else(|_| json.to_string())
}

fn scene(r: &Report, id: &str, width: f64, lang: Lang) -> Scene {
    report_charts::publish::scene(r, id, view(width, lang), &mut ApproxMeasure)
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

fn svg(r: &Report, id: &str, width: f64, lang: Lang) -> String {
    report_charts::publish::svg(r, id, view(width, lang))
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

/// Marks other than text that reach outside the canvas (half a pixel of rounding allowed).
fn marks_outside(s: &Scene) -> Vec<String> {
    let canvas = Rect {
        x: 0.0,
        y: 0.0,
        w: s.width,
        h: s.height,
    };
    let inside =
        |(x, y): (f64, f64)| x >= -0.5 && y >= -0.5 && x <= s.width + 0.5 && y <= s.height + 0.5;
    s.marks
        .iter()
        .filter(|m| match m {
            Mark::Rect { rect, .. } => !rect.inside(&canvas),
            Mark::Ring { center, radii, .. } => {
                let r = radii.0;
                !(inside((center.0 - r, center.1 - r)) && inside((center.0 + r, center.1 + r)))
            }
            Mark::Line { from, to, .. } => !(inside(*from) && inside(*to)),
            Mark::Polygon { points, .. } => !points.iter().all(|p| inside(*p)),
            Mark::Text { .. } => false,
        })
        .map(|m| format!("{m:?}"))
        .collect()
}

/// Every way the charts `ids` of `r` are not legible at `widths`, in both languages.
fn illegible(r: &Report, ids: &[String], widths: &[f64]) -> Vec<String> {
    let mut bad = Vec::new();
    for id in ids {
        for &width in widths {
            for lang in LANGS {
                let s = scene(r, id, width, lang);
                let name = format!("chart {id} at {width}px, {lang:?}");
                let overlaps = s.overlapping_texts();
                if !overlaps.is_empty() {
                    bad.push(format!("{name}: overlapping {overlaps:?}"));
                }
                let outside = s.texts_outside();
                if !outside.is_empty() {
                    bad.push(format!(
                        "{name} ({}×{}): outside {outside:?}",
                        s.width, s.height
                    ));
                }
                let marks = marks_outside(&s);
                if !marks.is_empty() {
                    bad.push(format!("{name}: marks outside {marks:?}"));
                }
                if !(s.width >= report_charts::shared::charts::MIN_WIDTH && s.height.is_finite()) {
                    bad.push(format!("{name}: a {}×{} scene", s.width, s.height));
                }
            }
        }
    }
    bad
}

fn all_ids(r: &Report) -> Vec<String> {
    r.charts.iter().map(|c| c.id.clone()).collect()
}

/// Fails with every offender listed, not only the first.
fn assert_legible(r: &Report, ids: &[String]) {
    let bad = illegible(r, ids, &WIDTHS);
    assert!(
        bad.is_empty(),
        "{} illegible views:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

/// Every figure of a JSON tree, to edit.
fn figures(v: &mut Value) -> &mut Vec<Value> {
    v["figures"].as_array_mut().expect("a list of figures")
}

/// Sets every value and every change of the data file: shares to `share`, the rest to `x`.
fn every_value(x: f64, share: f64) -> String {
    mutated(|v| {
        for f in figures(v) {
            let is_share = f["kind"] == "share";
            if f.get("value").is_some() {
                f["value"] = json!(if is_share { share } else { x });
            }
            if let Some(c) = f.get_mut("change") {
                c["value"] = json!(x);
            }
        }
    })
}

// --- values -------------------------------------------------------------------------

#[test]
fn every_chart_draws_legibly_when_every_value_is_a_thousandth() {
    let r = load(&every_value(0.001, 0.001));
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn every_chart_draws_legibly_when_every_value_is_a_trillion() {
    let r = load(&every_value(1e12, 100.0));
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn tiny_and_huge_values_side_by_side_draw_legibly_where_they_validate() {
    // Alternate 10^12 and 0.001 down the file: some parts now exceed their wholes.
    let json = mutated(|v| {
        for (i, f) in figures(v).iter_mut().enumerate() {
            let (big, share) = if i % 2 == 0 {
                (1e12, 100.0)
            } else {
                (0.001, 0.001)
            };
            if f.get("value").is_some() {
                f["value"] = json!(if f["kind"] == "share" { share } else { big });
            }
            if let Some(c) = f.get_mut("change") {
                c["value"] = json!(if i % 3 == 0 { 0.001 } else { 1e12 });
            }
        }
    });
    let partial =
        validate::load_partial("extreme.json", &without_title_numbers(&json)).expect("still JSON");
    for (id, problems) in partial.broken.iter().map(|b| (b.name(), &b.problems)) {
        for p in problems {
            assert!(
                p.message.contains("is larger than its whole"),
                "chart {id} is broken by {}: {}",
                p.path,
                p.message
            );
        }
    }
    // Only parts larger than their wholes break, and every other chart still draws.
    let all = report();
    let part_whole = all.charts.iter().filter(|c| c.kind.name() == "part-whole");
    assert!(partial.broken.len() <= part_whole.count());
    assert_eq!(
        partial.report.charts.len() + partial.broken.len(),
        all.charts.len()
    );
    assert_legible(&partial.report, &all_ids(&partial.report));
}

#[test]
fn a_figure_with_zero_growth_and_one_with_no_change_draw_legibly() {
    let json = mutated(|v| {
        figure(v, "gdp")["change"]["value"] = json!(0);
        // Without its change, budget revenue can only leave the growth chart.
        remove(figure(v, "budget-revenue"), "change");
        let growth = chart(v, "growth");
        let left: Vec<Value> = growth["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| *f != "budget-revenue")
            .cloned()
            .collect();
        growth["figures"] = json!(left);
        // A before → after with nothing saved: from 10 to 10.
        figure(v, "service-windows")["change"]["value"] = json!(10);
    });
    let r = load(&json);
    let ids: Vec<String> = ["headline", "growth", "key-amounts", "service-windows"]
        .map(String::from)
        .to_vec();
    assert_legible(&r, &ids);
    let growth = scene(&r, "growth", 768.0, Lang::Zh);
    assert!(
        growth.texts().any(|(t, _)| t == "0%"),
        "a zero growth is labelled 0%"
    );
}

#[test]
fn a_before_after_between_extremes_or_below_zero_stays_on_the_canvas() {
    // A rate may be negative; the old value may be tiny or huge beside the new one.
    for (kind, value, from) in [
        ("rate", -10.0, 37.0),
        ("rate", -1e12, 0.001),
        ("count", 1e12, 0.001),
        ("count", 0.001, 1e12),
        ("count", 10.0, 0.0),
    ] {
        let json = mutated(|v| {
            let f = figure(v, "service-windows");
            f["kind"] = json!(kind);
            f["value"] = json!(value);
            f["change"]["value"] = json!(from);
        });
        let r = load(&json);
        let ids = ["service-windows".to_string()];
        let mut bad = illegible(&r, &ids, &WIDTHS);
        bad.extend(illegible(&r, &ids, &ODD_WIDTHS));
        assert!(
            bad.is_empty(),
            "{value} from {from}:\n  {}",
            bad.join("\n  ")
        );
    }
}

#[test]
fn a_growth_chart_naming_a_figure_without_a_change_says_so() {
    let json = mutated(|v| remove(figure(v, "gdp"), "change"));
    let problems = problems(&json);
    let chart = chart_index(&data_value(), "growth");
    let at = data_value()["charts"][chart]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f == "gdp")
        .unwrap();
    assert_problem(
        &problems,
        &format!("charts[{chart}].figures[{at}]"),
        &msg::kinds::unfit_figure(charts::growth::KIND, "gdp", Need::GrowthChange),
    );
}

// --- how many bars ------------------------------------------------------------------

#[test]
fn a_bars_chart_with_a_single_bar_is_refused_with_the_count_it_takes() {
    let json = mutated(|v| {
        let c = chart(v, "key-amounts");
        c["figures"] = json!(["gdp"]);
        c["accent"] = json!("gdp");
    });
    let i = chart_index(&data_value(), "key-amounts");
    assert_problem(
        &problems(&json),
        &format!("charts[{i}].figures"),
        &msg::kinds::figure_count(charts::bars::KIND, 1, 2, 40),
    );
}

/// The real file with `n` copies of figure `like`, named `bar-1` …, drawn by chart `id`.
fn many(n: usize, like: &str, id: &str, edit: impl Fn(usize, &mut Value)) -> String {
    mutated(|v| {
        let template = figure(v, like).clone();
        let ids: Vec<String> = (1..=n).map(|i| format!("bar-{i}")).collect();
        for (i, fid) in ids.iter().enumerate() {
            let mut f = template.clone();
            f["id"] = json!(fid);
            // One indicator across items, as bars may compare.
            f["label"] =
                json!({"zh": format!("第{}项收入", i + 1), "en": format!("Item {}", i + 1)});
            edit(i, &mut f);
            figures(v).push(f);
        }
        let c = chart(v, id);
        c["figures"] = json!(ids);
        c["accent"] = json!("bar-7");
    })
}

#[test]
fn a_bars_chart_with_forty_bars_draws_legibly() {
    let json = many(40, "gdp", "key-amounts", |i, f| {
        f["value"] = json!((i as f64 + 1.0) * 37.5);
    });
    let r = load(&json);
    assert_legible(&r, &["key-amounts".to_string()]);
    let s = scene(&r, "key-amounts", 360.0, Lang::Zh);
    assert_eq!(s.hits.len(), 40);
}

#[test]
fn a_growth_chart_with_forty_bars_half_of_them_falls_draws_legibly() {
    let json = many(40, "gdp", "growth", |i, f| {
        let kind = if i % 2 == 0 { "growth" } else { "decline" };
        f["change"] = json!({"kind": kind, "value": (i as f64) * 2.5, "unit": "%"});
    });
    let r = load(&json);
    assert_legible(&r, &["growth".to_string()]);
}

#[test]
fn a_growth_chart_with_a_rise_and_a_fall_of_a_trillion_per_cent_draws_legibly() {
    let json = mutated(|v| {
        figure(v, "gdp")["change"] = json!({"kind": "decline", "value": 1e12, "unit": "%"});
        figure(v, "rd-spending")["change"]["value"] = json!(1e12);
        figure(v, "urban-income")["change"] =
            json!({"kind": "decline", "value": 0.001, "unit": "%"});
    });
    let r = load(&json);
    let ids = ["growth".to_string()];
    assert_legible(&r, &ids);
    let bad = illegible(&r, &ids, &ODD_WIDTHS);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_bars_chart_with_forty_one_bars_is_refused_with_the_count_it_takes() {
    let json = many(41, "gdp", "key-amounts", |_, _| {});
    let i = chart_index(&data_value(), "key-amounts");
    assert_problem(
        &problems(&json),
        &format!("charts[{i}].figures"),
        &msg::kinds::figure_count(charts::bars::KIND, 41, 2, 40),
    );
}

// --- long and hostile text ----------------------------------------------------------

/// `unit` repeated to exactly `n` characters.
fn repeat_to(unit: &str, n: usize) -> String {
    unit.chars().cycle().take(n).collect()
}

/// The real file with every figure's label set by `label(i)`.
fn every_label(label: impl Fn(usize) -> (String, String)) -> String {
    mutated(|v| {
        for (i, f) in figures(v).iter_mut().enumerate() {
            let (zh, en) = label(i);
            f["label"] = json!({"zh": zh, "en": en});
        }
    })
}

#[test]
fn labels_of_two_hundred_characters_wrap_legibly_in_every_chart() {
    let json = every_label(|i| {
        (
            repeat_to(&format!("第{i}项研发投入增长，"), 200),
            repeat_to(
                &format!("item {i} research and development spending, "),
                200,
            ),
        )
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn a_two_hundred_character_word_is_cut_to_fit_in_every_chart() {
    let json = every_label(|_| {
        (
            repeat_to("研", 200),
            repeat_to("Donaudampfschifffahrtsgesellschaft", 200),
        )
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn titles_subtitles_and_notes_of_two_hundred_characters_wrap_legibly() {
    let json = mutated(|v| {
        for c in v["charts"].as_array_mut().unwrap() {
            for key in ["title", "subtitle", "note"] {
                c[key] = json!({
                    "zh": repeat_to("研发投入增长65.6%，增速最快。", 200),
                    "en": repeat_to("R&D spending rose 65.6%, the fastest. ", 200),
                });
            }
        }
        v["meta"]["source_line"] = json!({
            "zh": repeat_to("来源：南昌日报", 200),
            "en": repeat_to("Source: Nanchang Daily ", 200),
        });
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

/// Labels a hostile editor (or a careless paste) might write, in both languages.
const HOSTILE: [&str; 8] = [
    "<script>alert(1)</script>",
    "R&D & \"quotes\" 'apostrophes'",
    "</text><script>alert(1)</script>",
    "الناتج المحلي الإجمالي",
    "התוצר המקומי הגולמי",
    "GDP 📈 增长 🚀🎉",
    "\u{202e}reversed\u{202c} text",
    "a&amp;b &lt;i&gt;",
];

fn hostile_report() -> Report {
    let json = mutated(|v| {
        for (i, f) in figures(v).iter_mut().enumerate() {
            let t = HOSTILE[i % HOSTILE.len()];
            // Ending alike, so that a bars chart may still compare them.
            f["label"] = json!({"zh": format!("{t}收入"), "en": t});
        }
        for (i, c) in v["charts"].as_array_mut().unwrap().iter_mut().enumerate() {
            let t = HOSTILE[i % HOSTILE.len()];
            c["title"] = json!({"zh": format!("{t}标题"), "en": format!("{t} title")});
            c["note"] = json!({"zh": t, "en": t});
        }
    });
    load(&json)
}

#[test]
fn markup_ampersands_right_to_left_text_and_emoji_draw_legibly() {
    let r = hostile_report();
    assert_legible(&r, &all_ids(&r));
}

/// `s` as it must appear in SVG text: the five XML entities.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[test]
fn the_svg_carries_hostile_labels_escaped_and_never_as_markup() {
    let r = hostile_report();
    let mut seen_script = false;
    let mut seen_amp = false;
    for c in &r.charts {
        for width in WIDTHS {
            for lang in LANGS {
                let doc = svg(&r, &c.id, width, lang);
                let name = format!("chart {} at {width}px, {lang:?}", c.id);
                assert!(
                    !doc.to_ascii_lowercase().contains("<script"),
                    "{name}: a raw <script in the SVG"
                );
                assert!(!doc.contains("</text><"), "{name}: text closed by the data");
                // Every line of text drawn is in the SVG, escaped.
                for (text, _) in scene(&r, &c.id, width, lang).texts() {
                    assert!(
                        doc.contains(&escaped(text)),
                        "{name}: {text:?} is not in the SVG as {:?}",
                        escaped(text)
                    );
                }
                seen_script |= doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
                seen_amp |= doc.contains("R&amp;D &amp;");
            }
        }
    }
    assert!(seen_script, "no SVG shows the <script> label as text");
    assert!(seen_amp, "no SVG shows the R&D label escaped");
}

#[test]
fn the_svg_title_of_a_hostile_chart_is_escaped_for_screen_readers() {
    let r = hostile_report();
    let c = &r.charts[0];
    let doc = svg(&r, &c.id, 360.0, Lang::En);
    assert!(
        // The title's digit is gone (see `load`); its markup is what is tested.
        doc.contains("<title>&lt;script&gt;alert()&lt;/script&gt; title</title>"),
        "{}",
        &doc[..doc.len().min(600)]
    );
    assert!(doc.contains("aria-label=\"&lt;script&gt;alert()&lt;/script&gt; title\""));
}

#[test]
fn control_characters_in_a_label_never_reach_the_svg() {
    let json = every_label(|_| ("地区\u{0}生产\u{1b}总值".into(), "GDP\u{7}\u{fffe}".into()));
    let r = load(&json);
    for c in &r.charts {
        for lang in LANGS {
            let doc = svg(&r, &c.id, 360.0, lang);
            let bad: Vec<char> = doc
                .chars()
                .filter(|c| (c.is_control() && !"\t\n\r".contains(*c)) || *c == '\u{fffe}')
                .collect();
            assert!(bad.is_empty(), "chart {}: {bad:?} in the SVG", c.id);
        }
    }
}

// --- widths -------------------------------------------------------------------------

/// The real report and every extreme one above, for the odd widths.
fn every_extreme_report() -> Vec<(&'static str, Report)> {
    vec![
        ("the real file", report()),
        ("thousandths", load(&every_value(0.001, 0.001))),
        ("trillions", load(&every_value(1e12, 100.0))),
        (
            "long labels",
            load(&every_label(|_| {
                (
                    repeat_to("研发投入增长，", 200),
                    repeat_to("research and development ", 200),
                )
            })),
        ),
        ("hostile labels", hostile_report()),
        (
            "forty bars",
            load(&many(40, "gdp", "key-amounts", |i, f| {
                f["value"] = json!(i * i + 1);
            })),
        ),
    ]
}

#[test]
fn odd_widths_never_panic_and_nothing_leaves_the_canvas() {
    let mut bad = Vec::new();
    for (name, r) in every_extreme_report() {
        for line in illegible(&r, &all_ids(&r), &ODD_WIDTHS) {
            // Overlaps at widths a page never asks for are not the question here.
            if !line.contains(": overlapping ") {
                bad.push(format!("{name}: {line}"));
            }
        }
        for c in &r.charts {
            for width in ODD_WIDTHS {
                let s = scene(&r, &c.id, width, Lang::Zh);
                assert_eq!(s.width, width.max(report_charts::shared::charts::MIN_WIDTH));
                svg(&r, &c.id, width, Lang::En);
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} views spill:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

#[test]
fn a_width_that_is_not_a_number_is_laid_out_at_the_minimum() {
    let r = report();
    for width in [f64::NAN, -1.0, f64::NEG_INFINITY] {
        let s = scene(&r, "headline", width, Lang::Zh);
        assert_eq!(
            s.width,
            report_charts::shared::charts::MIN_WIDTH,
            "width {width}"
        );
        assert!(s.texts_outside().is_empty());
    }
}

// --- time ---------------------------------------------------------------------------

#[test]
fn a_label_of_five_thousand_characters_without_a_space_lays_out_in_moments() {
    let json = every_label(|_| (repeat_to("研", 5000), repeat_to("a", 5000)));
    let r = load(&json);
    let start = std::time::Instant::now();
    for lang in LANGS {
        let s = scene(&r, "key-amounts", 320.0, lang);
        assert!(s.texts_outside().is_empty());
    }
    let took = start.elapsed();
    // Cutting a word used to measure every shorter head of it, once per line: minutes.
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
}
