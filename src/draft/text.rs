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
use super::leftovers::{clean, visible};
use super::marks::{CLOSING_QUOTES, HEADING_CHARS, SENTENCE_ENDS, SENTENCE_MARKS};
use super::numbered::join_lone_brackets;
use super::table;

mod blank;
mod closing;
pub(super) mod pasted;
mod post;
mod single;
use blank::outline_blank;
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
        if matches!(c, '；' | ';') && part_of_year_goes_on(&paragraph[from..i], rest) {
            continue;
        }
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

/// True when the clause after a ； (`rest`, up to its end) goes on from a sentence that
/// opens with a part of the year (`head`: 1—11月，规模以上工业增加值增长7.2%；固定资产
///投资下降2.4%) and names no time of its own: one sentence, so that each figure's
/// `source` prints the period the figure carries and its title may state it (tester
/// s-test24 F10). A clause that names its own (；全年…, ；11月…) opens a sentence.
fn part_of_year_goes_on(head: &str, rest: &str) -> bool {
    use super::years::{
        of_several_years, opened_year, opening_month_end, opening_year, sentence_period,
    };
    let part = sentence_period(head)
        .filter(|p| head.starts_with(p.as_str()))
        .is_some_and(|p| !of_several_years(&p) && opened_year(&p).is_none());
    let clause = rest.split(SENTENCE_ENDS).next().unwrap_or(rest);
    let own = sentence_period(clause).is_some()
        || opening_month_end(clause).is_some()
        || opening_year(clause).is_some()
        || ["全年", "年末", "年底", "全年度"]
            .iter()
            .any(|w| clause.starts_with(w));
    part && !own && !clause.is_empty()
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
    /// The lines left out of the text, whitespace removed, in order: the page's
    /// leftovers, datelines, bylines, credits, page numbers, a table of contents. Never
    /// lost without a word: their numbers are skips of reason `page`, and `check` counts
    /// them.
    pub left: Vec<String>,
    /// Lines the page prints over the text that say its figures again, or name a
    /// graphic the text has not: a bulletin's figure captions (图1  2021—2025年地区生产总值
    /// 及其增长速度), a paper's deck under its headline. No section and no paragraph:
    /// their numbers are skips of reason `heading`, and they set no figure's status.
    pub furniture: Vec<String>,
    /// The subhead printed under the title (——2025年经济运行综述, a paper's deck
    /// 地区生产总值突破900亿元 规上工业增长7.2%), as printed, without its opening dashes:
    /// the page's deck as the text gives it. Also in [`Outline::furniture`].
    pub deck: Option<String>,
    /// A WeChat 图解 post's ([`post`]): its heads (成绩单, 预期目标, 民生) are peers, each
    /// saying of its own figures only what its words say.
    pub post: bool,
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

/// True when line `t`, right under the title (`out` has one, and no text yet), is a
/// subhead that opens with dashes (——2025年东湖区经济运行综述): a line of its own without a
/// sentence's marks, and no speech's dateline (——2026年1月8日在…会议上), which names a day
/// or a meeting.
fn dashed_subhead(out: &Outline, t: &str) -> bool {
    let words = t.trim_start_matches(['—', '―', '-']);
    let day = words.contains('月') && words.contains('日');
    let meeting = ["会议", "大会", "讲话", "上的"]
        .iter()
        .any(|w| words.contains(w));
    out.title.is_some()
        && out.sentences.is_empty()
        && out.deck.is_none()
        && t.starts_with("——")
        && !words.is_empty()
        && !words.contains(super::marks::SENTENCE_MARKS)
        && !day
        && !meeting
}

/// Takes line `t` as the text's subhead: the page's deck as printed, and furniture (its
/// numbers are the heading's, no figure's).
fn take_deck(out: &mut Outline, t: &str) {
    let words = t.trim().trim_start_matches(['—', '―', '-']).trim();
    out.deck = Some(words.split_whitespace().collect::<Vec<_>>().join(" "));
    out.furniture.push(strip_ws(t));
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
    let text = join_lone_brackets(&crate::check::printed::half_width_digits(&visible(text)));
    table::flat(&post::rows(pasted::lines(&text)).join("\n"))
}

/// Cuts `text` into title, sections, paragraphs and sentences.
pub fn outline(text: &str) -> Outline {
    // 74.4\u{200b}万亿元: a web page's zero-width marks are no text.
    let text = join_lone_brackets(&crate::check::printed::half_width_digits(&visible(text)));
    // — 3 —: a PDF's page number, wherever it stands, a sentence's middle too; its table
    // of contents; a number its line break cuts; a footnote far from its marker.
    // A WeChat 图解's lines: rows of their own, its marks and emoji dropped.
    let pasted = pasted::lines(&text);
    let is_post = post::is_post(&pasted);
    let prepared = post::rows(pasted);
    let raw: Vec<&str> = prepared.iter().map(String::as_str).collect();
    let trimmed: Vec<&str> = raw.iter().map(|l| clean(l)).collect();
    let tables = table::lines(&trimmed);
    // A table's row indented under the row above keeps its indent: it is a part.
    let marked = table::indents(&raw, &trimmed, &tables);
    let lines: Vec<&str> = marked.iter().map(AsRef::as_ref).collect();
    let mut out = if single_lines(&lines) {
        let joined = join_cut(&lines, &tables);
        let lines: Vec<&str> = joined.iter().map(String::as_str).collect();
        outline_single(&lines, &table::lines(&lines))
    } else {
        outline_blank(&lines, &tables)
    };
    out.post = is_post;
    closing::close_list(&mut out);
    let mut left = pasted::dropped(&text);
    left.append(&mut out.left);
    out.left = left;
    out
}

/// Leaves line `t` out of the text, and says so in `out`'s [`Outline::left`].
fn leave(out: &mut Outline, t: &str) {
    out.left.push(strip_ws(t));
}
