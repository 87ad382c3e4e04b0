//! Labels named by what was done to or for the things counted (issue 18, s-test25): whom
//! a service is for (为70万妇女免费开展“两癌”筛查), which units were selected (12家单位
//! 入选…), and two verbs done to one noun (修订、制定政府规章).

use crate::draft::scan::is_han;

/// Verbs that open the service a count after 为 receives: 为5万名患者免费提供药物.
const SERVICES: [&str; 6] = ["免费", "提供", "开展", "发放", "办理", "减免"];

/// The people a count after 为 names, with what is done for them: 为70万妇女免费开展“两癌”
/// 筛查 → 免费开展“两癌”筛查的妇女; 为不少于5万名经济困难的严重精神障碍患者免费提供抗精神
/// 病药物 → 免费提供抗精神病药物的经济困难的严重精神障碍患者. The people alone (妇女) say
/// nothing of why they are counted; the people with the verb after them (妇女免费) are a
/// fragment. `None` where no verb of [`SERVICES`] follows them in the clause.
pub(super) fn served(trail: &str) -> Option<String> {
    let clause = trail.split(['，', ',', '；', ';', '。']).next()?;
    let at = SERVICES
        .iter()
        .filter_map(|v| clause.find(v))
        .filter(|&at| at > 0)
        .min()?;
    let (people, service) = (&clause[..at], &clause[at..]);
    let plain = |s: &str| s.chars().all(|c| is_han(c) || matches!(c, '“' | '”'));
    let sizes = (1..=16).contains(&people.chars().count()) && service.chars().count() <= 16;
    (sizes && plain(people) && plain(service)).then(|| format!("{service}的{people}"))
}

/// Nouns that name no set on their own, named by what they were selected into.
const GENERIC: [&str; 4] = ["单位", "个人", "项目", "学校"];

/// Verbs of being selected or rated: 入选, 获评.
const SELECTED: [&str; 4] = ["入选", "获评", "荣获", "获得"];

/// `after`, a generic noun, with what it was selected into: 12家单位入选全国首批重点培育
/// 中试平台 → 单位入选全国首批重点培育中试平台; 173名个人和6个科技创新团队入选“珠峰英才”
/// 计划 → 个人入选“珠峰英才”计划. `None` for any other noun, or where no verb of
/// [`SELECTED`] follows in its clause, or what it names is long.
pub(super) fn selected(after: &str, trail: &str) -> Option<String> {
    if !GENERIC.contains(&after) {
        return None;
    }
    let rest = &trail[trail.find(after)? + after.len()..];
    let clause = rest.split(['，', ',', '；', ';', '。']).next()?;
    let at = SELECTED.iter().filter_map(|v| clause.find(v)).min()?;
    // 个人和6个科技创新团队入选: the verb is of both counts, the other one between.
    let between = &clause[..at];
    if !(between.is_empty() || between.starts_with(['和', '、', '及'])) {
        return None;
    }
    let what = &clause[at..];
    (what.chars().count() <= 20).then(|| format!("{after}{what}"))
}

/// Verbs two of which may be done to one noun: 修订、制定政府规章, 新建、改扩建学校.
const JOINED: [&str; 12] = [
    "修订",
    "制定",
    "出台",
    "新建",
    "改建",
    "扩建",
    "改扩建",
    "建成",
    "改造",
    "创建",
    "新开",
    "开通",
];

/// Where the first of two verbs joined by the 、 at `at` of `s` opens, when both are of
/// [`JOINED`] and the first opens its clause: 修订、制定政府规章 is one label, which a cut
/// at the 、 would leave as 制定政府规章.
pub(super) fn joined_verbs(s: &str, at: usize) -> Option<usize> {
    let after = s.get(at..)?.strip_prefix('、')?;
    let first = JOINED.iter().find(|v| s[..at].ends_with(*v))?;
    let open = at - first.len();
    let opens = s[..open]
        .chars()
        .next_back()
        .is_none_or(|c| super::CLAUSE_MARKS.contains(&c) || matches!(c, '；' | ';'));
    (opens && JOINED.iter().any(|v| after.starts_with(v))).then_some(open)
}

/// Verbs of doing that a count may follow with no noun of its own (实施5批次19组…, 新建
/// 100个“…”): alone, they name nothing counted. Verbs of reaching (惠及) are not here: the
/// draft names them after the measure before them.
const DOING: [&str; 8] = [
    "实施", "新建", "建设", "建成", "开展", "推进", "打造", "办好",
];

/// True when `label` is a verb of [`DOING`] alone.
pub(super) fn deed_alone(label: &str) -> bool {
    DOING.contains(&label)
}

/// `after` with the verb of something new `before` its count (新开通12个传统边贸点 →
/// 新开通传统边贸点, 新建100个“…服务圈” → 新建“…服务圈”); `None` for another verb, for
/// 新增 (a change's word, which the change says), or where no noun follows the count.
pub(super) fn newly(before: &str, after: &str) -> Option<String> {
    let verb = (2..=3).contains(&before.chars().count())
        && before.starts_with('新')
        && before != "新增"
        && before.chars().all(is_han);
    (verb && after.chars().count() >= 2).then(|| format!("{before}{after}"))
}
