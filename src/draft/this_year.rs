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

/// The one year the text's other goals name (period 2026年), where they name one only. A
/// horizon (到2030年，…突破1500亿元) is no year 今年 can mean: a goal the text sets for a
/// year it must be reached by says nothing of which year its 今年 is.
fn goals_year(drafted: &[Drafted]) -> Option<i64> {
    let named: Vec<i64> = drafted
        .iter()
        .filter(|d| d.figure.status != Status::Result)
        .filter_map(|d| Some((d.found.period.as_deref()?, d.figure.source.as_str())))
        .filter_map(|(p, source)| match years(p).as_slice() {
            [y] if p == format!("{y}年") && !horizon(source, p) => Some(*y),
            _ => None,
        })
        .collect();
    one_year(&named)
}

/// True where `source` names year `p` (2030年) as a horizon: after 到 (到2030年, 力争到,
/// 至2030年).
fn horizon(source: &str, p: &str) -> bool {
    ["到", "至"]
        .iter()
        .any(|w| source.contains(&format!("{w}{p}")))
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
        .or_else(|| reviewed_year(outline).map(|y| y + 1))
}

/// Words by which a text says a report looks back on a year (报告回顾，2025年全县…).
const LOOKS_BACK: [&str; 2] = ["报告回顾", "回顾"];

/// The one year the text says its report looks back on, in a sentence that opens with
/// [`LOOKS_BACK`] and then that year (报告回顾，2025年…): the review's year, whose next
/// year is the one its 今年 means.
fn reviewed_year(outline: &Outline) -> Option<i64> {
    let reviewed: Vec<i64> = outline
        .sentences
        .iter()
        .filter_map(|s| {
            let rest = LOOKS_BACK.iter().find_map(|w| s.text.strip_prefix(w))?;
            let rest = rest.trim_start_matches(['，', ',', '：', ':']);
            crate::shared::words::leading_year(rest)?.0.parse().ok()
        })
        .collect();
    one_year(&reviewed)
}

/// The year after the one a clause of `before` (a sentence up to its figure) opens with,
/// ahead of a later clause that opens with 今年: 2025年，全区…增长5.1%，今年力争… says
/// 今年 of 2026 in the sentence itself.
fn review_before(before: &str) -> Option<i64> {
    let at = before.rfind("，今年")?;
    let opened = before[..at]
        .split(['，', '；', ','])
        .filter_map(|c| crate::shared::words::leading_year(c)?.0.parse::<i64>().ok());
    one_year(&opened.collect::<Vec<_>>()).map(|y| y + 1)
}

/// Gives a goal or a bound of 今年 without a period (提出今年目标：…增长5%左右) the year
/// 今年 is ([`this_year`]), or where the text does not say it, the year after the one its
/// own sentence opens a clause of results with ([`review_before`]); else leaves it
/// without one.
pub fn date_this_years(text: &str, outline: &Outline, drafted: &mut [Drafted]) {
    let known = this_year(text, outline, drafted);
    for d in drafted.iter_mut() {
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let Some(year) = known.or_else(|| review_before(before)) else {
            continue;
        };
        // 今年以来 is a result's span, no goal's year. An item of a list of goals is of
        // the year its list opened with (今年主要预期目标：…；②…).
        let says = |t: &str| t.contains("今年") && !t.contains("今年以来");
        let of_this_year = says(before)
            || goal_lists::head(outline, d.paragraph, &d.figure.source).is_some_and(says);
        // 今年要新增城镇就业6500人以上 in a paragraph of the “十五五” goals: the sentence's
        // 今年 beats the span its paragraph carries.
        let carried = (d.found.period.as_deref()).is_some_and(|p| span_carried(p, before));
        let undated = d.found.period.is_none() || carried && says(before);
        // 今年高校毕业生1000多万人: a fact of the year among its goals, of their year.
        let goal_or_fact =
            d.figure.status != Status::Result || super::nation::fact_of_this_year(before);
        if goal_or_fact && undated && of_this_year {
            let p = format!("{year}年");
            d.figure.period = Some(period_text(p.clone()));
            d.found.period = Some(p);
        }
    }
}

/// True when period `p` spans years (“十五五”时期, 过去五年) and `before`, the figure's
/// sentence up to it, does not print it: the span is its paragraph's, carried.
fn span_carried(p: &str, before: &str) -> bool {
    let core = p.replace(['“', '”'], "").replace("时期", "");
    (p.contains("十五五") || super::years::of_several_years(p)) && !before.contains(&core)
}

/// Words of a sentence that say something of 今年 is done already (今年已开工项目30个,
/// 今年完成投资50亿元): a result so far, not a plan.
const DONE: [&str; 3] = ["已", "完成", "实现"];

/// Words a clause opens with when it speaks of the year under review.
const BACK: [&str; 4] = ["去年", "上年", "过去一年", "一年来"];

/// Takes out of `drafted` each result whose sentence says 今年 before it, without a goal
/// word, a word of what is done or a clause that looks back (去年…), in a text whose 今年 is a year after the
/// review's `year` (a 两会 story of 2026 that reviews 2025: 今年全市新开工项目300个):
/// a reader cannot tell a plan from a count so far, so its numbers are left for the desk
/// (precision first); so too where the text reviews a year and does not date its 今年.
/// Returns the numbers of each, with their sentence.
pub fn unsure_results(
    text: &str,
    outline: &Outline,
    drafted: &mut Vec<Drafted>,
    year: i64,
) -> Vec<(String, String)> {
    // Where the text reviews a year but does not say which year its 今年 is, a result
    // of 今年 beside a goal or a bound of its sentence (今年城镇调查失业率控制在5%以内，居民
    // 消费价格涨幅控制在2%左右) is as unsure: the desk's.
    let now = this_year(text, outline, drafted);
    if now.is_some_and(|now| now <= year) || now.is_none() && year <= 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < drafted.len() {
        let d = &drafted[k];
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let of_this_year = before.contains("今年") && !before.contains("今年以来");
        // 去年…增长4% after 今年…: a clause of its own looks back to the review.
        let review = format!("{year}年");
        let back = |c: &str| BACK.iter().any(|w| c.starts_with(w)) || c.starts_with(&review);
        let done = DONE.iter().any(|w| before.contains(w)) || before.split(['，', ',']).any(back);
        let beside_goal = || {
            (drafted.iter())
                .any(|p| p.figure.source == d.figure.source && p.figure.status != Status::Result)
        };
        let unsure = of_this_year && !done && (now.is_some() || beside_goal());
        if d.figure.status != Status::Result || d.found.period.is_some() || !unsure {
            k += 1;
            continue;
        }
        // Its numbers: from the end of the figure before it in its sentence.
        let from = drafted[..k]
            .iter()
            .rev()
            .find(|p| p.figure.source == d.figure.source && p.paragraph == d.paragraph)
            .map_or(0, |p| p.found.end());
        let sentence = d.figure.source.clone();
        let numbers = super::report_period::numbers_of(&d.found, &sentence, from);
        out.extend(numbers.into_iter().map(|n| (n, sentence.clone())));
        remove(drafted, k);
    }
    out
}

/// Removes figure `k` of `drafted`, its parts no parts of it any more and the indexes
/// after it one less.
fn remove(drafted: &mut Vec<Drafted>, k: usize) {
    drafted.remove(k);
    for d in drafted.iter_mut() {
        d.part_of = match d.part_of {
            Some(w) if w == k => None,
            Some(w) if w > k => Some(w - 1),
            w => w,
        };
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
