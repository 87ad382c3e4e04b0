//! All problems at once, in file order, and a partial load that keeps the good charts.

use super::*;

// --- all problems at once -----------------------------------------------------------

#[test]
fn several_problems_in_one_file_are_all_listed_in_file_order() {
    let json = mutated(|v| {
        remove(&mut v["figures"][3], "label");
        v["figures"][40]["qualifier"] = json!("大约");
        v["charts"][5]["kind"] = json!("pie");
        // Not its accent, which would be a second problem.
        v["charts"][7]["figures"][1] = json!("no-such-figure");
    });
    let problems = problems(&json);
    let paths: Vec<String> = problems.iter().map(|p| p.path.to_string()).collect();
    assert_eq!(
        paths,
        [
            "figures[3].label",
            "figures[40].qualifier",
            "charts[5].kind",
            "charts[7].figures[1]"
        ],
        "{}",
        list(&problems)
    );
}

#[test]
fn a_data_error_displays_the_file_name_first_then_every_problem() {
    let json = mutated(|v| {
        remove(&mut v["figures"][3], "label");
        v["charts"][5]["kind"] = json!("pie");
    });
    let text = error(&json).to_string();
    assert!(
        text.starts_with("broken.json: 2 problems"),
        "the message starts with the file: {text}"
    );
    assert!(text.contains("\n  figures[3].label: is missing"), "{text}");
    assert!(
        text.contains("\n  charts[5].kind: \"pie\" is not one of"),
        "{text}"
    );
}

#[test]
fn a_data_error_with_one_problem_says_problem_in_the_singular() {
    let json = mutated(|v| v["charts"][5]["kind"] = json!("pie"));
    let text = error(&json).to_string();
    assert!(text.starts_with("broken.json: 1 problem\n"), "{text}");
}

// --- partial loading ----------------------------------------------------------------

fn drawable(report: &report_charts::shared::model::Report, id: &str) {
    let view = View {
        width: 360.0,
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    let scene = report_charts::publish::scene(report, id, view, &mut ApproxMeasure)
        .unwrap_or_else(|e| panic!("chart {id} is not drawable: {e}"));
    assert!(scene.height > 0.0 && !scene.marks.is_empty(), "chart {id}");
}

#[test]
fn load_partial_keeps_the_good_charts_and_lists_the_broken_one_by_id() {
    let all = data_value();
    let ids: Vec<String> = all["charts"]
        .as_array()
        .expect("charts")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_string())
        .collect();
    let json = mutated(|v| chart(v, "investment")["accent"] = json!("gdp"));
    let partial = validate::partial::load_partial("broken.json", &json).expect("still JSON");

    assert_eq!(partial.broken.len(), 1, "{:?}", partial.broken);
    let (id, own) = (&partial.broken[0].id, &partial.broken[0].problems);
    assert_eq!(id.as_deref(), Some("investment"));
    let c = chart_index(&all, "investment");
    assert_problem(
        own,
        &format!("charts[{c}].accent"),
        &msg::data::accent_not_drawn(&named("gdp")),
    );

    assert!(partial.report.chart("investment").is_none());
    let kept: Vec<&str> = partial
        .report
        .charts
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let expected: Vec<&str> = ids
        .iter()
        .map(String::as_str)
        .filter(|&i| i != "investment")
        .collect();
    assert_eq!(kept, expected);
    for id in kept {
        drawable(&partial.report, id);
    }
    let e = partial.error.expect("the problems are still reported");
    assert_eq!(e.problems.len(), 1);
}

#[test]
fn load_partial_breaks_every_chart_that_draws_a_broken_figure() {
    // gdp is drawn by the headline cards and the growth bars.
    let json = mutated(|v| figure(v, "gdp")["qualifier"] = json!("大约"));
    let partial = validate::partial::load_partial("broken.json", &json).expect("still JSON");
    let broken: Vec<String> = partial.broken.iter().map(|b| b.name()).collect();
    assert_eq!(broken, ["headline", "growth"]);
    for (id, own) in partial.broken.iter().map(|b| (b.name(), &b.problems)) {
        assert_problem(
            own,
            "figures[0].qualifier",
            &msg::data::not_one_of("大约", &Qualifier::names()),
        );
        assert!(partial.report.chart(&id).is_none(), "{id} was kept");
    }
    assert_eq!(
        partial.report.charts.len(),
        data_value()["charts"].as_array().map_or(0, Vec::len) - 2
    );
    drawable(&partial.report, "investment");
}

#[test]
fn load_partial_knows_a_chart_with_a_broken_id_by_its_index_and_names_it_by_its_path() {
    let json = mutated(|v| v["charts"][4]["id"] = json!("Finance!"));
    let partial = validate::partial::load_partial("broken.json", &json).expect("still JSON");
    let broken: Vec<_> = partial
        .broken
        .iter()
        .map(|b| (b.index, b.id.clone()))
        .collect();
    assert_eq!(broken, [(4, None)]);
    assert_eq!(partial.broken[0].name(), "charts[4]");
}

#[test]
fn load_partial_cannot_keep_anything_of_malformed_json() {
    let e = validate::partial::load_partial("broken.json", "{\"figures\": [")
        .expect_err("malformed JSON is an error");
    assert_eq!(e.file, "broken.json");
    assert!(e.problems[0].message.starts_with("is not valid JSON"));
}

#[test]
fn a_raw_file_without_meta_is_reported_as_missing_meta() {
    let json = mutated(|v| {
        if let Value::Object(o) = v {
            o.remove("meta");
        }
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "meta");
    assert_eq!(p.message, msg::data::missing());
}

#[test]
fn a_problem_path_is_its_steps_and_prints_as_check_data_writes_it() {
    use validate::JsonPath;
    let p = JsonPath::item("charts", 3).key("figures").at(1);
    assert_eq!(p.to_string(), "charts[3].figures[1]");
    assert_eq!((p.chart(), p.figure()), (Some(3), None));
    assert_eq!(JsonPath::item("figures", 2).key("value").figure(), Some(2));
    assert_eq!(JsonPath::root().key("meta").key("year"), "meta.year");
    assert!(JsonPath::root().is_empty());
    // A path the parser stopped in is typed too.
    let e = validate::load("x.json", r#"{"charts": [{"figures": [1]}]}"#).unwrap_err();
    assert_eq!(e.problems[0].path, "charts[0].figures[0]");
    assert_eq!(e.problems[0].path.chart(), Some(0));
}
