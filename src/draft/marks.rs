//! The punctuation and the length by which the draft tells a heading from a sentence:
//! shared by the outline (`text`), numbered headings (`numbered`) and the page's
//! leftovers (`leftovers`), a leaf none of them reaches back from.

/// The longest line, in characters, that can still be a heading.
pub(super) const HEADING_CHARS: usize = 30;

/// Punctuation that a heading never has.
pub(super) const SENTENCE_MARKS: &[char] = &[
    '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '、',
];

/// Where a sentence ends.
pub(super) const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '？', '!', '?'];

/// Quotation marks that close a quote. Printed right after a sentence's end (…要求。”),
/// they close that sentence's quote and never open the next sentence.
pub(super) const CLOSING_QUOTES: &[char] = &['”', '’', '」', '』'];

/// True when `line`, a text's first, is a short headline standing over the text (锚定
/// 6%，宁州这样干): no mark at its end, where a line a column break cuts may end, and the
/// next line of text half as long again, where a column's lines are as wide as each
/// other, blank lines between or not (`after`: the lines after it, trimmed).
pub(super) fn over_text<'a>(line: &str, mut after: impl Iterator<Item = &'a str>) -> bool {
    let width = line.chars().count();
    let unmarked = !line.ends_with(SENTENCE_MARKS) && !line.ends_with(SENTENCE_ENDS);
    let next = after.find(|l| !l.is_empty()).map(|l| l.chars().count());
    unmarked && width <= HEADING_CHARS && next.is_some_and(|n| 2 * n >= 3 * width + 12)
}
