//! Marks a level passed and the level it reached, as reports print them around a change:
//! marks listed with their count (连跨5万亿元、6万亿元两个台阶) are no figures, and a
//! level reached after an adverb (增加近1000亿元，稳步达到3000亿元以上) is the value of the
//! change before it.

use super::changes::MARKS;

/// Counts of marks written in words: 两个台阶.
const COUNT_WORDS: [&str; 4] = ["两", "三", "四", "五"];

/// True when `after` (the text right after a number's unit) goes on, inside its clause,
/// with nothing but more amounts of a list and then the count of the marks they are:
/// 、6万亿元两个台阶 after 5万亿元, 两个台阶 after 6万亿元. The count says how far the
/// level went; each mark says only where a step was, and the level is a figure of its own
/// where the text prints it. A count of marks alone (连跨3个千亿元台阶) is a figure.
pub(super) fn listed_marks(after: &str) -> bool {
    let Some(head) = head_of_mark(after) else {
        return false;
    };
    let Some(k) = head.rfind('个') else {
        return false;
    };
    // 两个新台阶, 两个千亿级台阶: a few words between the count and the mark.
    if head[k + '个'.len_utf8()..].chars().count() > 4 {
        return false;
    }
    let counted = &head[..k];
    let items = match COUNT_WORDS.iter().find_map(|w| counted.strip_suffix(w)) {
        Some(r) => r,
        None => {
            let r = counted.trim_end_matches(|c: char| c.is_ascii_digit());
            if r.len() == counted.len() {
                return false;
            }
            r
        }
    };
    amounts_only(items.split(['、', '和']))
}

/// The words of `after` (the text right after a number's unit) before the first mark
/// (台阶, 大关) of its clause; `None` where the clause names no mark.
fn head_of_mark(after: &str) -> Option<&str> {
    let clause = after
        .split(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(after);
    let at = MARKS.iter().filter_map(|m| clause.find(m)).min()?;
    Some(&clause[..at])
}

/// True when the pieces of a list after a number are nothing but more amounts: the
/// first is empty (the number itself ends where the list goes on), each other starts
/// with a digit.
fn amounts_only<'a>(mut pieces: impl Iterator<Item = &'a str>) -> bool {
    pieces.next().is_some_and(str::is_empty)
        && pieces.all(|p| p.starts_with(|c: char| c.is_ascii_digit()))
}

/// Verbs of marks passed one after another or at once, longest first, as [`PASSES`]
/// and the runs of them (连跨, 连续迈上).
const PASSING: [&str; 9] = [
    "连续迈上",
    "连跨",
    "跨越",
    "迈上",
    "跨过",
    "跨上",
    "迈过",
    "越过",
    "突破",
];

/// Words before a verb of passing that say in turn, naming nothing (先后跨越, 相继突破).
const IN_TURN: [&str; 3] = ["先后", "相继", "连续"];

/// True for an amount of marks listed without their count (先后跨越千亿元、1200亿元台阶;
/// 相继突破1000亿元、1200亿元大关): each says only where a step was, as the amounts of
/// [`listed_marks`] do, never the level of any year, and is a `label` skip (tester
/// s-test24 F2). `lead` is the sentence before the number, `after` the text after its
/// unit: the mark ends the list, other amounts of it before or after, and a verb of
/// passing opens it.
pub(super) fn marks_in_turn(lead: &str, after: &str) -> bool {
    let Some(head) = head_of_mark(after) else {
        return false;
    };
    if !amounts_only(head.split('、')) {
        return false;
    }
    let opened = lead
        .rsplit(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(lead);
    let Some(verb) = PASSING.iter().filter_map(|v| opened.rfind(v)).max() else {
        return false;
    };
    let list = &opened[verb..];
    // One mark alone (迈上300亿斤台阶) is the figure: a list has a 、 before or after.
    (list.ends_with('、') || !head.is_empty()) && !list.contains(['，', '；'])
}

/// What passed the marks of the clause right before a change that names nothing of its
/// own (`before`: the words before the change word, 年均 its last clause): 地区生产总值 in
/// 全区地区生产总值先后跨越千亿元、1200亿元台阶，年均 and in 地区生产总值连跨两个万亿元台阶，
/// 年均. The marks are skips or a count; the change is of what passed them (tester
/// s-test24 F2). `None` where that clause is no mark passed, or names nothing before
/// its verb.
pub(super) fn passer_before(before: &str) -> Option<String> {
    let (head, _) = before.rsplit_once(['，', ','])?;
    if !MARKS.iter().any(|m| head.ends_with(m)) {
        return None;
    }
    let clause = head
        .rsplit(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(head);
    let at = PASSING.iter().filter_map(|v| clause.find(v)).min()?;
    let words = &clause[..at];
    let words = IN_TURN
        .iter()
        .find_map(|w| words.strip_suffix(w))
        .unwrap_or(words);
    let name = super::label::label(words, "", false);
    let named = !name.is_empty() && !crate::shared::words::names_no_subject(&name);
    named.then_some(name)
}

/// True when `lead` (the words between the figure before and a number) says the number
/// is the level that figure reached: ，达到 and 、迈上 (地区生产总值增长5.5%、达到10.3万亿元),
/// a mark it passed (进出口总额年均增长8.6%，突破40万亿元), or an adverb before 达到
/// ([`reached_after_adverb`]).
pub(super) fn reached(lead: &str) -> bool {
    matches!(
        lead,
        "、达到"
            | "，达到"
            | "、达"
            | "，达"
            | "、迈上"
            | "，迈上"
            | "、跨越"
            | "，跨越"
            | "、突破"
            | "，突破"
    ) || reached_after_adverb(lead)
}

/// Adverbs that say how a level was reached, naming nothing: 稳步达到, 首次达到.
const ADVERBS: [&str; 7] = ["稳步", "首次", "历史性", "进一步", "顺利", "已", "再"];

/// True when `lead` (the words between the figure before and a number) is only a comma
/// or a 、, one adverb of [`ADVERBS`] and 达到 or 达: the level the change before reached.
fn reached_after_adverb(lead: &str) -> bool {
    let Some(rest) = lead.strip_prefix(['，', '、']) else {
        return false;
    };
    ADVERBS
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .is_some_and(|r| matches!(r, "达到" | "达"))
}

/// Verbs of a mark passed, right before its amount: 突破4000亿元, 迈上6万亿元台阶.
const PASSES: [&str; 5] = ["突破", "迈上", "跨上", "跨越", "站上"];

/// True for a mark passed that the level it reached follows right after, in the next
/// clause (迈上6万亿元台阶，达到62661亿元; 突破4000亿元、首次达到4211亿元): the mark only
/// says which round number the level passed, so it is a `label` skip and the level is the
/// figure (tests/truth/README.md, "A mark passed, then the level reached"). A mark alone
/// (迈上300亿斤台阶) is the figure. `lead` is the sentence before the number, `after`
/// the text after its unit.
pub(super) fn mark_before_level(lead: &str, after: &str) -> bool {
    if !PASSES.iter().any(|v| lead.ends_with(v)) {
        return false;
    }
    let r = MARKS
        .iter()
        .find_map(|m| after.strip_prefix(m))
        .unwrap_or(after);
    let Some(r) = r.strip_prefix(['，', '、', ',']) else {
        return false;
    };
    let r = ADVERBS.iter().find_map(|a| r.strip_prefix(a)).unwrap_or(r);
    ["达到", "达"]
        .iter()
        .find_map(|w| r.strip_prefix(w))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The words before a mark passed when `lead_all` (the text from the figure before up
/// to a number) ends with that mark and the level reached after it: 地区生产总值迈上 in
/// 地区生产总值迈上6万亿元台阶，达到. The mark is a skip ([`mark_before_level`]), so the
/// level is named by what passed it.
pub(super) fn before_mark(lead_all: &str) -> Option<&str> {
    let at = PASSES
        .iter()
        .filter_map(|v| lead_all.rfind(v).map(|i| i + v.len()))
        .max()?;
    let mid = &lead_all[at..];
    let digits = mid.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if digits.len() == mid.len() {
        return None;
    }
    let cut = digits.find(['，', '、', ','])?;
    let (unit, rest) = digits.split_at(cut);
    if unit.is_empty() || unit.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.strip_prefix(['，', '、', ','])?;
    let rest = ADVERBS
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    matches!(rest, "达到" | "达").then_some(&lead_all[..at])
}

/// Words that say a place is the first of a class: 全国首个经济总量突破5万亿元的城市.
const FIRSTS: [&str; 3] = ["首个", "第一个", "唯一"];

/// Threshold words before the number of such a class.
const OVER: [&str; 5] = ["超过", "超", "突破", "达到", "达"];

/// True for a threshold that defines the class a place is the first of (成为全国首个经济
/// 总量突破5万亿元的城市, 全球首个年吞吐量超过5000万标准箱的世界大港): it says which class,
/// as 经济总量超500亿元的县域 does, so it is a `label` skip (tests/truth/README.md, "A
/// threshold a place is the first past"). `lead` is the sentence before the number,
/// `after` the text after its unit: 的 within 7 characters of its clause.
pub(super) fn first_of_a_class(lead: &str, after: &str) -> bool {
    let clause = lead
        .rsplit(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(lead);
    OVER.iter().any(|w| lead.ends_with(w))
        && FIRSTS.iter().any(|w| clause.contains(w))
        && after
            .chars()
            .take_while(|c| !c.is_ascii_digit() && !"，；。,;".contains(*c))
            .take(7)
            .any(|c| c == '的')
}
