#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Validation: every kind of mistake an editor can make in the data file is reported
//! with the JSON path of the value at fault and a message that says what is wrong.

mod common;

use common::*;
use report_charts::check::raw;
use report_charts::check::validate::{self, Problem};
use report_charts::shared::charts::{self, check::Need};
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChartKind, Lang, Qualifier, Vocabulary};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

/// The one problem of a file broken in one place; fails if there are more or none.
fn only_problem(json: &str) -> Problem {
    let problems = problems(json);
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem, got\n{}",
        list(&problems)
    );
    problems.into_iter().next().expect("one problem")
}

fn chart_kind_names() -> Vec<&'static str> {
    ChartKind::story_names().collect()
}

// --- the real file ------------------------------------------------------------------

#[test]
fn the_real_data_file_validates_with_zero_problems() {
    let partial = validate::load_partial(DATA, &data_text()).expect("the data file is JSON");
    if let Some(e) = &partial.error {
        panic!("the real data file has problems:\n{e}");
    }
    assert!(partial.broken.is_empty());
    let r = report();
    assert_eq!(
        r.charts.len(),
        data_value()["charts"].as_array().map_or(0, Vec::len)
    );
    assert_eq!(
        r.figures.len(),
        data_value()["figures"].as_array().map_or(0, Vec::len)
    );
}

// --- ids ----------------------------------------------------------------------------

#[test]
fn a_figure_listed_twice_in_one_chart_is_reported_at_its_second_place() {
    let json = mutated(|v| {
        let figures = v["charts"][0]["figures"].as_array_mut().unwrap();
        let first = figures[0].clone();
        figures.push(first);
    });
    let problems = problems(&json);
    let v: Value = serde_json::from_str(&json).unwrap();
    let n = v["charts"][0]["figures"].as_array().unwrap().len();
    let id = v["charts"][0]["figures"][0].as_str().unwrap();
    let twice = msg::figure_listed_twice(id, 0);
    assert_problem(&problems, &format!("charts[0].figures[{}]", n - 1), &twice);
    assert!(twice.zh.contains("两次") && twice.en.contains("twice"));
}

#[test]
fn a_duplicate_figure_id_is_reported_at_the_second_use_naming_the_first() {
    let json = mutated(|v| v["figures"][1]["id"] = json!("gdp"));
    let problems = problems(&json);
    assert_problem(
        &problems,
        "figures[1].id",
        &msg::duplicate_id("gdp", "figures[0].id"),
    );
    assert!(problems[0].message.contains("used twice"));
}

#[test]
fn a_duplicate_chart_id_is_reported_at_the_second_use_naming_the_first() {
    let json = mutated(|v| v["charts"][1]["id"] = json!("headline"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[1].id");
    assert_eq!(p.message, msg::duplicate_id("headline", "charts[0].id"));
    assert!(p
        .message
        .contains("\"headline\" is used twice: first at charts[0].id"));
}

#[test]
fn an_id_that_is_not_kebab_case_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][2]["id"] = json!("Key_Amounts"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[2].id");
    assert_eq!(p.message, msg::not_kebab("Key_Amounts"));
    assert!(p.message.contains("kebab-case"));
}

#[test]
fn kebab_case_allows_lower_case_words_and_digits_only() {
    for good in ["gdp", "gdp-per-km2", "a1-b2-c3"] {
        assert!(validate::is_kebab(good), "{good} is kebab-case");
    }
    for bad in [
        "",
        "GDP",
        "gdp_total",
        "-gdp",
        "gdp-",
        "gdp--growth",
        "gdp growth",
        "国内",
    ] {
        assert!(!validate::is_kebab(bad), "{bad:?} is not kebab-case");
    }
}

// --- references ---------------------------------------------------------------------

#[test]
fn a_chart_naming_a_missing_figure_is_reported_with_its_path() {
    // charts[3] (investment) draws key-projects second, and accents it.
    let json = mutated(|v| {
        v["charts"][3]["figures"][1] = json!("no-such-figure");
        v["charts"][3]["accent"] = json!("key-projects-investment");
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[3].figures[1]");
    assert_eq!(
        p.message,
        msg::unknown_ref(msg::Ref::Figure, "no-such-figure")
    );
    assert!(p.message.contains("does not exist"));
}

#[test]
fn a_figure_in_an_unknown_section_is_reported_with_its_path() {
    let json = mutated(|v| v["figures"][0]["section"] = json!("culture"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].section");
    assert_eq!(p.message, msg::unknown_ref(msg::Ref::Section, "culture"));
}

#[test]
fn a_figure_in_an_unknown_topic_of_its_section_is_reported_with_its_path() {
    // `renewal` is a topic of the city section, not of gdp's economy section.
    let json = mutated(|v| v["figures"][0]["topic"] = json!("renewal"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].topic");
    assert_eq!(
        p.message,
        msg::unknown_ref(msg::Ref::Topic("economy"), "renewal")
    );
}

#[test]
fn a_chart_in_an_unknown_section_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][4]["section"] = json!("culture"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[4].section");
    assert_eq!(p.message, msg::unknown_ref(msg::Ref::Section, "culture"));
}

#[test]
fn an_accent_that_is_not_among_the_charts_figures_is_reported() {
    // rd-spending exists, but the headline cards do not draw it.
    let json = mutated(|v| v["charts"][0]["accent"] = json!("rd-spending"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].accent");
    assert_eq!(p.message, msg::accent_not_drawn("rd-spending"));
}

#[test]
fn an_accent_naming_no_figure_at_all_is_reported_as_an_unknown_figure() {
    let json = mutated(|v| v["charts"][0]["accent"] = json!("gpd"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].accent");
    assert_eq!(p.message, msg::unknown_ref(msg::Ref::Figure, "gpd"));
}

// --- closed lists -------------------------------------------------------------------

#[test]
fn an_unknown_chart_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["charts"][0]["kind"] = json!("pie"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].kind");
    assert_eq!(p.message, msg::not_one_of("pie", &chart_kind_names()));
    assert!(p.message.contains("before-after"), "{}", p.message);
}

#[test]
fn a_kind_only_the_indicators_pages_draw_is_a_problem_at_the_charts_kind_in_both_languages() {
    for register in ["ranking", "target-result", "trend"] {
        let json = mutated(|v| v["charts"][0]["kind"] = json!(register));
        let p = only_problem(&json);
        assert_eq!(p.path, "charts[0].kind");
        let kind = ChartKind::by_name(register).unwrap();
        assert_eq!(p.message, msg::kind_not_on_story_page(kind));
        assert!(
            p.message.said_in(Lang::Zh).contains("只用于指标页"),
            "{}",
            p.message
        );
        assert!(
            p.message.said_in(Lang::En).contains(register),
            "{}",
            p.message
        );
    }
    // The kinds a file may name never list them.
    let names = chart_kind_names();
    assert!(
        names.contains(&"cards") && !names.contains(&"ranking"),
        "{names:?}"
    );
}

#[test]
fn an_unknown_qualifier_is_reported_with_the_qualifiers_there_are() {
    let json = mutated(|v| v["figures"][0]["qualifier"] = json!("大约"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].qualifier");
    assert_eq!(p.message, msg::not_one_of("大约", &Qualifier::names()));
}

#[test]
fn an_unknown_figure_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["figures"][0]["kind"] = json!("money"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].kind");
    assert_eq!(
        p.message,
        msg::not_one_of("money", &["count", "amount", "share", "rate"])
    );
}

#[test]
fn an_unknown_change_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["figures"][0]["change"]["kind"] = json!("increase"));
    let problems = problems(&json);
    assert_problem(
        &problems,
        "figures[0].change.kind",
        &msg::not_one_of(
            "increase",
            &[
                "growth", "decline", "improve", "rise", "above", "added", "from", "below", "pull",
                "times",
            ],
        ),
    );
}

#[test]
fn a_change_unit_wrong_for_its_kind_is_reported_with_the_right_unit() {
    // gdp grows 4.3%: a growth is in %, not in points.
    let json = mutated(|v| v["figures"][0]["change"]["unit"] = json!("个百分点"));
    // The growth chart then cannot draw gdp either (growth bars are in %); that follows.
    let problems = problems(&json);
    let p = problems
        .iter()
        .find(|p| p.path == "figures[0].change.unit")
        .expect("the unit's problem");
    assert_eq!(p.message, msg::change_unit("growth", "个百分点", "%"));
    assert!(p.message.contains("in %"), "{}", p.message);
}

#[test]
fn a_from_change_must_be_in_the_figures_own_unit() {
    let json = mutated(|v| figure(v, "service-windows")["change"]["unit"] = json!("家"));
    let i = figure_index(&data_value(), "service-windows");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("figures[{i}].change.unit"));
    assert_eq!(p.message, msg::change_unit("from", "家", "个"));
}

#[test]
fn a_negative_change_is_reported_because_the_kind_carries_the_direction() {
    let json = mutated(|v| {
        v["figures"][0]["change"]["value"] = json!(-4.3);
        v["figures"][0]["change"]["kind"] = json!("decline");
    });
    // The growth chart then cannot draw gdp either; that follows, and may be listed too.
    assert_problem(
        &problems(&json),
        "figures[0].change.value",
        &msg::negative_change(-4.3),
    );
    assert!(msg::negative_change(-4.3).contains("\"decline\""));
}

#[test]
fn a_negative_growth_is_taken_as_printed_and_a_title_without_its_sign_is_reported() {
    // 增长-4.3% would be a growth of −4.3; Xihu's title still says 增长4.3%, which is
    // then no number of the chart's figures.
    let json = mutated(|v| v["figures"][0]["change"]["value"] = json!(-4.3));
    let found = problems(&json);
    assert!(
        !found.iter().any(|p| p.path == "figures[0].change.value"),
        "{found:?}"
    );
    assert_problem(
        &found,
        "charts[0].title.zh",
        &msg::title_number_not_a_figure("4.3"),
    );
}

#[test]
fn a_reference_on_a_change_other_than_above_is_reported_as_unknown() {
    let json = mutated(|v| {
        v["figures"][0]["change"]["reference"] = json!({"zh": "全市", "en": "the city"})
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].change.reference");
    assert_eq!(p.message, msg::unknown_key("reference"));
}

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
    assert_problem(&problems, "figures[0].value", &msg::not_finite(f64::NAN));
    assert_eq!(msg::not_finite(f64::NAN), "NaN is not a finite number");
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
        &msg::not_finite(f64::INFINITY),
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
        &msg::negative_count(-111.0),
    );
    assert!(problems[0].message.contains("negative"));
}

#[test]
fn a_share_above_100_is_reported_with_its_path() {
    let json = mutated(|v| figure(v, "tax-share")["value"] = json!(170));
    let i = figure_index(&data_value(), "tax-share");
    let p = only_problem(&json);
    assert_eq!(p.path, format!("figures[{i}].value"));
    assert_eq!(p.message, msg::share_out_of_range(170.0));
    assert!(p.message.contains("between 0 and 100"));
}

#[test]
fn a_rate_may_be_negative() {
    let json = mutated(|v| {
        let f = figure(v, "urban-income");
        f["value"] = json!(-2.5);
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
        &msg::no_value_no_change(),
    );
}

// --- required fields and texts ------------------------------------------------------

#[test]
fn a_missing_unit_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "unit"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].unit");
    assert_eq!(p.message, msg::missing());
}

#[test]
fn a_missing_label_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "label"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].label");
    assert_eq!(p.message, msg::missing());
    assert_eq!(p.message, "is missing");
}

#[test]
fn a_missing_source_is_reported_with_its_path() {
    let json = mutated(|v| remove(&mut v["figures"][1], "source"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[1].source");
    assert_eq!(p.message, msg::missing());
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
    assert_eq!(p.message, msg::empty());
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
        &msg::skip_not_in_sentence("2025"),
    );
    assert_problem(
        &problems,
        "skips[2].reason",
        &msg::not_one_of(
            "weekday",
            &[
                "year", "date", "ordinal", "rank", "duration", "name", "label", "ratio", "unread",
                "heading", "target",
            ],
        ),
    );
    assert_problem(&problems, "skips[3].number", &msg::skip_not_a_number("20x"));
    assert_problem(&problems, "skips[3]", &msg::unknown_key("why"));
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
    assert_eq!(p.message, msg::missing());
}

#[test]
fn an_empty_or_blank_text_is_reported_as_empty() {
    let json = mutated(|v| {
        v["figures"][2]["label"]["zh"] = json!("");
        v["sections"][0]["topics"][1]["title"]["en"] = json!("  \n");
    });
    let problems = problems(&json);
    assert_eq!(problems.len(), 2, "{}", list(&problems));
    assert_problem(&problems, "sections[0].topics[1].title.en", &msg::empty());
    assert_problem(&problems, "figures[2].label.zh", &msg::empty());
    assert_eq!(msg::empty(), "is empty");
}

#[test]
fn a_misspelt_key_is_reported_by_name_where_it_stands() {
    let json = mutated(|v| {
        v["figures"][0]["qualifer"] = json!("突破");
        v["charts"][1]["subtitle"]["eng"] = json!("per cent");
    });
    let problems = problems(&json);
    assert_eq!(problems.len(), 2, "{}", list(&problems));
    assert_problem(&problems, "figures[0]", &msg::unknown_key("qualifer"));
    assert_problem(&problems, "charts[1].subtitle", &msg::unknown_key("eng"));
    assert!(problems[0].message.contains("misspelt"));
}

#[test]
fn a_misspelt_top_level_key_is_reported_for_the_whole_file() {
    let json = mutated(|v| {
        v["chart"] = json!([]);
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "");
    assert_eq!(p.message, msg::unknown_key("chart"));
}

// --- JSON itself --------------------------------------------------------------------

#[test]
fn malformed_json_is_reported_with_its_line_and_column() {
    let text = data_text();
    let needle = "\"year\": 2024,";
    let at = text.find(needle).expect("the data file has a year") + needle.len();
    let line = text[..at].lines().count();
    let broken = format!("{},{}", &text[..at], &text[at..]);
    let e = match validate::load_partial("broken.json", &broken) {
        Ok(_) => panic!("a trailing comma parsed"),
        Err(e) => e,
    };
    assert_eq!(e.problems.len(), 1, "{}", list(&e.problems));
    let p = &e.problems[0];
    assert!(
        p.message.starts_with(&*msg::malformed_json("")),
        "{}",
        p.message
    );
    assert!(
        p.message.contains(&format!("line {line} column")),
        "expected line {line} in: {}",
        p.message
    );
    // Inside meta, after its year: the path stops at what was read, without a `?`.
    assert_eq!(p.path, "meta");
}

#[test]
fn a_file_cut_short_is_reported_as_malformed_json() {
    let text = data_text();
    // Half the file, cut on a character (the data holds Chinese).
    let half = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let p = only_problem(&text[..half]);
    assert!(p.message.starts_with("is not valid JSON"), "{}", p.message);
    assert!(p.message.contains("line "), "{}", p.message);
    assert!(p.message.contains("column "), "{}", p.message);
}

#[test]
fn a_value_of_the_wrong_json_type_is_reported_with_its_path() {
    let json = mutated(|v| v["figures"][0]["value"] = json!("800"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].value");
    assert!(
        p.message
            .contains("invalid type: string \"800\", expected f64"),
        "{}",
        p.message
    );
    // The JSON itself is fine: the message must not say it is not.
    assert!(
        p.message.starts_with(&*msg::wrong_type("")),
        "{}",
        p.message
    );
}

#[test]
fn a_list_written_as_a_string_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][2]["figures"] = json!("gdp"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[2].figures");
    assert!(p.message.contains("expected a sequence"), "{}", p.message);
}

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
        msg::mixed_units(charts::bars::KIND, "亿元", "个")
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
        msg::part_exceeds_whole("support-funds", "tech-awards")
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
    assert!(p.message.contains("an even number"), "{}", p.message);
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
    assert_eq!(p.message, msg::figure_count(charts::growth::KIND, 1, 2, 40));
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
        msg::unfit_figure(charts::growth::KIND, "tax-share", Need::GrowthChange)
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
        msg::unfit_figure(charts::waffle::KIND, "gdp", Need::ShareValue)
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
    assert_eq!(p.message, msg::figure_count(charts::waffle::KIND, 4, 1, 3));
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
    let partial = validate::load_partial("broken.json", &json).expect("still JSON");

    assert_eq!(partial.broken.len(), 1, "{:?}", partial.broken);
    let (id, own) = (&partial.broken[0].id, &partial.broken[0].problems);
    assert_eq!(id.as_deref(), Some("investment"));
    let c = chart_index(&all, "investment");
    assert_problem(
        own,
        &format!("charts[{c}].accent"),
        &msg::accent_not_drawn("gdp"),
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
    let partial = validate::load_partial("broken.json", &json).expect("still JSON");
    let broken: Vec<String> = partial.broken.iter().map(|b| b.name()).collect();
    assert_eq!(broken, ["headline", "growth"]);
    for (id, own) in partial.broken.iter().map(|b| (b.name(), &b.problems)) {
        assert_problem(
            own,
            "figures[0].qualifier",
            &msg::not_one_of("大约", &Qualifier::names()),
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
    let partial = validate::load_partial("broken.json", &json).expect("still JSON");
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
    let e = validate::load_partial("broken.json", "{\"figures\": [")
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
    assert_eq!(p.message, msg::missing());
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
