//! The characters that stand right around a number: the magnitudes and rates of a unit,
//! Han characters (the numbers themselves, full-width digits among them, are read by
//! [`crate::check::printed`], for every stage). A leaf: [`super::numbers`], `inside` and
//! [`super::glossary`] all read it, and it reads none of them.

/// The magnitudes that may stand before a unit, longest first: 2.35万亿元, 9千亿元.
pub const MAGNITUDES: [&str; 4] = ["万亿", "千亿", "万", "亿"];

/// Rates that may follow a unit: 元/月, 吨/年.
const RATES: [&str; 4] = ["/年", "/月", "/人", "/天"];

/// The byte length of a rate (/年) or a bracketed second measure word (（间）) that
/// starts `r`, or 0.
pub(super) fn suffix_len(r: &str) -> usize {
    if let Some(rate) = RATES.iter().find(|w| r.starts_with(*w)) {
        return rate.len();
    }
    let Some(inner) = r.strip_prefix('（') else {
        return 0;
    };
    let mut cs = inner.char_indices();
    match (cs.next(), cs.next()) {
        (Some((_, c)), Some((i, '）'))) if is_han(c) => '（'.len_utf8() + i + '）'.len_utf8(),
        _ => 0,
    }
}

/// Where a unit's rate or bracket begins (元/月 → 3), if it has one.
pub fn unit_suffix_start(unit: &str) -> Option<usize> {
    (0..unit.len())
        .filter(|&i| unit.is_char_boundary(i))
        .find(|&i| suffix_len(&unit[i..]) == unit.len() - i)
        // 元/千瓦时: any rate the draft read, not only those of RATES.
        .or_else(|| unit.find('/').filter(|&i| i > 0))
}

/// A Chinese character (CJK unified ideographs).
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}
