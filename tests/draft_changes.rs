#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Changes of the tune half's misses beside 倍: a decline in 个百分点 (比重下降0.5个百分点),
//! lists of changes without 分别 (游客人次、花费增长5.6%、7.5%), and lists that print their
//! unit once (分别提高12、18.5个百分点); the words a change is read with (of when, since
//! when, within a bound, better than), old and new values after 分别, and a contribution
//! as a pull. The sentences are short ones of our own.

mod common;

use common::sentences::{read, skipped};
use common::*;
use report_charts::check::validate;
use report_charts::draft::sentence::{self, Read};
use report_charts::shared::charts::check::Need;
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Lang, SkipReason};
use serde_json::json;

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
        f["source"] = json!("全区地区生产总值突破800亿元，比重下降0.5个百分点");
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

#[test]
fn changes_are_read_with_their_words_of_when_and_the_new_change_words() {
    let cases = [
        (
            "城镇和农村居民人均可支配收入分别年均增长4.6%、6.8%",
            vec![("growth", 4.6), ("growth", 6.8)],
        ),
        (
            "公路、水利投资分别比“十三五”时期增长21.3%、95%",
            vec![("growth", 21.3), ("growth", 95.0)],
        ),
        (
            "市级公用经费和一般性支出分别压减12%、18%",
            vec![("decline", 12.0), ("decline", 18.0)],
        ),
        ("融资平台累计压降76.4%", vec![("decline", 76.4)]),
        ("退休人员基本养老金总体上调2%", vec![("growth", 2.0)]),
        ("CPI微降0.2%", vec![("decline", 0.2)]),
        ("对外直接投资年均增速超过25%", vec![("growth", 25.0)]),
    ];
    for (s, want) in cases {
        let r = read(s);
        let got: Vec<_> = r
            .figures
            .iter()
            .map(|f| f.change.as_ref().map(|c| (c.kind.name(), c.value)))
            .collect();
        let want: Vec<_> = want.into_iter().map(Some).collect();
        assert_eq!(got, want, "{s}: {:?}", r.figures);
        assert!(
            r.figures.iter().all(|f| f.value.is_none()),
            "{s}: {:?}",
            r.figures
        );
    }
}

#[test]
fn a_change_within_a_bound_is_a_limit() {
    let r = read("居民消费价格指数涨幅3%以内");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    assert!(r.figures[0].bound, "{:?}", r.figures[0]);
}

#[test]
fn a_change_after_words_of_since_when_or_a_level_reached_stays_with_its_figure() {
    let cases = [
        (
            "一般公共预算收入累计完成2.4万亿元，5年增长16.2%",
            2.4,
            "growth",
            16.2,
        ),
        ("城镇化率达到61.5%、近3年提高3.2个百分点", 61.5, "rise", 3.2),
        (
            "地方一般公共预算收入累计超9000亿元、较“十三五”增长12.4%",
            9000.0,
            "growth",
            12.4,
        ),
        ("地区生产总值增长5.2%、达到4.6万亿元", 4.6, "growth", 5.2),
    ];
    for (s, value, kind, change) in cases {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        let f = &r.figures[0];
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.value, c.kind.name(), c.value),
            (Some(value), kind, change),
            "{s}"
        );
    }
    let f = &read("省属一级企业由48户整合至15户").figures[0];
    assert_eq!(
        (f.value, f.change.as_ref().unwrap().kind.name()),
        (Some(15.0), "from")
    );
    let f = &read("殡葬基本服务费由平均3100元下降到1200元左右").figures[0];
    assert_eq!(f.qualifier.map(|q| q.zh()), Some("左右"));
    assert_eq!(f.change.as_ref().unwrap().value, 3100.0);
}

#[test]
fn points_by_which_a_rate_is_better_are_left_to_the_desk() {
    // 优于 says no direction: a cost ratio better than the nation's is lower, a share of
    // clean water better than the target is higher. The draft leaves the points undecided.
    let cases = [
        ("物流费用与生产总值比率降至12%、优于全国0.8个百分点", "0.8"),
        ("优良水体比例好于省定目标3.5个百分点", "3.5"),
        ("空气质量优良天数比率优于全省约2个百分点", "2"),
    ];
    for (s, number) in cases {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
    }
    // Higher or faster says its direction and stays a comparison.
    let r = read("全县生产总值增长6.1%，高于全省0.8个百分点");
    assert!(r.figures.iter().any(|f| f.compare.is_some()), "{r:?}");
}

#[test]
fn old_and_new_values_listed_after_fenbie_are_read_pair_by_pair() {
    let r = read(
        "城乡最低生活保障平均标准分别从2020年的560元/月、3900元/年提高到2025年的720元/月、6100元/年",
    );
    let got: Vec<_> = r
        .figures
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value,
                f.unit.as_str(),
                f.change
                    .as_ref()
                    .map(|c| (c.kind.name(), c.value, c.unit.as_str())),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "城镇最低生活保障平均标准",
                Some(720.0),
                "元/月",
                Some(("from", 560.0, "元/月"))
            ),
            (
                "农村最低生活保障平均标准",
                Some(6100.0),
                "元/年",
                Some(("from", 3900.0, "元/年"))
            ),
        ]
    );
    for year in ["2020", "2025"] {
        assert!(r.skips.contains(&(year.into(), SkipReason::Year)), "{year}");
    }
    // Units that do not pair up are no such list.
    let r = read("两项标准分别从2020年的560元/月、3900元/年提高到720元/年、6100元/月");
    assert!(
        r.figures
            .iter()
            .all(|f| f.value != Some(720.0) || f.change.is_none()),
        "{:?}",
        r.figures
    );
}

#[test]
fn changes_after_fenbie_that_no_figures_take_are_left_to_the_desk() {
    // Two changes, one figure before them, and nothing that names the second: which
    // change is whose is not in the text.
    let s = "进出口总额1200亿元，同比分别增长11.2%和9.6%";
    for number in ["11.2", "9.6"] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{number}");
    }
    // Two figures before them take them, in order.
    let r = read("出口额800亿元、进口额400亿元，同比分别增长11.2%和9.6%");
    let changes: Vec<_> = r
        .figures
        .iter()
        .map(|f| f.change.as_ref().map(|c| c.value))
        .collect();
    assert_eq!(changes, [Some(11.2), Some(9.6)], "{:?}", r.figures);
}

#[test]
fn a_contribution_in_its_own_clause_is_a_pull_never_a_rise() {
    let cases = [
        ("最终消费拉动经济增长2.1个百分点", "最终消费", Some("经济")),
        ("工业投资拉动增长1.5个百分点", "工业投资", None),
    ];
    for (s, label, reference) in cases {
        let r = read(s);
        let f = r.figures.iter().find(|f| f.change.is_some()).unwrap();
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.label.as_str(), c.kind.name(), c.reference.as_deref()),
            (label, "pull", reference),
            "{s}"
        );
    }
}
