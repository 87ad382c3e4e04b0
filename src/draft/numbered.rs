//! Numbered headings (一、…, 第一部分 …) however a report, or the web page it was copied
//! from, prints them: 一、, 一．, 一., 一 、, a numeral and a space (一　2025年工作回顾),
//! a full stop after the heading (四、着力扩大内需。), and the paragraph running on after
//! it on the same line, parted by a space, a full stop, or glued to the words a report's
//! paragraph opens with (一、2025年工作回顾过去一年，…).

use super::marks::{HEADING_CHARS, SENTENCE_ENDS};

/// The Chinese numerals a heading's number is written with.
pub(super) const NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// What follows a heading's Chinese numeral and its mark: 一、, 一．, 一., 一 、 (a space
/// before the mark), or a numeral of at most three characters and a space alone
/// (一　2025年工作回顾); `None` for a line that opens otherwise (一是…, 一批…).
pub(super) fn after_numeral(t: &str) -> Option<&str> {
    let rest = t.trim_start_matches(NUMERALS);
    if rest.len() == t.len() {
        return None;
    }
    let numeral = t.len() - rest.len();
    let spaced = rest.trim_start_matches([' ', '\u{3000}']);
    let marked = ['、', '．', '.']
        .into_iter()
        .find_map(|m| spaced.strip_prefix(m));
    // A space alone stands for the mark only after a short numeral (十二), never inside
    // words, and only when words follow it.
    let by_space = spaced.len() < rest.len()
        && t[..numeral].chars().count() <= 3
        && !spaced.is_empty()
        && !spaced.starts_with(|c: char| c.is_ascii_punctuation() || "，。；：".contains(c));
    marked.or(by_space.then_some(spaced))
}

/// A numbered heading: 一、…, 第一部分 …, short and without a sentence's end.
pub(super) fn numbered(line: &str) -> bool {
    let t = line.trim();
    let by_numeral = after_numeral(t).is_some();
    let by_part = t.starts_with('第') && {
        let r = t['第'.len_utf8()..].trim_start_matches(NUMERALS);
        r.len() + '第'.len_utf8() < t.len() && r.starts_with("部分")
    };
    (by_numeral || by_part)
        && t.chars().count() <= 2 * HEADING_CHARS
        && !t.contains(SENTENCE_ENDS)
        && !t.ends_with(['：', ':'])
}

/// The heading a whole line is, whitespace removed: a numbered heading, with or without
/// the full stop (or exclamation mark) a page may print after it.
pub(super) fn numbered_line(line: &str) -> Option<String> {
    let t = line.trim();
    if numbered(t) {
        return Some(strip_ws(t));
    }
    // With its full stop, a heading is a short phrase: a sentence of its own with a
    // comma (一、回顾过去一年，…。) is text.
    let head = t.strip_suffix(['。', '！', '!'])?.trim_end();
    let phrase = after_numeral(head).is_some_and(|b| {
        b.chars().count() <= HEADING_CHARS && !b.contains(['，', ',', '：', ':', '、'])
    });
    (phrase && numbered(head)).then(|| strip_ws(head))
}

/// Words a report's paragraph opens with, right after its heading: where a heading glued
/// to its paragraph ends (一、2025年工作回顾过去一年，…).
const OPENINGS: [&str; 8] = [
    "过去一年",
    "过去的一年",
    "一年来",
    "这五年",
    "过去五年",
    "五年来",
    "各位代表",
    "今年是",
];

/// A numbered heading with its paragraph running on after it on the same line
/// (一、2025年工作回顾 过去一年，…, 一、2025年工作回顾。过去一年，…, or
/// 一、2025年工作回顾过去一年，…): the heading and the paragraph, where a space, a
/// sentence's end or a paragraph's opening words part them. A number glued to other words
/// (一、回顾过去一年，…) is left as text: there is no telling where its heading would end.
pub(super) fn numbered_running_on(line: &str) -> Option<(String, &str)> {
    let t = line.trim();
    let body = after_numeral(t)?;
    let by_mark = body.find(|c: char| c.is_whitespace() || SENTENCE_ENDS.contains(&c));
    let cut = [by_mark, glued(body), by_colon(body)]
        .into_iter()
        .flatten()
        .min()?;
    let head = &t[..t.len() - body.len() + cut];
    let parts = |c: char| c.is_whitespace() || SENTENCE_ENDS.contains(&c) || c == '：' || c == ':';
    let rest = body[cut..].trim_start_matches(parts);
    let head_ok = cut > 0 && head.chars().count() <= 2 * HEADING_CHARS;
    (head_ok && !rest.is_empty() && numbered(head)).then(|| (strip_ws(head), rest))
}

/// Where a heading glued to its paragraph ends: before the first of [`OPENINGS`], after a
/// heading of at least four characters without a sentence's marks (2025年工作回顾).
fn glued(body: &str) -> Option<usize> {
    let at = OPENINGS.iter().filter_map(|o| body.find(o)).min()?;
    let head = &body[..at];
    let marks = ['，', '、', '：', '；', ',', ':', '“', '（', '('];
    (head.chars().count() >= 4 && head.chars().count() <= HEADING_CHARS && !head.contains(marks))
        .then_some(at)
}

/// Where a heading that introduces its paragraph with a colon ends
/// (三、2026年工作安排：今年…): at a colon after a heading without other marks.
fn by_colon(body: &str) -> Option<usize> {
    let at = body.find(['：', ':'])?;
    let head = &body[..at];
    let marks = ['，', '、', '；', ',', '（', '('];
    (head.chars().count() >= 4 && head.chars().count() <= HEADING_CHARS && !head.contains(marks))
        .then_some(at)
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// True for a heading's number alone on its line (（一）, (二), 三、), which web pages
/// print apart from the heading's words on the next line.
pub(super) fn number_alone(t: &str) -> bool {
    const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let inner = t.trim_start_matches(['（', '(']);
    let bracketed = inner.len() < t.len();
    let rest = inner.trim_start_matches(NUMERALS);
    rest.len() < inner.len()
        && if bracketed {
            matches!(rest, "）" | ")")
        } else {
            matches!(rest, "、" | "．" | ".")
        }
}

/// True for a line that opens with a bracketed numeral, the number of a second-level
/// heading: （一）…, (二)…, however it is spaced after.
pub(super) fn bracket_numbered(t: &str) -> bool {
    let inner = t.trim_start_matches(['（', '(']);
    let rest = inner.trim_start_matches(NUMERALS);
    inner.len() < t.len() && rest.len() < inner.len() && rest.starts_with(['）', ')'])
}

/// True for a second-level heading printed alone on its line without its full stop
/// ((一)稳住农业基本盘，促进农民持续增收, （二）加快教育、卫生等社会事业发展): a bracketed
/// numeral, a heading's length (two phrases at most, as a report prints them), no
/// sentence's end inside, no mark at its end that says the sentence goes on (，：、), and
/// no amount (a figure's line whose full stop was lost is text); a year may stand in it.
pub(super) fn bracket_heading(t: &str) -> bool {
    let t = t.trim();
    let mut digits = t.char_indices().filter(|(_, c)| c.is_ascii_digit());
    let amount = digits.any(|(i, _)| {
        let after = t[i..].trim_start_matches(|c: char| c.is_ascii_digit());
        !after.starts_with('年')
    });
    bracket_numbered(t)
        && t.chars().count() <= 2 * HEADING_CHARS
        && !t.contains(SENTENCE_ENDS)
        && !t.ends_with(super::marks::SENTENCE_MARKS)
        && !amount
}

/// `text` with an opening bracket alone on its line joined to the line after it: web
/// pages break a numbered heading inside its number ("（" on one line, "三）改革开放…" on
/// the next), or after it ("（三）" on one line), and the heading is the two lines together.
pub(super) fn join_lone_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    for line in text.lines() {
        let t = line.trim();
        if open && t.is_empty() {
            continue;
        }
        open = matches!(t, "（" | "(") || number_alone(t);
        out.push_str(if open { t } else { line });
        if !open {
            out.push('\n');
        }
    }
    out
}
