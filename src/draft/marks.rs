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
