#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! How Chinese reports and 统计公报 join an amount to its change (a share between them,
//! the change first, levels after a list of changes, a range's dashes; the words between
//! them, 同比, 较上年同期, 按可比价格计算 …: `words`). Units: `draft_units_statistics.rs`.
//! The sentences are short ones of our own; none is a corpus text's.

mod common;
#[path = "draft_joins/words.rs"]
mod words;

use common::sentences::{only, read, shape};
use report_charts::shared::model::ChangeKind;

#[test]
fn a_change_printed_before_its_amount_is_the_amounts() {
    for s in [
        "全县生产总值增长5.8%，达到286.4亿元",
        "全县生产总值比上年增长5.8%，总量达到286.4亿元",
        "全年实现地区生产总值增长5.8%，总值达到286.4亿元",
    ] {
        assert_eq!(
            shape(&only(s)),
            (
                Some(286.4),
                "亿元".to_string(),
                Some((ChangeKind::Growth, 5.8))
            ),
            "{s}"
        );
    }
}

#[test]
fn a_growth_after_a_share_is_the_growth_of_the_amount_before_it() {
    for (s, amount, change) in [
        (
            "第三产业增加值150亿元，占地区生产总值的比重为52.4%，增长6.1%",
            150.0,
            6.1,
        ),
        (
            "税收收入12.1亿元，占一般公共预算收入的66.5%，增长5%",
            12.1,
            5.0,
        ),
        (
            "旅游收入56亿元，占服务业增加值的比重为12.1%，下降3.2%",
            56.0,
            3.2,
        ),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 2, "{s}: {r:?}");
        let (whole, share) = (&r.figures[0], &r.figures[1]);
        assert_eq!(whole.value, Some(amount), "{s}");
        assert_eq!(whole.change.as_ref().map(|c| c.value), Some(change), "{s}");
        assert!(
            share.change.is_none() && share.unit == "%",
            "{s}: {share:?}"
        );
    }
    // A share moves in points, and those stay the share's.
    let r = read("第三产业增加值150亿元，占地区生产总值的比重为52.4%，提高1.2个百分点");
    assert!(r.figures[0].change.is_none(), "{r:?}");
    let c = r.figures[1].change.as_ref().map(|c| (c.kind, c.value));
    assert_eq!(c, Some((ChangeKind::Rise, 1.2)), "{r:?}");
}

#[test]
fn two_amounts_then_fenbie_changes_pair_in_order() {
    for s in [
        "农林牧渔业总产值52亿元、工业总产值180亿元，分别增长3.2%和6.5%",
        "全年接待游客52万人次，实现旅游收入180亿元，分别增长3.2%和6.5%",
        "城镇、农村居民人均可支配收入分别为52元、180元，分别增长3.2%、6.5%",
    ] {
        let r = read(s);
        let got: Vec<_> = r.figures.iter().map(|f| shape(f).2.map(|c| c.1)).collect();
        assert_eq!(got, [Some(3.2), Some(6.5)], "{s}: {r:?}");
        assert_eq!(r.figures[1].value, Some(180.0), "{s}");
    }
}

#[test]
fn a_part_after_qizhong_keeps_its_own_change() {
    let r = read("进出口总额120亿元，同比增长8.1%，其中出口80亿元，增长10.2%");
    let got: Vec<_> = r
        .figures
        .iter()
        .map(|f| (f.value, f.change.as_ref().map(|c| c.value), f.part))
        .collect();
    assert_eq!(
        got,
        [
            (Some(120.0), Some(8.1), false),
            (Some(80.0), Some(10.2), true)
        ]
    );
}

#[test]
fn a_fall_in_the_figures_own_unit_is_its_reduced_change() {
    // Drafted apart it was a second figure of 0.3万人 named 户籍人口比上年末减少; the change
    // kind `reduced` (the pair of `added`) holds it now.
    for (s, fall) in [
        ("年末户籍人口52.3万人，比上年末减少0.3万人", 0.3),
        ("粮食播种面积120.5万亩，比上年减少0.8万亩", 0.8),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(
            shape(&r.figures[0]).2,
            Some((ChangeKind::Reduced, fall)),
            "{s}"
        );
    }
    // In another magnitude of the unit it is the figure's change still, in the unit as
    // printed (round 59: the data file's `reduced` is in any magnitude of its unit).
    let r = read("年末户籍人口52.3万人，比上年末减少3000人");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(shape(&r.figures[0]).2, Some((ChangeKind::Reduced, 3000.0)));
    assert_eq!(r.figures[0].change.as_ref().unwrap().unit, "人");
    // A rise in it is the figure's change, as before; 增产 of an amount alone is a figure.
    let f = only("全年粮食总产量52.3万吨，增产1.1万吨");
    assert_eq!(shape(&f).2, Some((ChangeKind::Added, 1.1)));
    let f = only("粮食增产16.8亿斤");
    assert_eq!(shape(&f), (Some(16.8), "亿斤".to_string(), None));
}

#[test]
fn levels_printed_after_a_list_of_changes_are_the_values_of_those_changes() {
    for s in [
        "城乡居民人均可支配收入分别增长4.8%、6.5%，达到45000元、21000元",
        "城镇和农村居民人均可支配收入分别增长4.8%和6.5%，分别达到45000元和21000元",
    ] {
        let r = read(s);
        let got: Vec<_> = r.figures.iter().map(shape).collect();
        assert_eq!(
            got,
            [
                (
                    Some(45000.0),
                    "元".to_string(),
                    Some((ChangeKind::Growth, 4.8))
                ),
                (
                    Some(21000.0),
                    "元".to_string(),
                    Some((ChangeKind::Growth, 6.5))
                ),
            ],
            "{s}"
        );
        assert!(r.skips.is_empty(), "{s}: {:?}", r.skips);
    }
    // As many levels as changes, or none is paired: the desk decides.
    let r = read("城乡居民人均可支配收入分别增长4.8%、6.5%，达到45000元");
    assert!(
        r.figures
            .iter()
            .all(|f| f.value != Some(45000.0) || f.change.is_none()),
        "{r:?}"
    );
}

#[test]
fn words_for_a_growth_or_a_size_join_it_to_its_figure() {
    for s in [
        "地区生产总值5.5万亿元，增长率5.4%",
        "地区生产总值增长5.4%，经济总量达到5.5万亿元",
        "地区生产总值增长5.4%、规模突破5.5万亿元",
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.map(|c| c.value)),
            (Some(5.5), Some(5.4)),
            "{s}"
        );
    }
    // 规模以上 opens a label of its own.
    let r = read("工业投资增长5.4%，规模以上工业增加值5.5万亿元");
    assert_eq!(r.figures.len(), 2, "{r:?}");
}

#[test]
fn a_growth_after_the_same_value_in_another_unit_is_the_first_ones() {
    let r = read("人均地区生产总值达到9.5万元，约合1.3万美元，增长5.6%");
    assert_eq!(r.figures.len(), 2, "{r:?}");
    assert_eq!(shape(&r.figures[0]).2, Some((ChangeKind::Growth, 5.6)));
    assert!(r.figures[1].change.is_none(), "{r:?}");
}

#[test]
fn a_range_is_one_change_whatever_dash_parts_its_ends() {
    for dash in ["—", "——", "―", "－", "-", "–", "～", "~", "〜", "至", "到"] {
        let s = format!("地区生产总值增长6%{dash}6.5%");
        let f = only(&s);
        let c = f.change.unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!((c.value, c.to), (6.0, Some(6.5)), "{s}");
    }
}
