//! The report's text as the draft (and the coverage check) reads it: a title, headings,
//! paragraphs and sentences, with the newspaper's column spaces and line breaks removed.
//!
//! A heading is a short line without sentence punctuation that stands between blank
//! lines and has text after it, or a numbered line (一、…, 第一部分) wherever it stands,
//! however long, and however spaced (its paragraph may run on after a space or a 。);
//! a first line of that shape is the title, and so is a first line that names a report
//! (…政府工作报告, …统计公报) run straight into the text. A line that ends a sentence ends
//! its paragraph, blank line after it or not: a pasted text has a paragraph a line, and
//! its targets' line is never glued to the review's. Sentences end at 。；！？ (and their ASCII
//! forms), as the data file's `source` sentences do. A table's lines are rows of their
//! own (see [`table`]), and spaces between two numbers are never removed.
//!
//! Texts as published on the web come with single line breaks and no blank lines: there
//! each line is a paragraph, a short line that names a part of a report (2025年工作回顾)
//! is a heading even without its number, a paragraph may open with its own heading ((一)…。, or a
//! short lead sentence), and the page's leftovers (下载, 打印, 【字号：…】, 来源：,
//! 时间：2026-02-02, the speaker's byline, 相关报道：) are not text at all.

use super::latin;
use super::leftovers::{clean, credit, date_line, page_line, speaker, stamp};
use super::marks::{over_text, CLOSING_QUOTES, HEADING_CHARS, SENTENCE_ENDS, SENTENCE_MARKS};
use super::numbered::{join_lone_brackets, numbered_line, numbered_running_on};
use super::table;

mod closing;
pub(super) mod pasted;
mod single;
use single::{join_cut, outline_single};

/// One sentence of a paragraph as [`pieces`] cuts it.
struct Piece<'a> {
    /// Without its closing mark.
    text: &'a str,
    /// It follows a ；(a clause of the sentence before).
    clause: bool,
    /// The quotation marks printed right after its end (…要求。”).
    closes: &'a str,
}

/// The sentences of a paragraph without their closing marks. The quotation marks
/// right after a sentence's end (…提出了更高要求。”据介绍，…) close that sentence's
/// quote: the next sentence never opens with them.
fn pieces(paragraph: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut from, mut after_semicolon) = (0, false);
    let mut before = None;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // previous year.全年全市…: an English sentence's full stop before the Chinese, or
        // at the paragraph's end.
        let english =
            c == '.' && before.is_some_and(|b| latin::full_stop(b, chars.peek().map(|&(_, a)| a)));
        // 进入前1?。: a ? right after a digit stands for a sign the page lost (‱), inside
        // the sentence, never its end.
        let lost = c == '?' && before.is_some_and(|b| b.is_ascii_digit());
        before = Some(c);
        if i < from || lost || !(SENTENCE_ENDS.contains(&c) || english) {
            continue;
        }
        let after = i + c.len_utf8();
        let rest = &paragraph[after..];
        let closes = &rest[..rest.len() - rest.trim_start_matches(CLOSING_QUOTES).len()];
        if i > from {
            out.push(Piece {
                text: &paragraph[from..i],
                clause: after_semicolon,
                closes,
            });
        }
        (from, after_semicolon) = (after + closes.len(), matches!(c, '；' | ';'));
    }
    if from < paragraph.len() {
        out.push(Piece {
            text: &paragraph[from..],
            clause: after_semicolon,
            closes: "",
        });
    }
    out
}

/// True when line `t` ends a sentence (。！？), closing quotation marks after it or not
/// (…更高要求。”): its paragraph ends with it.
pub(super) fn ends_sentence(t: &str) -> bool {
    t.trim_end_matches(CLOSING_QUOTES)
        .ends_with(['。', '！', '？', '!', '?'])
}

/// One sentence of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Verbatim, whitespace removed, full-width digits as ASCII, without its closing mark.
    pub text: String,
    /// Index into [`Outline::sections`].
    pub section: usize,
    /// Index of its paragraph in the whole text.
    pub paragraph: usize,
    /// It follows a ；of the sentence before, in its paragraph: a clause of one sentence,
    /// whose period (上半年，…；…) reaches it.
    pub clause: bool,
    /// It opens its paragraph as that paragraph's heading: （一）聚力稳增长, or a short
    /// lead sentence without numbers (生态底色更加亮丽).
    pub lead: bool,
    /// A row of a table (its caption included): its cells parted by one space. Its
    /// paragraph is the table.
    pub row: bool,
    /// The quotation marks printed right after its closing mark (…要求。” → ”): they
    /// close a quote of it or of the sentences before, and open no sentence.
    pub closes: String,
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
    /// The paragraph of a web headline (…报告提出今年目标：…增长5%左右), the first line
    /// when it ends no sentence: the paper's words, never the lead graphic's accent.
    pub headline: Option<usize>,
}

impl Outline {
    /// The words of the web headline over the text (锚定6%，宁州这样干——聚焦…报告), when
    /// it is one sentence of its own: the paper's title for the story, as printed.
    pub fn headline_text(&self) -> Option<&str> {
        let p = self.headline?;
        let mut of = self.sentences.iter().filter(|s| s.paragraph == p);
        match (of.next(), of.next()) {
            (Some(s), None) => Some(s.text.as_str()),
            _ => None,
        }
    }
}

/// True when `line`, the first of a text's paragraphs, is a headline: short, and ending
/// no sentence.
fn headline_shaped(line: &str) -> bool {
    line.chars().count() <= 2 * HEADING_CHARS && !line.ends_with(['。', '！', '？', '!', '?', '；'])
}

/// Whitespace removed, but never between two numbers (see [`table::flat`]).
fn strip_ws(s: &str) -> String {
    table::flat(s)
}

fn heading_shaped(line: &str) -> bool {
    let t = line.trim();
    // 一、2025年工作回顾 between blank lines: the 、 of its number is no sentence's.
    let marks = t.trim_start_matches(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    let marks = if marks.len() < t.len() {
        marks.strip_prefix('、').unwrap_or(t)
    } else {
        t
    };
    !t.is_empty()
        && t.chars().count() <= HEADING_CHARS
        && !marks.contains(SENTENCE_MARKS)
        // A byline or a credit, not a heading: 李明/文 (本版图片由…提供).
        && !t.contains('/')
        // A stray mark alone (", 、) names nothing: a heading has words.
        && t.chars().any(|c| c.is_alphanumeric())
        && !t.starts_with(['(', '（'])
}

/// True when the text has its paragraphs on single lines, with (almost) no blank lines
/// between them, as web pages publish reports.
fn single_lines(lines: &[&str]) -> bool {
    let blank = lines.iter().filter(|l| l.trim().is_empty()).count();
    let full = lines.len() - blank;
    full >= 10 && blank * 10 < full
}

/// Adds line `i` of a table as a row of paragraph `paragraph`; 1 when it is the
/// table's last line (the next paragraph is another), else 0.
fn push_row(
    out: &mut Outline,
    lines: &[&str],
    tables: &[bool],
    i: usize,
    paragraph: usize,
) -> usize {
    out.sentences.push(Sentence {
        text: table::cells(lines[i]),
        section: out.sections.len() - 1,
        paragraph,
        clause: false,
        lead: false,
        row: true,
        closes: String::new(),
    });
    usize::from(table::ends(lines, tables, i))
}

/// `text` flat as [`table::flat`] makes it, with its lines as [`outline`] reads them
/// (page numbers and a table of contents dropped, a number cut by a line break joined,
/// footnotes moved: [`pasted::lines`]) and its digits too (５．８ → 5.8): every sentence
/// of the outline is found in it, a closing mark after it.
pub fn flat(text: &str) -> String {
    let text = join_lone_brackets(&crate::check::printed::half_width_digits(text));
    table::flat(&pasted::lines(&text).join("\n"))
}

/// Cuts `text` into title, sections, paragraphs and sentences.
pub fn outline(text: &str) -> Outline {
    let text = join_lone_brackets(&crate::check::printed::half_width_digits(text));
    // — 3 —: a PDF's page number, wherever it stands, a sentence's middle too; its table
    // of contents; a number its line break cuts; a footnote far from its marker.
    let prepared = pasted::lines(&text);
    let raw: Vec<&str> = prepared.iter().map(String::as_str).collect();
    let trimmed: Vec<&str> = raw.iter().map(|l| clean(l)).collect();
    let tables = table::lines(&trimmed);
    // A table's row indented under the row above keeps its indent: it is a part.
    let marked = table::indents(&raw, &trimmed, &tables);
    let lines: Vec<&str> = marked.iter().map(AsRef::as_ref).collect();
    if single_lines(&lines) {
        let joined = join_cut(&lines, &tables);
        let lines: Vec<&str> = joined.iter().map(String::as_str).collect();
        let mut out = outline_single(&lines, &table::lines(&lines));
        closing::close_list(&mut out);
        return out;
    }
    let mut out = outline_blank(&lines, &tables);
    closing::close_list(&mut out);
    out
}

/// True when `next`, the block after a blank line, opens a paragraph as `block` did: a
/// newspaper's text keeps its column lines as spaces, and a paragraph's first line is
/// indented, so it is shorter than the lines after it. A block that opens with a line as
/// short as `block`'s first (within one character), and shorter than `block`'s other
/// lines, is a new paragraph even though `block` ends without its 。; a column break
/// inside a sentence goes on with a full line. A first line that ends in punctuation says
/// nothing (it may end a sentence early), nor does a block of fewer than three lines.
fn opens_like(block: &str, next: &str) -> bool {
    let widths: Vec<usize> = block
        .split_whitespace()
        .map(|s| s.chars().count())
        .collect();
    let Some(first) = next.split_whitespace().next() else {
        return false;
    };
    let (Some(&opening), true) = (widths.first(), widths.len() >= 3 && next.contains(' ')) else {
        return false;
    };
    let mut body = widths[1..].to_vec();
    body.sort_unstable();
    let line = body[body.len() / 2];
    let width = first.chars().count();
    let punctuated = first.ends_with(SENTENCE_MARKS) || first.ends_with(SENTENCE_ENDS);
    !punctuated && width.abs_diff(opening) <= 1 && width + 2 <= line
}

/// True when a first line that runs straight into the text names itself a report's
/// title (2026年北塘区政府工作报告, …统计公报, …2025年经济运行情况, …发展综述): a short
/// line without sentence marks that names a report or a summary is never the text's
/// first sentence.
fn titled(line: &str) -> bool {
    ["报告", "公报", "运行情况", "发展情况", "综述"]
        .iter()
        .any(|w| line.contains(w))
}

/// Ends the paragraph `current` holds: its sentences go into `out`, under the last
/// section, as paragraph `paragraph`, which then counts on.
fn flush(current: &mut String, out: &mut Outline, paragraph: &mut usize) {
    if current.is_empty() {
        return;
    }
    let section = out.sections.len() - 1;
    for p in pieces(current) {
        out.sentences.push(Sentence {
            text: p.text.to_string(),
            section,
            paragraph: *paragraph,
            clause: p.clause,
            lead: false,
            row: false,
            closes: p.closes.to_string(),
        });
    }
    *paragraph += 1;
    current.clear();
}

/// A text of paragraphs between blank lines, as a newspaper's text file has them.
fn outline_blank(lines: &[&str], tables: &[bool]) -> Outline {
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let mut out = Outline {
        sections: vec![None],
        ..Outline::default()
    };
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let mut paragraph = 0usize;
    let mut current = String::new();
    // The line before was a dateline's, in the same block.
    let mut dateline = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if tables[i] {
            flush(&mut current, &mut out, &mut paragraph);
            paragraph += push_row(&mut out, lines, tables, i, paragraph);
            continue;
        }
        if t.is_empty() {
            continue;
        }
        let alone = (i == 0 || blank(i - 1)) && blank(i + 1);
        // 青禾发布 2026年1月16日 08:00: a page's dateline, wherever it stands; and so is a
        // page's 来源：/发布时间： line that ends no sentence (来源：江川省统计局 2026-07-16
        // under the headline), blank lines around it or not: never a paragraph's opening.
        let page = page_line(t) && !t.ends_with(SENTENCE_ENDS);
        if stamp(t) || (alone || page) && (credit(t) || page_line(t)) {
            flush(&mut current, &mut out, &mut paragraph);
            continue;
        }
        // A numbered heading is one wherever it stands, however long, as in single lines,
        // the first line too (no title is numbered).
        let whole = numbered_line(t);
        if whole.is_some() || numbered_running_on(t).is_some() {
            flush(&mut current, &mut out, &mut paragraph);
            let Some((heading, rest)) = numbered_running_on(t) else {
                out.sections.push(whole);
                continue;
            };
            out.sections.push(Some(heading));
            current.push_str(&strip_ws(rest));
            if blank(i + 1) && ends_sentence(rest) {
                flush(&mut current, &mut out, &mut paragraph);
            }
            continue;
        }
        // A headline on its own line (上半年全省经济运行稳中有进) is the title, blank line
        // after it or not, as in a text of single lines: never its first paragraph's
        // opening.
        if Some(i) == first && heading_shaped(t) {
            out.title = Some(t.to_string());
            continue;
        }
        // A dateline (——2026年1月8日在…会议上), the lines of its block without a
        // sentence's marks and a speaker's line (青峰区人民政府区长 周明远) are no text,
        // nor headings between blank lines: they are the meeting's and the byline's
        // (`meta` reads the speaker as the author). A salutation alone (各位代表：) is a
        // paragraph: a column break never cuts a line so short, and glued they would make
        // one "sentence" of a byline and the speech.
        let dated = t.starts_with("——") && !t.contains(SENTENCE_MARKS);
        let byline = dated || (dateline && !t.contains(SENTENCE_MARKS)) || speaker(t).is_some();
        dateline = byline && !blank(i + 1);
        if byline {
            flush(&mut current, &mut out, &mut paragraph);
            continue;
        }
        if alone && heading_shaped(t) {
            let text_follows = lines[i + 1..]
                .iter()
                .any(|l| !l.trim().is_empty() && !heading_shaped(l));
            if text_follows {
                flush(&mut current, &mut out, &mut paragraph);
                out.sections.push(Some(t.to_string()));
                continue;
            }
        }
        let salutation = alone && t.chars().count() <= 12 && t.ends_with(['：', ':', '！', '!']);
        // 澄溪县统计局 / 2026年3月18日 under a communiqué's title: the issuer and the date
        // are lines of their own, never the first paragraph's opening.
        if date_line(t) && !current.is_empty() {
            flush(&mut current, &mut out, &mut paragraph);
        }
        if salutation || date_line(t) {
            flush(&mut current, &mut out, &mut paragraph);
            current.push_str(&strip_ws(t));
            flush(&mut current, &mut out, &mut paragraph);
            continue;
        }
        // A web headline run straight into the text (…报告提出今年目标：…增长5%左右): a
        // first line that names a report, or stands over the text (锚定6%，宁州这样干),
        // too marked for a title, is a paragraph alone.
        let over = || over_text(t, lines[i + 1..].iter().map(|l| l.trim()));
        if Some(i) == first && headline_shaped(t) && (titled(t) || over()) {
            out.headline = Some(paragraph);
            table::join(&mut current, t);
            flush(&mut current, &mut out, &mut paragraph);
            continue;
        }
        table::join(&mut current, t);
        // A paragraph ends at a sentence's end before a blank line, and with a line alone
        // between blank lines that has no sentence punctuation (a byline, a credit); a
        // column break in the middle of a sentence does not end it, unless the next
        // block is indented as this one opened (a paragraph that ends without its 。).
        let apart = alone && !t.contains(SENTENCE_MARKS);
        let next = lines[i + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        let indented = next.is_some_and(|n| opens_like(t, n));
        // A line that ends a sentence ends its paragraph before a line too: a pasted
        // text has its paragraphs on single lines (the targets' paragraph after the
        // review's is a paragraph of its own, whatever the line breaks around it).
        let full_stop = ends_sentence(t);
        if full_stop || blank(i + 1) && (apart || indented) {
            flush(&mut current, &mut out, &mut paragraph);
        }
    }
    flush(&mut current, &mut out, &mut paragraph);
    out
}
