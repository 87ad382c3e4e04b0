//! Numbers and required fields: a value or change that is not finite or out of range, a
//! missing unit, label, source or language, a misspelt key, each at its path.

use super::*;

// --- numbers ------------------------------------------------------------------------

#[test]
fn a_value_that_is_not_finite_is_reported_with_its_path() {
    let mut raw: raw::ReportFile =
        serde_json::from_str(&data_text()).expect("the data file reads as raw types");
    raw.figures[0].value = Some(f64::NAN);
    let problems = match validate::validate("nan.json", &raw) {
        Ok(_) => panic!("NaN validated"),
        Err(e) => e.problems,
    };
    // The bars chart then has no value to draw for gdp; that follows, and may be listed too.
    assert_problem(
        &problems,
        "figures[0].value",
        &msg::data::not_finite(f64::NAN),
    );
    assert_eq!(
        msg::data::not_finite(f64::NAN),
        "NaN is not a finite number"
    );
}

#[test]
fn a_change_that_is_infinite_is_reported_with_its_path() {
    let mut raw: raw::ReportFile =
        serde_json::from_str(&data_text()).expect("the data file reads as raw types");
    raw.figures[0]
        .change
        .as_mut()
        .expect("gdp has a change")
        .value = Some(f64::INFINITY);
    let problems = match validate::validate("inf.json", &raw) {
        Ok(_) => panic!("an infinite change validated"),
        Err(e) => e.problems,
    };
    assert_problem(
        &problems,
        "figures[0].change.value",
        &msg::data::not_finite(f64::INFINITY),
    );
}

#[test]
fn a_negative_count_is_reported_with_its_path() {
    let json = mutated(|v| figure(v, "key-projects")["value"] = json!(-111));
    let i = figure_index(&data_value(), "key-projects");
    let problems = problems(&json);
    assert_problem(
        &problems,
        &format!("figures[{i}].value"),
        &msg::data::negative_count(-111.0),
    );
    assert!(problems[0].message.contains("negative"));
}

#[test]
fn a_share_above_100_is_reported_with_its_path() {
    // Printed so by its sentence, which `check` holds a value to.
    let json = mutated(|v| {
        let f = figure(v, "tax-share");
        f["value"] = json!(170);
        f["source"] = json!("税占比170%");
    });
    let i = figure_index(&data_value(), "tax-share");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("figures[{i}].value"));
    assert_eq!(p.message, msg::data::share_out_of_range(170.0));
    assert!(p.message.contains("between 0 and 100"));
}

#[test]
fn a_rate_may_be_negative() {
    let json = mutated(|v| {
        let f = figure(v, "urban-income");
        f["value"] = json!(-2.5);
        f["source"] = json!("城镇居民人均可支配收入-2.5%，增长4.2%");
    });
    assert!(validate::load("rate.json", &json).is_ok());
}

#[test]
fn a_figure_with_neither_value_nor_change_is_reported() {
    let json = mutated(|v| remove(figure(v, "urban-income"), "change"));
    let i = figure_index(&data_value(), "urban-income");
    let problems = problems(&json);
    assert_problem(
        &problems,
        &format!("figures[{i}]"),
        &msg::data::no_value_no_change(),
    );
}

// --- required fields and texts ------------------------------------------------------

#[test]
fn a_missing_unit_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "unit"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].unit");
    assert_eq!(p.message, msg::data::missing());
}

#[test]
fn a_missing_label_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "label"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].label");
    assert_eq!(p.message, msg::data::missing());
    assert_eq!(p.message, "is missing");
}

#[test]
fn a_missing_source_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "source"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].source");
    assert_eq!(p.message, msg::data::missing());
}

#[test]
fn a_text_missing_its_english_still_validates_and_counts_as_lacking_english() {
    let json = mutated(|v| remove(&mut v["charts"][0]["title"], "en"));
    let r = validate::load("draft.json", &json).expect("English is optional");
    assert_eq!(r.missing_english(), 1);
    assert!(!r.english_complete());
    assert!(
        report().english_complete(),
        "the curated report has all its English"
    );
}

#[test]
fn a_text_with_blank_english_is_reported_at_the_language() {
    let json = mutated(|v| v["charts"][0]["title"]["en"] = json!(" "));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].title.en");
    assert_eq!(p.message, msg::data::empty());
}

#[test]
fn a_skip_needs_a_known_reason_and_its_number_in_its_sentence() {
    let json = mutated(|v| {
        v["skips"] = json!([
            {"number": "2024", "sentence": "2024年,西湖区经营主体超10万户", "reason": "year"},
            {"number": "2025", "sentence": "2024年,西湖区经营主体超10万户", "reason": "year"},
            {"number": "2024", "sentence": "2024年", "reason": "weekday"},
            {"number": "20x", "sentence": "20x", "reason": "name", "why": "typo"}
        ])
    });
    let problems = problems(&json);
    assert_problem(
        &problems,
        "skips[1].number",
        &msg::data::skip_not_in_sentence("2025"),
    );
    assert_problem(
        &problems,
        "skips[2].reason",
        &msg::data::not_one_of(
            "weekday",
            &[
                "year",
                "date",
                "ordinal",
                "rank",
                "duration",
                "name",
                "label",
                "ratio",
                "unread",
                "heading",
                "target",
                "restated",
                "meeting",
                "revised",
                "translation",
                "other-subject",
                "page",
            ],
        ),
    );
    assert_problem(
        &problems,
        "skips[3].number",
        &msg::data::skip_not_a_number("20x"),
    );
    assert_problem(&problems, "skips[3]", &msg::data::unknown_key("why"));
    assert_eq!(problems.len(), 4, "{}", list(&problems));
}

#[test]
fn qualifiers_about_and_around_are_read_and_printed_where_chinese_puts_them() {
    let about = mutated(|v| figure(v, "voucher-spending")["qualifier"] = json!("约"));
    let r = validate::load("q.json", &about).unwrap();
    let f = r
        .figures
        .iter()
        .find(|f| f.id == "voucher-spending")
        .unwrap();
    assert_eq!(
        report_charts::shared::format::value(f, Lang::Zh).unwrap(),
        "约40亿元"
    );
    assert_eq!(
        report_charts::shared::format::value(f, Lang::En).unwrap(),
        "about 4 billion yuan"
    );
    let around = mutated(|v| figure(v, "voucher-spending")["qualifier"] = json!("左右"));
    let r = validate::load("q.json", &around).unwrap();
    let f = r
        .figures
        .iter()
        .find(|f| f.id == "voucher-spending")
        .unwrap();
    assert_eq!(
        report_charts::shared::format::value(f, Lang::Zh).unwrap(),
        "40亿元左右"
    );
}

#[test]
fn a_text_missing_its_chinese_is_reported_at_the_language() {
    let json = mutated(|v| remove(&mut v["meta"]["source_line"], "zh"));
    let p = only_problem(&json);
    assert_eq!(p.path, "meta.source_line.zh");
    assert_eq!(p.message, msg::data::missing());
}

#[test]
fn an_empty_or_blank_text_is_reported_as_empty() {
    let json = mutated(|v| {
        v["figures"][2]["label"]["zh"] = json!("");
        v["sections"][0]["topics"][1]["title"]["en"] = json!("  \n");
    });
    let problems = problems(&json);
    assert_eq!(problems.len(), 2, "{}", list(&problems));
    assert_problem(
        &problems,
        "sections[0].topics[1].title.en",
        &msg::data::empty(),
    );
    assert_problem(&problems, "figures[2].label.zh", &msg::data::empty());
    assert_eq!(msg::data::empty(), "is empty");
}

#[test]
fn a_misspelt_key_is_reported_by_name_where_it_stands() {
    let json = mutated(|v| {
        v["figures"][0]["qualifer"] = json!("突破");
        v["charts"][1]["subtitle"]["eng"] = json!("per cent");
    });
    let problems = problems(&json);
    assert_eq!(problems.len(), 2, "{}", list(&problems));
    assert_problem(&problems, "figures[0]", &msg::data::unknown_key("qualifer"));
    assert_problem(
        &problems,
        "charts[1].subtitle",
        &msg::data::unknown_key("eng"),
    );
    assert!(problems[0].message.contains("misspelt"));
}

#[test]
fn a_misspelt_top_level_key_is_reported_for_the_whole_file() {
    let json = mutated(|v| {
        v["chart"] = json!([]);
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "");
    assert_eq!(p.message, msg::data::unknown_key("chart"));
}
