//! The rules of each chart kind: units, parts and wholes, how many figures, which figures
//! fit it.

use super::*;

// --- chart kind rules ---------------------------------------------------------------

#[test]
fn a_bars_chart_mixing_units_is_reported_at_the_odd_figure() {
    // key-amounts draws amounts in 亿元; key-projects is a count of 个.
    let json = mutated(|v| chart(v, "key-amounts")["figures"][1] = json!("key-projects"));
    let c = chart_index(&data_value(), "key-amounts");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures[1]"));
    assert_eq!(
        p.message,
        msg::kinds::mixed_units(charts::bars::KIND, "亿元", "个")
    );
    assert!(p.message.contains("multiples"), "{}", p.message);
}

#[test]
fn a_part_larger_than_its_whole_is_reported_at_the_part() {
    let json = mutated(|v| {
        chart(v, "support-funds")["figures"] = json!(["support-funds", "tech-awards"]);
        chart(v, "support-funds")["accent"] = json!("support-funds");
    });
    let c = chart_index(&data_value(), "support-funds");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures[0]"));
    assert_eq!(
        p.message,
        msg::data::part_exceeds_whole("support-funds", "tech-awards")
    );
}

#[test]
fn a_part_whole_chart_with_an_odd_number_of_figures_is_reported() {
    let json = mutated(|v| {
        chart(v, "business-entities")["figures"] =
            json!(["new-entities", "business-entities", "tech-awards"]);
    });
    let c = chart_index(&data_value(), "business-entities");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures"));
    assert!(p.message.contains("in pairs"), "{}", p.message);
}

#[test]
fn a_chart_with_too_few_figures_for_its_kind_is_reported() {
    let json = mutated(|v| {
        chart(v, "growth")["figures"] = json!(["rd-spending"]);
        // One growth rate is no longer the fastest of the report's.
        chart(v, "growth")["title"] =
            json!({"zh": "研发投入增长65.6%", "en": "R&D spending up 65.6%"});
    });
    let c = chart_index(&data_value(), "growth");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures"));
    assert_eq!(
        p.message,
        msg::kinds::figure_count(charts::growth::KIND, 1, 2, 40)
    );
}

#[test]
fn a_figure_unfit_for_its_chart_kind_is_reported_at_the_figure() {
    // tax-share has no growth or decline: a growth chart cannot draw it.
    let json = mutated(|v| chart(v, "growth")["figures"][1] = json!("tax-share"));
    let c = chart_index(&data_value(), "growth");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures[1]"));
    assert_eq!(
        p.message,
        msg::kinds::unfit_figure(
            charts::growth::KIND,
            &named("tax-share"),
            Need::GrowthChange
        )
    );
}

#[test]
fn a_waffle_of_a_figure_that_is_not_a_share_is_reported_at_the_figure() {
    let json = mutated(|v| {
        // Xihu draws its share as a comparison: a waffle of it, for the waffle's rules.
        chart(v, "air-water")["kind"] = json!("waffle");
        chart(v, "air-water")["figures"] = json!(["good-air-days", "gdp"]);
    });
    let c = chart_index(&data_value(), "air-water");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures[1]"));
    assert_eq!(
        p.message,
        msg::kinds::unfit_figure(charts::waffle::KIND, &named("gdp"), Need::ShareValue)
    );
}

#[test]
fn a_waffle_of_more_shares_than_a_chart_gives_room_to_is_reported() {
    let json = mutated(|v| {
        // Xihu draws its share as a comparison: a waffle of it, for the waffle's rules.
        chart(v, "air-water")["kind"] = json!("waffle");
        chart(v, "air-water")["figures"] = json!([
            "good-air-days",
            "water-quality",
            "tax-share",
            "building-occupancy"
        ]);
    });
    let c = chart_index(&data_value(), "air-water");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("charts[{c}].figures"));
    assert_eq!(
        p.message,
        msg::kinds::figure_count(charts::waffle::KIND, 4, 1, 3)
    );
}

#[test]
fn a_waffle_of_up_to_three_shares_validates() {
    let json = mutated(|v| {
        // Xihu draws its share as a comparison: a waffle of it, for the waffle's rules.
        chart(v, "air-water")["kind"] = json!("waffle");
        chart(v, "air-water")["figures"] = json!(["good-air-days", "water-quality", "tax-share"]);
    });
    if let Err(e) = validate::load(DATA, &json) {
        panic!("three shares in one waffle:\n{e}");
    }
}
