//! What each view shows: targets beside last year's results as printed, a cell the desk
//! must decide, rankings, bounds, trends.

use super::*;

#[test]
fn targets_stand_beside_last_years_results_as_printed_and_name_their_year() {
    let reg = built(&reports());
    let d = charts::target_result::draw(&reg, of("gdp")).unwrap();
    let printed: Vec<(String, String)> = d
        .spec
        .items
        .iter()
        .map(|it| (it.label.clone(), it.value_text.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        printed,
        [
            ("南河区", "增长6.3%"),
            ("南河区", "2026年目标增长6.5%以上"),
            ("东湖县", "增长5.8%"),
            ("东湖县", "2026年目标增长6%左右"),
            ("西山县", "增长4.6%"),
            ("西山县", "2026年目标增长5%—5.5%"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    for pair in d.spec.items.chunks(2) {
        assert_eq!(pair[0].status, Status::Result);
        assert_eq!(pair[1].status, Status::Target);
    }
}

#[test]
fn every_target_the_register_prints_names_its_year_in_both_languages() {
    let reg = built(&reports());
    for (lang, year) in [(Lang::Zh, "2026年目标"), (Lang::En, "2026 target")] {
        let of = Of { lang, ..of("gdp") };
        let d = charts::target_result::draw(&reg, of).unwrap();
        for it in d.spec.items.iter().filter(|it| it.status == Status::Target) {
            let value = it.value_text.as_deref().unwrap_or_default();
            assert!(value.starts_with(year), "{value}");
        }
        for it in d.spec.items.iter().filter(|it| it.status == Status::Result) {
            let value = it.value_text.as_deref().unwrap_or_default();
            assert!(!value.contains("2026"), "{value}");
        }
    }
}

#[test]
fn a_growth_across_places_is_said_once_in_the_alt_text_in_both_languages() {
    let reg = built(&reports());
    for lang in [Lang::Zh, Lang::En] {
        let of = Of { lang, ..of("gdp") };
        let ranking = charts::ranking::draw(&reg, of, Measure::Growth).unwrap();
        let targets = charts::target_result::draw(&reg, of).unwrap();
        for d in [ranking, targets] {
            let alt = kinds::shown::describe(&d.spec);
            let (colon, stop) = match lang {
                Lang::Zh => ("：", "。"),
                Lang::En => (": ", "."),
            };
            for it in &d.spec.items {
                let growth = it.value_text.as_deref().unwrap_or_default();
                // 南河区：增长6.3%。, not 南河区：增长6.3%，增长6.3%。
                let once = format!("{}{colon}{growth}{stop}", it.label);
                assert!(alt.contains(&once), "{once} in {alt}");
            }
        }
    }
}

#[test]
fn a_report_with_two_different_numbers_for_one_cell_is_left_for_the_desk() {
    let reg = built(&reports());
    let d = charts::ranking::draw(&reg, of("gdp"), Measure::Growth).unwrap();
    assert!(d.unsure.contains(&"北岭县".to_string()), "{:?}", d.unsure);
    assert!(d.spec.items.iter().all(|it| it.label != "北岭县"));
}

#[test]
fn a_ranking_sorts_places_on_one_scale_and_prints_each_value_as_printed() {
    let reg = built(&reports());
    let d = charts::ranking::draw(&reg, of("gdp"), Measure::Value).unwrap();
    let printed: Vec<(&str, &str)> = d
        .spec
        .items
        .iter()
        .map(|it| (it.label.as_str(), it.value_text.as_deref().unwrap_or("")))
        .collect();
    // 1.02千亿元 is 1020亿元: the largest, though its number is the smallest.
    assert_eq!(
        printed,
        [
            ("西山县", "1.02千亿元"),
            ("东湖县", "512.6亿元"),
            ("南河区", "386.9亿元"),
            ("北岭县", "300亿元")
        ]
    );
}

#[test]
fn a_bound_is_not_ranked_but_named_under_the_ranking() {
    let reg = built(&reports());
    let d = charts::ranking::draw(&reg, of("gdp"), Measure::Value).unwrap();
    // 突破400亿元 may be more than 512.6亿元: its bar would stand in a place it may not have.
    assert!(d.spec.items.iter().all(|it| it.label != "桃源县"));
    assert_eq!(d.bounds, ["桃源县 突破400亿元"]);
}

#[test]
fn a_place_of_several_years_gets_a_trend() {
    let reg = built(&reports());
    let trends = charts::trend::draw(&reg, of("gdp"));
    assert_eq!(trends.len(), 1);
    let labels: Vec<&str> = trends[0]
        .spec
        .items
        .iter()
        .map(|it| it.label.as_str())
        .collect();
    assert_eq!(labels, ["2024年", "2025年"]);
    assert!(trends[0].spec.title.starts_with("东湖县"));
}
