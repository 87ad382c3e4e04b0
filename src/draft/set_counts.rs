//! Numbers inside a label or a condition (issue 18, class 4), which say which ones, or
//! suppose, rather than count what the year did: the count of a set the place already has
//! (壮大13条产业链), the pool a count is taken from (36项指标中有30项), a count whose
//! items the text then lists (部署了9项任务：一是…), a forum named by its members (50人
//! 论坛), the size that names a disaster (2亿立方米山体滑坡), the base a result stands on
//! (超过8000亿元的高基数上) and a number a condition supposes (有5%的增速就能…).
//! [`reason`] gives the skip; [`super::not_figures::skip_reason`] asks it.

use super::numbers::Unit;
use super::scan::{is_han, MAGNITUDES};
use crate::check::printed::Number;
use crate::shared::model::SkipReason;

/// Marks that close a clause.
const CLAUSE_ENDS: [char; 8] = ['，', '；', '。', ',', ';', '：', ':', '！'];

/// The clause of `s` from byte `from` on, up to its first mark.
fn clause_from(s: &str, from: usize) -> &str {
    let r = &s[from..];
    r.find(CLAUSE_ENDS).map_or(r, |i| &r[..i])
}

/// The clause of `lead` that runs up to its end.
fn clause_to(lead: &str) -> &str {
    lead.rfind(CLAUSE_ENDS).map_or(lead, |i| {
        &lead[i + lead[i..].chars().next().map_or(0, char::len_utf8)..]
    })
}

/// Why number `n` of sentence `s`, read with unit `u`, is inside a label or a condition,
/// or `None`.
pub(super) fn reason(s: &str, n: &Number, u: &Unit) -> Option<SkipReason> {
    let lead = &s[..n.start];
    let after = &s[u.end..];
    if supposed(clause_to(lead), clause_from(s, u.end)) {
        return Some(SkipReason::Unread);
    }
    if forum(&u.zh, after) {
        return Some(SkipReason::Name);
    }
    let label = kept_set(clause_to(lead), after, &u.zh)
        || pool(&u.zh, clause_from(s, u.end))
        || listed_next(&u.zh, after)
        || disaster(&u.zh, after)
        || base(after);
    label.then_some(SkipReason::Label)
}

/// Verbs that work on a set the place already has: they strengthen it (壮大), press on
/// with it (抓实), make good use of it (用好) or let it play its part (发挥…作用). The count
/// after them says which set; a verb that makes or builds (抓好, 办好, 建设) counts what the
/// year did.
const KEPT: [&str; 4] = ["壮大", "抓实", "用好", "发挥"];

/// Words before a verb of [`KEPT`] that make it another verb: 培育壮大80家链主企业 grows
/// new ones and counts them; 利用好531处文物 counts what is cared for.
const GROWING: [&str; 4] = ["培育", "发展", "扶持", "利"];

/// True when `clause` (its clause up to the number) opens the object of a verb of
/// [`KEPT`] with Han words only between, and the number is followed by what it counts
/// (`after`, past its unit and qualifier). 发挥 takes its 作用 in the clause.
fn kept_set(clause: &str, after: &str, unit: &str) -> bool {
    if unit.is_empty() || !after.starts_with(|c: char| is_han(c) && !"的以左多余".contains(c))
    {
        return false;
    }
    KEPT.iter().any(|verb| {
        clause.rfind(verb).is_some_and(|at| {
            let between = &clause[at + verb.len()..];
            let own = between.chars().all(|c| is_han(c) || "“”".contains(c));
            let grows = GROWING.iter().any(|g| clause[..at].ends_with(g));
            let role = *verb != "发挥" || clause_from(after, 0).contains("作用");
            own && !grows && role && between.chars().count() <= 12
        })
    })
}

/// Words that choose among a pool, after the pool's noun: 36项指标中有30项, 在8个县选择
/// 部分乡镇.
const CHOOSING: [&str; 6] = ["中有", "之中有", "中选择", "选择部分", "选取部分", "中遴选"];

/// Count units a pool is counted in.
const POOL_UNITS: [&str; 9] = ["个", "项", "家", "条", "所", "座", "类", "名", "件"];

/// True for the count of a pool that the clause then chooses among (`clause` follows the
/// count's unit): the pool says from which ones; the count chosen, where printed, is the
/// figure. A pool whose chosen ones meet a threshold (8个县中有6个增速超过6%) is the desk's
/// before this asks ([`super::among`]).
fn pool(unit: &str, clause: &str) -> bool {
    POOL_UNITS.contains(&unit)
        && CHOOSING.iter().any(|w| {
            clause.find(w).is_some_and(|at| {
                let noun = &clause[..at];
                let rest = &clause[at + w.len()..];
                let chosen = rest.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with("部分");
                (1..=10).contains(&noun.chars().count()) && noun.chars().all(is_han) && chosen
            })
        })
}

/// How a list of items opens right after a colon: 一是, （一）, 1., 第一, 首先.
const ITEMS: [&str; 9] = [
    "一是",
    "（一）",
    "(一)",
    "1.",
    "1、",
    "1．",
    "第一",
    "首先",
    "一、",
];

/// True for a count whose items the text lists right after it (具体部署了9项任务：一是…):
/// the count says how the text is set out, as 6个方面 does; each item is the text's.
/// `rest` follows the count's unit.
fn listed_next(unit: &str, rest: &str) -> bool {
    let Some(colon) = rest.find(['：', ':']) else {
        return false;
    };
    let noun = &rest[..colon];
    let list = rest[colon..].trim_start_matches(['：', ':']);
    POOL_UNITS.contains(&unit)
        && (1..=10).contains(&noun.chars().count())
        && noun.chars().all(is_han)
        && ITEMS.iter().any(|w| list.starts_with(w))
}

/// What a gathering named by the count of its members is called: 青年50人论坛.
const GATHERINGS: [&str; 3] = ["论坛", "俱乐部", "沙龙"];

/// True for a count of people right before a gathering's noun: the gathering's name.
fn forum(unit: &str, after: &str) -> bool {
    unit == "人" && GATHERINGS.iter().any(|w| after.starts_with(w))
}

/// Disasters a report names by their size: 3亿立方米山体滑坡, 80万方泥石流.
const DISASTERS: [&str; 6] = ["山体滑坡", "滑坡", "泥石流", "崩塌", "山洪", "洪水"];

/// True for a volume right before a disaster (2亿立方米山体滑坡): the size says which
/// one, as a class does. A count of disasters (120处滑坡) or what was done about them
/// (治理隐患120处) counts.
fn disaster(unit: &str, after: &str) -> bool {
    let base = MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit);
    matches!(base, "立方米" | "方") && DISASTERS.iter().any(|w| after.starts_with(w))
}

/// True for an amount right before 的 and a base (…超过8000亿元的高基数上): the level
/// the year's results start from, which the text states to weigh them, not a figure the
/// sentence reports.
fn base(after: &str) -> bool {
    let Some(r) = after.strip_prefix('的') else {
        return false;
    };
    let r = ["较高", "高", "大"]
        .iter()
        .find_map(|w| r.strip_prefix(w))
        .unwrap_or(r);
    r.starts_with("基数")
}

/// Words that open a condition before its number: 只要有5%的增速, 有6%的增长, 如果…
const IF: [&str; 4] = ["有", "只要", "如果", "若"];

/// Words after a condition that say what would follow: 就能, 就可以, 就会.
const THEN: [&str; 3] = ["就能", "就可", "就会"];

/// True when the number stands in a condition its clause supposes (只要有5%左右的增速就能
/// 稳住就业): `lead` is its clause up to the number, `clause` the rest of it. The number
/// is no result and no target the text sets; the desk decides.
fn supposed(lead: &str, clause: &str) -> bool {
    // 有6.5%－7%的增速: the range's first end may stand between; a few words may too
    // (有超过5%的增长), a clause may not.
    let opens = IF.iter().any(|w| {
        lead.rfind(w).is_some_and(|at| {
            let between = &lead[at + w.len()..];
            between.chars().count() <= 10 && between.chars().filter(|c| is_han(*c)).count() <= 2
        })
    });
    // 就能源安全作出部署, 就会议精神: 就 as "on", no consequence.
    let then = THEN.iter().any(|w| {
        clause
            .match_indices(w)
            .any(|(i, _)| !clause[i + w.len()..].starts_with(['源', '议']))
    });
    opens && then
}
