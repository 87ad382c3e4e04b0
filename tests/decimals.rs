#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers printed with the digits after the point that the report prints (issue 18): a
//! report prints 增长5.0% and 191.0亿元, and no output may print 5% or 191. A figure keeps
//! the count (`decimals`); the draft writes it, `check` compares it with the sentence and
//! tells the desk where a file without it drops zeros. The texts are short ones of our own.

mod common;

use common::{figure, mutated};
use report_charts::check::validate::{self, advice};
use report_charts::draft;
use report_charts::publish::resolve;
use report_charts::shared::charts::shown::describe;
use report_charts::shared::format;
use report_charts::shared::model::{Figure, Lang, Report};

fn with_value(r: &Report, value: f64) -> &Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(value))
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

const ZEROS: &str = "柳岸区经济运行情况
全年全区地区生产总值191.0亿元，增长5.0%。社会消费品零售总额88.6亿元，增长4.20%。
";

#[test]
fn the_draft_keeps_the_zeros_a_sentence_prints_after_the_point() {
    let r = common::drafted("t", ZEROS);
    let gdp = with_value(&r, 191.0);
    assert_eq!(gdp.decimals, 1);
    assert_eq!(gdp.change.as_ref().unwrap().decimals, 1);
    let retail = with_value(&r, 88.6);
    assert_eq!(retail.decimals, 0, "88.6 has its one digit already");
    assert_eq!(retail.change.as_ref().unwrap().decimals, 2);
}

#[test]
fn every_text_of_a_figure_prints_its_zeros_in_both_languages() {
    let r = common::drafted("t", ZEROS);
    let gdp = with_value(&r, 191.0);
    let cases = [
        (format::value(gdp, Lang::Zh).unwrap(), "191.0亿元"),
        (format::value(gdp, Lang::En).unwrap(), "19.10 billion"),
        (format::printed(gdp, Lang::Zh).unwrap(), "191.0亿元"),
        (
            format::change(gdp.change.as_ref().unwrap(), gdp, Lang::Zh),
            "增长5.0%",
        ),
        (
            format::change(gdp.change.as_ref().unwrap(), gdp, Lang::En),
            "up 5.0%",
        ),
        (
            format::change_short(gdp.change.as_ref().unwrap(), Lang::Zh),
            "+5.0%",
        ),
    ];
    for (got, want) in cases {
        assert!(got.contains(want), "{got:?} should print {want:?}");
    }
    let retail = with_value(&r, 88.6);
    let c = retail.change.as_ref().unwrap();
    assert_eq!(format::change(c, retail, Lang::Zh), "增长4.20%");
}

#[test]
fn the_drafted_titles_tables_and_csvs_print_the_zeros() {
    let r = common::drafted("t", ZEROS);
    for c in &r.charts {
        let gdp_on = r.figures_of(c).any(|f| f.value == Some(191.0));
        for lang in [Lang::Zh, Lang::En] {
            let spec = resolve::resolve(&r, c, lang);
            let all = format!("{}\n{}", spec.title, describe(&spec));
            assert!(!all.contains("191亿元"), "{all}");
            assert!(!all.contains("5%") || all.contains("5.0%"), "{all}");
            let csv = resolve::csv(&r, c, lang);
            if gdp_on {
                assert!(csv.contains(",191.0,"), "{csv}");
            }
        }
    }
}

#[test]
fn check_reports_decimals_its_sentence_does_not_print() {
    let json = mutated(|v| {
        figure(v, "gdp")["decimals"] = 1.into();
    });
    let e = validate::load("x.json", &json).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("figures[0].decimals") || text.contains(".decimals"),
        "{text}"
    );
    assert!(
        text.contains("800.0") && text.contains("prints 800"),
        "{text}"
    );
}

#[test]
fn a_file_without_decimals_still_builds_and_is_told_where_it_drops_zeros() {
    let json = mutated(|v| {
        let gdp = figure(v, "gdp");
        let source = gdp["source"].as_str().unwrap().replace("4.3%", "4.30%");
        gdp["source"] = source.into();
    });
    let r = validate::load("x.json", &json).unwrap();
    let advice = advice::advice(&r);
    let dropped: Vec<String> = advice
        .iter()
        .filter(|a| a.path.to_string().ends_with("change.decimals"))
        .map(|a| a.message.en.clone())
        .collect();
    assert_eq!(dropped.len(), 1, "{advice:#?}");
    assert!(dropped[0].contains("4.30"), "{}", dropped[0]);
    assert!(advice::dropped_decimals(&common::report()).is_empty());
}

#[test]
fn decimals_survive_the_round_trip_through_the_data_file_and_are_left_out_when_zero() {
    let d = draft::draft(ZEROS).unwrap();
    let json = draft::to_json(&d).unwrap();
    assert!(json.contains("\"decimals\": 1"), "{json}");
    let again = draft::to_json(&validate::parse("t.json", &json).unwrap()).unwrap();
    assert_eq!(json, again);
    let xihu = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/xihu-2024.json"))
        .unwrap();
    assert!(!xihu.contains("decimals"));
}
