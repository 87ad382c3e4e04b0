//! Periods a figure's own words set or rule out: a sum over a span (三年安排450亿元,
//! 五年累计) carries that span, never one year; an amount that is a year's value
//! (年产值超4千亿元) in a review of five years carries no five-year period, unless its
//! clause says it is a sum or a change over them (累计, 年均, 比2020年).

use super::sentence::Found;
use crate::shared::model::{FigureKind, Qualifier, Status};
use crate::shared::words::OVER_SPAN;

/// Words that make an amount a year's value: data, `data/glossary/year-values.txt`.
const YEAR_VALUES: &str = include_str!("../../data/glossary/year-values.txt");

/// Periods of several years: what a review of the five years says its figures are for.
const SPANS: [&str; 5] = ["这五年", "过去五年", "过去的五年", "五年来", "十四五"];

/// Counts of years before a sum's verb: 三年安排, 五年累计.
const YEAR_COUNTS: [char; 11] = [
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// Verbs after which a count of years makes a sum over them (三年安排, 五年累计).
const SUM_VERBS: [&str; 6] = ["安排", "累计", "投入", "筹措", "筹集", "共"];

fn entries() -> impl Iterator<Item = &'static str> {
    YEAR_VALUES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The span a sum's words give it, as printed: 三年安排450亿元 → 三年.
pub fn sum_span(before: &str) -> Option<String> {
    before.match_indices('年').find_map(|(i, _)| {
        let counted: String = before[..i]
            .chars()
            .rev()
            .take_while(|c| YEAR_COUNTS.contains(c))
            .collect();
        let after = &before[i + '年'.len_utf8()..];
        (!counted.is_empty() && SUM_VERBS.iter().any(|v| after.starts_with(v)))
            .then(|| format!("{}年", counted.chars().rev().collect::<String>()))
    })
}

/// The period figure `f` carries, given the one its paragraph says (`period`):
/// `sentence_to` is its sentence up to its first number, `clause` the clause of it up to
/// there.
pub fn own_period(
    f: &Found,
    period: Option<String>,
    sentence_to: &str,
    clause: &str,
) -> Option<String> {
    if let Some(span) = sum_span(clause) {
        return Some(span);
    }
    let of_years = period
        .as_deref()
        .is_some_and(|p| SPANS.iter().any(|s| p.contains(s)));
    // A change (从228.6亿元增长到312.8亿元) is what the span is for: it keeps it.
    let year_value = f.kind == FigureKind::Amount
        && f.status == Status::Result
        && f.change.is_none()
        && entries().any(|w| sentence_to.contains(w))
        && !OVER_SPAN.iter().any(|w| clause.contains(w));
    // 经济总量先后跨越2500亿元、3000亿元两个台阶: marks passed in turn over the span are
    // the span's, not the last year's level.
    let in_turn = f.qualifier.is_some_and(|q| {
        matches!(
            q,
            Qualifier::Crossed | Qualifier::Passed | Qualifier::SteppedOnto
        )
    }) && super::sentence::IN_TURN
        .iter()
        .any(|w| sentence_to.contains(w));
    if of_years && year_value && !in_turn {
        return None;
    }
    period
}
