//! A bound met in the review of the year (issue 18, s-test18 finding 17): 2025年…城镇登记
//! 失业率控制在3.5%以内 reports what the year came to, printed with its 以内, and is a
//! `result` with that qualifier; drawn as a 限值 it would read as next year's plan. A bound
//! of the plan part, or of a sentence with any word of a goal or of the year ahead, stays
//! a `limit`: when unsure, the draft keeps the bound.

use super::sentence::Found;
use crate::shared::model::Status;

/// Words that make a sentence speak of goals or of the year ahead, wherever they stand.
const AHEAD: [&str; 14] = [
    "力争",
    "确保",
    "力求",
    "预期",
    "目标",
    "计划",
    "争取",
    "预计",
    "今年",
    "明年",
    "将",
    "要",
    "努力",
    "不超过",
];

/// Turns figure `f` of `sentence` back into a result where it is a bound met in a
/// paragraph of results (`paragraph`: its default status) of the report's own year.
pub(super) fn settle(f: &mut Found, sentence: &str, paragraph: Status) {
    let met = f.status == Status::Limit
        && paragraph == Status::Result
        && f.period.is_none()
        && f.qualifier.is_some()
        && sentence.contains("控制在")
        && !AHEAD.iter().any(|w| sentence.contains(w))
        && !ceiling(f, sentence);
    if met {
        f.status = Status::Result;
        f.bound = false;
    }
}

/// True when the clause of `f` names a ceiling set on what it holds (控制在省核定的限额
/// 68.5亿元以内): the number is the ceiling, not what the year came to.
fn ceiling(f: &Found, sentence: &str) -> bool {
    let before = sentence.get(..f.end()).unwrap_or(sentence);
    let clause = crate::draft::label::clause_tail(before);
    super::sentence::held::CEILINGS
        .iter()
        .any(|w| clause.contains(w))
}
