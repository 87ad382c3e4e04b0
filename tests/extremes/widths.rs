//! Odd widths never panic and keep everything on the canvas; a long label lays out in
//! moments.

use super::*;

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
    // Each its own, opening with its place (one indicator across items, as bars compare):
    // one label twice on a chart is refused.
    let label = |i: usize, c: &str| format!("{i}{}", repeat_to(c, 5000));
    let json = every_label(|i| (label(i, "研"), label(i, "a")));
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
