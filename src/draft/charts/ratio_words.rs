//! A structure chart's title in the text's own words: the clause that prints the ratio
//! (三次产业结构为10.5∶39.7∶49.8), when it says no more than the ratio's parts.

/// The words of `source` that print its structure ratio (…，三次产业结构为10.5∶39.7∶49.8
/// → 三次产业结构为10.5∶39.7∶49.8): its clause up to the last term. `None` unless the
/// first ratio the sentence prints has the terms `values`, in order, and its clause no
/// other number.
pub(super) fn ratio_words<'s>(source: &'s str, values: &[f64]) -> Option<&'s str> {
    let term = |c: char| c.is_ascii_digit() || c == '.';
    let mark = |c: char| crate::draft::sentence::RATIO.contains(&c);
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    // A ratio's mark between two digits (a time's 9:30 reads alike, but no structure
    // ratio's figures come from such a sentence).
    let at = (1..chars.len().saturating_sub(1)).find(|&k| {
        mark(chars[k].1) && chars[k - 1].1.is_ascii_digit() && chars[k + 1].1.is_ascii_digit()
    })?;
    let mut end = at;
    while end + 1 < chars.len() && (term(chars[end + 1].1) || mark(chars[end + 1].1)) {
        end += 1;
    }
    let stop = ['，', '；', '。', ',', ';'];
    let from = chars[..at]
        .iter()
        .rev()
        .find(|(_, c)| stop.contains(c))
        .map_or(0, |&(i, c)| i + c.len_utf8());
    let to = chars[end].0 + chars[end].1.len_utf8();
    let start = (0..at)
        .rev()
        .find(|&k| !term(chars[k].1))
        .map_or(0, |k| k + 1);
    // Words with a number of their own before the terms (2025年三次产业结构为…) would
    // put in the title a number no part prints.
    let words = source.get(from..chars.get(start).map_or(from, |c| c.0))?;
    if words.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Words ending in a verb of change (增长3.3∶41.9∶54.8) would title the terms as a
    // change, which no part is: `check` refuses such a title.
    if crate::shared::format::verb::kinds_before(words).is_some() {
        return None;
    }
    let printed = source.get(chars.get(start)?.0..to)?;
    let terms: Vec<f64> = (printed.split(mark))
        .map(|t| t.parse().unwrap_or(f64::NAN))
        .collect();
    (terms == values).then(|| source.get(from..to)).flatten()
}
