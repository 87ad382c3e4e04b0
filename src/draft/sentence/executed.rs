//! An execution ratio: 一般公共预算收入完成42.6亿元，为预算的102.3%，增长5.2%, and a plan's,
//! 实现旅游收入86.3亿元，完成年度计划的112.5%，增长5%.
//! The ratio says how much of the plan the amount before it reached; the growth after it
//! is the amount's, never the ratio's. The ratio is a figure of its own, named as the
//! text means it (一般公共预算收入完成预算的比例), never a bare 为预算. With no amount before
//! it (规模以上工业增加值完成年度计划的112.5%，增长5%), the growth after it is the
//! indicator's, a change of its own, never the ratio's.

use super::{Reader, Unit};
use crate::shared::model::FigureKind;

/// The budgets and plans an amount is measured against, longest first where one ends
/// another (年度计划 before 计划).
const PLANS: [&str; 9] = [
    "调整预算",
    "年度预算",
    "全年预算",
    "预算",
    "年度计划",
    "全年计划",
    "年度目标",
    "全年目标",
    "计划",
];

/// The verbs that set an amount against its plan: 为预算的, 完成年度预算的.
const VERBS: [&str; 4] = ["完成", "达到", "为", "占"];

/// The plan that `label` (the words before a % with the whole's name left out) measures
/// its amount against: 为预算 → 预算, 完成调整预算的 → 调整预算.
pub(super) fn plan_of(label: &str) -> Option<&'static str> {
    let rest = VERBS.iter().find_map(|v| label.strip_prefix(v))?;
    let rest = rest.strip_suffix('的').unwrap_or(rest);
    PLANS.iter().find(|p| **p == rest).copied()
}

/// Words a plan an amount is set against ends with: 预算, 年度计划, 全年目标, 目标任务.
const GOALS: [&str; 4] = ["预算", "计划", "目标", "任务"];

/// True when `named` (the words before a % with the whole's name left out) sets an amount
/// against a plan of any name (为年度计划的115%, 完成全年目标任务的108%): the % is how much
/// of the plan the amount reached, and a growth after it is the amount's.
pub(super) fn against_a_plan(named: &str) -> bool {
    VERBS
        .iter()
        .find_map(|v| named.strip_prefix(v))
        .map(|r| r.strip_suffix('的').unwrap_or(r))
        .is_some_and(|r| GOALS.iter().any(|g| r.ends_with(g)))
}

/// Words that set an amount against its level of a past year: 恢复至2019年的112%.
const AGAINST_PAST: [&str; 4] = ["恢复至", "恢复到", "相当于", "为"];

/// True when `named` (the words before a % with the whole's name left out) sets an amount
/// against its own level of a year before (恢复至2019年同期的112%, 相当于2019年的105%):
/// the % says how far it came back, and a growth after it is the amount's.
pub(super) fn against_a_past_year(named: &str) -> bool {
    let Some(r) = AGAINST_PAST.iter().find_map(|v| named.strip_prefix(v)) else {
        return false;
    };
    let r = r.strip_suffix('的').unwrap_or(r);
    let r = ["同期水平", "同期", "水平"]
        .iter()
        .find_map(|w| r.strip_suffix(w))
        .unwrap_or(r);
    r.strip_suffix('年')
        .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
}

/// The name of the ratio of `whole`'s amount to `plan`: 一般公共预算收入完成预算的比例,
/// without the verb an amount's label may hold (工业企业实现营业收入 →
/// 工业企业营业收入完成年度计划的比例).
pub(super) fn ratio_label(whole: &str, plan: &str) -> String {
    format!("{}完成{plan}的比例", without_verb(whole))
}

/// `whole` without the verb 实现 inside it.
fn without_verb(whole: &str) -> String {
    whole.replacen("实现", "", 1)
}

/// The whole whose ratio to a plan `label` names ([`ratio_label`]): 一般公共预算收入 of
/// 一般公共预算收入完成预算的比例.
pub(super) fn ratio_whole(label: &str) -> Option<&str> {
    let rest = label.strip_suffix("的比例")?;
    let plan = PLANS.iter().find(|p| rest.ends_with(*p))?;
    let whole = rest[..rest.len() - plan.len()].strip_suffix("完成")?;
    (!whole.is_empty()).then_some(whole)
}

/// True when `label` names the ratio of `whole`'s amount to a plan.
pub(super) fn is_ratio_of(label: &str, whole: &str) -> bool {
    ratio_whole(label) == Some(without_verb(whole).as_str())
}

/// The indicator and the plan of a label that names both before a % (规模以上工业增加值
/// 完成年度计划): the ratio of an indicator printed without its amount.
fn named_with_plan(label: &str) -> Option<(&str, &'static str)> {
    let rest = label.strip_suffix('的').unwrap_or(label);
    let plan = PLANS.iter().find(|p| rest.ends_with(*p))?;
    let head = &rest[..rest.len() - plan.len()];
    let whole = VERBS.iter().find_map(|v| head.strip_suffix(v))?;
    // 全县规模以上工业增加值完成年度计划: the whole place names no indicator.
    let whole = crate::draft::label::strip_front(whole);
    (whole.chars().count() >= 2).then_some((whole, plan))
}

impl Reader<'_> {
    /// Names `label` of a number in % (为预算的) after the amount right before it, when
    /// the label sets that amount against its plan, or after the indicator it names
    /// (规模以上工业增加值完成年度计划的): the ratio, no figure that grew. True when it
    /// named it.
    pub(super) fn executed(&self, label: &mut String, unit: &Unit) -> bool {
        if unit.zh != "%" {
            return false;
        }
        if let Some((whole, plan)) = named_with_plan(label) {
            *label = ratio_label(whole, plan);
            return true;
        }
        let Some(plan) = plan_of(label) else {
            return false;
        };
        let whole = self
            .out
            .figures
            .last()
            .filter(|p| p.value.is_some() && p.unit != "%" && p.kind == FigureKind::Amount);
        if let Some(p) = whole {
            *label = ratio_label(&p.label, plan);
        }
        whole.is_some()
    }
}
