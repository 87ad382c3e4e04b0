//! Word lists that both the draft and `check` read a label or a clause by: the draft to
//! cut and keep its labels, `check` to flag a label or a period it cannot trust. One list,
//! so that the two never disagree. Build time and the editor only, like [`super::format`].

/// Words never cut through (有色, 市场): data, `data/glossary/label-words.txt`.
const WORDS: &str = include_str!("../../data/glossary/label-words.txt");

/// Verbs that are no label alone (筹措, 安排): data, `data/glossary/label-verbs.txt`.
pub const BARE_VERBS: &str = include_str!("../../data/glossary/label-verbs.txt");

/// The entries of a word list: one a line, `#` opening a comment.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True when cutting `s` at byte `cut` splits a word of the glossary: 有|色金属,
/// 全市|场交易, 十大|为民. The trimmer then leaves the words whole.
pub fn splits_word(s: &str, cut: usize) -> bool {
    let (Some(left), Some(right)) = (s.get(..cut), s.get(cut..)) else {
        return false;
    };
    entries(WORDS).any(|w| {
        w.char_indices()
            .skip(1)
            .any(|(i, _)| left.ends_with(&w[..i]) && right.starts_with(&w[i..]))
    })
}

/// True when `label` is a verb alone (筹措, 安排): it names no thing counted.
pub fn bare_verb(label: &str) -> bool {
    entries(BARE_VERBS).any(|v| v == label)
}

/// Words of a clause that make its figure a sum or a change over a span.
pub const OVER_SPAN: [&str; 11] = [
    "累计",
    "年均",
    "比20",
    "较20",
    "从20",
    "五年",
    "以来",
    "合计",
    "总计",
    "共计",
    "十四五",
];
