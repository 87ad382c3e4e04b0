//! A plan and its result in one sentence, as a 计划执行情况 report prints them:
//! 规模以上工业增加值计划增长8%，实际增长8.6%; 涨幅计划控制在3%左右，实际上涨1.1%;
//! 失业率控制在4%以内，实际为3.2%. The plan's number is a target (a limit where its words
//! bound it), never a result: drawn as one it states a growth the year never had. The
//! number after 实际 is the result, never a change of the plan's value. 计划 names the
//! plan, which the status says; it is no part of the indicator's label.

use super::sentence::Found;
use crate::check::printed;
use crate::shared::model::{Qualifier, Status};

/// The verbs a plan's number follows right after 计划 (计划增长8%, 计划控制在3%左右).
const VERBS: [&str; 9] = [
    "增长",
    "下降",
    "上涨",
    "增加",
    "减少",
    "提高",
    "控制在",
    "达到",
    "完成",
];

/// The word that opens the result after a plan: 实际增长8.6%, 实际为3.2%.
const ACTUAL: &str = "实际";

/// The verb of a bound that a result after it (实际为3.2%) shows was the plan's.
const HELD: &str = "控制在";

/// Where the clause ending at byte `end` of `sentence` starts.
fn clause_start(sentence: &str, end: usize) -> usize {
    let before = sentence.get(..end).unwrap_or(sentence);
    before.rfind(['，', '；', '：', ',', ';']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(0, char::len_utf8)
    })
}

/// True when `clause` prints 计划 right before a plan's verb (计划增长, 计划控制在).
fn plans(clause: &str) -> bool {
    VERBS.iter().any(|v| clause.contains(&format!("计划{v}")))
}

/// True when the clause after byte `end` of `sentence` opens with 实际.
fn actual_after(sentence: &str, end: usize) -> bool {
    let rest = sentence.get(end..).unwrap_or_default();
    rest.trim_start_matches(['，', '；', ',', ';'])
        .starts_with(ACTUAL)
}

/// Settles figure `f` of `sentence` as a plan where its value's clause is one: a
/// target, or a limit where its qualifier bounds it. Returns the number of a change
/// that stands after 实际 in its stretch (计划控制在3%左右，实际上涨1.1%): the result's,
/// not the plan's; the figure loses it, and the caller leaves it for the desk.
pub(super) fn settle(f: &mut Found, sentence: &str) -> Option<String> {
    f.label = without_plan(&f.label, sentence);
    let value_end = f.value_end().min(sentence.len());
    let clause = sentence
        .get(clause_start(sentence, value_end)..value_end)
        .unwrap_or_default();
    let held = clause.contains(HELD) && actual_after(sentence, value_end);
    if !plans(clause) && !held {
        return None;
    }
    let bound = f.bound || matches!(f.qualifier, Some(Qualifier::Within | Qualifier::OrLess));
    f.status = if bound { Status::Limit } else { Status::Target };
    let stretch = sentence.get(value_end..f.end()).unwrap_or_default();
    if f.value.is_some() && f.change.is_some() && stretch.contains(ACTUAL) {
        f.change = None;
        return printed::numbers(stretch).pop().map(|n| n.text);
    }
    None
}

/// `label` without a 计划 that `sentence` prints right before a plan's verb
/// (规模以上工业增加值计划 of …计划增长8% → 规模以上工业增加值); a result after 实际
/// takes its label from the plan's words, 计划 and all, so it loses it too.
fn without_plan(label: &str, sentence: &str) -> String {
    let mut from = 0;
    while let Some(at) = label.get(from..).and_then(|l| l.find("计划")) {
        let at = from + at;
        let named = &label[..at];
        let planned = !named.is_empty()
            && VERBS
                .iter()
                .any(|v| sentence.contains(&format!("{named}计划{v}")));
        if planned {
            return format!("{named}{}", &label[at + "计划".len()..]);
        }
        from = at + "计划".len();
    }
    label.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_is_left_out_of_a_label_only_where_a_plans_verb_follows_it() {
        let s = "工业投资计划增长10%，实际增长11.2%，完成年度计划的101%";
        assert_eq!(without_plan("工业投资计划", s), "工业投资");
        assert_eq!(
            without_plan("工业投资计划完成年度计划的比例", s),
            "工业投资完成年度计划的比例"
        );
        let s = "下达年度投资计划50亿元";
        assert_eq!(without_plan("下达年度投资计划", s), "下达年度投资计划");
    }
}
