//! What a draft may say wrong and a desk may miss (issue 18): a label that is a verb alone
//! (筹措) or starts halfway through a word of its sentence (色金属 of 有色金属); a title
//! that gives a figure a period its sentence does not say (过去五年 on a year's value);
//! a target beside a result that is an average a year or of a span.

use super::{Checker, JsonPath, Problem};
use crate::shared::charts::targets;
use crate::shared::messages as msg;
use crate::shared::model::{Chart, Figure, Status};
use crate::shared::words::{bare_verb, names_no_subject, splits_word, OVER_SPAN};

/// The labels of `figures` (index, label, sentence) that a desk must look at: a verb
/// alone, or a label its sentence prints right after the first half of a word.
pub fn label_flags<'a>(
    figures: impl Iterator<Item = (usize, &'a str, Option<&'a str>)>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, label, source) in figures {
        let path = JsonPath::item("figures", k).key("label").key("zh");
        if bare_verb(label) {
            out.push(Problem {
                path,
                message: msg::trust::label_bare_verb(label),
                line: None,
            });
            continue;
        }
        if names_no_subject(label) {
            out.push(Problem {
                path,
                message: msg::trust::label_no_subject(label),
                line: None,
            });
            continue;
        }
        if names_nothing(label, source.unwrap_or("")) {
            out.push(Problem {
                path,
                message: msg::trust::label_names_nothing(label),
                line: None,
            });
            continue;
        }
        let Some(source) = source else { continue };
        let cut = source.match_indices(label).find_map(|(at, _)| {
            let joined = format!("{}{label}", &source[..at]);
            splits_word(&joined, at).then(|| {
                let before = source[..at].chars().next_back().map_or(0, char::len_utf8);
                source[at - before..at + label.len()].to_string()
            })
        });
        if let Some(word) = cut {
            out.push(Problem {
                path,
                message: msg::trust::label_cut(label, &word),
                line: None,
            });
        }
    }
    out
}

/// Words that name no indicator alone: 8万户以上群众 counts households, 经济增长5% is
/// the output's growth; the desk names what is counted.
const NO_INDICATOR: [&str; 3] = ["群众", "经济", "人民"];

/// Closing marks and their openers: a label with one and not the other was cut.
const MARKS: [(char, char); 5] = [
    ('「', '」'),
    ('“', '”'),
    ('《', '》'),
    ('（', '）'),
    ('(', ')'),
];

/// True when `label` names nothing a reader can tell: a word of [`NO_INDICATOR`] alone,
/// a mark without its pair (万村提升”工程项目), or one item of a list its sentence cut
/// (一产业增加值 of 一、二、三产业增加值).
fn names_nothing(label: &str, source: &str) -> bool {
    let unpaired = MARKS.iter().any(|&(open, close)| {
        label.chars().filter(|&c| c == open).count()
            != label.chars().filter(|&c| c == close).count()
    });
    // Printed only as the tail of a list (一、二、三产业增加值), never whole on its own.
    let whole = source
        .match_indices(label)
        .any(|(at, _)| !source[..at].ends_with('、'));
    let cut_item = ["一产业", "二产业", "三产业"]
        .iter()
        .any(|w| label.starts_with(w))
        && !whole
        && source.contains("、三产业");
    NO_INDICATOR.contains(&label) || unpaired || cut_item
}

/// Words that say a number is planned, not done: 计划增长7%, 预期增长6%左右.
const PLANNED: [&str; 4] = ["计划", "预期", "目标", "力争"];

/// Each result of `figures` that its label (规模以上工业增加值计划) or the clause before
/// its number (计划增长7%) says is planned: a target a desk may publish as what was done
/// (tester s-test21 A1). 完成年度计划的100.3% and 计划…实际… are results.
pub fn plans_as_results(figures: &[Figure]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, f) in figures.iter().enumerate() {
        if f.status != Status::Result {
            continue;
        }
        let label = f.label.zh.trim();
        // A label that keeps the plan word its sentence plans with: 一般公共预算收入计划
        // of 一般公共预算收入计划增长4% (not 招生计划, 不及预期).
        let planning = |w: &&str| {
            label.ends_with(w)
                && PLAN_VERBS
                    .iter()
                    .any(|v| f.source.contains(&format!("{label}{v}")))
        };
        let said = PLANNED.iter().copied().find(planning).or_else(|| {
            let numbers = [f.value, f.change.as_ref().map(|c| c.value)];
            numbers
                .into_iter()
                .flatten()
                .find_map(|v| planned(&f.source, v))
        });
        if let Some(word) = said {
            out.push(Problem {
                path: JsonPath::item("figures", k).key("status"),
                message: msg::trust::plan_as_result(label, word),
                line: None,
            });
        }
    }
    out
}

/// What follows a plan word that plans a number: 计划增长7%, 预期目标为, 力争达到,
/// 计划控制在. A word of a name stops it: 人均预期寿命, 人才计划入选者.
const PLAN_VERBS: [&str; 12] = [
    "增长", "增速", "下降", "提高", "达到", "为", "是", "完成", "突破", "超过", "控制", "实现",
];

/// The plan word of the clause of `source` before its number `v` ([`plan_word`]).
fn planned(source: &str, v: f64) -> Option<&'static str> {
    let n = crate::check::printed::numbers(source)
        .into_iter()
        .find(|n| (n.value - v.abs()).abs() < 1e-9)?;
    plan_word(source.get(..n.start)?)
}

/// The plan word of the last clause of `lead` (the text before a number), where a verb
/// of planning follows it (力争 plans wherever it stands), with no 实际 after it
/// (计划…实际完成): 2026年预期增长 → 预期.
pub fn plan_word(lead: &str) -> Option<&'static str> {
    let clause = lead.rsplit(['，', '。', '；', ',', ';']).next()?;
    PLANNED.iter().copied().find(|w| {
        clause.rfind(w).is_some_and(|i| {
            let after = &clause[i + w.len()..];
            let verb = *w == "力争" || PLAN_VERBS.iter().any(|v| after.starts_with(v));
            verb && !after.contains("实际")
        })
    })
}

/// True when `f`'s sentence says its period: prints it, or says the figure is a sum or a
/// change over a span (累计, 年均, 比2020年).
pub fn period_said(f: &Figure, period: &str) -> bool {
    f.source.contains(period) || OVER_SPAN.iter().any(|w| f.source.contains(w))
}

impl Checker {
    /// A chart's title claims no period that its figure's sentence does not say, and a
    /// targets chart sets a target only beside one year's result.
    pub(super) fn trust_rules(&mut self, path: &JsonPath, chart: &Chart, all: &[Figure]) {
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        // A target's period is its plan's (2026年), set by the section it stands in; a
        // result's is claimed by the title only where one figure's sentence says it.
        let results = || figs.iter().filter(|f| f.status == Status::Result);
        let mut periods: Vec<&str> = results()
            .filter_map(|f| f.period.as_ref().map(|p| p.zh.as_str()))
            .filter(|p| chart.title.zh.contains(p))
            .collect();
        periods.dedup();
        for p in periods {
            let of_p = || results().filter(|f| f.period.as_ref().is_some_and(|q| q.zh == p));
            if !of_p().any(|f| period_said(f, p)) {
                let named = (of_p().next()).map(|f| msg::names::figure(all, f));
                self.report(
                    path.key("title").key("zh"),
                    msg::trust::title_period_unsaid(p, &named.unwrap_or_default()),
                );
            }
        }
        if chart.kind != targets::KIND {
            return;
        }
        let goals = figs.iter().any(|f| f.status != Status::Result);
        for (j, f) in figs.iter().enumerate() {
            let span = f.period.is_some() || super::periods::yearly(f);
            if goals && f.status == Status::Result && span {
                self.report(
                    path.key("figures").at(j),
                    msg::trust::target_beside_other(&msg::names::figure(all, f)),
                );
            }
        }
    }
}
