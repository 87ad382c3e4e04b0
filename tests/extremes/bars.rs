//! How many bars: one and forty-one are refused with the count a kind takes; forty draw
//! legibly, falls and rises of a trillion per cent among them.

use super::*;

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
