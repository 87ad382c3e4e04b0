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
}
