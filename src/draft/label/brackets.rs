//! A short word in brackets inside a name (每千人口执业（助理）医师), or what the name
//! counts closing it (固定资产投资（不含农户）): part of the name, not a clause's end.

use super::CLAUSE_MARKS;
use crate::draft::scan::is_han;

/// Words that close a threshold in brackets, which says which ones a name counts.
const CLASS_ENDS: [&str; 4] = ["及以上", "以上", "及以下", "以下"];

/// Words that open a note of what a name counts: （不含农户）, （含高新区）.
const SCOPES: [&str; 5] = ["不含", "含", "包含", "不包括", "包括"];

/// Where the bracket that the closing bracket at `close` shuts opens, when the two hold
/// a short word (1 to 4 characters, no digit, no mark) or a Latin name (PM2.5, up to 6)
/// and a name goes on on both sides.
pub(super) fn inner(s: &str, close: usize) -> Option<usize> {
    let after = s.get(close..)?;
    let mark = after.chars().next()?;
    if !matches!(mark, '）' | ')') {
        return None;
    }
    let open = s[..close].rfind(['（', '('])?;
    let open_len = s[open..].chars().next().map_or(1, char::len_utf8);
    let inner = s.get(open + open_len..close)?;
    // 固定资产投资（不含农户）增长7.3%: what the name counts may close it.
    let scope = SCOPES.iter().any(|w| inner.starts_with(w));
    if after.len() == mark.len_utf8() && !scope {
        return None;
    }
    let n = inner.chars().count();
    // 细颗粒物（PM2.5）年平均浓度: a Latin name in brackets is the name's, digits and all.
    let latin = inner.starts_with(|c: char| c.is_ascii_alphabetic())
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_'));
    // 规模以上工业（年主营业务收入2000万元及以上）增加值: a class and its threshold.
    let class =
        CLASS_ENDS.iter().any(|w| inner.ends_with(w)) && n <= 20 && !inner.contains(CLAUSE_MARKS);
    // 开放县（区、市）: the levels a name takes in, listed in brackets, are the name's.
    let levels = (3..=7).contains(&n)
        && inner
            .split('、')
            .all(|w| (1..=2).contains(&w.chars().count()) && w.chars().all(is_han));
    let plain = latin
        || class
        || levels
        || !inner.contains(CLAUSE_MARKS) && !inner.chars().any(|c| c.is_ascii_digit());
    let before = s[..open].chars().next_back();
    let name_before = before.is_some_and(|c| !CLAUSE_MARKS.contains(&c));
    let short = (1..=4).contains(&n) || latin && n <= 6 || scope && n <= 10 || class || levels;
    (short && plain && name_before).then_some(open)
}
