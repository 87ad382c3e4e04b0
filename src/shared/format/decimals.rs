//! The digits after the point as the report prints them. A report prints 增长5.0% and
//! 191.0亿元; the model keeps an `f64`, whose shortest form (5, 191) drops the zeros, so
//! a figure keeps their count (`decimals`) and every output pads its number back to it.

/// The shortest form of `v` ([`super::number`]) with at least `decimals` digits after
/// the point: 5 with 1 is 5.0, 6.5 with 1 stays 6.5, 191 with 0 stays 191.
pub fn decimal(v: f64, decimals: u8) -> String {
    pad(&super::number(v), decimals)
}

/// `digits` (a decimal string, possibly grouped or signed) with at least `decimals`
/// digits after its point: zeros appended, never a digit taken away.
pub fn pad(digits: &str, decimals: u8) -> String {
    let have = digits.split_once('.').map_or(0, |(_, f)| f.len());
    let want = usize::from(decimals);
    if have >= want {
        return digits.to_string();
    }
    let mut out = digits.to_string();
    if have == 0 {
        out.push('.');
    }
    out.push_str(&"0".repeat(want - have));
    out
}

/// How many digits after the point the shortest form of `v` has: 5 → 0, 6.25 → 2.
pub fn shortest(v: f64) -> u8 {
    let s = super::number(v);
    let n = s.split_once('.').map_or(0, |(_, f)| f.len());
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// The digits after the point of every number `sentence` prints that reads as `v`, in
/// order (增长5.0% and 5%: `[1, 0]`); empty when it prints none. ASCII digits, with
/// thousands commas, as the report's scan prints them.
pub fn printed(sentence: &str, v: f64) -> Vec<u8> {
    let b = sentence.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',') {
            i += 1;
        }
        let mut frac = 0;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
                frac += 1;
            }
        }
        let text = sentence[start..i].trim_end_matches(',').replace(',', "");
        // 增长-3.0% prints −3.0: a number keeps the minus sign printed before it.
        let sign = if signed_at(sentence, start) {
            -1.0
        } else {
            1.0
        };
        if text.parse::<f64>().is_ok_and(|n| sign * n == v) {
            out.push(u8::try_from(frac).unwrap_or(u8::MAX));
        }
    }
    out
}

/// True when the number at byte `start` of `sentence` is printed with a minus sign: one
/// right before it, after no digit or % (5-5.5% is a range).
fn signed_at(sentence: &str, start: usize) -> bool {
    let mut back = sentence.get(..start).unwrap_or_default().chars().rev();
    back.next().is_some_and(|c| super::sign::MINUS.contains(&c))
        && !back.next().is_some_and(|c| c.is_ascii_digit() || c == '%')
}

/// The `decimals` a figure's number should carry, read off its sentence: the one count
/// of digits that every printing of `v` there has, where it is more than the shortest
/// form's; 0 where the sentence prints it as the shortest form, not at all, or with two
/// different counts (5% and 5.0%: the desk decides).
pub fn of_sentence(sentence: &str, v: f64) -> u8 {
    let seen = printed(sentence, v);
    match seen.split_first() {
        Some((&first, rest)) if rest.iter().all(|&d| d == first) && first > shortest(v) => first,
        _ => 0,
    }
}

/// [`of_sentence`] for a number and the upper end of its range, which share one count:
/// the larger, where the sentence prints both ends with it (6.0—6.5); else 0.
pub fn of_range(sentence: &str, numbers: [Option<f64>; 2]) -> u8 {
    let present = numbers.into_iter().flatten();
    let d = present
        .clone()
        .map(|v| of_sentence(sentence, v))
        .max()
        .unwrap_or(0);
    let all_printed = { present }.all(|v| printed(sentence, v).contains(&d.max(shortest(v))));
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
    fn a_number_is_padded_to_its_printed_decimals_and_never_cut() {
        let cases = [
            (5.0, 1, "5.0"),
            (191.0, 1, "191.0"),
            (6.5, 1, "6.5"),
            (6.25, 1, "6.25"),
            (0.5, 2, "0.50"),
            (800.0, 0, "800"),
        ];
        for (v, d, want) in cases {
            assert_eq!(decimal(v, d), want, "{v} with {d}");
        }
    }

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
        ];
        for (sentence, v, want) in cases {
            assert_eq!(of_sentence(sentence, v), want, "{sentence}");
        }
    }
}
