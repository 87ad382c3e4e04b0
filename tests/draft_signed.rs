#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A growth printed with a minus sign (增长-3.5%), from the draft to every text of it
//! (issue 18): the draft reads it as a growth of −3.5 where a word of growth stands right
//! before the sign, `check` takes it and holds it to its sentence with its sign, and
//! every text of it prints the sign the sentence prints. Every other minus sign stays the
//! desk's (`draft_bounds.rs`). Short texts of our own.

mod common;

use common::{drafted, drafted_json};
use report_charts::check::validate;
use report_charts::draft::coverage;
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Figure, Lang, Report};
use serde_json::Value;

/// Three signs, as texts print them: ASCII, full-width and the mathematical minus.
const TEXT: &str = "临河市2025年经济运行情况\n\n一、工业\n\n\
    全市规模以上工业增加值增长-3.5%，轻工业增加值增长－1.2%，重工业增加值增长−0.8%。\
    全市进口额80亿元，增长-2.4%。\n";

fn by_change(r: &Report, value: f64) -> &Figure {
    (r.figures.iter())
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .unwrap_or_else(|| panic!("no change of {value}: {:#?}", r.figures))
}

#[test]
fn a_growth_printed_with_a_minus_sign_is_drafted_with_its_sign() {
    let r = drafted("linhe", TEXT);
    for (value, printed) in [
        (-3.5, "增长-3.5%"),
        (-1.2, "增长－1.2%"),
        (-0.8, "增长−0.8%"),
        (-2.4, "增长-2.4%"),
    ] {
        let f = by_change(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(c.kind, ChangeKind::Growth, "{printed}");
        assert_eq!(format::change(c, f, Lang::Zh), printed);
    }
    assert_eq!(by_change(&r, -2.4).value, Some(80.0));
    assert!(r.skips.iter().all(|s| s.number != "3.5"), "{:?}", r.skips);
}

#[test]
fn every_text_of_a_signed_growth_prints_the_sign_its_sentence_prints() {
    let r = drafted("linhe", TEXT);
    let cases = [
        (-1.2, Lang::Zh, "－1.2%", "增长－1.2%"),
        (-1.2, Lang::En, "－1.2%", "growth of －1.2%"),
        (-0.8, Lang::Zh, "−0.8%", "增长−0.8%"),
        (-3.5, Lang::En, "-3.5%", "growth of -3.5%"),
    ];
    for (value, lang, short, text) in cases {
        let f = by_change(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::changes::change_short_of(c, f, lang), short);
        assert_eq!(format::printed(f, lang).unwrap_or_default(), text);
    }
}

#[test]
fn signed_growth_is_drawn_on_growth_bars_under_a_title_with_its_sign() {
    let r = drafted("linhe", TEXT);
    let chart = (r.charts.iter())
        .find(|c| c.kind.name() == "growth")
        .unwrap_or_else(|| panic!("no growth chart: {:#?}", r.charts));
    assert!(chart.figures.len() >= 3, "{chart:?}");
    let title = &chart.title.zh;
    assert!(
        ["-", "－", "−"].iter().any(|m| title.contains(m)),
        "the title drops the sign: {title}"
    );
}

/// The drafted file of `text` with the first figure's change value set to `value`.
fn with_change(value: f64, kind: &str) -> Result<Report, String> {
    let (_, json) = drafted_json("linhe", TEXT);
    let mut doc: Value = serde_json::from_str(&json).unwrap();
    doc["figures"][0]["change"]["value"] = value.into();
    doc["figures"][0]["change"]["kind"] = kind.into();
    // The figures alone: a chart's title stating the first figure's change as drafted
    // would be refused for the title, not for the figure this test changes.
    doc["charts"] = serde_json::json!([]);
    validate::load("linhe.json", &doc.to_string()).map_err(|e| e.to_string())
}

#[test]
fn check_holds_a_growth_to_the_sign_its_sentence_prints() {
    // As printed: −3.5 covers the 3.5 of 增长-3.5%.
    let kept = with_change(-3.5, "growth").unwrap();
    assert!(coverage::uncovered(TEXT, &kept).is_empty());
    // Without its sign it says the opposite of the text: `check` refuses it at its field.
    let dropped = with_change(3.5, "growth").unwrap_err();
    assert!(
        dropped.contains("figures[0].change.value")
            && dropped.contains("is not a number its sentence prints"),
        "{dropped}"
    );
    // A decline says its direction in its word: a negative one is refused.
    let declined = with_change(-3.5, "decline").unwrap_err();
    assert!(declined.contains("figures[0].change.value"), "{declined}");
}

#[test]
fn a_growth_printed_with_a_minus_sign_keeps_the_digits_it_prints_after_the_point() {
    let text = "临河市2025年经济运行情况\n\n全市进口额80亿元，增长-3.0%。全市出口额90亿元，增长－12.50%。\n";
    let r = drafted("linhe", text);
    for (value, decimals, printed) in [(-3.0, 1, "增长-3.0%"), (-12.5, 2, "增长－12.50%")] {
        let f = by_change(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(c.decimals, decimals, "{printed}");
        assert_eq!(format::change(c, f, Lang::Zh), printed);
    }
}
