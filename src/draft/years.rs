//! The years and periods a text names: the year a report plans for and the year it
//! reviews, the year a clause plans for (计划2026年…), and the part of the year a sentence
//! opens with (上半年, 1—11月, “十四五”时期). Read by the contexts of paragraphs
//! ([`super::context`]), the meta and the labels.

use super::text::Outline;
use crate::shared::words::leading_year;

/// Words that open a clause of what is planned, not done: 计划2026年突破1500万人次.
const PLAN_WORDS: [&str; 2] = ["计划", "预计"];

/// The year a clause plans for, as printed (2026年), where it opens with a plan word and
/// a year (计划2026年…); None for any other clause (完成年度计划的112.5% is a result).
pub fn planned_year(clause: &str) -> Option<String> {
    let rest = PLAN_WORDS.iter().find_map(|w| clause.strip_prefix(w))?;
    leading_year(rest).map(|(digits, _)| format!("{digits}年"))
}

/// The year a clause opens with before a verb of reaching (2030年达到1050亿元), as
/// printed; in a paragraph of goals, the year the figure is to reach its value by.
pub fn reached_year(clause: &str) -> Option<String> {
    const REACH: [&str; 4] = ["达到", "突破", "超过", "力争"];
    let (digits, rest) = leading_year(clause)?;
    REACH
        .iter()
        .any(|w| rest.starts_with(w))
        .then(|| format!("{digits}年"))
}

/// A reporter's words before what the report says (报告回顾，…).
const REPORTED: [&str; 4] = ["报告回顾，", "报告显示，", "报告指出，", "据介绍，"];

/// Periods of the five years under review, as printed.
const FIVE_YEARS: [&str; 4] = ["过去五年", "过去的五年", "这五年", "五年来"];

/// True when period `p` is the five years under review (过去五年, “十四五”时期), no part
/// of a year.
pub fn of_five_years(p: &str) -> bool {
    p.contains("十四五") || FIVE_YEARS.contains(&p)
}

/// True when period `p` spans years ([`of_five_years`], or 2021—2025年 as printed): no
/// part of a year.
pub fn of_several_years(p: &str) -> bool {
    of_five_years(p) || crate::shared::words::leading_span_of_years(p).is_some()
}

/// Words that open a clause naming where a sentence's numbers come from (根据…核算结果，
/// 据…，初步核算，), not when they are for.
const SOURCE_OPENERS: [&str; 4] = ["根据", "据", "初步核算", "经初步核算"];

/// `sentence` after its opening clause when that clause names the numbers' source and
/// holds no number (根据地区生产总值统一核算结果，上半年… → 上半年…); else all of it.
pub(super) fn after_source_clause(sentence: &str) -> &str {
    if !SOURCE_OPENERS.iter().any(|w| sentence.starts_with(w)) {
        return sentence;
    }
    match sentence.split_once(['，', ',']) {
        Some((head, rest)) if !head.chars().any(|c| c.is_ascii_digit()) => rest,
        _ => sentence,
    }
}

/// The part of the year a sentence opens with, as printed: 上半年, 前三季度, 1—11月, or a
/// span of years (2021—2025年，…); one
/// month as 11月 (11月份); the end of a month a stock is counted at as 11月末 (截至11月末,
/// 截至9月底), which is not the year's end.
pub fn sentence_period(sentence: &str) -> Option<String> {
    const PARTS: [&str; 7] = [
        "上半年",
        "下半年",
        "一季度",
        "前三季度",
        "二季度",
        "三季度",
        "四季度",
    ];
    // 根据地区生产总值统一核算结果，上半年…: the clause that names where the numbers come
    // from opens no period; the one after it does.
    let sentence = after_source_clause(sentence);
    // 2025年1—11月, 2025年上半年: the year is the report's, the part of it the period.
    let s = years(sentence)
        .first()
        .and_then(|y| sentence.strip_prefix(&format!("{y}年")))
        .unwrap_or(sentence);
    let s = s.trim_start_matches("全年").trim_start_matches("今年");
    if let Some(p) = PARTS.iter().find(|p| s.starts_with(*p)) {
        return Some((*p).to_string());
    }
    // 前11个月，全省…: the months so far, as printed.
    if let Some(p) = months_so_far(s) {
        return Some(p);
    }
    // “十四五”时期，…年均增长6.3%: the sentence is about the five years; so is one
    // about the plan's (“十五五”期间，全社会固定资产投资年均增长6%左右).
    if ["“十四五”时期", "十四五时期", "“十四五”以来"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return Some("“十四五”时期".to_string());
    }
    if ["“十五五”时期", "“十五五”期间", "十五五时期", "十五五期间"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return Some("“十五五”时期".to_string());
    }
    // 2021—2025年，全区累计完成固定资产投资1520亿元: the span, as printed, never its
    // last year alone; so in mid-sentence (全区2021—2025年累计完成…), where a word of a
    // sum or a change over the years follows it.
    let placed = PLACES.iter().find_map(|w| s.strip_prefix(w)).unwrap_or(s);
    if let Some((span, _, _)) =
        crate::shared::words::leading_span_of_years(placed).filter(|(span, _, _)| {
            let after = &placed[span.len()..];
            after.starts_with(['，', ',']) || OVER_YEARS.iter().any(|w| after.starts_with(w))
        })
    {
        return Some(span.to_string());
    }
    // 报告回顾，过去五年全市…年均增长6.1%，累计新增…: the five years, as printed, reach
    // every clause of the list they open.
    let told = REPORTED.iter().find_map(|w| s.strip_prefix(w)).unwrap_or(s);
    if let Some(w) = FIVE_YEARS
        .iter()
        .find(|w| told.starts_with(*w) && !told.starts_with("这五年是"))
    {
        return Some((*w).to_string());
    }
    // 1—11月, 1-11月, 1至11月.
    let digits = |t: &str| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if let Some(end) = month_end(s) {
        return Some(end);
    }
    let a = digits(s);
    // 11月份，…: one month (a date, 12月20日, is none).
    if a > 0 && s[a..].starts_with("月份") {
        return Some(format!("{}月", &s[..a]));
    }
    let dash = ["—", "-", "－", "至", "~", "～"]
        .iter()
        .find(|d| a > 0 && s[a..].starts_with(*d))?;
    let rest = &s[a + dash.len()..];
    let b = digits(rest);
    (b > 0 && rest[b..].starts_with('月'))
        .then(|| s[..a + dash.len() + b + '月'.len_utf8()].to_string())
}

/// Words of the whole place before a span of years in mid-sentence (全区2021—2025年…).
const PLACES: [&str; 4] = ["全区", "全市", "全县", "全省"];

/// Words after a span of years that make its figure a sum or a change over those years.
const OVER_YEARS: [&str; 5] = ["累计", "年均", "合计", "总计", "共计"];

/// 前11个月 at the start of `s`, as printed (Arabic digits: the English names them).
pub fn months_so_far(s: &str) -> Option<String> {
    let rest = s.strip_prefix('前')?;
    let a = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (a > 0 && rest[a..].starts_with("个月"))
        .then(|| s[..'前'.len_utf8() + a + "个月".len()].to_string())
}

/// The end of a month a sentence opens with after 截至 (截止, 到), as printed without
/// it: 截至11月末 → 11月末, 截至9月底 → 9月底; with its year where it prints one
/// (截至2026年5月底 → 2026年5月底): the date is the figures' period, and a date of the
/// year after the report's is never the report's year.
fn month_end(s: &str) -> Option<String> {
    let s = ["截至", "截止", "到"]
        .iter()
        .find_map(|w| s.strip_prefix(w))?;
    let year = leading_year(s).map_or(0, |(digits, _)| digits.len() + '年'.len_utf8());
    let month = &s[year..];
    let a = month.len() - month.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let end = ["月末", "月底"]
        .iter()
        .find(|e| a > 0 && month[a..].starts_with(*e))?;
    Some(s[..year + a + end.len()].to_string())
}

/// Words before a year that a sentence opens with to say its figures are of that year:
/// 到2030年，…; 展望2030年，…; 力争到2030年，….
const YEAR_OPENERS: [&str; 5] = ["展望", "力争到", "预计到", "计划到", "到"];

/// The one year a sentence opens with (2025年地区生产总值…, 到2030年，…), as printed
/// with the words before it: it governs the sentence and the clauses after its ；
/// until another period is printed ([`opened_year`]). None for a date (2025年1月), a
/// span (2021—2025年, 2020年以来) or a year that is only a base (比2020年).
pub fn opening_year(sentence: &str) -> Option<String> {
    let s = after_source_clause(sentence);
    let opener = YEAR_OPENERS
        .iter()
        .find(|w| s.starts_with(**w))
        .map_or("", |w| *w);
    let (digits, rest) = leading_year(&s[opener.len()..])?;
    let span = ["以来", "—", "-", "－", "～", "~", "至", "和", "、", "的"]
        .iter()
        .any(|w| rest.starts_with(w));
    (!span && !rest.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| format!("{opener}{digits}年"))
}

/// The year of a period [`opening_year`] read (2025年, 到2030年 → 2030年), and whether
/// words of a year ahead (到, 展望) opened it; None for any other period.
pub fn opened_year(period: &str) -> Option<(&str, bool)> {
    let year = YEAR_OPENERS
        .iter()
        .find_map(|w| period.strip_prefix(w))
        .unwrap_or(period);
    is_one_year(year).then_some((year, year.len() < period.len()))
}

/// True when `period` is one year as printed (2025年), no part of it nor a span.
pub fn is_one_year(period: &str) -> bool {
    period
        .strip_suffix('年')
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// Words of a title that make a report a summary of results (某区2025年国民经济和社会发展
/// 情况, 统计公报, 工作总结): its figures are for the year its title names.
const SUMMARY: [&str; 5] = ["公报", "情况", "简况", "总结", "回顾"];

/// The year a title says a summary of results is for (某区2025年…情况 → 2025); None for
/// any other title, or one that names several years.
pub fn summary_year(title: &str) -> Option<i64> {
    let mut named = years(title);
    named.dedup();
    let [year] = named.as_slice() else {
        return None;
    };
    let year = *year;
    SUMMARY.iter().any(|w| title.contains(w)).then_some(year)
}

/// The year a report plans for: the year after the one a review heading names
/// (一、2025年工作回顾 → 2026) when a heading that looks back on nothing names it, else
/// the largest year such a heading names (三、2026年重点工作); 0 when no heading names
/// one. A later year in a heading (到2035年) is a horizon, not the plan. The title does
/// not say it: a 2024年政府工作报告 may review 2024 or plan for it.
pub fn plan_year(outline: &Outline) -> i64 {
    let headings = || outline.sections.iter().flatten();
    let looks_back = |h: &str| REVIEW.iter().any(|w| h.contains(w));
    // A summary's own year (南湖区2025年经济运行情况) named bare in a heading (二、2025年)
    // is the year it reports, never one it plans for.
    let reported = outline.title.as_deref().and_then(summary_year);
    let named: Vec<i64> = headings()
        .filter(|h| !looks_back(h))
        .flat_map(|h| years(h))
        .filter(|y| Some(*y) != reported)
        .collect();
    let next = headings()
        .filter(|h| looks_back(h))
        .flat_map(|h| years(h))
        .max()
        .map(|y| y + 1);
    match next {
        Some(y) if named.contains(&y) => y,
        _ => named.into_iter().max().unwrap_or(0),
    }
}

/// The year a report reviews, when a heading says so (一、2025年工作回顾, or with another
/// word that looks back: 2025年工作总结, 2025年主要工作成效): the year its results are
/// for. Read from the text's short lines, since a numbered heading may open its
/// paragraph rather than stand in the outline.
pub fn review_year(text: &str) -> Option<i64> {
    let by = |words: &[&str]| {
        short_lines(text)
            .filter(|l| words.iter().any(|w| l.contains(w)))
            .find_map(|h| years(h).into_iter().next())
    };
    by(&["回顾"]).or_else(|| by(&REVIEW))
}

/// The year before the plan year, where the text names it (a summary whose paragraphs
/// open with 2025年 and 2026年, or a post's 成绩单 beside its 2026年主要预期目标): a line
/// that looks back without a year reviews the year before the plan's too. Weaker than a
/// summary's title (南湖区2025年经济运行情况 over a bare heading 二、2025年, which is no
/// plan), so the report's year asks the title first.
pub fn year_before_plan(text: &str, outline: &Outline) -> Option<i64> {
    let plan = match plan_year(outline) {
        0 => super::openings::plan_year(outline),
        y => y,
    };
    let looks_back = short_lines(text).any(|l| REVIEW.iter().any(|w| l.contains(w)));
    let named = looks_back || text.contains(&format!("{}年", plan - 1));
    (plan > 0 && named).then_some(plan - 1)
}

/// The text's lines of at most 30 characters, trimmed: where headings stand.
fn short_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.chars().count() <= 30)
}

/// The year a figure's clause opens with before the whole place (2024年全县粮食产量…),
/// as printed, when it is not `year`, the report's: the label drops it with the place's
/// year (label.rs), so the figure's period must say it, or a 2024 figure reads as the
/// report's. `before` is the figure's sentence up to the figure's end.
pub fn other_year_before_place(before: &str, year: i64) -> Option<String> {
    // The same stops and the same reading of the year as the label's (one copy of each
    // in the editor's wasm).
    let start = before.rfind(['，', '；', '：', ',']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(0, char::len_utf8)
    });
    let clause = &before[start..];
    let rest = super::label::year_before_place(clause)?;
    let printed = &clause[..clause.len() - rest.len()];
    let y: i64 = printed.get(..4)?.parse().ok()?;
    (y != year).then(|| printed.to_string())
}

/// The four-digit years a text names (2026年).
pub fn years(s: &str) -> Vec<i64> {
    s.match_indices('年')
        .filter_map(|(i, _)| {
            let digits = s[..i].get(i.saturating_sub(4)..)?;
            let before = s[..i.saturating_sub(4)].chars().next_back();
            (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| before.is_none_or(|c| !c.is_ascii_digit()))
                .filter(|ok| *ok)
                .and_then(|_| digits.parse().ok())
        })
        .collect()
}

/// The years `s` names alone, not as the end of a range (2021—2025年 names the five
/// years a graphic or a review spans, no plan's year).
pub fn years_alone(s: &str) -> Vec<i64> {
    let ranged = |y: &i64| {
        s.match_indices('年').any(|(i, _)| {
            let Some(start) = i.checked_sub(4) else {
                return false;
            };
            let digits = s.get(start..i).and_then(|d| d.parse::<i64>().ok());
            let mut before = s.get(..start).map_or("", |b| b).chars().rev();
            let dash = matches!(
                before.next(),
                Some('—' | '-' | '－' | '–' | '―' | '~' | '～' | '至' | '到')
            );
            digits == Some(*y) && dash && before.next().is_some_and(|c| c.is_ascii_digit())
        })
    };
    years(s).into_iter().filter(|y| !ranged(y)).collect()
}

/// Words of a heading that looks back (一、2025年工作回顾, 工作总结和发展成就,
/// 2025年主要工作成效, 工作进展, 目标完成情况).
pub(super) const REVIEW: [&str; 7] = ["回顾", "成就", "成绩", "总结", "成效", "进展", "完成情况"];

/// The end of a month a sentence opens with, a balance counted at that date, as
/// printed: 6月末，全区存款余额… → 6月末 (6月底). With 截至 before it, see
/// [`sentence_period`].
pub fn opening_month_end(sentence: &str) -> Option<String> {
    let s = years(sentence)
        .first()
        .and_then(|y| sentence.strip_prefix(&format!("{y}年")))
        .unwrap_or(sentence);
    let a = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    ["月末", "月底"]
        .iter()
        .find(|e| a > 0 && s[a..].starts_with(*e))
        .map(|e| s[..a + e.len()].to_string())
}

/// Words before a year that say the clause is about that year to come: 到2030年,
/// 力争到2027年.
const BY_YEAR: [&str; 6] = ["力争到", "预计到", "计划到", "到", "至", "力争"];

/// The year after `year` (the report's, whose results it reviews) that the clause of a
/// figure, or else the list after its sentence's colon or its sentence, opens with
/// (到2030年，…突破1000亿元; 2027年，…达到600家; 主要目标是：到2030年，…),
/// as printed without 到: a figure of that year is no result of the report's year. `before` is
/// the figure's sentence up to the figure's end. A month after the year (2026年1月) is a
/// date, not a year to come. Where `year` is 0 (the text does not tell it), a year after
/// words of a year ahead (到2030年，…) is one.
pub fn future_year(before: &str, year: i64) -> Option<String> {
    let clause = before
        .rfind(['，', '；', '：', ','])
        .map_or(before, |i| &before[i..]);
    let clause = clause.trim_start_matches(['，', '；', '：', ',']);
    // 主要目标是：到2030年，…突破300亿元: a list's head names no year; its first item does.
    let listed = before
        .rfind('：')
        .map_or(before, |i| &before[i + '：'.len_utf8()..]);
    [clause, listed, before].into_iter().find_map(|s| {
        let by = BY_YEAR.iter().find_map(|w| s.strip_prefix(w));
        let (digits, rest) = leading_year(by.unwrap_or(s))?;
        let y: i64 = digits.parse().ok()?;
        let month = rest.starts_with(|c: char| c.is_ascii_digit());
        // Where the text does not tell its year, 到2030年，… still says a year to come
        // (到2025年底 may be a review's date).
        let later = match year {
            0 => by.is_some() && !rest.starts_with(['底', '末']),
            _ => y > year,
        };
        (!month && later).then(|| format!("{digits}年"))
    })
}
