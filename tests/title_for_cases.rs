//! What a chart's title still names (issue 18 §4, C4 follow-up): the table of cases
//! `tests/truth/title-for-cases.json`, which the editor's page test reads too, run against
//! the check's rule. The editor asks the same rule through its wasm, so that a chart
//! remembers and forgets a label (`title_for`) exactly when `check` would report it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::title_for::names;
use report_charts::shared::model::Lang;
use serde_json::Value;

const CASES: &str = include_str!("truth/title-for-cases.json");

#[test]
fn each_case_of_the_table_is_named_as_the_table_says() {
    let cases: Value = serde_json::from_str(CASES).unwrap();
    let mut wrong = Vec::new();
    for c in cases["cases"].as_array().unwrap() {
        let text = |k: &str| c[k].as_str().unwrap();
        let labels: Vec<&str> = (c["labels"].as_array().unwrap().iter())
            .map(|l| l.as_str().unwrap())
            .collect();
        let said = names(
            Lang::parse(text("lang")),
            text("title"),
            text("old"),
            &labels,
        );
        if said != c["names"].as_bool().unwrap() {
            wrong.push(format!("{}: {said}", text("why")));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_table_holds_the_cases_plain_containment_got_wrong() {
    let cases: Value = serde_json::from_str(CASES).unwrap();
    for c in cases["cases"].as_array().unwrap() {
        let (title, old) = (c["title"].as_str().unwrap(), c["old"].as_str().unwrap());
        let plain = c["contains"]
            .as_bool()
            .unwrap_or(c["names"].as_bool().unwrap());
        assert_eq!(title.contains(old), plain, "{}", c["why"]);
    }
    let differ = |c: &&Value| c.get("contains").is_some_and(|p| *p != c["names"]);
    assert!(
        cases["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(differ)
            .count()
            >= 3
    );
}
