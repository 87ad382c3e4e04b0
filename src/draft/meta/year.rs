//! The year of a report's figures, as its headings, its title or its results name it.

use super::super::{text, years};
use crate::shared::model::{Skip, SkipReason};
use std::collections::HashMap;

/// Words of a title that make it a plan's (2026年上半年重点工作安排): its year is no
/// year of results.
const PLANS: [&str; 5] = ["目标", "计划", "安排", "任务", "预期"];

/// The year a title names right before a part of that year (2025年上半年全省经济运行稳中
/// 有进, 2025年1—9月…, 2025年一季度…): a bulletin of that part's results, whatever words
/// follow; None for a plan's title.
fn part_year(title: &str) -> Option<i64> {
    let year = one_year(title)?;
    let rest = title.split_once(&format!("{year}年"))?.1;
    let part = years::sentence_period(rest)
        .is_some_and(|p| p.ends_with("半年") || p.contains(['季', '月']));
    (part && !PLANS.iter().any(|w| title.contains(w))).then_some(year)
}

/// The year a 政府工作报告 of year N reviews: N−1, as it is delivered early in N.
fn work_report_year(title: &str) -> Option<i64> {
    let year = one_year(title)?;
    title.contains("政府工作报告").then_some(year - 1)
}

/// The one year a title names; None for none or several.
fn one_year(title: &str) -> Option<i64> {
    let mut named = years::years(title);
    named.dedup();
    match named.as_slice() {
        [year] => Some(*year),
        _ => None,
    }
}

/// The year the text names most outside its paragraphs of targets (a review of 2025 with
/// 2026年主要预期目标是：… names both), when one year is named more than any other; 0 when
/// none is or two tie: the desk fills it in, never a guess.
/// With `as_of`, the years of a figure's date (截至2026年5月底) count too: a report whose
/// only year is the date its figures are counted at takes that year.
fn year(skips: &[Skip], not_results: &[&str], as_of: bool) -> i64 {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let of_results = |s: &&Skip| {
        !not_results.contains(&s.sentence.as_str())
            && !dated(&s.sentence, &s.number)
            && !based(&s.sentence, &s.number)
            && !ahead(&s.sentence, &s.number)
            && (as_of || !counted_at(&s.sentence, &s.number))
    };
    for s in skips
        .iter()
        .filter(|s| s.reason == SkipReason::Year)
        .filter(of_results)
    {
        *counts.entry(s.number.as_str()).or_default() += 1;
    }
    // One pass, no sort: a sort's code would weigh on the editor's wasm.
    let most = counts.values().copied().max().unwrap_or(0);
    let mut top = counts.iter().filter(|(_, n)| **n == most);
    match (top.next(), top.next()) {
        (Some((y, _)), None) => y.parse().unwrap_or(0),
        _ => 0,
    }
}

/// True when `sentence` names `year` only as the base a change starts from (由2020年的
/// 68.4%提高到73.2%, 比2020年翻一番): the year of its results is another.
fn based(sentence: &str, year: &str) -> bool {
    let named = format!("{year}年");
    let mut at = sentence.match_indices(&named).map(|(i, _)| &sentence[..i]);
    at.all(|before| before.ends_with(['由', '从', '比', '较']))
}

/// True when `sentence` names `year` only as a horizon its goals reach (到2030年，…达到
/// 3%以上): a year to come, never the one its results are of. 到2025年底 is a date
/// and 提高到2025年的 the year of a result: both count.
fn ahead(sentence: &str, year: &str) -> bool {
    let named = format!("{year}年");
    let mut at = sentence.match_indices(&named);
    at.all(|(i, _)| {
        let rest = &sentence[i + named.len()..];
        sentence[..i].ends_with('到') && !rest.starts_with(['底', '末', '的'])
    })
}

/// True when `sentence` names `year` only in the date its figures are counted at
/// (截至2026年5月底，已整改…): the audit of 2025 reports what was done by then, and
/// that date is the figures' period, not the year the report is of.
fn counted_at(sentence: &str, year: &str) -> bool {
    let named = format!("{year}年");
    let mut at = sentence.match_indices(&named).map(|(i, _)| &sentence[..i]);
    at.all(|before| before.ends_with("截至") || before.ends_with("截止"))
}

/// True when `sentence` names `year` only in a date (2025年1月18日，…审议通过本报告):
/// the day the report was read out, not a year of its results.
fn dated(sentence: &str, year: &str) -> bool {
    let is_date = |rest: &str| {
        let month = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let Some(day) = month.strip_prefix('月') else {
            return false;
        };
        month.len() < rest.len()
            && day
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with('日')
    };
    let named = format!("{year}年");
    let mut at = sentence
        .match_indices(&named)
        .map(|(i, _)| &sentence[i + named.len()..]);
    at.all(is_date)
}

/// The year of the report's figures: the one its review heading names (一、2025年工作
/// 回顾), else a summary's title year or the year of the part of a year a title names
/// (2025年上半年…), else the year before the plan's where the text names it, else a five-year plan outline's base year (“十五五”规划纲要 → 2025:
/// its goals' 2030 is a horizon), else the one its results name most, else the
/// year a 政府工作报告's title says it reviews, else the one year any other title names
/// (西湖区2025年经济社会发展图解, 桐溪县2025年度审计工作报告) unless it names a plan,
/// else the year of the date its figures are counted at (截至2026年5月底); never the year
/// of its targets, and 0 where the text does not tell.
pub(super) fn report_year(
    text: &str,
    outline: &text::Outline,
    skips: &[Skip],
    not_results: &[&str],
) -> i64 {
    let title = outline.title.as_deref();
    let titled = |t: &str| one_year(t).filter(|_| !PLANS.iter().any(|w| t.contains(w)));
    years::review_year(text)
        .or_else(|| title.and_then(years::summary_year))
        .or_else(|| title.and_then(part_year))
        .or_else(|| years::year_before_plan(text, outline))
        .or_else(|| title.and_then(crate::draft::plan_years::base_year))
        .or_else(|| Some(year(skips, not_results, false)).filter(|y| *y > 0))
        .or_else(|| title.and_then(work_report_year))
        .or_else(|| title.and_then(titled))
        .or_else(|| Some(year(skips, not_results, true)).filter(|y| *y > 0))
        .unwrap_or(0)
}
