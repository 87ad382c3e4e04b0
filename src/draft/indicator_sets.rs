//! The counts of indicators a plan sets, with their split into kinds: 设定了五大类24个主要
//! 指标，包括…16个预期性指标，以及…8个约束性指标; 以上共计28项指标，其中预期性指标19项、
//! 约束性指标9项. They say how the plan is written, as 6个方面 does, so each is a `label`
//! skip (tests/truth/README.md, "The count of indicators a plan sets"). A count of
//! indicators that did something (9项约束性指标全部完成, 地区生产总值等6项指标不及预期)
//! follows no setting verb in its clause run and stays a figure.
//! `tests/truth/scripts/indicator_sets.py` applies the same test to the lists.

/// Verbs by which a plan sets its indicators (设定了, 设置了 included by their stem).
const SETS: [&str; 5] = ["设置", "设定", "提出", "共计", "设立"];

/// Words that open a clause splitting the set just named into its kinds.
const SPLITS: [&str; 3] = ["包括", "其中", "以及"];

/// Words a plan's indicators are qualified by: 22项主要指标, 8个约束性指标.
const KINDS: [&str; 6] = ["主要", "核心", "约束性", "预期性", "预期", "量化"];

/// True when `rest` (what follows the unit) opens with kinds, if any, then 指标.
fn indicators_after(rest: &str) -> bool {
    let mut r = rest;
    while let Some(t) = KINDS.iter().find_map(|k| r.strip_prefix(k)) {
        r = t;
    }
    r.starts_with("指标")
}

/// True for 其中预期性指标19项: a kind, then 指标, right before the number, and the
/// count closing its item.
fn indicators_before(lead: &str, rest: &str) -> bool {
    lead.strip_suffix("指标")
        .is_some_and(|l| KINDS.iter().any(|k| l.ends_with(k)))
        && (rest.is_empty() || rest.starts_with(['、', '，', '。', '；', ',', ';']))
}

/// True for a count in 项 or 个 of the indicators a plan sets: the number starts at
/// `at` in the sentence `s`, `rest` follows its unit. Its clause prints a setting verb
/// before it, or opens with 包括/其中/以及 after clauses that lead back to one.
pub(super) fn set_count(s: &str, at: usize, unit: &str, rest: &str) -> bool {
    let lead = &s[..at];
    if !matches!(unit, "项" | "个") || !(indicators_after(rest) || indicators_before(lead, rest))
    {
        return false;
    }
    let sets = |c: &str| SETS.iter().any(|v| c.contains(v));
    for clause in lead.rsplit(['，', ',']) {
        if sets(clause) {
            return true;
        }
        if !SPLITS.iter().any(|w| clause.starts_with(w)) {
            return false;
        }
    }
    false
}
