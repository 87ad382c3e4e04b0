//! The basis a change is printed on, read off its sentence where it stands right before
//! the change word: 实际增长5.4%, 同口径增长5.6%, 可比增长6.1%, 名义增长5.3%. A real
//! growth beside a nominal one, or a like-for-like one beside a plain one, are not the
//! same claim: a title, a row or a bar that drops the word says more than the text.
//! A change since the start of the year (比年初增长9.4%, 较年初增加58亿元) is no
//! change on the year before either: its base stays with it the same way, and so does a
//! change on the month or quarter before (环比增长0.62%), and a budget's change on the
//! year before's budget or estimate (比上年预算增加250亿元, 比去年预算赤字减少500亿元,
//! 比上年预计数增加439亿元): the year before's plan, never its outcome.

use crate::shared::messages::periods::basis_words;
use crate::shared::model::{Change, ChangeKind, Figure, Lang, Text};

/// The words of a basis, longest first (可比口径 before 可比), as printed before a
/// change word.
const BASES: [&str; 9] = [
    "可比口径",
    "同口径",
    "可比价",
    "比年初",
    "较年初",
    "可比",
    "实际",
    "名义",
    "环比",
];

/// Bases a statistical communiqué prints as a clause of their own, a comma before the
/// change (按不变价格计算，比上年增长5.6%): the same claim as 可比价, longest first.
const PRICED: [&str; 3] = ["按不变价格计算", "按可比价格计算", "按不变价计算"];

/// The bases that compare with the start of the year, not with the year before.
const SINCE_YEAR_START: [&str; 2] = ["比年初", "较年初"];

/// The basis that compares with the month or quarter before (环比), not with the year
/// before.
const ON_PERIOD_BEFORE: &str = "环比";

/// What a budget's change is reckoned on, after 比/较 and the year before (比上年预算,
/// 比去年年初预算, 比上年预计数): longest first. A budget of the year is set against
/// last year's budget or its estimated outturn, and a page that prints 增加250亿元 alone
/// says it is set against last year's outcome.
pub const BUDGET_BASES: [&str; 7] = [
    "年初预算数",
    "预计执行数",
    "年初预算",
    "预算赤字",
    "预算数",
    "预计数",
    "预算",
];

/// The year before, as a budget's base names it (比上年预算, 较去年预算).
const YEARS_BEFORE: [&str; 3] = ["上一年", "上年", "去年"];

/// The byte length of a budget's base that `before` (the text up to a change word) ends
/// with: 比上年预算, 较去年年初预算, 比上年预计数; 0 when none.
fn budget_len(before: &str) -> usize {
    let Some(end) = BUDGET_BASES.iter().find(|b| before.ends_with(*b)) else {
        return 0;
    };
    let rest = &before[..before.len() - end.len()];
    let Some(year) = YEARS_BEFORE.iter().find(|y| rest.ends_with(*y)) else {
        return 0;
    };
    let rest = &rest[..rest.len() - year.len()];
    match ['比', '较'].into_iter().find(|c| rest.ends_with(*c)) {
        Some(c) => end.len() + year.len() + c.len_utf8(),
        None => 0,
    }
}

/// Words that may stand between a basis and the number: the change word, with 了 or a
/// base of comparison (实际同比增长, 同口径比上年增长); 高 and 低 of a rate set against
/// last year's budget (比去年预算高0.2个百分点).
const BETWEEN: [&str; 14] = [
    "高",
    "低",
    "增长",
    "下降",
    "增加",
    "减少",
    "提高",
    "提升",
    "上涨",
    "回落",
    "增速",
    "了",
    "同比",
    "比上年",
];

/// The basis `f`'s sentence prints before `c`'s number, as printed (实际, 同口径,
/// 比上年预算).
pub fn printed<'a>(c: &Change, f: &'a Figure) -> Option<&'a str> {
    let at_number = format!("{}{}", super::decimal(c.value, c.decimals), c.unit);
    f.source.match_indices(&at_number).find_map(|(at, _)| {
        let mut before = &f.source[..at];
        // 增长约5%, 增长超5%: a qualifier between the verb and the number.
        for q in ["约", "超过", "超", "近", "达"] {
            before = before.strip_suffix(q).unwrap_or(before);
        }
        let mut stripped = false;
        while let Some(rest) = BETWEEN.iter().find_map(|w| before.strip_suffix(w)) {
            before = rest;
            stripped = true;
        }
        // The basis must stand before a change word, never alone before the number
        // (实际利用外资5亿美元 is an amount, not a basis of a change).
        if !stripped {
            return None;
        }
        let budget = budget_len(before);
        if budget > 0 {
            return Some(&before[before.len() - budget..]);
        }
        let clause = before.strip_suffix(['，', ',']).unwrap_or(before);
        (BASES.iter().copied().find(|b| before.ends_with(b)))
            .or_else(|| PRICED.iter().copied().find(|b| clause.ends_with(b)))
    })
}

/// True when `f`'s sentence prints `c` on a base other than the same time of the year
/// before: since the start of the year (比年初增长9.4%), on the month or quarter before
/// (环比增长0.62%), on the year before's budget (比上年预算增加250亿元), or since an
/// earlier year the change names ([`since`]: 比2002年增长65.5%). Such a change never
/// shares a chart or a register cell with year-on-year growths (同比, 比上年): beside them
/// it reads as one of them.
pub fn not_on_year_before(c: &Change, f: &Figure) -> bool {
    since(c).is_some()
        || printed(c, f).is_some_and(|b| {
            SINCE_YEAR_START.contains(&b) || b == ON_PERIOD_BEFORE || budget_len(b) > 0
        })
}

/// The earlier year a change is reckoned from, where it is not the year before
/// (比2002年增长65.5% in a review of 2007: `reference` 2002年): five years' growth read as
/// the year's says what the text does not. A comparison's or a contribution's reference
/// names what it compares with, and a `from` change prints its own years: none of them.
pub fn since(c: &Change) -> Option<&Text> {
    let of_base = !c.kind.compares() && !matches!(c.kind, ChangeKind::From | ChangeKind::Pull);
    c.reference.as_ref().filter(|_| of_base)
}

/// `text`, a change's words, with the earlier year it is reckoned from ([`since`]):
/// 比2002年增长65.5% / "up 65.5% since 2002"; `before` for words a number follows
/// (比2002年增长 / "since 2002, up").
pub fn with_since(c: &Change, text: String, lang: Lang, before: bool) -> String {
    let Some(r) = since(c) else { return text };
    match (lang, before) {
        (Lang::Zh, _) => format!("比{}{text}", r.zh),
        (Lang::En, true) => format!("since {}, {text}", en_or_zh(r)),
        (Lang::En, false) => format!("{text} since {}", en_or_zh(r)),
    }
}

/// The English of `t`, or its Chinese where the desk wrote none.
fn en_or_zh(t: &Text) -> &str {
    if t.en.trim().is_empty() {
        &t.zh
    } else {
        &t.en
    }
}

/// The basis as a change's text prints it: 实际 / "in real terms" (`short`: "real",
/// for a bar's end), or nothing. Comparisons, contributions and `from` changes carry
/// none: their words are printed whole.
pub fn word<'a>(c: &Change, f: &'a Figure, lang: Lang, short: bool) -> Option<&'a str> {
    if c.kind.compares() || matches!(c.kind, ChangeKind::From | ChangeKind::Pull) {
        return None;
    }
    printed(c, f).map(|b| basis_words(b, lang, short))
}
