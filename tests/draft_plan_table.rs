#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A plan's table of indicators (专栏: 指标　2025年　2030年　年均增长〔累计〕　属性),
//! pasted flat with rows that leave cells out (the tester's s16 M2): each cell stands
//! under the column of what it is on the page, and the draft reads the rows it can place
//! (data/README.md, "Tables of a statistical bulletin"); the others stay the desk's.

mod common;

use common::*;
use report_charts::shared::model::{Report, SkipReason, Status};

/// A county's plan of our own, its figures invented.
const TEXT: &str = "青溪县国民经济和社会发展第十五个五年规划纲要

专栏1 主要指标

指标 2025年 2030年 年均增长〔累计〕 属性
地区生产总值（亿元） 210 270 5左右 预期性
森林覆盖率（%） 61.5 62以上 〔0.5〕 约束性
城镇调查失业率（%） 5 5.5以内 — 预期性
用水总量降低（%） 〔9〕 〔完成市下达任务〕 约束性
新增城镇就业（万人） 〔2.4〕 预期性

注：〔 〕内为五年累计数。
";

/// The figure of table row `row` of `r` whose value is `v`, as (status, period).
fn read(r: &Report, row: &str, v: f64) -> Option<(Status, Option<String>)> {
    r.figures
        .iter()
        .find(|f| f.source == row && f.value == Some(v))
        .map(|f| (f.status, f.period.as_ref().map(|p| p.zh.clone())))
}

#[test]
fn a_plan_rows_goal_year_is_a_target_of_that_year_and_its_base_year_a_result() {
    let r = drafted("qingxi", TEXT);
    let gdp = "地区生产总值（亿元） 210 270 5左右 预期性";
    let target = Some((Status::Target, Some("2030年".to_string())));
    assert_eq!(read(&r, gdp, 270.0), target, "{:?}", r.figures);
    assert_eq!(read(&r, gdp, 210.0).map(|s| s.0), Some(Status::Result));
    let f = r.figures.iter().find(|f| f.value == Some(270.0)).unwrap();
    assert_eq!(
        (f.label.zh.as_str(), f.unit.zh.as_str()),
        ("地区生产总值", "亿元")
    );
}

#[test]
fn a_bound_word_makes_a_limit_and_a_binding_row_alone_stays_a_target() {
    let r = drafted("qingxi", TEXT);
    for (row, v, status) in [
        ("城镇调查失业率（%） 5 5.5以内 — 预期性", 5.5, Status::Limit),
        (
            "森林覆盖率（%） 61.5 62以上 〔0.5〕 约束性",
            62.0,
            Status::Target,
        ),
    ] {
        assert_eq!(read(&r, row, v).map(|s| s.0), Some(status), "{row}");
    }
}

#[test]
fn a_sum_and_values_that_could_stand_under_either_year_are_left_to_the_desk() {
    let r = drafted("qingxi", TEXT);
    let forest = "森林覆盖率（%） 61.5 62以上 〔0.5〕 约束性";
    assert!(
        read(&r, forest, 62.0).is_some(),
        "the row is read: {:?}",
        r.figures
    );
    for (row, n) in [
        ("用水总量降低（%） 〔9〕 〔完成市下达任务〕 约束性", "9"),
        ("新增城镇就业（万人） 〔2.4〕 预期性", "2.4"),
        ("森林覆盖率（%） 61.5 62以上 〔0.5〕 约束性", "0.5"),
        ("地区生产总值（亿元） 210 270 5左右 预期性", "5"),
    ] {
        let skip = r.skips.iter().find(|s| s.sentence == row && s.number == n);
        assert_eq!(skip.map(|s| s.reason), Some(SkipReason::Unread), "{row}");
        assert!(!r
            .figures
            .iter()
            .any(|f| f.source == row && f.value.is_some_and(|v| v.to_string() == n)));
    }
}

/// The Chinese story page of the plan-table text above, as the site writes it.
fn qingxi_page() -> String {
    let r = drafted("qingxi", TEXT);
    zh_story_page(&r, TEXT)
}

#[test]
fn the_page_sets_a_short_rows_cells_under_their_headers() {
    let html = qingxi_page();
    let jobs = html.split("<td>新增城镇就业（万人）</td>").nth(1).unwrap();
    let jobs = jobs.split("</tr>").next().unwrap();
    assert_eq!(jobs, "<td></td><td></td><td>〔2.4〕</td><td>预期性</td>");
    let water = html.split("<td>用水总量降低（%）</td>").nth(1).unwrap();
    assert!(
        water.starts_with(
            "<td colspan=\"2\" class=\"unplaced\">〔9〕</td><td>〔完成市下达任务〕</td>"
        ),
        "{}",
        &water[..200.min(water.len())]
    );
}

#[test]
fn a_cells_number_and_the_word_after_it_break_as_one_on_a_phone() {
    let html = qingxi_page();
    // At 360 px the cell broke 5.5以 from 内.
    for (row, word) in [
        ("<td>城镇调查失业率（%）</td>", "以内</span></td>"),
        ("<td>森林覆盖率（%）</td>", "以上</span></td>"),
    ] {
        let cells = html.split(row).nth(1).unwrap();
        let cells = cells.split("</tr>").next().unwrap();
        assert!(
            cells.contains("<span class=\"whole\"><") && cells.contains(word),
            "{cells}"
        );
    }
    let css = std::fs::read_to_string(path("www/style.css")).unwrap();
    assert!(css.contains(".text-table .whole { white-space: nowrap; }"));
}
