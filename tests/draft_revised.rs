#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A statistic revised, a level changed from one value to another, and a part of another
//! year (the third tester's s12 findings 2, 6 and 12), in short texts of our own: the
//! revised value is the figure and the superseded one a skip of reason `revised`; a
//! from–to change of a level is one figure with its change, the time it is per in its
//! label; a quarter keeps the year the text prints with it.

mod common;

use common::*;
use report_charts::shared::model::{ChangeKind, Report, SkipReason};

/// The figures of `r` whose source holds `quote`.
fn figures_in<'a>(r: &'a Report, quote: &str) -> Vec<&'a report_charts::shared::model::Figure> {
    r.figures
        .iter()
        .filter(|f| f.source.contains(quote))
        .collect()
}

/// A revision: its sentence, the figure's label, value and growth, the superseded number.
type Revision = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<f64>,
    &'static str,
);

#[test]
fn a_revised_statistic_is_one_figure_of_its_new_value_and_the_old_a_revised_skip() {
    let cases: [Revision; 4] = [
        (
            "经最终核实，2025年全市规模以上工业增加值增速由初步统计的5.9%修订为6.1%",
            "规模以上工业增加值",
            None,
            Some(6.1),
            "5.9",
        ),
        (
            "全市地区生产总值由初步核算的3120亿元修正为3135亿元",
            "地区生产总值",
            Some(3135.0),
            None,
            "3120",
        ),
        (
            "全年城镇化率由初步统计的61.2%调整为61.5%",
            "城镇化率",
            Some(61.5),
            None,
            "61.2",
        ),
        (
            "全市社会消费品零售总额增速由初步核算的4.2%更正为4.4%",
            "社会消费品零售总额",
            None,
            Some(4.4),
            "4.2",
        ),
    ];
    for (sentence, label, value, growth, old) in cases {
        let r = drafted(
            "nanhu",
            &format!("南湖市2025年经济运行情况\n{sentence}。\n"),
        );
        let found = figures_in(&r, sentence);
        assert_eq!(found.len(), 1, "{sentence}: {found:#?}");
        let f = found[0];
        assert_eq!(f.label.zh, label, "{sentence}");
        assert_eq!(f.value, value, "{sentence}");
        let change = f.change.as_ref().filter(|c| c.kind == ChangeKind::Growth);
        assert_eq!(change.map(|c| c.value), growth, "{sentence}");
        let skip = r.skips.iter().find(|s| s.number == old).unwrap();
        assert_eq!(skip.reason, SkipReason::Revised, "{sentence}");
    }
}

#[test]
fn a_level_changed_from_one_value_to_another_is_one_figure_with_its_change() {
    // (sentence, old, new, words the label keeps)
    for (sentence, old, new, per) in [
        (
            "全年最低工资标准由每月1900元调整为2050元",
            1900.0,
            2050.0,
            "每月",
        ),
        (
            "城乡低保标准由每人每月780元提高到820元",
            780.0,
            820.0,
            "每人每月",
        ),
        (
            "全年企业退休人员基本养老金由每月2630元调整为2710元",
            2630.0,
            2710.0,
            "每月",
        ),
    ] {
        let r = drafted("nanhu", &format!("南湖区2025年统计公报\n{sentence}。\n"));
        let found = figures_in(&r, sentence);
        assert_eq!(found.len(), 1, "{sentence}: {found:#?}");
        let f = found[0];
        assert_eq!(f.value, Some(new), "{sentence}");
        let change = f.change.as_ref().unwrap();
        assert_eq!(
            (change.kind, change.value),
            (ChangeKind::From, old),
            "{sentence}"
        );
        assert!(f.label.zh.contains(per), "{sentence}: {}", f.label.zh);
        assert!(!f.label.zh.contains("调整"), "{sentence}: {}", f.label.zh);
        for c in &r.charts {
            assert!(
                !c.title.zh.starts_with("调整"),
                "{sentence}: {}",
                c.title.zh
            );
        }
    }
}

#[test]
fn a_part_of_a_year_keeps_the_year_the_text_prints_with_it() {
    let text = "南湖市经济运行简况\n\
                2025年一季度，全市地区生产总值增长5.8%。\n\
                2024年上半年，全市固定资产投资增长3.1%。\n\
                前三季度，全市社会消费品零售总额增长4.6%。\n";
    let r = drafted("nanhu", text);
    for (quote, period) in [
        ("2025年一季度", "2025年一季度"),
        ("2024年上半年", "2024年上半年"),
        ("前三季度", "前三季度"),
    ] {
        let f = figures_in(&r, quote)[0];
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            Some(period),
            "{quote}"
        );
    }
}
