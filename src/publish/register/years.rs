//! The years of a report's figures in the register: the year the report looks back on,
//! and the time each figure is for (a year, or a period as printed).

use super::Period;
use crate::shared::model::{Figure, Report, Status};

/// The year a report looks back on. A work report reviews one year and sets the targets
/// of the next: where its targets name years, the year most of them name less one;
/// otherwise `meta.year`. (`meta.year` of a draft is the year the text names most, which
/// in a work report is as often the plan year as the review year.) Goals further off
/// (到2030年) are fewer than the next year's targets, and a year more than one after
/// `meta.year` is never the plan year: a report whose only targets are of 2030 is not a
/// review of 2029.
pub fn review_year(report: &Report) -> i64 {
    let known = report.meta.year;
    let mut years: Vec<i64> = report
        .figures
        .iter()
        .filter(|f| f.status != Status::Result)
        .filter_map(|f| f.period.as_ref().and_then(|p| one_year(&p.zh)))
        .filter(|&y| known <= 0 || y <= known + 1)
        .collect();
    years.sort_unstable();
    // The most named year; of two named as often, the earlier (the nearer plan).
    let plan = years
        .chunk_by(|a, b| a == b)
        .max_by(|a, b| a.len().cmp(&b.len()).then(b[0].cmp(&a[0])))
        .map(|run| run[0]);
    plan.map_or(known, |plan| plan - 1)
}

/// The year of a period that is one whole year as printed (2026年, 2026).
fn one_year(period: &str) -> Option<i64> {
    let digits = period.trim().trim_end_matches('年');
    (digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The time a figure is for: its period where it has one, else the review year for a
/// result. A target or limit without a period is not placed in a year: it may be of
/// the next year or of the next five.
pub(super) fn period_of(f: &Figure, review: i64) -> Period {
    match &f.period {
        Some(p) => one_year(&p.zh).map_or_else(|| Period::Other(p.zh.clone()), Period::Year),
        // A report whose year is not known yet (a draft's meta.year 0) files its results
        // under no year, never under year 0.
        None if f.status == Status::Result && review > 0 => Period::Year(review),
        None => Period::Other(String::new()),
    }
}
