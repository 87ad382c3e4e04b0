#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! 目标与实绩 for counts and amounts (issue 18): last year's target of an amount, a count
//! or a limit beside this year's result of the same indicator, compared in one unit
//! (1.2万人 beside 13500人), the target's qualifier as printed; a pair whose units cannot
//! be compared is left out with a note for the desk. Short county reports written for
//! these tests, drafted in memory.

mod common;

use common::work_report;

use report_charts::publish::files;
use report_charts::publish::register::charts::{self, Of};
use report_charts::shared::model::{Lang, Report, Status};

/// 竹溪县's 2025 report (targets for 2025) and its 2026 report (results of 2025).
fn two_years(results: &str) -> Vec<(String, Report)> {
    common::drafted_reports([
        (
            "zhuxi-2025",
            work_report(
                "竹溪县",
                2025,
                "2024年，全县城镇新增就业1.18万人，粮食产量49.6亿斤，城镇调查失业率5.2%。",
                "城镇新增就业1.2万人以上，粮食产量稳定在50亿斤以上，城镇调查失业率控制在5.5%以内。",
            ),
        ),
        (
            "zhuxi-2026",
            work_report("竹溪县", 2026, results, "城镇新增就业1.2万人以上。"),
        ),
    ])
}

fn of<'a>(id: &'a str, name: &'a str, lang: Lang) -> Of<'a> {
    Of { id, name, lang }
}

/// Each item of `d` as (label, printed, status).
fn shown(d: &charts::Drawn<'_>) -> Vec<(String, String, Status)> {
    d.spec
        .items
        .iter()
        .map(|it| {
            let text = it.value_text.clone().unwrap_or_default();
            (it.label.clone(), text, it.status)
        })
        .collect()
}

const RESULTS: &str = "2025年，全县城镇新增就业13500人，粮食产量51.2亿斤，城镇调查失业率5.1%。";

#[test]
fn a_count_target_stands_beside_its_result_in_one_unit_with_its_qualifier_as_printed() {
    let reg = common::register_of(&two_years(RESULTS));
    let table = [
        (Lang::Zh, "13500人", "2025年目标1.2万人以上"),
        (Lang::En, "13,500", "2025 target at least 12,000"),
    ];
    for (lang, result, target) in table {
        let d = charts::outcome::values(&reg, of("new-urban-jobs", "城镇新增就业", lang))
            .expect("a target beside its result");
        let items = shown(&d);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].2, Status::Result, "{items:?}");
        assert!(items[0].1.contains(result), "{lang:?}: {items:?}");
        assert_eq!(items[1].2, Status::Target, "{items:?}");
        assert!(items[1].1.starts_with(target), "{lang:?}: {items:?}");
        // 1.2万人 is 12000 people, on the scale of 13500: never 1.2 beside 13500.
        let values: Vec<Option<f64>> = d.spec.items.iter().map(|it| it.value).collect();
        assert_eq!(values, [Some(13500.0), Some(12000.0)]);
        let slugs: Vec<&str> = d.entries.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(slugs, ["zhuxi-2026", "zhuxi-2025"]);
    }
}

#[test]
fn an_amount_target_and_a_limit_stand_beside_their_results_as_printed() {
    let reg = common::register_of(&two_years(RESULTS));
    let table = [
        (
            "grain-output",
            "粮食产量",
            "51.2亿斤",
            "50亿斤以上",
            Status::Target,
        ),
        (
            "unemployment-rate",
            "城镇调查失业率",
            "5.1%",
            "5.5%以内",
            Status::Limit,
        ),
    ];
    for (id, name, result, goal, status) in table {
        let d = charts::outcome::values(&reg, of(id, name, Lang::Zh)).expect(id);
        let items = shown(&d);
        assert_eq!(items.len(), 2, "{id}: {items:?}");
        assert!(items[0].1.contains(result), "{id}: {items:?}");
        assert_eq!(items[1].2, status, "{id}: {items:?}");
        assert!(items[1].1.contains(goal), "{id}: {items:?}");
        assert!(d.spec.title.contains("目标与实绩"), "{}", d.spec.title);
        assert!(charts::outcome::not_compared(&reg, of(id, name, Lang::Zh)).is_none());
    }
}

#[test]
fn a_target_and_a_result_in_units_that_do_not_compare_are_left_out_with_a_note() {
    // 50亿斤 of grain beside 25.6万吨: two units, never set on one scale.
    let results = RESULTS.replace("51.2亿斤", "25.6万吨");
    let reg = common::register_of(&two_years(&results));
    let table = [
        (Lang::Zh, ["竹溪县", "50亿斤以上", "25.6万吨", "单位不同"]),
        (
            Lang::En,
            [
                "竹溪县",
                "at least 5 billion jin",
                "256,000",
                "different units",
            ],
        ),
    ];
    for (lang, wants) in table {
        let of = of("grain-output", "粮食产量", lang);
        assert!(charts::outcome::values(&reg, of).is_none(), "{lang:?}");
        let note = charts::outcome::not_compared(&reg, of).expect("a note for the desk");
        for want in wants {
            assert!(note.contains(want), "{lang:?}: {want} in {note}");
        }
    }
    // The indicator's page says so too.
    let written = common::industry_page(&reg, "grain-output", Lang::Zh);
    let page = files::indicator("grain-output", Lang::Zh);
    let html = written.files.iter().find(|(p, _)| *p == page).unwrap();
    let html = String::from_utf8_lossy(&html.1);
    assert!(
        html.contains("单位不同") && html.contains("竹溪县"),
        "{html}"
    );
}
