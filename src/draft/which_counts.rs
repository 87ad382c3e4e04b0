//! Counts that only say which ones another number is of, or that are part of a name: a
//! count inside what another count describes (将8个公司运营的16支基金), an institute's
//! number (株洲608所AES100发动机), a count of the parts the text lists after it (抓好以下
//! 8项工作), a threshold in brackets that says which units a statistic counts, the base
//! of a rate (每10万人口), and where a place stands (距市区15公里的, 海拔5200米的). The
//! reasons [`super::not_figures::skip_reason`] gives a `label` (or, for a name, a `name`)
//! skip, one function each.

use super::scan::is_han;

/// Measure words of things counted one by one.
const COUNTS: [&str; 14] = [
    "个", "条", "名", "户", "家", "所", "项", "座", "支", "只", "艘", "辆", "款", "处",
];

/// The clause of `rest` (the text after a number's unit): up to its next mark.
fn clause(rest: &str) -> &str {
    rest.split(['，', '；', '。', ',', ';', '、', '：', ':'])
        .next()
        .unwrap_or(rest)
}

/// True for a count inside the words that describe what a later number counts, in the
/// object that 将 or 把 moves before its verb (将8个公司运营的16支基金整合为2支, 把3个部门
/// 管理的12项资金统筹使用): the clause goes on to 的 right before the other number, so the
/// count says which ones. Without 将 (通达127个国家和地区的584个港口) both counts are
/// what the year reached.
pub(super) fn inside_a_description(lead: &str, unit: &str, rest: &str) -> bool {
    let c = clause(rest);
    lead.ends_with(['将', '把'])
        && COUNTS.contains(&unit)
        && rest.starts_with(is_han)
        && c.match_indices('的').any(|(i, _)| {
            let before = &c[..i];
            let after = &c[i + '的'.len_utf8()..];
            !before.contains(|ch: char| ch.is_ascii_digit())
                && after.starts_with(|ch: char| ch.is_ascii_digit())
        })
}

/// True for a research institute known by its number (株洲608所AES100发动机, 电科38所
/// CETC): 所 right before the letters of what it makes or its name, never a count of
/// schools (新建中小学12所, 120所学校).
pub(super) fn institute(unit: &str, rest: &str) -> bool {
    unit == "所" && rest.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Words a list of projects closes with after its 等: 等项目, 等重点项目, 等工程.
const PROJECTS: [&str; 2] = ["项目", "工程"];

/// True for a count inside an item of a list of projects that its clause closes with 等
/// (加快A公司3个煤制气、B集团光伏等项目建设; 串联58个酒庄的旅游环线等重点项目开工):
/// the count is part of what names one project, not a figure of the year. A count of
/// the projects themselves (推进120个重点项目等) has 项目 before the 等, and stays one.
pub(super) fn inside_a_project_list(unit: &str, rest: &str) -> bool {
    let c = rest
        .split(['，', '；', '。', ',', ';', '：', ':'])
        .next()
        .unwrap_or(rest);
    let Some(at) = c.find('等') else {
        return false;
    };
    let (item, after) = (&c[..at], &c[at + '等'.len_utf8()..]);
    let noun: String = after.chars().take_while(|ch| is_han(*ch)).take(8).collect();
    COUNTS.contains(&unit)
        && rest.starts_with(is_han)
        && !item.contains(|ch: char| ch.is_ascii_digit())
        && !PROJECTS.iter().any(|w| item.contains(w))
        && PROJECTS.iter().any(|w| noun.contains(w))
}

/// True for a count of what the text lists right after it (重点抓好以下8项工作, 努力实现以下
/// 8个方面主要目标), or named before it (以上3项工作, 上述5个项目): the report's own
/// parts, as 6个方面 is. A bound after a
/// number (500万元以下3家) is no such word: the clause before 以下 holds no digit.
pub(super) fn list_that_follows(lead: &str, unit: &str) -> bool {
    let Some(before) = lead.strip_suffix("以下") else {
        return list_before(lead, unit);
    };
    let clause = before
        .rsplit(['，', '；', '。', ',', ';', '：', ':'])
        .next()
        .unwrap_or(before);
    matches!(unit, "个" | "项" | "条" | "件")
        && !clause.contains(|c: char| c.is_ascii_digit())
        && clause.ends_with(is_han)
}

/// Words before a count that point back to what the text named before it: 上述5个项目,
/// 前述3项措施.
const BACK: [&str; 3] = ["上述", "前述", "前面"];

/// True for a count of what the text named before it (以上3项工作均提前完成, 上述5个项目
/// 全部开工): it only says how many were named. 以上 counts only where it opens its
/// clause (规模以上5家 is a class, handled as one).
fn list_before(lead: &str, unit: &str) -> bool {
    let clause = lead
        .rsplit(['，', '；', '。', ',', ';', '：', ':'])
        .next()
        .unwrap_or(lead);
    matches!(unit, "个" | "项" | "条" | "件")
        && (clause == "以上" || BACK.iter().any(|w| clause.ends_with(w)))
}

/// True when `lead` (the text before a number) ends inside an open bracket whose words
/// before the number hold no change word and no digit: the bracket defines a class
/// (规模以上工业（年主营业务收入2000万元及以上）), it reports no result.
pub(super) fn class_in_brackets(lead: &str) -> bool {
    let Some(open) = lead.rfind(['（', '(']) else {
        return false;
    };
    let inner = &lead[open..];
    !inner.contains(['）', ')'])
        && !inner.contains(|c: char| c.is_ascii_digit())
        && !super::changes::has_word(inner)
}

/// Units of a distance.
const LENGTHS: [&str; 4] = ["公里", "千米", "米", "海里"];

/// Characters a place may have between 距 and its distance: 距市区, 距离中心城区.
const PLACE_CHARS: usize = 8;

/// True when the number after `lead`, in `unit`, only says which ones or where: the base
/// of a rate right after 每 (每10万人口拥有博物馆1.2个, 每1万元地区生产总值), a distance from
/// a place (位于距市区15公里的产业园), or a height above the sea (海拔5200米的哨所). The
/// rate, or what stands there, is the figure.
pub(super) fn where_it_stands(lead: &str, unit: &str) -> bool {
    if lead.ends_with('每') || lead.ends_with("海拔") {
        return true;
    }
    let base = unit.trim_start_matches(['万', '千', '百']);
    LENGTHS.contains(&base)
        && lead.rfind('距').is_some_and(|at| {
            let place = &lead[at + '距'.len_utf8()..];
            let place = place.strip_prefix('离').unwrap_or(place);
            place.chars().count() <= PLACE_CHARS
                && place.chars().all(is_han)
                && !super::changes::has_word(place)
        })
}
