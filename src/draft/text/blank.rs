//! A text of paragraphs between blank lines, as a newspaper's text file has them: a
//! heading is a short line alone, a paragraph ends at a sentence's end or where the next
//! block opens a paragraph, and the page's lines around the text are left out.

use super::{
    dashed_subhead, ends_sentence, heading_shaped, headline_shaped, leave, pieces, push_row,
    strip_ws, table, take_deck, Outline, Sentence,
};
use crate::draft::leftovers::{
    caption, credit, date_line, dateline_opening, page_line, speaker, stamp,
};
use crate::draft::marks::{over_text, SENTENCE_ENDS, SENTENCE_MARKS};
use crate::draft::numbered::{
    bracket_heading, bracket_numbered, numbered_line, numbered_running_on,
};

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
/// title (2026年北塘区政府工作报告, …统计公报, …2025年经济运行情况, …发展综述, …工作
/// 总结): a short
/// line without sentence marks that names a report or a summary is never the text's
/// first sentence.
fn titled(line: &str) -> bool {
    ["报告", "公报", "运行情况", "发展情况", "综述", "工作总结"]
        .iter()
        .any(|w| line.contains(w))
}

/// The title and the text of a first line that runs a report's title into its text
/// after a space (东区2025年工作总结 区级以上重点实验室达到12家。): the words before the
/// first space name a report ([`titled`]) and are shaped as a heading, and text follows.
fn spaced_title(line: &str) -> Option<(&str, &str)> {
    let (head, rest) = line.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    (!rest.is_empty() && heading_shaped(head) && titled(head)).then_some((head, rest))
}

/// Line `t` without the title a text pasted as one line runs into it ([`spaced_title`]),
/// which goes to `out` where `t` is the `first` line (东区2025年工作总结 区级以上重点实验室
/// 达到12家。…): the title's words are no label's.
fn untitled<'a>(out: &mut Outline, t: &'a str, first: bool) -> &'a str {
    match spaced_title(t).filter(|_| first) {
        Some((title, rest)) => {
            out.title = Some(title.to_string());
            rest
        }
        None => t,
    }
}

/// True when a first line ending no sentence (两会观察｜临江区：800亿元之后，怎么跑出新速度)
/// stands over the page's own lines (its date line, 来源：, the byline): it is the
/// story's headline, its title, whatever marks it holds.
fn over_furniture(t: &str, after: &[&str]) -> bool {
    // A deck right under the headline (固投增长8%以上 城镇新增就业6000人以上) stands
    // between it and the page's lines, as a paper prints it.
    let after = match after.split_first() {
        Some((d, rest)) if deck(d.trim()) => rest,
        _ => after,
    };
    let next = after.iter().map(|l| l.trim()).find(|l| !l.is_empty());
    // 图解｜2026年怀宁县两会，这些数字你要知道！: a post's title may cry out.
    headline_shaped(t.trim_end_matches(['！', '!']))
        && after.first().is_none_or(|l| l.trim().is_empty())
        && next.is_some_and(|n| {
            stamp(n) || page_line(n) || credit(n) || date_line(n) || dateline_opening(n).is_some()
        })
}

/// True when line `t`, under a story's headline, is its deck: a line alone that ends no
/// sentence and says figures (…突破800亿元 今年GDP增长目标6%—6.5%), never a heading that
/// names a part of the report.
fn deck(t: &str) -> bool {
    let parts = ["回顾", "工作", "任务", "第一", "各位"];
    headline_shaped(t)
        && numbered_line(t).is_none()
        && dateline_opening(t).is_none()
        && !stamp(t)
        && !page_line(t)
        && !credit(t)
        && !t.ends_with(['：', ':'])
        && t.chars().any(|c| c.is_ascii_digit())
        && (t.contains(char::is_whitespace) || t.contains(['，', '%', '％']))
        && !parts.iter().any(|w| t.contains(w))
}

/// Takes line `i` as the page's furniture when it is: a graphic's caption (图1  2021—
/// 2025年地区生产总值及其增长速度) and a deck under the headline (去年经济总量突破800亿元
/// 今年GDP增长目标6%—6.5%, only before the text, `open` when no paragraph is under way)
/// go to [`Outline::furniture`]; a bulletin's issuer (石门县统计局) and the date under it
/// are left out. True when it took the line.
fn furniture(out: &mut Outline, lines: &[&str], i: usize, open: bool) -> bool {
    let t = lines[i].trim();
    let blank_after = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
    let before_text = out.title.is_some() && out.sentences.is_empty() && out.sections.len() == 1;
    if caption(t) {
        out.furniture.push(strip_ws(t));
        return true;
    }
    if open && before_text && blank_after && deck(t) || open && dashed_subhead(out, t) {
        take_deck(out, t);
        return true;
    }
    let issued = lines[..i].iter().rev().find(|l| !l.trim().is_empty());
    let issued = issued.is_some_and(|l| crate::draft::meta::issuer(l).is_some());
    if crate::draft::meta::issuer(t).is_some() || issued && date_line(t) {
        leave(out, t);
        return true;
    }
    false
}

/// Line `t` without the dateline it opens with (本报讯（记者 李晓明 通讯员 王芳）1月8日
/// 上午，… → 1月8日上午，…) when it opens a paragraph (`open`): the paper's and the
/// byline's words are the page's, left out.
fn without_dateline<'a>(out: &mut Outline, t: &'a str, open: bool) -> &'a str {
    match dateline_opening(t).filter(|_| open) {
        Some((head, rest)) => {
            leave(out, head);
            rest
        }
        None => t,
    }
}

/// Ends the paragraph `current` holds: its sentences go into `out`, under the last
/// section, as paragraph `paragraph`, which then counts on. A first sentence numbered
/// as a second-level heading ((一)稳定宏观经济政策。, alone or with its text after it) is
/// the paragraph's heading, as in a text of single lines: between blank lines a report
/// prints its (一) headings with their full stop, which [`heading_alone`] never takes.
fn flush(current: &mut String, out: &mut Outline, paragraph: &mut usize) {
    if current.is_empty() {
        return;
    }
    let section = out.sections.len() - 1;
    for (k, p) in pieces(current).into_iter().enumerate() {
        out.sentences.push(Sentence {
            text: p.text.to_string(),
            section,
            paragraph: *paragraph,
            clause: p.clause,
            lead: k == 0 && bracket_numbered(p.text),
            row: false,
            closes: p.closes.to_string(),
        });
    }
    *paragraph += 1;
    current.clear();
}

/// True when the last section of `out` has a numbered heading (一、经济) and no sentence
/// yet.
fn under_bare_numbered(out: &Outline) -> bool {
    let last = out.sections.len() - 1;
    let numbered = out.sections[last]
        .as_deref()
        .is_some_and(|h| numbered_line(h).is_some());
    numbered && out.sentences.last().is_none_or(|s| s.section != last)
}

/// True when `t`, a line alone between blank lines with text in the lines `after` it, is
/// a heading of its own. 一、经济 / 今年西湖区推动经济社会发展再上新台阶 / 2025年，…: a line
/// alone right under a numbered heading is that section's first paragraph, never a heading
/// that would leave the numbered one empty.
fn heading_alone(out: &Outline, after: &[&str], t: &str) -> bool {
    heading_shaped(t)
        && !under_bare_numbered(out)
        && after
            .iter()
            .any(|l| !l.trim().is_empty() && !heading_shaped(l))
}

/// A text of paragraphs between blank lines, as a newspaper's text file has them.
pub(super) fn outline_blank(lines: &[&str], tables: &[bool]) -> Outline {
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let mut out = Outline {
        sections: vec![None],
        ..Outline::default()
    };
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let (mut paragraph, mut current) = (0usize, String::new());
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
        if furniture(&mut out, lines, i, current.is_empty()) {
            flush(&mut current, &mut out, &mut paragraph);
            continue;
        }
        // 青禾发布 2026年1月16日 08:00: a page's dateline, wherever it stands; and so is a
        // page's 来源：/发布时间： line that ends no sentence (来源：江川省统计局 2026-07-16
        // under the headline), blank lines around it or not: never a paragraph's opening.
        let page = page_line(t) && !t.ends_with(SENTENCE_ENDS);
        // 合肥晚报记者 刘洋 right under the headline, a blank line after it: a byline
        // that ends its block is the page's, not the opening of the paragraph after.
        let ends_block = blank(i + 1) && credit(t);
        if stamp(t) || ends_block || (alone || page) && (credit(t) || page_line(t)) {
            flush(&mut current, &mut out, &mut paragraph);
            leave(&mut out, t);
            continue;
        }
        let t = untitled(&mut out, t, Some(i) == first);
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
        // after it or not, as in a text of single lines: never its first paragraph's.
        if Some(i) == first && (heading_shaped(t) || over_furniture(t, &lines[i + 1..])) {
            out.title = Some(t.to_string());
            continue;
        }
        let t = without_dateline(&mut out, t, current.is_empty());
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
            leave(&mut out, t);
            continue;
        }
        if alone && heading_alone(&out, &lines[i + 1..], t) {
            flush(&mut current, &mut out, &mut paragraph);
            out.sections.push(Some(t.to_string()));
            continue;
        }
        let salutation = alone && t.chars().count() <= 12 && t.ends_with(['：', ':', '！', '!']);
        // 澄溪县统计局 / 2026年3月18日 under a communiqué's title: the issuer and the date
        // are lines of their own, never the first paragraph's opening (the first flush
        // ends the paragraph before the date). And so is （一）稳住农业基本盘，促进农民持续
        // 增收 alone: a second-level heading without its full stop is its paragraph's
        // heading, never glued to the paragraph under it, though its commas keep it from
        // [`heading_alone`].
        if salutation || date_line(t) || alone && bracket_heading(t) {
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
        // …再上新台阶 / (blank) / 2025年，西湖区…: a block that opens with a year and its
        // comma opens a sentence, and a paragraph, whatever the line before ends with.
        let dated = next.is_some_and(|n| {
            crate::shared::words::leading_year(n).is_some_and(|(_, r)| r.starts_with(['，', ',']))
        });
        // …抓好以下几个方面： / (blank) / （一）坚持扩大有效投资: a block that opens with a
        // heading's bracketed numeral opens a paragraph, as a dated one does.
        let headed = next.is_some_and(bracket_numbered);
        if full_stop || blank(i + 1) && (apart || indented || dated || headed) {
            flush(&mut current, &mut out, &mut paragraph);
        }
    }
    flush(&mut current, &mut out, &mut paragraph);
    out
}
