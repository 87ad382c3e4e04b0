//! Values at the extremes (thousandths, trillions, zero growth, below zero) draw legibly,
//! or are refused with what the chart needs.

use super::*;

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
    let partial = validate::partial::load_partial("extreme.json", &without_title_numbers(&json))
        .expect("still JSON");
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
        &msg::kinds::unfit_figure(charts::growth::KIND, &named("gdp"), Need::GrowthChange),
    );
}
