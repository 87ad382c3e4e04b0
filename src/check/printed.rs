//! The numbers a sentence prints, read one way for every build-time stage: each Arabic
//! number with where it stands and its value ([`numbers`]), full-width digits as the same
//! numbers ([`half_width_digits`]), and the digits after the point a value is printed
//! with ([`decimals`], [`decimals_of`], [`decimals_of_range`]). The draft reads a text's
//! numbers with it; `check` holds a figure's `decimals` to its sentence, and a chart's
//! title to its figures, with it; the editor and the page's marking find a figure's
//! number in its sentence with it.

use crate::shared::format::decimals::shortest;
use crate::shared::format::sign::minus_before;

/// An Arabic number of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte offset of its first digit.
    pub start: usize,
    /// Byte offset after its last digit.
    pub end: usize,
    /// As printed: 22.67.
    pub text: String,
    /// Its value.
    pub value: f64,
}

/// Every Arabic number of `s`, with at most one decimal point each and its thousands
/// grouped by commas where printed (1,234.5).
pub fn numbers(s: &str) -> Vec<Number> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        // 1,234.5亿元: groups of three after a comma are the same number, never a second one
        // (read apart, 234.5亿元 would be a figure the text does not print).
        if i - start <= 3 {
            while let Some(len) = group_len(&b[i..]) {
                i += len;
            }
        }
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        let text = &s[start..i];
        if let Ok(value) = text.replace(',', "").parse() {
            out.push(Number {
                start,
                end: i,
                text: text.to_string(),
                value,
            });
        }
    }
    out
}

/// Equal as printed numbers: JSON readers may round a long decimal one binary digit
/// differently from Rust's parser, and no report prints twelve significant digits.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

/// The value of number `n` of `sentence` with the sign the sentence prints: −2.4 for
/// 人口自然增长率为-2.4‰. `check`, the editor's checks and the draft's proposals compare
/// with it, so that a value typed or proposed without its minus sign never passes for
/// the text's.
pub fn signed(sentence: &str, n: &Number) -> f64 {
    if minus_before(sentence.get(..n.start).unwrap_or_default()) {
        -n.value
    } else {
        n.value
    }
}

/// `text` with its full-width digits (０-９) as ASCII digits, and a full-width point (．)
/// between two digits as a decimal point: a text typed with a full-width keyboard prints
/// １２３４．５亿元, the same number as 1234.5亿元, and every rule of the draft reads ASCII.
pub fn half_width_digits(text: &str) -> String {
    let digit =
        |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(c));
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        out.push(match c {
            '０'..='９' => char::from_digit(u32::from(c) - u32::from('０'), 10).unwrap_or(c),
            '．' if i > 0 && digit(chars.get(i - 1)) && digit(chars.get(i + 1)) => '.',
            _ => c,
        });
    }
    out
}

/// The byte length of a comma and three digits that open `b` and are not followed by a
/// fourth (,234 of 1,234), or `None`.
fn group_len(b: &[u8]) -> Option<usize> {
    let three = b.len() >= 4 && b[0] == b',' && b[1..4].iter().all(u8::is_ascii_digit);
    (three && b.get(4).is_none_or(|c| !c.is_ascii_digit())).then_some(4)
}

/// The digits after the point of every number `sentence` prints that reads as `v`, in
/// order (增长5.0% and 5%: `[1, 0]`); empty when it prints none. The numbers are those
/// of [`numbers`], so a figure's digits are read as its number was.
pub fn decimals(sentence: &str, v: f64) -> Vec<u8> {
    numbers(sentence)
        .iter()
        // 增长-3.0% prints −3.0: a number keeps the minus sign printed before it.
        .filter(|n| {
            let before = sentence.get(..n.start).unwrap_or_default();
            let sign = if minus_before(before) { -1.0 } else { 1.0 };
            sign * n.value == v
        })
        .map(|n| {
            let after = n.text.split_once('.').map_or(0, |(_, f)| f.len());
            u8::try_from(after).unwrap_or(u8::MAX)
        })
        .collect()
}

/// The `decimals` a figure's number should carry, read off its sentence: the one count
/// of digits that every printing of `v` there has, where it is more than the shortest
/// form's; 0 where the sentence prints it as the shortest form, not at all, or with two
/// different counts (5% and 5.0%: the desk decides).
pub fn decimals_of(sentence: &str, v: f64) -> u8 {
    let seen = decimals(sentence, v);
    match seen.split_first() {
        Some((&first, rest)) if rest.iter().all(|&d| d == first) && first > shortest(v) => first,
        _ => 0,
    }
}

/// [`decimals_of`] for a number and the upper end of its range, which share one count:
/// the larger, where the sentence prints both ends with it (6.0—6.5); else 0.
pub fn decimals_of_range(sentence: &str, numbers: [Option<f64>; 2]) -> u8 {
    let present = numbers.into_iter().flatten();
    let d = present
        .clone()
        .map(|v| decimals_of(sentence, v))
        .max()
        .unwrap_or(0);
    let all_printed = { present }.all(|v| decimals(sentence, v).contains(&d.max(shortest(v))));
    if d > 0 && all_printed {
        d
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_gives_the_decimals_it_prints_a_number_with() {
        let cases = [
            ("地区生产总值增长5.0%", 5.0, 1),
            ("收入191.00亿元", 191.0, 2),
            ("增长5%", 5.0, 0),
            ("增长5.0%，高于去年5%", 5.0, 0),
            ("增长6.5%", 6.5, 0),
            ("总额1,200.0亿元", 1200.0, 1),
            ("没有这个数", 5.0, 0),
            ("增长-3.0%", -3.0, 1),
            ("增长－12.50%", -12.5, 2),
            ("增长-3.0%", 3.0, 0),
            ("增长5-6.0%", 6.0, 1),
            // Commas group thousands in threes only, as the draft reads them: 1,2345 is
            // two numbers, and neither is 12345.
            ("1,2345.0", 12345.0, 0),
            ("1,2345.0", 2345.0, 1),
        ];
        for (sentence, v, want) in cases {
            assert_eq!(decimals_of(sentence, v), want, "{sentence}");
        }
    }
}
