#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels a sentence leaves to the figure before (issue 18, the tester's 年均, 总数, 占,
//! 2030年 and 1.): a figure is named by what it counts, never by a word of how it stands
//! to its neighbour, a year, or the number of its item in a list. The sentences are
//! short ones of our own.

mod common;

use common::drafted;
use report_charts::check::raw::Named;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Found, Read};
use report_charts::shared::model::{SkipReason, Status};

fn read(s: &str) -> Read {
    sentence::read(s, &Glossary::bundled().unwrap())
}

/// The figure whose value, or else whose change, is `value`.
fn found(r: &Read, value: f64) -> &Found {
    let by_value = r.figures.iter().find(|f| f.value == Some(value));
    let by_change = || {
        r.figures
            .iter()
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == value))
    };
    by_value
        .or_else(by_change)
        .unwrap_or_else(|| panic!("{value}: {r:?}"))
}

#[test]
fn a_label_that_only_relates_its_figure_to_the_one_before_is_named_after_that_one() {
    let cases = [
        // 总数 of what was new: the whole count of the same things.
        (
            "全县新增专精特新企业36家，总数达212家",
            212.0,
            "专精特新企业总数",
        ),
        // 占 left hanging: a share of the whole the share before it names.
        (
            "工业投资占全部投资的比重为40.2%，民间投资占22.5%",
            22.5,
            "民间投资占全部投资的比重",
        ),
        // With no whole named before it: the share as the text prints it.
        (
            "全年技改投资增长9.1%，民间投资占22.5%",
            22.5,
            "民间投资占比",
        ),
        // 年均 after a figure that holds its from-change already: the figure's own.
        (
            "全区一般公共预算收入从31.2亿元增加到40.5亿元，年均增长5.4%",
            5.4,
            "一般公共预算收入",
        ),
    ];
    for (s, value, want) in cases {
        let r = read(s);
        assert_eq!(found(&r, value).label, want, "{s}");
    }
}

#[test]
fn a_goal_for_a_year_is_named_after_its_figure_and_the_year_is_its_period() {
    let t = "青禾区2026年政府工作报告\n\
             一、2025年工作回顾\n\
             2025年，全区地区生产总值612.4亿元，增长5.1%。\n\
             二、2026年工作安排\n\
             “十五五”期间，全区地区生产总值年均增长5%以上，2030年达到800亿元。\n";
    let r = drafted("qinghe", t);
    let f = r.figures.iter().find(|f| f.value == Some(800.0)).unwrap();
    assert_eq!(f.label.zh, "地区生产总值", "{f:?}");
    assert_eq!(f.status, Status::Target, "{f:?}");
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("2030年"));
}

#[test]
fn a_numbered_goal_keeps_its_number_out_of_its_label_and_its_chart_title() {
    let t = "青禾县2026年政府工作报告\n\
             一、2025年工作回顾\n\
             2025年，全县地区生产总值301.5亿元，增长5.3%。一般公共预算收入21.4亿元，增长2.9%。\n\
             二、2026年主要目标\n\
             今年经济社会发展的主要预期目标是：\n\
             1.地区生产总值增长5%左右；\n\
             2.一般公共预算收入增长3%以上；\n\
             3.城镇调查失业率控制在5.5%以内。\n";
    let r = drafted("qinghe", t);
    let starts_with_digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    for f in &r.figures {
        assert!(!starts_with_digit(&f.label.zh), "{:?}", f.label);
    }
    // A targets chart's title opens with its year (2026年目标：…); its goal never with
    // the item's number.
    for c in &r.charts {
        let goal = c.title.zh.rsplit('：').next().unwrap_or_default();
        assert!(!starts_with_digit(goal), "{:?}", c.title);
    }
    let d = report_charts::draft::draft(t).unwrap();
    let ordinals = d.skips.iter().filter(|s| s.number.as_deref() == Some("2"));
    for s in ordinals {
        assert_eq!(s.reason, Some(Named::Known(SkipReason::Ordinal)), "{s:?}");
    }
    assert!(
        r.figures.iter().any(|f| f.label.zh == "城镇调查失业率"),
        "{:#?}",
        r.figures
    );
}

#[test]
fn a_part_named_only_by_where_it_counts_is_named_after_its_whole() {
    // (the text, the part's value, its label): 其中 parts and 分别 items alike.
    let cases = [
        (
            "全县居民恩格尔系数为28.1%。其中，城镇为26.5%，农村为31.2%。\n",
            26.5,
            "城镇居民恩格尔系数",
        ),
        (
            "全县居民恩格尔系数为28.1%。其中，城镇为26.5%，农村为31.2%。\n",
            31.2,
            "农村居民恩格尔系数",
        ),
        (
            "全县居民恩格尔系数为28.1%，城镇、农村分别为26.5%和31.2%。\n",
            31.2,
            "农村居民恩格尔系数",
        ),
        (
            "城乡居民人均住房面积42.6平方米，其中城镇38.1平方米。\n",
            38.1,
            "城镇居民人均住房面积",
        ),
    ];
    for (text, value, label) in cases {
        let t = format!("柳岸县2025年国民经济和社会发展统计公报\n{text}");
        let r = drafted("liuan-parts", &t);
        let f = r.figures.iter().find(|f| f.value == Some(value));
        let f = f.unwrap_or_else(|| panic!("{text}: no {value}: {:#?}", r.figures));
        assert_eq!(f.label.zh, label, "{text}");
    }
    // A count of cities is no part of anything: it keeps its own word.
    let r = drafted(
        "liuan-parts",
        "柳岸县2025年国民经济和社会发展统计公报\n全县地区生产总值812亿元。班列通达全国75个城市。\n",
    );
    let f = r.figures.iter().find(|f| f.value == Some(75.0)).unwrap();
    assert!(!f.label.zh.contains("生产总值"), "{}", f.label.zh);
}

#[test]
fn a_ratio_printed_as_one_number_without_a_unit_is_a_ratio_skip_with_its_change() {
    let cases = [
        ("城乡居民收入比为2.01，比上年缩小0.04。", ["2.01", "0.04"]),
        ("城乡居民收入倍差从2.42缩小至2.12。", ["2.42", "2.12"]),
    ];
    for (s, numbers) in cases {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {:?}", r.figures);
        for n in numbers {
            let skip = r.skips.iter().find(|(k, _)| k == n);
            assert_eq!(
                skip.map(|(_, why)| *why),
                Some(SkipReason::Ratio),
                "{s}: {n}"
            );
        }
    }
}
