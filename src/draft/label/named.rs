//! Labels the clause tail would cut or leave bare: a sum over a list (养老保险、医疗保障和
//! 乡村振兴衔接资金共计12.7亿元 is of the three funds, not of the last two) and a generic
//! noun (审计了58个单位) that only the verb before it names.

use super::strip_front;
use crate::draft::scan::is_han;

/// Sums of the items listed before them: 共计, 合计.
const SUMS: [&str; 2] = ["共计", "合计"];

/// The items a sum ending `lead` adds up, whole: 审计了养老保险、医疗保障和乡村振兴衔接资金
/// 共计 → 养老保险、医疗保障和乡村振兴衔接资金 (a clause tail would cut it at 、 and name
/// two funds of three). The verb that opens the clause (审计了) is what was done, not
/// what is counted. `None` where no list (、) stands before the sum.
pub(super) fn summed_list(lead: &str) -> Option<&str> {
    let body = SUMS.iter().find_map(|w| lead.strip_suffix(w))?;
    let clause = body.rsplit(['，', ',', '：', ':', '；', ';']).next()?;
    if !clause.contains('、') {
        return None;
    }
    let items = match clause.char_indices().take(4).find(|&(_, c)| c == '了') {
        Some((at, c)) => &clause[at + c.len_utf8()..],
        None => clause,
    };
    let items = strip_front(items);
    (items.chars().count() >= 4).then_some(items)
}

/// Nouns that name no set on their own (审计了58个单位: which units?): the verb right
/// before the number says which (审计单位).
const GENERIC: [&str; 2] = ["单位", "部门"];

/// `after`, a generic noun, named by the verb `before` it (审计了 → 审计单位); `None`
/// for any other noun, or where no short verb stands before it.
pub(super) fn done_to(before: &str, after: &str) -> Option<String> {
    if !GENERIC.contains(&after) {
        return None;
    }
    let verb = before.strip_suffix('了').unwrap_or(before);
    let short = (2..=3).contains(&verb.chars().count()) && verb.chars().all(is_han);
    short.then(|| format!("{verb}{after}"))
}

/// What an agency's name ends in: 县审计局, 市统计局, 区政府.
const AGENCIES: [&str; 5] = ["局", "厅", "委", "院", "政府"];

/// `s` after the agency that opens it, where a clause's opening word follows the name
/// (县审计局共完成审计项目, 县审计局将力争全年审计项目 → 共完成…, 将力争…): who did it,
/// no part of what is counted. `None` where no such name opens `s`.
pub(super) fn after_agency(s: &str) -> Option<&str> {
    s.char_indices().skip(1).take(7).find_map(|(at, c)| {
        let end = at + c.len_utf8();
        let name = &s[..end];
        let rest = &s[end..];
        let agency = AGENCIES.iter().any(|a| name.ends_with(a));
        let opens = super::OPENERS
            .iter()
            .any(|w| rest.starts_with(w) && rest.len() > w.len());
        (agency && opens).then_some(rest)
    })
}

/// 总投资1305.8亿元的118个重点推进项目 → 重点推进项目总投资: the projects' total, named
/// by the projects the count after it names. `None` where `before` is no bare 总投资 or
/// no count of things follows its 的.
pub(super) fn projects_total(before: &str, trail: &str) -> Option<String> {
    if before != "总投资" {
        return None;
    }
    let count = trail.strip_prefix('的')?;
    let rest = count.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if rest.len() == count.len() {
        return None;
    }
    let rest = rest.strip_prefix(['个', '项', '家', '批'])?;
    let noun = super::noun_after(rest);
    (noun.chars().count() >= 2).then(|| format!("{noun}{before}"))
}

/// The head a list of industries shares (钢铁、食品加工产业): what makes its items one
/// name of several industries, each of which the figure is of.
const INDUSTRIES: &str = "产业";

/// The most characters of one industry of such a list (造纸与木材加工).
const INDUSTRY_CHARS: usize = 8;

/// Where a list of industries starts whose 、 at byte `i` of `s` lists them, each with
/// one bound (医药、造纸与印刷、化工产业超1千亿元: the 1千亿元 is each of the three's, and
/// the label names all three, never 化工产业 alone). The words after the 、 are the last
/// industry with the head the list shares ([`INDUSTRIES`]), up to the number; every item
/// before is a short name without a number of its own. `None` where the 、 parts
/// anything else (钢铁产业产值12亿元、化工产业15亿元: each item has its own number).
pub(super) fn industries(s: &str, i: usize) -> Option<usize> {
    let tail = s.get(i..)?.strip_prefix('、')?;
    let short =
        |w: &str| (1..=INDUSTRY_CHARS).contains(&w.chars().count()) && w.chars().all(is_han);
    let last = tail.strip_suffix(INDUSTRIES)?;
    if !short(last) {
        return None;
    }
    let mut at = i;
    loop {
        let before = &s[..at];
        let from = before.rfind(super::CLAUSE_MARKS).map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
        if !short(super::strip_front(&before[from..])) {
            return None;
        }
        match before[..from].strip_suffix('、') {
            Some(list) => at = list.len(),
            None => return Some(from),
        }
    }
}
