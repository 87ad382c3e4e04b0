//! A level reached at the end of a review of several years: 农村卫生厕所普及率提高到88%,
//! 全体居民人均可支配收入达到41580元 in a paragraph of 五年来. The level is of the
//! period's last year, the report's year, never of the five years: a title
//! 农村卫生厕所普及率五年来88% reads as an average or as nonsense. What is summed over
//! the years (累计, 新增, 年均) keeps the span.

use super::Drafted;
use crate::shared::format::decimal;
use crate::shared::model::Status;

/// Verbs of a level reached: the number after them is where the indicator stands.
const REACHED: [&str; 10] = [
    "达到",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增至",
    "降至",
    "下降到",
];

/// Words of a clause that make its number a sum or a flow over the years, or a change:
/// 累计达到, 五年新增…达到, 年均.
const OVER_YEARS: [&str; 6] = ["累计", "新增", "年均", "每年", "共", "五年"];

/// Words of a period that reaches the report's year from before it: 五年来, 过去五年,
/// 近五年, 党的二十大以来.
const UP_TO_NOW: [&str; 4] = ["来", "过去", "近", "以来"];

/// True when period `p` is several years ending with the report's `year`: a span up to
/// now, a plan that ends in it (“十四五”时期 of a report on 2025), or 2021—2025年.
fn ends_in(p: &str, year: i64) -> bool {
    let plans = [("十三五", 2020), ("十四五", 2025), ("十五五", 2030)];
    if let Some((_, end)) = plans.iter().find(|(name, _)| p.contains(name)) {
        return *end == year;
    }
    if let Some((_, _, last)) = crate::shared::words::leading_span_of_years(p) {
        return last.parse::<i64>().ok() == Some(year);
    }
    p.contains("年") && UP_TO_NOW.iter().any(|w| p.contains(w)) && !p.contains(char::is_numeric)
}

/// True when figure `d`'s clause reaches its number by a verb of [`REACHED`], with nothing
/// of [`OVER_YEARS`] before it in the clause.
fn reached(d: &Drafted) -> bool {
    let f = &d.figure;
    let Some(v) = f.value else { return false };
    let s = f.source.as_str();
    let end = d.found.value_end().min(s.len());
    let head = s.get(..end).unwrap_or_default();
    let clause = head
        .rsplit(['，', '；', '：', ',', ';'])
        .next()
        .unwrap_or(head);
    let Some(at) = clause.rfind(&decimal(v, f.decimals)) else {
        return false;
    };
    let before = &clause[..at];
    REACHED.iter().any(|w| before.contains(w)) && !OVER_YEARS.iter().any(|w| before.contains(w))
}

/// Gives a result reached at the end of several years that end with the report's `year`
/// the report's year (no period): its level is of that year. A figure with a change of
/// its own over the years (达到3650亿元，年均增长6.7%) keeps the span its change is over,
/// unless the change names its own base (较2020年提高1.16岁). Unknown year: unchanged.
pub(super) fn settle(drafted: &mut [Drafted], year: i64) {
    if year <= 0 {
        return;
    }
    for d in drafted.iter_mut() {
        let f = &d.figure;
        let span = f.period.as_ref().is_some_and(|p| ends_in(&p.zh, year));
        let own_base = f.change.as_ref().is_none_or(|c| c.reference.is_some());
        let plain = f.status == Status::Result && !f.cumulative && !f.yearly;
        if span && own_base && plain && reached(d) {
            d.figure.period = None;
        }
    }
}
