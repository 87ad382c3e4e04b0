#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The register (issue 20 §2): one indicator id across labels, statuses and periods
//! across reports, the charts that compare reports, and `indicators.csv`. The reports are
//! short county reports written for these tests, drafted in memory.

mod common;

use report_charts::check::validate;
use report_charts::draft::{self, glossary::Glossary};
use report_charts::publish::pixels;
use report_charts::publish::register::charts::{self, Measure, Of};
use report_charts::publish::register::{self, csv, Period, Register};
use report_charts::shared::charts as kinds;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::{Lang, Report, Status};
use report_charts::shared::render;
use report_charts::shared::theme::{Theme, ThemeName};

#[path = "register/downloads.rs"]
mod downloads;
#[path = "register/drawing.rs"]
mod drawing;
#[path = "register/reading.rs"]
mod reading;
#[path = "register/views.rs"]
mod views;

/// A county's work report as its website publishes it (single line breaks, the page's
/// leftovers): last year's results, then this year's targets.
fn work_report(place: &str, plan: i64, result: &str, target: &str) -> String {
    let last = plan - 1;
    format!(
        "{plan}年{place}人民政府工作报告\n下载\n打印\n{plan}年{place}人民政府工作报告\n来源：{place}日报\n时间：{plan}-01-20\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、{last}年工作回顾\n过去一年，{result}\n二、{plan}年主要目标和重点工作\n{plan}年全县经济社会发展的主要预期目标是：{target}\n"
    )
}

fn reports() -> Vec<(String, Report)> {
    let texts = [
        (
            "donghu-2026",
            work_report(
                "东湖县",
                2026,
                "全县地区生产总值达到512.6亿元，增长5.8%；一般公共预算收入32.4亿元，增长3.1%。",
                "地区生产总值增长6%左右，一般公共预算收入增长3%以上。",
            ),
        ),
        (
            "xishan-2026",
            work_report(
                "西山县",
                2026,
                "全县生产总值1.02千亿元，增长4.6%；一般公共预算收入41.5亿元，增长2.2%。",
                "全县生产总值增长5%—5.5%，一般公共预算收入增长2%左右。",
            ),
        ),
        (
            "nanhe-2026",
            work_report(
                "南河区",
                2026,
                "全区GDP达到386.9亿元，增长6.3%；地方一般公共预算收入28.7亿元，增长4.4%。",
                "地区生产总值增长6.5%以上。",
            ),
        ),
        (
            "donghu-2025",
            work_report(
                "东湖县",
                2025,
                "全县地区生产总值达到480.3亿元，增长5.2%。",
                "地区生产总值增长6%左右。",
            ),
        ),
        (
            "beiling-2026",
            work_report(
                "北岭县",
                2026,
                "全县地区生产总值达到300亿元，增长5.1%；全年地区生产总值增长4.8%。",
                "地区生产总值增长5%左右。",
            ),
        ),
        (
            "taoyuan-2026",
            work_report(
                "桃源县",
                2026,
                "全县地区生产总值突破400亿元。",
                "地区生产总值增长5%左右。",
            ),
        ),
    ];
    common::drafted_reports(texts)
}

fn built(reports: &[(String, Report)]) -> Register {
    common::register_of(reports)
}

fn of(id: &str) -> Of<'_> {
    Of {
        id,
        name: "地区生产总值",
        lang: Lang::Zh,
    }
}
