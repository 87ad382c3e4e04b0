//! Closed lists (chart kinds, qualifiers, figure and change kinds, change units): an
//! unknown name is reported with the names there are.

use super::*;

// --- closed lists -------------------------------------------------------------------

#[test]
fn an_unknown_chart_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["charts"][0]["kind"] = json!("pie"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[0].kind");
    assert_eq!(p.message, msg::data::not_one_of("pie", &chart_kind_names()));
    assert!(p.message.contains("before-after"), "{}", p.message);
}

#[test]
fn a_kind_only_the_indicators_pages_draw_is_a_problem_at_the_charts_kind_in_both_languages() {
    for register in ["ranking", "target-result", "trend"] {
        let json = mutated(|v| v["charts"][0]["kind"] = json!(register));
        let p = only_problem(&json);
        assert_eq!(p.path, "charts[0].kind");
        let kind = ChartKind::by_name(register).unwrap();
        assert_eq!(p.message, msg::kinds::kind_not_on_story_page(kind));
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
    assert_eq!(
        p.message,
        msg::data::not_one_of("大约", &Qualifier::names())
    );
}

#[test]
fn an_unknown_figure_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["figures"][0]["kind"] = json!("money"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].kind");
    assert_eq!(
        p.message,
        msg::data::not_one_of("money", &["count", "amount", "share", "rate"])
    );
}

#[test]
fn an_unknown_change_kind_is_reported_with_the_kinds_there_are() {
    let json = mutated(|v| v["figures"][0]["change"]["kind"] = json!("increase"));
    let problems = problems(&json);
    assert_problem(
        &problems,
        "figures[0].change.kind",
        &msg::data::not_one_of(
            "increase",
            &[
                "growth", "decline", "improve", "rise", "above", "added", "from", "below", "pull",
                "times", "reduced",
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
    assert_eq!(p.message, msg::data::change_unit("growth", "个百分点", "%"));
    assert!(p.message.contains("in %"), "{}", p.message);
}

#[test]
fn a_from_change_must_be_in_the_figures_own_unit() {
    let json = mutated(|v| figure(v, "service-windows")["change"]["unit"] = json!("家"));
    let i = figure_index(&data_value(), "service-windows");
    // The title, which still says 由37个压缩为10个, is reported too (tests/title_prints.rs).
    assert_problem(
        &problems(&json),
        &format!("figures[{i}].change.unit"),
        &msg::data::change_unit("from", "家", "个"),
    );
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
        &msg::data::negative_change(-4.3),
    );
    assert!(msg::data::negative_change(-4.3).contains("\"decline\""));
}

#[test]
fn a_negative_growth_is_taken_as_printed_and_a_title_without_its_sign_is_reported() {
    // 增长-4.3% would be a growth of −4.3; Xihu's title still says 增长4.3%, which is
    // then no number of the chart's figures.
    let json = mutated(|v| {
        v["figures"][0]["change"]["value"] = json!(-4.3);
        let printed = v["figures"][0]["source"]
            .as_str()
            .unwrap()
            .replace("增长4.3%", "增长-4.3%");
        v["figures"][0]["source"] = json!(printed);
    });
    let found = problems(&json);
    assert!(
        !found.iter().any(|p| p.path == "figures[0].change.value"),
        "{found:?}"
    );
    assert_problem(
        &found,
        "charts[0].title.zh",
        &msg::titles::title_number_not_a_figure("4.3"),
    );
}

#[test]
fn a_reference_on_a_change_other_than_above_is_reported_as_unknown() {
    let json = mutated(|v| {
        v["figures"][0]["change"]["reference"] = json!({"zh": "全市", "en": "the city"})
    });
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].change.reference");
    assert_eq!(p.message, msg::data::unknown_key("reference"));
}
