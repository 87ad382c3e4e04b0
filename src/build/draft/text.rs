//! The report's text as the draft (and the coverage check) reads it: a title, headings,
//! paragraphs and sentences, with the newspaper's column spaces and line breaks removed.
//!
//! A heading is a short line without sentence punctuation that stands between blank
//! lines and has text after it; a first line of that shape is the title. Sentences end
//! at 。；！？ (and their ASCII forms), as the data file's `source` sentences do.

/// The longest line, in characters, that can still be a heading.
const HEADING_CHARS: usize = 30;

/// Punctuation that a heading never has.
const SENTENCE_MARKS: &[char] = &[
    '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '、',
];

/// Where a sentence ends.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '？', '!', '?'];

/// One sentence of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Verbatim, whitespace removed, without its closing mark.
    pub text: String,
    /// Index into [`Outline::sections`].
    pub section: usize,
    /// Index of its paragraph in the whole text.
    pub paragraph: usize,
}

/// The text cut into parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outline {
    /// The first line, when it looks like a heading.
    pub title: Option<String>,
    /// Section headings; `None` for the text before the first heading.
    pub sections: Vec<Option<String>>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn heading_shaped(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= HEADING_CHARS
        && !t.contains(SENTENCE_MARKS)
        // A byline or a credit, not a heading: 李明/文 (本版图片由…提供).
        && !t.contains('/')
        && !t.starts_with(['(', '（'])
}

/// Cuts `text` into title, sections, paragraphs and sentences.
pub fn outline(text: &str) -> Outline {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let mut out = Outline {
        sections: vec![None],
        ..Outline::default()
    };
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let mut paragraph = 0usize;
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Outline, paragraph: &mut usize| {
        if current.is_empty() {
            return;
        }
        let section = out.sections.len() - 1;
        for s in current.split(SENTENCE_ENDS) {
            if !s.is_empty() {
                out.sentences.push(Sentence {
                    text: s.to_string(),
                    section,
                    paragraph: *paragraph,
                });
            }
        }
        *paragraph += 1;
        current.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let alone = (i == 0 || blank(i - 1)) && blank(i + 1);
        if alone && heading_shaped(t) {
            if Some(i) == first {
                out.title = Some(t.to_string());
                continue;
            }
            let text_follows = lines[i + 1..]
                .iter()
                .any(|l| !l.trim().is_empty() && !heading_shaped(l));
            if text_follows {
                flush(&mut current, &mut out, &mut paragraph);
                out.sections.push(Some(t.to_string()));
                continue;
            }
        }
        current.push_str(&strip_ws(t));
        // A paragraph ends at a sentence's end before a blank line, and with a line alone
        // between blank lines that has no sentence punctuation (a byline, a credit); a
        // column break in the middle of a sentence does not end it.
        let apart = alone && !t.contains(SENTENCE_MARKS);
        if blank(i + 1) && (apart || t.ends_with(['。', '！', '？', '!', '?'])) {
            flush(&mut current, &mut out, &mut paragraph);
        }
    }
    flush(&mut current, &mut out, &mut paragraph);
    out
}
