//! The years a plan's text is of: a five-year plan outline (…“十五五”规划纲要) is of its
//! base year, the last of the plan before it, whatever horizon its goals name (到2030年);
//! a figure's one year (2025年, 2030年) is no period where it is the report's own, and a
//! goal of a later year counted over the plan (到2030年，新增城镇就业40万人) is of the
//! plan's five years. Also the passes that give a figure another year than the report's
//! where its clause opens with one (2024年全县…, 到2030年，…).

use super::bilingual::period_text;
use super::years::{self, of_five_years};
use super::Drafted;
use crate::shared::model::{self, ChangeKind, Status};
use crate::shared::words::OVER_SPAN;

/// True when a year a sentence opens with (2025年地区生产总值…, 到2030年，…) governs
/// the figure whose `clause` is given, over its paragraph's period (`paragraph`): a year
/// ahead (`ahead`: 到2030年, 展望2030年) where the paragraph names none, with the clauses
/// after its ；; any year over five years (“十四五”时期，…) except where the clause's own
/// words say it is a sum or a change over them (累计, 年均, 五年, 比2020年); never over
/// another part of a year or the plan year's goals, which their words set. A year alone
/// (2025年，…) in a paragraph of no period stays as the draft read it before: the
/// report's, or left to the year the text is found to be of.
pub fn year_governs(paragraph: Option<&str>, clause: &str, ahead: bool) -> bool {
    match paragraph {
        None => ahead,
        Some(p) if of_five_years(p) => !OVER_SPAN.iter().any(|w| clause.contains(w)),
        Some(_) => false,
    }
}

/// The period a figure's words print (`printed`), with a bare count of five years
/// (五年年均增长5.6%) named as its paragraph's five years where it has them (“十四五”
/// 时期): the same years, never a label.
pub fn five_years_named(paragraph: Option<&str>, printed: String) -> String {
    match paragraph {
        Some(own) if printed == "五年" && of_five_years(own) => own.to_string(),
        _ => printed,
    }
}

/// Chinese digits one to nine, by value less one.
const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The first year of five-year plan `n` (the 3rd began in 1966, after the years of
/// adjustment; each since has run five years): 十五五 (15) → 2026.
fn first_year(n: i64) -> i64 {
    1966 + 5 * (n - 3)
}

/// The number of the five-year plan `s` names first, as 十X五 (“十五五”) or
/// 第十X个五年 (第十五个五年规划): 11 to 19.
fn plan_number(s: &str) -> Option<i64> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(3).find_map(|w| {
        let digit = DIGITS.iter().position(|d| *d == w[1])?;
        let named = w[0] == '十' && (w[2] == '五' || w[2] == '个');
        named.then(|| 11 + i64::try_from(digit).unwrap_or(0))
    })
}

/// The five-year plans, as 十X五, that a report planning the year `plan` looks back on
/// and ahead to: the plan before the one that year stands in, and that one (a report of
/// 2021 reviews “十三五” and plans “十四五”; one of 2026 reviews “十四五” and plans
/// “十五五”; one of 2006 reviews “十五” and plans “十一五”). 十四五 and 十五五 where the
/// year is unknown or out of reach.
pub fn plans_around(plan: i64) -> (String, String) {
    let n = if (first_year(9)..first_year(20)).contains(&plan) {
        (plan - first_year(3)) / 5 + 3
    } else {
        15
    };
    // The plans before the eleventh are named by their number alone: 八五, 九五, 十五.
    let name = |n: i64| match n {
        8 => "八五".to_string(),
        9 => "九五".to_string(),
        10 => "十五".to_string(),
        _ => {
            let digit = usize::try_from(n - 11).ok().and_then(|i| DIGITS.get(i));
            digit.map_or_else(String::new, |d| format!("十{d}五"))
        }
    };
    (name(n - 1), name(n))
}

/// The base year of a five-year plan outline whose title is `title` (宁川市“十五五”规划
/// 纲要 → 2025): the year its review of the plan before ends on, the year its results
/// are of. None for a title that is no plan outline.
pub fn base_year(title: &str) -> Option<i64> {
    if !title.contains("规划") || title.contains("政府工作报告") {
        return None;
    }
    plan_number(title).map(|n| first_year(n) - 1)
}

/// The five years of the plan that ends in `year`, as printed (“十五五”时期), where
/// `text` names that plan; None otherwise.
fn plan_ending(text: &str, year: i64) -> Option<String> {
    let n = (year - first_year(3) - 4) / 5 + 3;
    let ends = first_year(n) + 4 == year;
    let digit = DIGITS.get(usize::try_from(n - 11).ok()?)?;
    let named = format!("十{digit}五");
    let long = format!("第十{digit}个五年");
    (ends && (text.contains(&named) || text.contains(&long))).then(|| format!("“{named}”时期"))
}

/// Words of a goal's clause that count over the years up to it, not at its end: 新增,
/// 累计.
const FLOWS: [&str; 2] = ["新增", "累计"];

/// Settles the one-year periods of the figures (2025年, 2030年) against `year`, the
/// report's: the report's own year is no period (but a `from`'s, which prints it); a later one makes a result a target
/// (到2030年，…；粮食…稳定在125万吨以上); a goal of the year a plan of `text` ends in whose
/// clause counts over the years (到2030年，新增城镇就业40万人) is of the plan's five years,
/// where its sentence prints that year or it is not the coming year (今年…新增 is one
/// year's, in the plan's last year too).
#[inline(never)]
pub fn settle(drafted: &mut [Drafted], year: i64, text: &str) {
    for d in drafted.iter_mut() {
        let Some(y) = d.found.period.as_deref().and_then(one_year) else {
            continue;
        };
        // 从2020年的228.6亿元增长到2025年的312.8亿元: a `from` prints its new value's
        // year back, the report's too.
        let from = (d.figure.change.as_ref()).is_some_and(|c| c.kind == ChangeKind::From);
        if y == year && !from {
            d.found.period = None;
            d.figure.period = None;
            continue;
        }
        if year == 0 || y <= year {
            continue;
        }
        if d.figure.status == Status::Result {
            d.figure.status = Status::Target;
            d.found.status = Status::Target;
        }
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let clause = before
            .rsplit(['，', '；', '：', ','])
            .next()
            .unwrap_or(before);
        // 今年…城镇新增就业1200万人以上 in the plan's last year: the coming year's, unless
        // the sentence prints that year itself (到2025年，…新增) or it lies further ahead.
        let printed = d.figure.source.contains(&format!("{y}年"));
        let counts = FLOWS.iter().any(|w| clause.contains(w)) && (printed || y > year + 1);
        if let Some(p) = plan_ending(text, y).filter(|_| counts) {
            d.figure.period = Some(period_text(p.clone()));
            d.found.period = Some(p);
        }
    }
}

/// The year of a one-year period as printed (2030年).
fn one_year(period: &str) -> Option<i64> {
    super::years::is_one_year(period)
        .then(|| period.strip_suffix('年')?.parse().ok())
        .flatten()
}

/// Gives a figure without a period whose clause opens with another year than the
/// report's `year` before the whole place (2024年全县… in a report of 2025) that year.
// Inlined into `draft_with`, this pass cost the drafter's wasm 2.1 KB gzip (measured,
// -Oz after wasm-bindgen); out of line, 0.7 KB.
#[inline(never)]
pub(super) fn other_years(drafted: &mut [Drafted], year: i64) {
    for d in drafted.iter_mut().filter(|d| d.found.period.is_none()) {
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        if let Some(p) = years::other_year_before_place(before, year) {
            d.figure.period = Some(period_text(p.clone()));
            d.found.period = Some(p);
        }
    }
}

/// Gives a figure whose clause or sentence opens with a year after the report's `year`
/// (到2030年，…突破1000亿元) that year as its period, and a result the status of a
/// target: never a result of the report's year, never on a result chart. The year
/// printed in its sentence wins over a period reached from the line before.
#[inline(never)]
pub(super) fn future_years(drafted: &mut [Drafted], year: i64) {
    for d in drafted.iter_mut() {
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let Some(p) = years::future_year(before, year) else {
            continue;
        };
        if d.figure.status == model::Status::Result {
            d.figure.status = model::Status::Target;
            d.found.status = model::Status::Target;
        }
        d.figure.period = Some(period_text(p.clone()));
        d.found.period = Some(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_outline_is_of_the_year_its_review_ends_on() {
        let cases = [
            ("宁川市“十五五”规划纲要（摘要）", Some(2025)),
            ("宁川市国民经济和社会发展第十五个五年规划纲要", Some(2025)),
            ("某县“十四五”规划纲要中期评估报告", Some(2020)),
            ("2026年宁川市政府工作报告", None),
            ("宁川市2025年统计公报", None),
        ];
        for (title, want) in cases {
            assert_eq!(base_year(title), want, "{title}");
        }
    }

    #[test]
    fn the_plan_ending_in_a_year_is_named_only_where_the_text_names_it() {
        let cases = [
            ("“十五五”规划", 2030, Some("“十五五”时期")),
            ("第十五个五年规划纲要", 2030, Some("“十五五”时期")),
            ("“十四五”时期", 2030, None),
            ("“十五五”规划", 2028, None),
        ];
        for (text, year, want) in cases {
            assert_eq!(plan_ending(text, year).as_deref(), want, "{text} {year}");
        }
    }
}
