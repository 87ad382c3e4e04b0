//! Words that end a label but belong to its number or its change (issue 18, "Labels"): the
//! basis a change is reckoned on (地区生产总值按可比价计算增长5.2%), a plan's 按
//! (地区生产总值按增长5%安排), a word of how the number is printed (数字经济增加值预计达,
//! 年度产量首次突破, 80个乡镇近300万群众) and a verb that brings the value (跨境电商综试区
//! 扩容至7个). A label names what is counted, never how it moved or was reckoned.

use crate::draft::asides::basis_len;

/// Words right before a number that say how it is printed, estimated or reached, not what
/// it counts. Longest first.
/// 先后 and 相继 (经济总量先后跨越2500亿元、3000亿元) say the marks were passed one after
/// another, not what passed them.
/// 拟 and 拟安排 (赤字率拟按4%左右安排, 中央预算内投资拟安排7350亿元) say the sum is
/// arranged, not what it is.
const BEFORE_NUMBER: [&str; 11] = [
    "历史性",
    "拟安排",
    "拟",
    "预计",
    "首次",
    "先后",
    "相继",
    "按",
    "超",
    "近",
    "逾",
];

/// Verbs that bring a value after 至, 到 or 为 (扩容至, 重组整合至, 拓展到), longest first;
/// the 至 or 到 alone (增至, 降到) is stripped with them.
const BRINGING: [&str; 18] = [
    "重组整合",
    "优化整合",
    "整合",
    "重组",
    "扩容",
    "拓展",
    "扩展",
    "延伸",
    "增加",
    "增长",
    "提升",
    "提高",
    "扩大",
    "降低",
    "减少",
    "下降",
    "增",
    "降",
];

/// `s` without what closes it and belongs to the number: a basis (按可比价计算, 扣除价格
/// 因素后), a word of [`BEFORE_NUMBER`], a verb of [`BRINGING`] with its 至/到. Empty when
/// nothing else is left.
pub(super) fn strip(s: &str) -> &str {
    let mut s = s;
    loop {
        let before = s;
        s = without_basis(s);
        s = without_revision(s);
        s = without_condition(s);
        s = without_base_year(s);
        for w in BEFORE_NUMBER {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        if let Some(r) = s.strip_suffix(['至', '到']) {
            s = BRINGING.iter().find_map(|v| r.strip_suffix(v)).unwrap_or(s);
        }
        if s == before {
            return s;
        }
    }
}

/// `s` without the basis a change is reckoned on closing it: 地区生产总值按可比价计算 →
/// 地区生产总值.
fn without_basis(s: &str) -> &str {
    for open in ["按", "扣除", "剔除"] {
        for (at, _) in s.rmatch_indices(open) {
            if at > 0 && basis_len(&s[at..]) == s.len() - at {
                return &s[..at];
            }
        }
    }
    s
}

/// Words that close a condition opened by 在 (在对美贸易下降超3成的情况下).
const CONDITIONS: [&str; 4] = ["的情况下", "情况下", "的背景下", "背景下"];

/// `s` without the condition that closes it: 外贸进出口在对美贸易下降超3成的情况下 →
/// 外贸进出口. Under what the change came about is the sentence's, not what is counted.
fn without_condition(s: &str) -> &str {
    let Some(body) = CONDITIONS.iter().find_map(|w| s.strip_suffix(w)) else {
        return s;
    };
    match body.rfind('在') {
        Some(at) if body[..at].chars().count() >= 2 => &s[..at],
        _ => s,
    }
}

/// `s` without the year a change is reckoned from closing it: 人均预期寿命较2020年 →
/// 人均预期寿命. The change keeps the year as its reference. A bare total (总量比2020年)
/// keeps it: the total is named from the sentence before, year and all.
fn without_base_year(s: &str) -> &str {
    let Some(body) = s.strip_suffix('年') else {
        return s;
    };
    let digits = body.trim_end_matches(|c: char| c.is_ascii_digit());
    if body.len() - digits.len() != 4 {
        return s;
    }
    match ["较", "比"].iter().find_map(|w| digits.strip_suffix(w)) {
        Some(r) if r.chars().count() >= 3 => r,
        _ => s,
    }
}

/// Verbs that say a statistic was revised or checked, closing a 经… clause (经第五次全国经济
/// 普查修订后).
const REVISING: [&str; 5] = ["修订", "修正", "核实", "核算", "调整"];

/// `s` without the revision that closes it: 地区生产总值经第五次全国经济普查修订后 →
/// 地区生产总值, 地区生产总值修订后 → 地区生产总值. How the value was revised is the
/// figure's note or period, never what it counts.
fn without_revision(s: &str) -> &str {
    let body = s.strip_suffix('后').unwrap_or(s);
    let Some(verb) = REVISING.iter().find(|v| body.ends_with(*v)) else {
        return s;
    };
    let bare = &body[..body.len() - verb.len()];
    // The first 经 opens the clause: the 经 of 经济普查 inside it is no opening.
    let clause = bare.match_indices('经').map(|(at, _)| at).find(|&at| {
        let inner = &bare[at + '经'.len_utf8()..];
        at > 0 && inner.chars().count() <= 16 && inner.chars().all(crate::draft::scan::is_han)
    });
    match clause {
        Some(at) => &s[..at],
        None if s.len() > body.len() && bare.chars().count() >= 2 => bare,
        None => s,
    }
}

/// Adverbs before 完成 at a label's end: 12类45件民生实事全面完成.
const DONE: [&str; 5] = ["全面", "如期", "圆满", "顺利", "基本"];

/// `s` without a 完成 that closes it, with its adverb (民生实事全面完成 → 民生实事); a
/// noun of its own (投资完成额, 完成率) never ends in 完成.
pub(super) fn without_done(s: &str) -> &str {
    let Some(r) = s.strip_suffix("完成") else {
        return s;
    };
    let r = DONE.iter().find_map(|a| r.strip_suffix(a)).unwrap_or(r);
    // 约束性指标未能如期完成: what was not done is no count of what was.
    let negated = r.ends_with(['未', '不']) || r.ends_with("未能") || r.ends_with("没有");
    if r.chars().count() >= 2 && !negated {
        r
    } else {
        s
    }
}

/// Verbs of bringing a result about, inside a label between whose it is and what it
/// counts: 跨境电商综试区实现进出口 → 跨境电商综试区进出口.
const BROUGHT: [&str; 2] = ["实现了", "实现"];

/// `s` without a verb of [`BROUGHT`] between its subject and its noun, where both are
/// words of two characters or more; a noun of the verb's own (实现率, 实现程度) keeps it.
pub(super) fn without_inner_verb(s: &str) -> std::borrow::Cow<'_, str> {
    for v in BROUGHT {
        let Some(at) = s.find(v) else { continue };
        let (head, rest) = (&s[..at], &s[at + v.len()..]);
        let own = rest.starts_with(['率', '度', '值', '程']);
        if head.chars().count() >= 2 && rest.chars().count() >= 2 && !own {
            return format!("{head}{rest}").into();
        }
    }
    s.into()
}
