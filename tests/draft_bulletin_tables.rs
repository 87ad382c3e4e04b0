#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A statistical bulletin's tables (issue 18, the tester's H5): a row under a header
//! that names its columns (单位, 绝对数, 比上年增长%) is a figure; the caption's 表1 and
//! year are skips; an indented row is a part of the row above; a row that does not fit
//! its header stays `unread`, and says so; a row that repeats the prose is no second
//! figure. Bulletins of our own, with invented figures.

mod common;

use common::*;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::columns;
use report_charts::draft::text::outline;
use report_charts::draft::unread;
use report_charts::shared::model::{ChangeKind, Report, SkipReason, UnreadCause};

/// An economy table: a unit column, absolute values, growth in %, parts indented.
const ECONOMY: &str = "青石市2025年国民经济和社会发展统计公报
一、综合
全年经济运行总体平稳。
表1 2025年主要经济指标
指标 单位 绝对数 比上年增长%
地区生产总值 亿元 1820.4 5.6
  第一产业 亿元 130.2 3.1
  第二产业 亿元 702.9 6.4
规模以上工业增加值 亿元 — 7.7
城镇居民人均可支配收入 元 48310 4.6
注：绝对数按现价计算，增长速度按可比价格计算。
";

/// An agriculture table: 产量 as the value column, a fall printed with a minus sign.
const FARMS: &str = "青石市2025年国民经济和社会发展统计公报
二、农业
表2 2025年主要农产品产量
产品 单位 产量 比上年增长%
粮食 万吨 210.6 1.2
油料 万吨 18.3 -2.7
禽蛋 万吨 6.4 0.5
";

/// A population table: the unit in the value's header, the change in the row's unit.
const PEOPLE: &str = "青石市2025年国民经济和社会发展统计公报
三、人口
表3 2025年末人口
指标 年末数（万人） 比上年末增减
常住人口 320.5 0.8
城镇人口 205.1 2.3
";

/// A prices table printed as an index on the year before (上年=100): no value, no
/// growth the draft may state; and a prices table of changes in %.
const PRICES: &str = "青石市2025年国民经济和社会发展统计公报
四、价格
表4 2025年居民消费价格指数
指标 上年=100
居民消费价格 100.4
食品烟酒 99.2
表5 2025年居民消费价格涨跌幅度
指标 比上年涨跌%
居民消费价格 0.4
衣着 -0.6
";

/// The figure of `r` read from the row of `table` that opens with `label`.
fn row_figure<'a>(r: &'a Report, label: &str) -> &'a report_charts::shared::model::Figure {
    r.figures
        .iter()
        .find(|f| f.label.zh == label && f.source.contains(' '))
        .unwrap_or_else(|| panic!("no figure read from the row of {label}: {:#?}", r.figures))
}

#[test]
fn a_row_under_a_header_that_names_its_columns_is_a_figure() {
    // (text, label, value, unit, change kind, change value)
    let cases = [
        (
            ECONOMY,
            "地区生产总值",
            Some(1820.4),
            "亿元",
            ChangeKind::Growth,
            5.6,
        ),
        (
            ECONOMY,
            "第二产业",
            Some(702.9),
            "亿元",
            ChangeKind::Growth,
            6.4,
        ),
        (
            ECONOMY,
            "规模以上工业增加值",
            None,
            "%",
            ChangeKind::Growth,
            7.7,
        ),
        (
            ECONOMY,
            "城镇居民人均可支配收入",
            Some(48310.0),
            "元",
            ChangeKind::Growth,
            4.6,
        ),
        (FARMS, "粮食", Some(210.6), "万吨", ChangeKind::Growth, 1.2),
        (FARMS, "油料", Some(18.3), "万吨", ChangeKind::Growth, -2.7),
        (
            PEOPLE,
            "常住人口",
            Some(320.5),
            "万人",
            ChangeKind::Added,
            0.8,
        ),
        (PRICES, "居民消费价格", None, "%", ChangeKind::Growth, 0.4),
        (PRICES, "衣着", None, "%", ChangeKind::Growth, -0.6),
    ];
    for (text, label, value, unit, kind, change) in cases {
        let r = drafted("qingshi", text);
        let f = row_figure(&r, label);
        assert_eq!(f.value, value, "{label}");
        assert_eq!(f.unit.zh, unit, "{label}");
        let c = f.change.as_ref().unwrap();
        assert_eq!((c.kind, c.value), (kind, change), "{label}");
        assert!(
            f.period.is_none(),
            "{label}: the table's year is the report's"
        );
    }
}

#[test]
fn a_captions_number_and_year_and_a_headers_numbers_are_skips_not_unread() {
    for (text, number, sentence, reason) in [
        (ECONOMY, "1", "表1 2025年主要经济指标", SkipReason::Ordinal),
        (ECONOMY, "2025", "表1 2025年主要经济指标", SkipReason::Year),
        (FARMS, "2", "表2 2025年主要农产品产量", SkipReason::Ordinal),
        (PRICES, "100", "指标 上年=100", SkipReason::Heading),
    ] {
        let r = drafted("qingshi", text);
        let skip = r
            .skips
            .iter()
            .find(|s| s.number == number && s.sentence == sentence);
        assert_eq!(
            skip.map(|s| s.reason),
            Some(reason),
            "{number} of {sentence}"
        );
    }
}

#[test]
fn an_indented_row_is_a_part_of_the_row_above_and_keeps_its_indent() {
    let o = outline(ECONOMY);
    let rows: Vec<&str> = o
        .sentences
        .iter()
        .filter(|s| s.row)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        rows.contains(&"\u{3000}第一产业 亿元 130.2 3.1"),
        "{rows:?}"
    );
    assert!(rows.contains(&"地区生产总值 亿元 1820.4 5.6"), "{rows:?}");
    let g = Glossary::bundled().unwrap();
    let header = columns::header("指标 单位 绝对数 比上年增长%").unwrap();
    for (row, label, part) in [
        ("\u{3000}第一产业 亿元 130.2 3.1", "第一产业", true),
        ("其中：第一产业 亿元 130.2 3.1", "第一产业", true),
        ("地区生产总值 亿元 1820.4 5.6", "地区生产总值", false),
    ] {
        let read = columns::row(row, &header, &g).unwrap();
        assert_eq!(
            (read.figure.label.as_str(), read.figure.part),
            (label, part),
            "{row}"
        );
    }
}

#[test]
fn a_row_that_does_not_fit_its_header_stays_unread_and_says_it_is_a_table_row() {
    let g = Glossary::bundled().unwrap();
    let odd = "青石市2025年国民经济和社会发展统计公报
表6 2025年主要指标
指标 单位 绝对数 比上年增长%
地区生产总值 亿元 1820.4 5.6 12.0
";
    for (text, number, row) in [
        (PRICES, "100.4", "居民消费价格 100.4"),
        (PRICES, "99.2", "食品烟酒 99.2"),
        (odd, "12.0", "地区生产总值 亿元 1820.4 5.6 12.0"),
    ] {
        let r = drafted("qingshi", text);
        let skip = r
            .skips
            .iter()
            .find(|s| s.number == number && s.sentence == row)
            .unwrap_or_else(|| panic!("{number} of {row} is no skip: {:?}", r.skips));
        assert_eq!(skip.reason, SkipReason::Unread, "{row}");
        assert_eq!(unread::cause(skip, &g), UnreadCause::TableRow, "{row}");
    }
}

#[test]
fn a_row_that_repeats_a_figure_of_the_prose_is_restated_not_a_second_figure() {
    let text = "青石市2025年国民经济和社会发展统计公报
全年地区生产总值1820.4亿元，比上年增长5.6%。全年粮食总产量210.6万吨，比上年增长1.2%。
表1 2025年主要指标
指标 单位 绝对数 比上年增长%
地区生产总值 亿元 1820.4 5.6
粮食 万吨 210.6 1.2
油料 万吨 18.3 -2.7
";
    let r = drafted("qingshi", text);
    for value in [1820.4, 210.6] {
        let with: Vec<&str> = r
            .figures
            .iter()
            .filter(|f| f.value == Some(value))
            .map(|f| f.source.as_str())
            .collect();
        assert_eq!(with.len(), 1, "{value}: {with:?}");
        assert!(!with[0].contains(' '), "{value}: the prose is the source");
    }
    let restated = |n: &str| {
        r.skips
            .iter()
            .any(|s| s.number == n && s.reason == SkipReason::Restated)
    };
    assert!(restated("1820.4") && restated("5.6") && restated("210.6"));
    assert_eq!(row_figure(&r, "油料").value, Some(18.3));
}

#[test]
fn a_table_of_another_year_than_the_reports_gives_its_rows_that_period() {
    let text = "青石市2025年国民经济和社会发展统计公报
全年地区生产总值1820.4亿元，比上年增长5.6%。
表1 2024年主要农产品产量
产品 单位 产量 比上年增长%
粮食 万吨 208.1 0.9
";
    let r = drafted("qingshi", text);
    let f = row_figure(&r, "粮食");
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("2024年"));
}
