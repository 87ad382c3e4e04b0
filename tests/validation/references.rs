//! Ids are kebab-case and unique, and every reference names a figure, section or topic
//! there is, each problem at its path.

use super::*;

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
    let twice = msg::trust::figure_listed_twice(&named(id), 0);
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
        &msg::data::duplicate_id("gdp", "figures[0].id"),
    );
    assert!(problems[0].message.contains("used twice"));
}

#[test]
fn a_duplicate_chart_id_is_reported_at_the_second_use_naming_the_first() {
    let json = mutated(|v| v["charts"][1]["id"] = json!("headline"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[1].id");
    assert_eq!(
        p.message,
        msg::data::duplicate_id("headline", "charts[0].id")
    );
    assert!(p
        .message
        .contains("\"headline\" is used twice: first at charts[0].id"));
}

#[test]
fn an_id_that_is_not_kebab_case_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][2]["id"] = json!("Key_Amounts"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[2].id");
    assert_eq!(p.message, msg::data::not_kebab("Key_Amounts"));
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
        msg::data::unknown_ref(msg::data::Ref::Figure, "no-such-figure")
    );
    assert!(p.message.contains("does not exist"));
}

#[test]
fn a_figure_in_an_unknown_section_is_reported_with_its_path() {
    let json = mutated(|v| v["figures"][0]["section"] = json!("culture"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].section");
    assert_eq!(
        p.message,
        msg::data::unknown_ref(msg::data::Ref::Section, "culture")
    );
}

#[test]
fn a_figure_in_an_unknown_topic_of_its_section_is_reported_with_its_path() {
    // `renewal` is a topic of the city section, not of gdp's economy section.
    let json = mutated(|v| v["figures"][0]["topic"] = json!("renewal"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].topic");
    assert_eq!(
        p.message,
        msg::data::unknown_ref(msg::data::Ref::Topic("economy"), "renewal")
    );
}

#[test]
fn a_chart_in_an_unknown_section_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][4]["section"] = json!("culture"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[4].section");
    assert_eq!(
        p.message,
        msg::data::unknown_ref(msg::data::Ref::Section, "culture")
    );
}

#[test]
fn an_accent_that_is_not_among_the_charts_figures_is_reported() {
    // rd-spending exists, but the headline cards do not draw it.
    let json = mutated(|v| v["charts"][0]["accent"] = json!("rd-spending"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].accent");
    assert_eq!(
        p.message,
        msg::data::accent_not_drawn(&named("rd-spending"))
    );
}

#[test]
fn an_accent_naming_no_figure_at_all_is_reported_as_an_unknown_figure() {
    let json = mutated(|v| v["charts"][0]["accent"] = json!("gpd"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].accent");
    assert_eq!(
        p.message,
        msg::data::unknown_ref(msg::data::Ref::Figure, "gpd")
    );
}
