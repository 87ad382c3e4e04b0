//! The marks a list numbers its items with (①地区生产总值…, ⑴, 1., 一是, 其二是): the
//! item's place in the list, never a part of what its number counts.

/// Numerals a spoken list counts its items with (一是, 其二是).
const NUMERALS: &str = "一二三四五六七八九十";

/// True when `c` is a number in a circle or brackets, or with a full stop, as one
/// character: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–❿, ➀–➓, ㈠–㈩.
fn enclosed(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{249b}' | '\u{2776}'..='\u{2793}' | '\u{3220}'..='\u{3229}')
}

/// `s` after the list mark that opens it, if one does: ①, ⑴, 1. or 1．, 一是, 其二是.
pub(super) fn after_marker(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    let first = chars.next()?;
    if enclosed(first) {
        return Some(chars.as_str());
    }
    let digits = s.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() < s.len() {
        // 1.地区生产总值, never 1.5亿元: a full stop before a digit is a decimal point.
        let rest = digits.strip_prefix(['.', '．'])?;
        return rest
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit())
            .then_some(rest);
    }
    let spoken = s.strip_prefix('其').unwrap_or(s);
    let mut spoken_chars = spoken.chars();
    let numeral = spoken_chars.next().is_some_and(|c| NUMERALS.contains(c));
    let rest = spoken_chars.as_str().strip_prefix('是');
    rest.filter(|r| numeral && !r.is_empty())
}

#[cfg(test)]
mod tests {
    use super::after_marker;

    #[test]
    fn a_list_mark_is_taken_off_and_a_word_that_opens_alike_is_kept() {
        for (label, after) in [
            ("①地区生产总值", Some("地区生产总值")),
            ("⑳粮食产量", Some("粮食产量")),
            ("⑵一般公共预算收入", Some("一般公共预算收入")),
            ("1.城镇调查失业率", Some("城镇调查失业率")),
            ("一是扩大有效投资", Some("扩大有效投资")),
            ("其二是新增就业", Some("新增就业")),
            ("一般公共预算收入", None),
            ("1.5亿元", None),
            ("其他收入", None),
            ("十大工程", None),
        ] {
            assert_eq!(after_marker(label), after, "{label}");
        }
    }
}
