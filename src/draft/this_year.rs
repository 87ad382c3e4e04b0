//! The year a text's 今年 means, where the text says it: 「…省政府工作报告提出今年目标：
//! 地区生产总值增长5%左右」 sets a goal of the year it was written in, as the report's
//! other goals are (2026年…主要预期目标是：…). Read from the page's dateline (发布时间：
//! 2026-02-03), a 政府工作报告's title (2026年…政府工作报告, delivered in 2026), the year
//! the report plans for (its headings or openings), or the one year its other goals name;
//! where none says, the goal keeps no period, never the review's year.

use super::leftovers::{date_line, page_line, stamp};
use super::text::Outline;
use super::years::{plan_year, years};
use super::{bilingual::period_text, goal_lists, openings, Drafted};
use crate::shared::model::Status;

/// The first year a dateline prints (2026-02-03 09:15, 2026年1月26日), 1900–2100.
fn dated(line: &str) -> Option<i64> {
    let b = line.as_bytes();
    (0..b.len().saturating_sub(4)).find_map(|i| {
        let digits = b.get(i..i + 4)?;
        let alone = i == 0 || !b[i - 1].is_ascii_digit();
        let after = line.get(i + 4..)?;
        let marked = after.starts_with(['年', '-', '/', '.']);
        let year: i64 = std::str::from_utf8(digits).ok()?.parse().ok()?;
        (alone && digits.iter().all(u8::is_ascii_digit) && marked)
            .then_some(year)
            .filter(|y| (1900..=2100).contains(y))
    })
}

/// The year the page's date lines print, where they print one year only: a page's time
/// line (发布时间：…, 时间：…), a date alone on its line, a WeChat article's stamp (昆山发布
/// 2026年1月16日 08:00) or a speech's dateline (——2026年1月26日在…会议上): the lines
/// `leftovers` leaves out as the page's own dates.
fn dateline_year(text: &str) -> Option<i64> {
    let found: Vec<i64> = text
        .lines()
        .map(str::trim)
        .filter(|t| page_line(t) || date_line(t) || stamp(t) || t.starts_with(['—', '―']))
        .filter_map(dated)
        .collect();
    one_year(&found)
}

/// The year `found` holds, where it holds one only (no sort: the drafter's wasm is
/// counted in bytes).
fn one_year(found: &[i64]) -> Option<i64> {
    let first = *found.first()?;
    found.iter().all(|y| *y == first).then_some(first)
}

/// The year of a 政府工作报告's title (2026年江西省政府工作报告): the year it is read in.
fn title_year(outline: &Outline) -> Option<i64> {
    let title = outline.title.as_deref()?;
    match years(title).as_slice() {
        [y] if title.contains("政府工作报告") => Some(*y),
        _ => None,
    }
}

/// The one year the text's other goals name (period 2026年), where they name one only.
fn goals_year(drafted: &[Drafted]) -> Option<i64> {
    let named: Vec<i64> = drafted
        .iter()
        .filter(|d| d.figure.status != Status::Result)
        .filter_map(|d| d.found.period.as_deref())
        .filter_map(|p| match years(p).as_slice() {
            [y] if p == format!("{y}年") => Some(*y),
            _ => None,
        })
        .collect();
    one_year(&named)
}

/// The year 今年 means in `text`, where the text says it.
fn this_year(text: &str, outline: &Outline, drafted: &[Drafted]) -> Option<i64> {
    let planned = match plan_year(outline) {
        0 => openings::plan_year(outline),
        y => y,
    };
    dateline_year(text)
        .or_else(|| title_year(outline))
        .or((planned > 0).then_some(planned))
        .or_else(|| goals_year(drafted))
}

/// Gives a goal or a bound of 今年 without a period (提出今年目标：…增长5%左右) the year
/// 今年 is ([`this_year`]) where `text` says it; else leaves it without one.
pub fn date_this_years(text: &str, outline: &Outline, drafted: &mut [Drafted]) {
    let Some(year) = this_year(text, outline, drafted) else {
        return;
    };
    for d in drafted.iter_mut() {
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        // 今年以来 is a result's span, no goal's year. An item of a list of goals is of
        // the year its list opened with (今年主要预期目标：…；②…).
        let says = |t: &str| t.contains("今年") && !t.contains("今年以来");
        let of_this_year = says(before)
            || goal_lists::head(outline, d.paragraph, &d.figure.source).is_some_and(says);
        if d.figure.status != Status::Result && d.found.period.is_none() && of_this_year {
            let p = format!("{year}年");
            d.figure.period = Some(period_text(p.clone()));
            d.found.period = Some(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_prints_its_year_and_other_lines_print_none() {
        let cases = [
            ("发布时间：2026-02-03 09:15", Some(2026)),
            ("2026年1月26日", Some(2026)),
            (
                "——2026年1月26日在市第十七届人民代表大会第六次会议上",
                Some(2026),
            ),
            ("来源：西原日报", None),
            ("12026-01", None),
        ];
        for (line, want) in cases {
            assert_eq!(dated(line), want, "{line}");
        }
    }

    #[test]
    fn the_year_of_a_page_is_the_one_year_its_date_lines_print() {
        let cases = [
            ("发布时间：2026-02-03 09:15\n今年目标：增长5%。", Some(2026)),
            ("今年目标：增长5%。\n2026年1月26日", Some(2026)),
            (
                "西原发布 2026年1月16日 08:00\n今年目标：增长5%。",
                Some(2026),
            ),
            ("2026-01-16 08:00 西原发布\n今年目标：增长5%。", Some(2026)),
            ("2025年全县增长5%。\n今年目标：增长6%。", None),
            ("时间：2026-02-03\n2025年1月26日", None),
        ];
        for (text, want) in cases {
            assert_eq!(dateline_year(text), want, "{text}");
        }
    }
}
