#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 59 (issue 18 §1–2): shapes of meaning that the State Council's work reports
//! print, and provincial reports print too, each said in sentences of our own: an
//! amount and its increase printed in two magnitudes of one unit.

mod common;

use common::sentences::{only, skipped};
use common::{drafted, list, mutated, problems, work_report};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChangeKind, Lang};
use serde_json::json;

#[test]
fn an_increase_printed_in_a_smaller_magnitude_of_the_amounts_unit_is_its_change() {
    for (s, value, unit, kind, by, by_unit) in [
        (
            "今年拟安排财政赤字1.6万亿元，比去年增加2000亿元",
            1.6,
            "万亿元",
            ChangeKind::Added,
            2000.0,
            "亿元",
        ),
        (
            "拟发行专项债券1.3万亿元、比上年增加3000亿元",
            1.3,
            "万亿元",
            ChangeKind::Added,
            3000.0,
            "亿元",
        ),
        (
            "全省粮食产量1.37万亿斤，增产74亿斤",
            1.37,
            "万亿斤",
            ChangeKind::Added,
            74.0,
            "亿斤",
        ),
        (
            "户籍人口52.3万人，比上年末减少3000人",
            52.3,
            "万人",
            ChangeKind::Reduced,
            3000.0,
            "人",
        ),
    ] {
        let f = only(s);
        let c = f
            .change
            .as_ref()
            .expect("the increase is the amount's change");
        assert_eq!(
            (f.value, f.unit.as_str(), c.kind, c.value, c.unit.as_str()),
            (Some(value), unit, kind, by, by_unit),
            "{s}"
        );
        assert_eq!(skipped(s, &by.to_string()), None, "{s}");
    }
    // Another unit is no magnitude of the amount's: the increase stays apart.
    let s = "全市常住人口1.2万人，比上年增加300户";
    assert!(only(s).change.is_none(), "{s}");
}

#[test]
fn a_change_in_another_magnitude_of_the_figures_unit_passes_check_and_another_unit_does_not() {
    let text = work_report(
        "某县",
        2026,
        "全县各项存款余额1.32万亿元，比上年末增加1086亿元。",
        "地区生产总值增长5%左右。",
    );
    let r = drafted("county", &text);
    let f = (r.figures.iter())
        .find(|f| f.source.contains("1086"))
        .expect("the balance is a figure");
    let c = f.change.as_ref().expect("with its increase");
    assert_eq!(
        (c.kind, c.value, c.unit.as_str()),
        (ChangeKind::Added, 1086.0, "亿元")
    );
    assert_eq!(f.unit.pick(Lang::Zh), "万亿元");
    // Xihu's GDP is in 亿元: an increase counted in people is no change of it.
    let json = mutated(|v| {
        common::figure(v, "gdp")["change"] = json!({"kind": "added", "value": 3, "unit": "万人"});
    });
    let problems = problems(&json);
    let wanted = msg::data::change_unit("added", "万人", "亿元");
    assert!(
        problems
            .iter()
            .any(|p| p.path == "figures[0].change.unit" && p.message == wanted),
        "{}",
        list(&problems)
    );
}
