#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Changes of the tune half's misses beside 倍: a decline in 个百分点 (比重下降0.5个百分点),
//! lists of changes without 分别 (游客人次、花费增长5.6%、7.5%), and lists that print their
//! unit once (分别提高12、18.5个百分点). The sentences are short ones of our own.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Read};
use report_charts::shared::charts::check::Need;
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Lang};
use serde_json::json;

fn read(s: &str) -> Read {
    sentence::read(s, &Glossary::bundled().unwrap())
}

/// Each figure's change as (kind, value, unit).
fn changes(r: &Read) -> Vec<(ChangeKind, f64, String)> {
    r.figures
        .iter()
        .map(|f| {
            let c = f
                .change
                .as_ref()
                .unwrap_or_else(|| panic!("no change: {f:?}"));
            (c.kind, c.value, c.unit.clone())
        })
        .collect()
}

#[test]
fn a_fall_in_points_is_a_decline_in_points() {
    for (s, value) in [
        ("高耗能行业增加值占比下降0.5个百分点", 0.5),
        ("物流费用与生产总值的比率降低1.2个百分点", 1.2),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].value, None, "{s}");
        assert_eq!(
            changes(&r),
            [(ChangeKind::Decline, value, "个百分点".to_string())],
            "{s}"
        );
    }
    // A decline in % stays one.
    let r = read("单位生产总值能耗下降3.2%");
    assert_eq!(changes(&r), [(ChangeKind::Decline, 3.2, "%".to_string())]);
}

#[test]
fn a_decline_in_points_prints_points_and_stays_off_growth_bars() {
    let json = mutated(|v| {
        let mut f = figure(v, "gdp").clone();
        f["id"] = json!("gdp-points");
        f["change"] = json!({"kind": "decline", "value": 0.5, "unit": "个百分点"});
        v["figures"].as_array_mut().unwrap().push(f);
    });
    let r = validate::load("points.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let f = r.figures.iter().find(|f| f.id == "gdp-points").unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!(format::change(c, f, Lang::Zh), "下降0.5个百分点");
    assert_eq!(format::change(c, f, Lang::En), "down 0.5 percentage points");
    assert_eq!(format::change_short(c, Lang::Zh), "−0.5个百分点");
    assert_eq!(format::change_short(c, Lang::En), "−0.5 pts");
    // Growth bars are in %: a decline in points is no growth rate.
    assert!(!Need::GrowthChange.fits(f));
}

#[test]
fn a_list_of_changes_without_fenbie_names_each_item() {
    let r = read("入境游客人次、旅游花费增长5.6%、7.5%");
    let labels: Vec<&str> = r.figures.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["入境游客人次", "旅游花费"], "{r:?}");
    assert_eq!(
        changes(&r),
        [
            (ChangeKind::Growth, 5.6, "%".to_string()),
            (ChangeKind::Growth, 7.5, "%".to_string())
        ]
    );
    let r = read("科技型企业、高新技术企业增长2.1倍、1.6倍");
    assert_eq!(changes(&r).len(), 2, "{r:?}");
    assert!(changes(&r).iter().all(|c| c.0 == ChangeKind::Times));
}

#[test]
fn a_list_needs_as_many_names_as_numbers_and_bare_numbers() {
    // Two names, one change: one figure named by both.
    let r = read("入境游客人次、旅游花费增长5.6%");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    // Each number with its own words is read on its own.
    let r = read("游客人次、花费增长5.6%、利润增长7.5%");
    assert_eq!(r.figures.len(), 2, "{r:?}");
    assert_eq!(r.figures[1].label, "利润", "{r:?}");
}

#[test]
fn a_list_that_prints_its_unit_once_gives_it_to_every_number() {
    let r = read("城镇、农村供水普及率分别提高12、18.5个百分点");
    assert_eq!(
        changes(&r),
        [
            (ChangeKind::Rise, 12.0, "个百分点".to_string()),
            (ChangeKind::Rise, 18.5, "个百分点".to_string())
        ],
        "{r:?}"
    );
    assert!(r.skips.is_empty(), "{:?}", r.skips);
    // A bare number before a count in another unit is no such list.
    let r = read("分别建成3、5个园区");
    assert!(r.figures.iter().all(|f| f.value != Some(3.0)), "{r:?}");
}

#[test]
fn words_of_how_a_change_held_keep_it_a_change() {
    for (s, value) in [
        ("研发经费投入增速年均超15%", 15.0),
        ("海洋旅游增速保持在8%以上", 8.0),
        ("游客人次和花费增长均超12%", 12.0),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].value, None, "{s}: a growth is no value in %");
        assert_eq!(
            changes(&r),
            [(ChangeKind::Growth, value, "%".to_string())],
            "{s}"
        );
    }
}

#[test]
fn a_list_that_rose_by_amounts_is_a_list_of_added_changes() {
    let r = read("城乡居民养老金、低保标准每月分别提高25元、50元");
    assert_eq!(
        changes(&r),
        [
            (ChangeKind::Added, 25.0, "元".to_string()),
            (ChangeKind::Added, 50.0, "元".to_string()),
        ]
    );
    // The figure's unit is the increase's, as check requires of a change `added`.
    let plain = |f: &sentence::Found| f.value.is_none() && f.unit == "元";
    assert!(r.figures.iter().all(plain), "{r:?}");
    // A noun after the last amount: the places are counted, values.
    let r = read("普惠托位、学前学位分别增加2000个、3000个学位");
    assert!(r.figures.iter().all(|f| f.change.is_none()), "{r:?}");
}
