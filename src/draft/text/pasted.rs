//! The lines of a text as a PDF pastes them, made the report's lines before the outline
//! reads them: a table of contents is no text, a number cut by a line break is one
//! number again, and a footnote stands after the paragraph whose marker calls it.
//!
//! [`super::outline`] and [`super::flat`] read the same lines, so that every sentence of
//! the outline is found in the flat text.

use crate::draft::leftovers::{date_line, leftover, page_line};
use crate::draft::marks::{HEADING_CHARS, SENTENCE_ENDS, SENTENCE_MARKS};
use crate::draft::numbered::{bracket_numbered, numbered};
use crate::draft::page_jumps;
use crate::draft::table;

/// The characters a table of contents draws its leaders with.
const LEADERS: [char; 8] = ['…', '⋯', '.', '·', '．', '‥', '•', '。'];

/// True when `t` is an entry of a table of contents: words, a leader of dots, and a page
/// number (一、2025年工作回顾 ………… 1, 二、2026年工作安排………3).
fn leader_line(t: &str) -> bool {
    let t = t.trim();
    let body = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let page = t.len() - body.len();
    let words = body.trim_end_matches(|c: char| LEADERS.contains(&c) || c.is_whitespace());
    let dots: usize = body[words.len()..]
        .chars()
        .map(|c| match c {
            '…' | '⋯' => 3,
            c if LEADERS.contains(&c) => 1,
            _ => 0,
        })
        .sum();
    (1..=3).contains(&page) && dots >= 4 && !words.trim().is_empty()
}

/// True when `t` is the heading of a table of contents: 目录, 目  录, 目次.
fn contents_heading(t: &str) -> bool {
    let bare: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(bare.as_str(), "目录" | "目次")
}

/// An entry of a table of contents without leaders: a heading's shape, with or without
/// its page number.
fn bare_entry(t: &str) -> Option<String> {
    let words = t
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let bare: String = words.chars().filter(|c| !c.is_whitespace()).collect();
    let marks = bare.trim_start_matches(|c: char| !matches!(c, '、'));
    let shaped = !bare.is_empty()
        && bare.chars().count() <= HEADING_CHARS
        && !marks.trim_start_matches('、').contains(SENTENCE_MARKS)
        && !bare.contains(SENTENCE_ENDS);
    shaped.then_some(bare)
}

/// Which of `lines` are a table of contents: its 目录 line, and its entries after it
/// (leader lines, an entry wrapped before its leader, or, without leaders, lines of a
/// heading's shape up to the first that repeats its first entry: the real heading);
/// and every leader line wherever it stands.
fn contents(lines: &[String]) -> Vec<bool> {
    let mut out: Vec<bool> = lines.iter().map(|l| leader_line(l)).collect();
    let Some(at) = lines.iter().position(|l| contents_heading(l)) else {
        return out;
    };
    out[at] = true;
    let entries: Vec<usize> = (at + 1..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let Some(&first) = entries.first() else {
        return out;
    };
    if leader_line(&lines[first]) || entries.get(1).is_some_and(|&j| leader_line(&lines[j])) {
        for (k, &i) in entries.iter().enumerate() {
            let wrapped = entries.get(k + 1).is_some_and(|&j| leader_line(&lines[j]));
            if !(leader_line(&lines[i]) || wrapped) {
                break;
            }
            out[i] = true;
        }
        return out;
    }
    let head = bare_entry(&lines[first]);
    for (k, &i) in entries.iter().enumerate() {
        let entry = bare_entry(&lines[i]);
        if entry.is_none() || k > 0 && entry == head {
            break;
        }
        out[i] = true;
    }
    out
}

/// True when `next` goes on with the digits `line` ends with: `line` ends in a number
/// (…总额1, 28., 增长5) and `next` opens with its rest (36.2亿元, 4亿元, .1%, %), not
/// with an item's number (2.加快…).
fn cut_number(line: &str, next: &str) -> bool {
    let (line, next) = (line.trim_end(), next.trim_start());
    let mut tail = line.chars().rev();
    let (last, before) = (tail.next(), tail.next());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let ends_digit = digit(last);
    let ends_point = last == Some('.') && digit(before);
    let rest = next.trim_start_matches(|c: char| c.is_ascii_digit());
    let opens_digit = rest.len() < next.len();
    // 2.加快…, 3、…, 4）…: an item's number opens a line of its own.
    let mut after = rest.chars();
    let item = after
        .next()
        .is_some_and(|c| matches!(c, '.' | '、' | '）' | ')' | '．'))
        && !digit(after.next());
    let opens_point = next.starts_with('.') && digit(next[1..].chars().next());
    // 6.9 / %：a number's sign never opens a line.
    let opens_sign = next.starts_with(['%', '‰']);
    let joins = ends_digit && (opens_digit && !item || opens_point || opens_sign)
        || ends_point && opens_digit && !item;
    joins && !leftover(line, None) && !leftover(next, None) && !date_line(next)
}

/// `lines` with each line cut inside a number joined to the next, without the break: a
/// number a line break parts (社会消费品零售总额1 / 36.2亿元) is one number, never two.
fn join_numbers(lines: Vec<String>) -> Vec<String> {
    let views: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    let tables = table::lines(&views);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut glue = false;
    for (i, line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if glue => last.push_str(line.trim_start()),
            _ => out.push(line.clone()),
        }
        glue = views.get(i + 1).is_some_and(|next| {
            !tables[i] && !tables[i + 1] && !numbered(views[i]) && cut_number(views[i], next)
        });
        if glue {
            if let Some(last) = out.last_mut() {
                let kept = last.trim_end().len();
                last.truncate(kept);
            }
        }
    }
    out
}

/// `s` without the circled markers that call footnotes (增长5.9%① → 增长5.9%): a deck
/// quotes the sentence for the reader, who finds the note in the article.
pub fn without_markers(s: &str) -> String {
    s.chars().filter(|&c| !circled(c)).collect()
}

/// The circled numbers a footnote's marker is printed as.
fn circled(c: char) -> bool {
    ('①'..='⑳').contains(&c)
}

/// `lines` with each footnote (①按可比价格计算，下同。, on a line of its own after the
/// text that calls it) moved to stand right after the paragraph whose marker (增长5.9%①)
/// calls it: it is that paragraph's note, never a paragraph of the next section.
fn place_notes(mut lines: Vec<String>) -> Vec<String> {
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let Some(mark) = t.chars().next().filter(|&c| circled(c)) else {
            i += 1;
            continue;
        };
        // The marker's last call before the note, inside a line's text.
        let called = (0..i).rev().find(|&j| {
            lines[j]
                .trim()
                .char_indices()
                .any(|(k, c)| c == mark && k > 0)
        });
        let end = called.and_then(|j| {
            (j..i).find(|&k| {
                let l = lines[k].trim();
                l.trim_end_matches(['”', '’']).ends_with(SENTENCE_ENDS)
                    || lines.get(k + 1).is_some_and(|n| n.trim().is_empty())
            })
        });
        match end {
            Some(end) if end + 1 < i => {
                let note = lines.remove(i);
                lines.insert(end + 1, note);
            }
            _ => {}
        }
        i += 1;
    }
    lines
}

/// The lines of `text` (its digits half-width, its page numbers dropped) as the outline
/// reads them: without a table of contents, numbers cut by a line break joined, and
/// footnotes after the paragraphs that call them.
pub(super) fn lines(text: &str) -> Vec<String> {
    let raw: Vec<&str> = text
        .lines()
        .filter(|l| !crate::draft::leftovers::page_mark(l))
        .collect();
    // （下转第四版）（紧接第一版）: a print edition's jump inside a paragraph.
    let mut owned: Vec<String> = raw.iter().map(|l| page_jumps::without(l)).collect();
    owned.truncate(licence_from(&owned));
    let toc = contents(&owned);
    let kept: Vec<String> = owned
        .into_iter()
        .zip(toc)
        .filter_map(|(l, t)| (!t).then_some(l))
        .collect();
    place_notes(join_titles(join_numbers(kept)))
}

/// `lines` with a book title a web page cut onto lines of its own (关于《 / 国民经济…纲要 /
/// 》的说明, where the title was a link) one line again: a line that ends with 《 goes on
/// in the next, and a line that opens with 》 closes the line before. Blank lines are
/// never crossed.
fn join_titles(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut open = false;
    for line in lines {
        let t = line.trim();
        let prev = out.last_mut().filter(|p| !p.trim().is_empty());
        match prev {
            Some(p) if !t.is_empty() && (open || t.starts_with('》')) => {
                p.truncate(p.trim_end().len());
                p.push_str(t);
            }
            _ => out.push(line),
        }
        open = out.last().is_some_and(|p| p.trim_end().ends_with('《'));
    }
    out
}

/// The lines [`lines`] leaves out, whitespace removed: a PDF's page numbers, its table
/// of contents, and a web page's licence notice after the text.
pub(super) fn dropped(text: &str) -> Vec<String> {
    let page_mark = crate::draft::leftovers::page_mark;
    let marks = text.lines().filter(|l| page_mark(l));
    let jumps = text.lines().flat_map(page_jumps::jumps);
    let mut owned: Vec<String> = (text.lines().filter(|l| !page_mark(l)))
        .map(str::to_string)
        .collect();
    let licence = owned.split_off(licence_from(&owned));
    let toc = contents(&owned);
    let entries = owned.iter().zip(toc).filter(|(_, t)| *t).map(|(l, _)| l);
    marks
        .chain(jumps)
        .chain(entries.map(String::as_str))
        .chain(licence.iter().map(String::as_str))
        .map(table::flat)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Width in ems: a Chinese character is one, an ASCII character half.
fn ems(line: &str) -> usize {
    line.chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum::<usize>()
        / 2
}

/// The width a PDF wrapped `lines` at, in ems, when it did: at least three lines, and at
/// least half of the lines that end no sentence, are within two ems of the longest
/// line, and that is longer than a heading may be. Web pages print a paragraph a line,
/// whose lengths never cluster so.
pub(super) fn wrap_width(lines: &[&str]) -> Option<usize> {
    let widths: Vec<usize> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| ems(l.trim()))
        .collect();
    let max = widths.iter().copied().max()?;
    let near = widths.iter().filter(|&&w| w + 2 >= max).count();
    let open = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.trim().ends_with(SENTENCE_ENDS))
        .count();
    (max > HEADING_CHARS / 2 && near >= 3 && 2 * near >= open).then_some(max)
}

/// True when `line` fills the width `wrap` the text was wrapped at, give or take the
/// number or word that did not fit.
pub(super) fn full(line: &str, wrap: Option<usize>) -> bool {
    wrap.is_some_and(|w| ems(line) + 3 >= w)
}

/// True when `line` is a sentence's part: it holds a sentence's marks (，：。) though it
/// ends in none, as no heading, byline or page line does.
pub(super) fn unfinished(line: &str) -> bool {
    line.contains(['，', '；', '：', '。', ',', '！', '？'])
        && !numbered(line)
        && !bracket_numbered(line)
        && !page_line(line)
}

/// True when `next` opens with a mark no paragraph opens with (，。、%）): the line
/// before it was cut.
pub(super) fn goes_on_mark(next: &str) -> bool {
    next.trim_start().starts_with([
        '，', '。', '、', '；', '：', '%', '）', ')', '！', '？', ',',
    ])
}

/// Words by which a licence notice names the text's copyright status.
const STATUS: [&str; 6] = [
    "公有领域",
    "版权",
    "著作权",
    "许可协议",
    "授权",
    "法律、法规",
];

/// True when `t` says under what licence a page publishes the text: a note of the wiki
/// that holds it, Public domain, CC BY.
fn licence_line(t: &str) -> bool {
    let lower = t.trim().to_ascii_lowercase();
    ["维基文库", "维基百科", "wikisource", "wikipedia"]
        .iter()
        .any(|w| lower.contains(w))
        || lower == "public domain"
        || lower.starts_with("creative commons")
        || lower.starts_with("cc by")
}

/// True when line `i` opens a licence notice: a [`licence_line`], or 本作品… with its
/// copyright status in the lines that go on with it (a page sets each of its links on a
/// line of its own: 本作品是中华人民共和国的 / 法律 / 、 / 法规).
fn licence_opens(lines: &[String], i: usize) -> bool {
    let status = |l: &String| STATUS.iter().any(|w| l.contains(w));
    licence_line(&lines[i])
        || lines[i].trim().starts_with("本作品") && lines[i..].iter().take(12).any(status)
}

/// Where a web page's licence notice after the report begins (本作品是…, 注：…维基文库…,
/// Public domain): at its first line, when no line after it but another of the notice
/// holds a digit, so that no number of the report is ever left out with it; the lines'
/// count when there is none. The notice is the page's, never the report's last paragraph.
fn licence_from(lines: &[String]) -> usize {
    let digits = |l: &String| l.contains(|c: char| c.is_ascii_digit());
    let Some(at) = (0..lines.len()).find(|&i| licence_opens(lines, i)) else {
        return lines.len();
    };
    let quiet = lines[at..].iter().all(|l| licence_line(l) || !digits(l));
    if quiet {
        at
    } else {
        lines.len()
    }
}
