//! A budget's execution ratio: 一般公共预算收入完成42.6亿元，为预算的102.3%，增长5.2%.
//! The ratio says how much of the plan the amount before it reached; the growth after it
//! is the amount's, never the ratio's. The ratio is a figure of its own, named as the
//! text means it (一般公共预算收入完成预算的比例), never a bare 为预算.

use super::{Reader, Unit};
use crate::shared::model::FigureKind;

/// The budgets an amount is measured against. A plan's (完成年度计划的112.5%) keeps the
/// clause as its label, as before: its amount's label may hold the verb (实现营业收入).
const PLANS: [&str; 4] = ["调整预算", "年度预算", "全年预算", "预算"];

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

/// The name of the ratio of `whole`'s amount to `plan`: 一般公共预算收入完成预算的比例.
pub(super) fn ratio_label(whole: &str, plan: &str) -> String {
    format!("{whole}完成{plan}的比例")
}

/// True when `label` names the ratio of `whole`'s amount to a plan.
pub(super) fn is_ratio_of(label: &str, whole: &str) -> bool {
    label
        .strip_prefix(whole)
        .and_then(|r| r.strip_prefix("完成"))
        .and_then(|r| r.strip_suffix("的比例"))
        .is_some_and(|p| PLANS.contains(&p))
}

impl Reader<'_> {
    /// Names `label` of a number in % (为预算的) after the amount right before it, when
    /// the label sets that amount against its plan: the ratio, no figure that grew. True
    /// when it named it.
    pub(super) fn executed(&self, label: &mut String, unit: &Unit) -> bool {
        let Some(plan) = plan_of(label).filter(|_| unit.zh == "%") else {
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
