//! Amounts in English as a reader would write them: 80 billion, 30 million, 16,400, the
//! digits printed after the point kept, and the noun that goes with the amount (1
//! building, 5 buildings).

use super::{decimals, magnitude, number};

/// Groups the integer part in threes with commas: 16400 → 16,400.
fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Shifts the decimal string of a non-negative number by `10^shift` exactly.
fn shift_decimal(s: &str, shift: i32) -> String {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let mut out = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    if out.contains('.') {
        out = out.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let trimmed = out.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else if trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// An English amount: 80 billion, 30 million, 16,400.
pub(super) fn english_amount(v: f64, unit_zh: &str) -> String {
    english_amount_dp(v, unit_zh, 0)
}

/// An English amount that keeps the digits printed after the point, as significant
/// digits: 5.0% is 5.0%, 191.0亿元 is 19.10 billion (its last printed digit counts ten
/// millions), 1.50万人 is 15,000 (no digit after the point is printed).
pub(super) fn english_amount_dp(v: f64, unit_zh: &str, decimals: u8) -> String {
    let neg = v < 0.0;
    let m = magnitude(unit_zh);
    let exact = shift_decimal(&number(v.abs()), m);
    let int_len = exact.split('.').next().map_or(0, str::len) as i32;
    // 14.2万亿元 is 14.2 trillion yuan: nobody writes 14,200 billion.
    let (shift, word) = if int_len > 12 {
        (-12, " trillion")
    } else if int_len > 9 {
        (-9, " billion")
    } else if int_len > 6 {
        (-6, " million")
    } else {
        (0, "")
    };
    // The last printed digit is worth 10^(m − decimals); shown in units of 10^-shift, it
    // needs decimals − m − shift digits after the point. Only printed zeros count: 800亿元
    // says nothing of the digits below its hundreds.
    let dp = if decimals > decimals::shortest(v.abs()) {
        u8::try_from((i32::from(decimals) - m - shift).max(0)).unwrap_or(0)
    } else {
        0
    };
    // Grouped in both cases: 10^12 亿元 is 100,000,000 trillion, not 100000000 trillion.
    let body = if shift == 0 {
        group_thousands(&decimals::pad(&exact, dp))
    } else {
        let scaled = decimals::pad(&shift_decimal(&exact, shift), dp);
        format!("{}{word}", group_thousands(&scaled))
    };
    if neg {
        format!("−{body}")
    } else {
        body
    }
}

/// `amount` with its English noun: 80 billion yuan, 1 building, 5%.
pub(super) fn with_unit_en(amount: &str, noun: &str) -> String {
    if noun == "%" {
        format!("{amount}%")
    } else if noun.is_empty() {
        amount.to_string()
    } else {
        format!("{amount} {}", noun_for(amount, noun))
    }
}

/// The English noun as it goes with `amount`: 1 building, 5 buildings.
pub(super) fn noun_for(amount: &str, noun: &str) -> String {
    if amount == "1" {
        singular(noun)
    } else {
        noun.to_string()
    }
}

/// The singular of a plural English noun (only its last word is plural): companies →
/// company, businesses → business, car parks → car park; anything else unchanged.
fn singular(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes"]
        .iter()
        .any(|end| noun.ends_with(end))
    {
        noun[..noun.len() - 2].to_string()
    } else if noun.ends_with('s') && !noun.ends_with("ss") {
        noun[..noun.len() - 1].to_string()
    } else {
        noun.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_a_decimal_is_exact() {
        assert_eq!(shift_decimal("2739.63", 8), "273963000000");
        assert_eq!(shift_decimal("273963000000", -9), "273.963");
        assert_eq!(shift_decimal("1.64", 4), "16400");
        assert_eq!(shift_decimal("5", -3), "0.005");
    }

    #[test]
    fn amounts_of_ten_to_the_twelve_and_more_are_trillions() {
        let cases = [
            (14.2, "万亿元", "14.2 trillion"),
            (2.35, "万亿元", "2.35 trillion"),
            (9999.0, "亿元", "999.9 billion"),
            (12000.0, "亿元", "1.2 trillion"),
            (800.0, "亿元", "80 billion"),
        ];
        for (v, unit, want) in cases {
            assert_eq!(english_amount(v, unit), want, "{v}{unit}");
        }
    }

    #[test]
    fn english_amounts_keep_the_digits_printed_after_the_point() {
        let cases = [
            (5.0, "%", 1, "5.0"),
            (191.0, "亿元", 1, "19.10 billion"),
            (800.0, "亿元", 0, "80 billion"),
            (1.5, "万人", 2, "15,000"),
            (12.0, "万元", 1, "120,000"),
            (3.0, "万亿元", 2, "3.00 trillion"),
        ];
        for (v, unit, d, want) in cases {
            assert_eq!(english_amount_dp(v, unit, d), want, "{v}{unit} with {d}");
        }
    }
}
