//! Labels that are a bare word of a total or of an indicator (总量, 总数, 产值, 利润), which
//! say nothing alone: named after what the sentence (or the short sentence before it) says
//! they are of, or left to the desk. 新增境内上市公司62家，总数186家 counts 境内上市公司总数;
//! 营收增长5.9%、利润增长5.5% counts the same companies' 利润.

use super::items;

/// Words of a total that name nothing alone.
pub const BARE_TOTALS: [&str; 4] = ["总量", "总数", "总规模", "总额"];

/// Words of what is new in a count, which its total does not say: 新增境内上市公司.
const NEW: [&str; 5] = ["新登记", "新增", "新设", "净增", "新开工"];

/// The words a head ends with that are its indicator's, not its subject's:
/// 生物降解制品总产量 → 生物降解制品, 猕猴桃综合产值 → 猕猴桃.
const OWN: [&str; 2] = ["综合", "总"];

/// True when `label` is a bare word of a total (总量, 总数).
pub fn bare_total(label: &str) -> bool {
    BARE_TOTALS.contains(&label)
}

/// The name a bare total takes from the label of the figure before it (新增境内上市公司 →
/// 境内上市公司总数); `None` when that label has no noun left.
pub fn total_of(before: &str, total: &str) -> Option<String> {
    let named = NEW
        .iter()
        .find_map(|w| before.strip_prefix(w))
        .unwrap_or(before);
    (named.chars().count() >= 2).then(|| format!("{named}{total}"))
}

/// The subject a short clause without numbers names before its four-character predicate:
/// 市场经营主体增量提质 → 市场经营主体, 经营主体持续壮大 → 经营主体.
pub fn subject_of(clause: &str) -> Option<&str> {
    let n = clause.chars().count();
    let plain = clause.chars().all(crate::draft::scan::is_han);
    if !(6..=14).contains(&n) || !plain {
        return None;
    }
    let (cut, _) = clause.char_indices().nth(n - 4)?;
    Some(&clause[..cut])
}

/// The label a bare indicator word (利润, 支出) takes from the label of the figure listed
/// before it, when that one names the same subject with an indicator word of its own:
/// 监管企业营收 → 监管企业利润, 一般公共预算收入 → 一般公共预算支出. `None` otherwise.
pub fn sibling(before: &str, bare: &str) -> Option<String> {
    if !items::TAILS.contains(&bare) {
        return None;
    }
    let tail = items::TAILS.iter().find(|t| before.ends_with(*t))?;
    let head = &before[..before.len() - tail.len()];
    let head = OWN
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    // 外贸进出口总额 and 出口: the head names the word already, no subject of its own.
    let own = head.chars().count() >= 2 && !head.contains(bare) && *tail != bare;
    own.then(|| format!("{head}{bare}"))
}

/// Verbs of doing before the projects a sum was invested in: 实施重大项目1900多个.
const DOING: [&str; 6] = ["铺排落实", "落实", "实施", "建设", "推进", "推动"];

/// The label a bare 投资 takes after a count of projects in its sentence (实施重点项目2800多个，
/// 完成投资2400多亿元 → 重点项目投资): the projects', not the place's investment. `None`
/// after any other figure.
pub fn invested(before: &str, bare: &str) -> Option<String> {
    if bare != "投资" || !before.ends_with("项目") {
        return None;
    }
    let projects = DOING
        .iter()
        .filter_map(|v| before.rfind(v).map(|i| &before[i + v.len()..]))
        .min_by_key(|p| p.len())
        .unwrap_or(before);
    (projects.chars().count() >= 3).then(|| format!("{projects}投资"))
}
