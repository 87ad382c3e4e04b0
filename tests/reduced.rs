#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A fall in the figure's own unit (粮食播种面积215.6万亩，比上年减少0.8万亩) is that
//! figure's change, of kind `reduced`, the pair of `added`: never a second figure
//! labelled …减少 (tester finding 13). Drafted, checked and printed in both languages as
//! the sentence prints it. A short text of our own.

mod common;

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Figure, Lang, Report};

const TEXT: &str = "柏林县2025年国民经济和社会发展统计公报

二、农业

全年粮食播种面积120.5万亩，比上年减少0.6万亩；粮食总产量48.2万吨，增长1.1%。全年油料播种面积30.4万亩，比上年下降1.2万亩。
";

fn figure(r: &Report, value: f64) -> &Figure {
    r.figures.iter().find(|f| f.value == Some(value)).unwrap()
}

#[test]
fn a_fall_in_the_figures_own_unit_is_its_change_never_a_figure_of_its_own() {
    let r = common::drafted("bailin", TEXT);
    for (value, fall, unit) in [(120.5, 0.6, "万亩"), (30.4, 1.2, "万亩")] {
        let c = figure(&r, value).change.as_ref().expect("its change");
        assert_eq!(
            (c.kind, c.value, c.unit.as_str()),
            (ChangeKind::Reduced, fall, unit)
        );
    }
    assert!(
        !r.figures
            .iter()
            .any(|f| f.label.zh.contains("减少") || f.label.zh.contains("下降")),
        "{:#?}",
        r.figures
    );
}

#[test]
fn a_fall_in_the_figures_own_unit_is_printed_with_its_sentences_verb() {
    let r = common::drafted("bailin", TEXT);
    // (value, Chinese, English, bar end)
    let cases = [
        (120.5, "减少0.6万亩", "down 6,000 mu", "−0.6万亩"),
        (30.4, "下降1.2万亩", "down 12,000 mu", "−1.2万亩"),
    ];
    for (value, zh, en, short) in cases {
        let f = figure(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert_eq!(format::change(c, f, Lang::En), en);
        assert_eq!(format::changes::change_short_of(c, f, Lang::Zh), short);
    }
}

#[test]
fn check_takes_a_reduced_change_only_in_the_figures_own_unit() {
    let json = draft::to_json(&draft::draft(TEXT).unwrap()).unwrap();
    assert!(json.contains("\"reduced\""), "the data file names the kind");
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let figures = v["figures"].as_array_mut().unwrap();
    let k = figures.iter().position(|f| f["value"] == 120.5).unwrap();
    figures[k]["change"]["unit"] = "%".into();
    let problems = validate::load("bailin.json", &v.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        problems.contains(&format!("figures[{k}].change.unit")),
        "{problems}"
    );
}
