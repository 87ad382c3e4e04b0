//! Numbers the draft reads but cannot write as the text means them, left for the desk
//! (an `unread` skip) rather than drafted as a plain value: digits a space splits, and a
//! number after a word of more or less that the data file has no qualifier for. Read as
//! a plain value, 水果产量逾30万吨 would say exactly 30, and 1 250万标准箱 would say 250.

use super::numbers::qualifier_before;
use super::scan::is_han;

/// Spaces a pasted text may set between groups of digits: 1 250, 1 086.5.
const SPACES: [char; 5] = [' ', '\u{a0}', '\u{2009}', '\u{202f}', '\u{3000}'];

/// Words of more or less, right before a number, that no qualifier of the data file
/// writes (逾, 不足, 不到, 低于, 高于, 大于, 小于, 少于, 多于, 至少, 至多, 最多, 超出):
/// the number is a bound or a floor the draft would otherwise print as exact.
const MORE_OR_LESS: [&str; 13] = [
    "逾", "不足", "不到", "低于", "高于", "大于", "小于", "少于", "多于", "至少", "至多", "最多",
    "超出",
];

/// Words after a number's unit that say about, which no qualifier writes: 2.3亿千瓦时上下,
/// 45亿元前后.
const ABOUT_AFTER: [&str; 2] = ["上下", "前后"];

/// True when the draft cannot write the number as the text means it (`lead` and `rest`
/// are the text before and after it, `unit` its unit and `after_unit` the text after
/// that): digits a space parts, a word of more or less or of a mark passed that no
/// qualifier writes, a gap to a target, an expected figure, a policy's cap, or a departure
/// from the normal.
pub(super) fn unsure(lead: &str, rest: &str, unit: Option<&str>, after_unit: Option<&str>) -> bool {
    spaced_digits(lead, rest)
        || more_or_less(lead, after_unit)
        || gap_to_target(lead, rest)
        || expected(lead)
        || cap_of_support(lead, after_unit)
        || passed_unwritten(lead, unit)
        || off_the_normal(lead)
        || years_ago(lead)
        || per_change(lead)
}

/// Adverbs of more or less before a change word (至少降低30%, 最多增长5%), which no
/// qualifier of the data file writes.
const CHANGE_BOUNDS: [&str; 4] = ["至少", "至多", "最多", "最少"];

/// True when `before` (the text before a change word) ends with a bound of the change
/// that no qualifier writes: the change is left for the desk.
pub(super) fn bounds_a_change(before: &str) -> bool {
    CHANGE_BOUNDS.iter().any(|w| before.ends_with(w))
}

/// True when the number is of some years before (相当于5年前1.5个百分点, 是十年前的3倍):
/// a level or a multiple of another time than the report's, which no period of the
/// data file names.
pub(super) fn years_ago(lead: &str) -> bool {
    let l = lead.strip_suffix('的').unwrap_or(lead);
    l.strip_suffix("年前").is_some_and(|b| {
        b.ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
    })
}

/// True when the number is the step of a rate (每增长1个百分点的增量, 每提高1%): what each
/// step would bring, not a change the year had.
pub(super) fn per_change(lead: &str) -> bool {
    ["每增长", "每提高", "每增加", "每下降", "每降低"]
        .iter()
        .any(|w| lead.ends_with(w))
}

/// Words of a departure from the normal of a climate (比常年偏高0.5℃, 降水量比常年偏多15%).
const OFF_NORMAL: [&str; 8] = [
    "偏高", "偏低", "偏多", "偏少", "偏暖", "偏冷", "偏早", "偏晚",
];

/// True when the number is how far a measure was off its normal (全年平均气温17.2℃，比常年
/// 偏高0.5℃): no change on the year before, and no change kind of the data file holds it.
pub(super) fn off_the_normal(lead: &str) -> bool {
    OFF_NORMAL.iter().any(|w| lead.ends_with(w))
}

/// True when a space parts the number from digits before it (`lead` ends in one) or
/// after it (`rest` opens with one): one number printed in groups, or two numbers the
/// draft cannot tell apart.
pub(super) fn spaced_digits(lead: &str, rest: &str) -> bool {
    let before = lead.trim_end_matches(SPACES);
    let after = rest.trim_start_matches(SPACES);
    before.len() < lead.len() && before.ends_with(|c: char| c.is_ascii_digit())
        || after.len() < rest.len() && after.starts_with(|c: char| c.is_ascii_digit())
}

/// True when a word of more or less the data file cannot write stands right before the
/// number (`lead`), or a word of about right after its unit (`after_unit`, from the end
/// of the unit on, and only where the word closes the clause: 前后 may open a noun).
pub(super) fn more_or_less(lead: &str, after_unit: Option<&str>) -> bool {
    // 不少于, 不高于: bounds the data file writes, whose words end in 少于, 高于.
    let written = qualifier_before(lead).is_some();
    let before = !written && MORE_OR_LESS.iter().any(|w| lead.ends_with(w));
    let after = after_unit.is_some_and(|a| {
        ABOUT_AFTER
            .iter()
            .filter_map(|w| a.strip_prefix(w))
            .any(|r| !r.starts_with(is_han))
    });
    before || after
}

/// What a policy grants up to a cap: 奖励, 补助, 补贴 ….
const SUPPORT: [&str; 7] = ["奖励", "奖补", "补助", "补贴", "资助", "贴息", "支持"];

/// True when the number is the most a policy grants (对新认定的企业给予最高500万元奖励,
/// 最高可贷30万元贴息): `lead` ends in 最高 and at most two words of granting, and
/// `after_unit` names the support. It says what a
/// policy allows, no amount of the year; read as a plain value it would say exactly 500.
/// A peak a year reached (单日最高接待游客12万人次, 最高气温38.5℃) names no support.
pub(super) fn cap_of_support(lead: &str, after_unit: Option<&str>) -> bool {
    let after = after_unit.map(|a| a.strip_prefix('的').unwrap_or(a));
    // 最高, 最高可, 最高可获, 最高给予: the cap's word, and at most two of granting.
    let capped = lead.rfind("最高").is_some_and(|at| {
        let granting = &lead[at + "最高".len()..];
        granting.chars().count() <= 2 && granting.chars().all(is_han)
    });
    capped && after.is_some_and(|a| SUPPORT.iter().any(|w| a.starts_with(w)))
}

/// Words of a mark passed, right before a number, that no qualifier of the data file
/// writes (跨越, 突破 and 迈上 are written): 跨过, 越过, 迈过, 跨上, 站上, 冲上, 登上.
const PASSED_UNWRITTEN: [&str; 7] = ["跨过", "越过", "迈过", "跨上", "站上", "冲上", "登上"];

/// True when a word of a mark passed that no qualifier writes stands right before an
/// amount (地区生产总值跨过3万亿元): read as a plain value it would say exactly 3万亿元.
/// A count of marks (跨过3个万亿元大关) is a figure in 个, and stays one.
pub(super) fn passed_unwritten(lead: &str, unit: Option<&str>) -> bool {
    unit.is_some_and(|u| u != "个") && PASSED_UNWRITTEN.iter().any(|w| lead.ends_with(w))
}

/// Words that say a figure is only expected (全年外贸进出口有望实现增长6%的目标): no
/// result, and no goal the report sets.
const EXPECTED: [&str; 2] = ["有望", "可望"];

/// True when the clause before the number says it is only expected (有望实现…): the
/// desk says whether and how to print it, never a result of the months before.
pub(super) fn expected(lead: &str) -> bool {
    let clause = lead
        .rfind(['，', '；', ',', ';', '。'])
        .map_or(lead, |i| &lead[i..]);
    EXPECTED.iter().any(|w| clause.contains(w))
}

/// True when the number is a gap between a target and an earlier one (今年预期增长6%
/// 左右，比去年目标低0.5个百分点) or last year's actual rate (比去年实际增速低0.2个百分点):
/// no target of its own, nor the figure's change; the desk says whether to print it
/// beside the target.
pub(super) fn gap_to_target(lead: &str, rest: &str) -> bool {
    let clause = lead
        .rfind(['，', '；', ',', ';'])
        .map_or(lead, |i| &lead[i..]);
    // 高于年初目标0.1个百分点 is a comparison the figure keeps (`above`); 比…目标低 is none.
    let compared = ["比", "较"].iter().any(|w| clause.contains(w));
    let actual = clause.contains("实际") && ["增速", "增长"].iter().any(|w| clause.contains(w));
    compared && (clause.contains("目标") || actual) && rest.starts_with("个百分点")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_a_space_parts_are_unsure_and_a_space_before_words_is_not() {
        assert!(spaced_digits("吞吐量1 ", "万标准箱"));
        assert!(spaced_digits("吞吐量", " 250万标准箱"));
        assert!(!spaced_digits("生产总值 ", " 亿元"));
    }

    #[test]
    fn a_word_of_more_or_less_without_a_qualifier_is_unsure_and_one_with_is_not() {
        assert!(more_or_less("水果产量逾", None));
        assert!(more_or_less("用电量", Some("上下。")));
        assert!(!more_or_less("浓度不高于", None));
        assert!(!more_or_less("耕地保有量不少于", None));
        assert!(!more_or_less("用电量", Some("前后方")));
    }

    #[test]
    fn a_gap_to_last_years_target_is_unsure_and_a_gap_to_an_average_is_not() {
        assert!(gap_to_target(
            "今年预期增长6%左右，比去年目标低",
            "个百分点。"
        ));
        assert!(gap_to_target("增长6.1%，比上年目标高出", "个百分点"));
        assert!(!gap_to_target("增长6.1%，高于全省平均水平", "个百分点"));
        assert!(!gap_to_target("增长6.1%，高于年初目标", "个百分点"));
        assert!(!gap_to_target("比去年目标低", "%"));
        assert!(gap_to_target(
            "预期增长6%左右，比去年实际增速低",
            "个百分点。"
        ));
        assert!(!gap_to_target("增速比全国高", "个百分点"));
    }

    #[test]
    fn a_number_only_hoped_for_is_unsure_and_one_after_the_clause_of_hope_is_not() {
        assert!(expected("“全年外贸进出口有望实现增长"));
        assert!(!expected("有望保持平稳，出口增长"));
    }
}
