//! A text as web pages publish it: a paragraph a line, with (almost) no blank lines. A
//! short line that names a part of a report (2025年工作回顾) is a heading without its
//! number, a few characters alone after the text has begun are a subhead (去年成绩单), and
//! a paragraph may open with its own heading ((一)…。, or a short lead sentence).

use super::{
    heading_shaped, headline_shaped, pasted, pieces, push_row, strip_ws, Outline, Sentence,
};
use crate::draft::leftovers::{date_line, leftover, page_line};
use crate::draft::marks::{HEADING_CHARS, SENTENCE_ENDS};
use crate::draft::numbered::{bracket_numbered, numbered, numbered_line, numbered_running_on};

/// True when a paragraph's first sentence is its heading: （一）…, a short lead without
/// numbers or commas that more text follows, or a line of its own that a dash opens
/// (——扎实抓好稳增长、防风险、保民生，发展底盘持续夯实) without a sentence's end or a
/// number: a report's heading over the paragraphs after it, never one of its bullets
/// (——经济实力跃上新台阶。全省…), which closes its lead and runs on.
fn lead_of(first: &str, followed: bool) -> bool {
    let numbered = crate::draft::numbered::bracket_numbered(first);
    let dashed = !followed
        && first.starts_with("——")
        && first.chars().count() <= 2 * HEADING_CHARS
        && !first.chars().any(|c| c.is_ascii_digit())
        && !first.ends_with(crate::draft::marks::SENTENCE_MARKS);
    if dashed {
        return true;
    }
    let short = first.chars().count() <= 24
        && !first.contains(['，', ',', '：', ':'])
        && !first.chars().any(|c| c.is_ascii_digit());
    // 生态底色更加亮丽。 alone on its line is a heading too; 各位代表！ is an address.
    numbered || (short && (followed || first.chars().count() <= 16) && !first.starts_with("各位"))
}

/// A paragraph whose numbered lead is parted from its text by a space, as web pages print
/// it ((一)聚力稳增长 全年…): the lead ends there, as if with its full stop.
fn spaced_lead(line: &str) -> Option<String> {
    let at = line.find(char::is_whitespace)?;
    let (head, rest) = (&line[..at], line[at..].trim_start());
    // (三) 民生福祉持续增进。…: a space after the number alone parts no lead from its text.
    let number_alone = head
        .trim_start_matches(['（', '('])
        .trim_start_matches(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    if matches!(number_alone, "）" | ")") && !rest.is_empty() {
        return spaced_lead(&format!("{head}{rest}"));
    }
    let short = head.chars().count() <= HEADING_CHARS && !head.contains(SENTENCE_ENDS);
    (short && !rest.is_empty() && lead_of(head, true) && head.starts_with(['（', '(']))
        .then(|| format!("{}。{}", strip_ws(head), strip_ws(rest)))
}

/// Words by which a heading names a part of a report: the review, the goals, the year's
/// work, the government's own work.
const PART_WORDS: [&str; 13] = [
    "回顾",
    // A web article's subhead: 2026年目标, 今年目标.
    "年目标",
    "工作安排",
    "重点工作",
    "主要工作",
    "工作任务",
    "目标任务",
    "主要目标",
    "预期目标",
    "重点任务",
    "主要任务",
    "发展成就",
    "自身建设",
];

/// A heading printed without its number on a line of its own (2025年工作回顾,
/// 2026年重点工作): short, without a sentence's marks, and naming a part of a report.
fn part_heading(line: &str) -> Option<String> {
    let t = line.trim();
    (heading_shaped(t) && PART_WORDS.iter().any(|w| t.contains(w))).then(|| strip_ws(t))
}

/// A web article's subhead (去年成绩单, 今年怎么干): a line of a few Chinese characters
/// alone, with a paragraph of text after it; no sentence is so short and bare.
fn subhead(line: &str, next: Option<&&str>) -> Option<String> {
    let n = line.chars().count();
    let bare = (4..=10).contains(&n) && line.chars().all(crate::draft::scan::is_han);
    let text_after = next.is_some_and(|l| l.chars().count() > HEADING_CHARS);
    (bare && text_after).then(|| line.to_string())
}

/// Marks after which a line may end its paragraph: a sentence's end, a colon, a closing
/// quotation mark or bracket.
const CLOSERS: [char; 11] = ['：', ':', '”', '"', '」', '』', '）', ')', '》', '…', '.'];

/// True when line `i` is cut inside a sentence, as a PDF's lines are (…按不变 / 价格计算，
/// 比上年增长5.8%。, 增长 / 2.1%): it ends in no mark that may end a paragraph, is not the
/// first line (the title's), no numbered heading and no page's leftover, and the next
/// line goes on (no blank, no table, no heading, no page's leftover such as its menu's
/// 首页). And it is a sentence's part by its own shape: longer than any heading, or
/// holding a sentence's marks (，：。) that no heading holds, or as wide as the lines the
/// text was wrapped at (`wrap`), or the next line opens with a mark no paragraph opens
/// with (，%). A fixed width alone missed the PDFs wrapped at 25 characters: their cut
/// lines were as short as a heading.
fn cut(lines: &[&str], tables: &[bool], wrap: Option<usize>, i: usize) -> bool {
    let t = lines[i];
    let Some(next) = lines.get(i + 1).filter(|_| !tables[i] && !tables[i + 1]) else {
        return false;
    };
    let first = lines[..i].iter().all(|l| l.is_empty());
    let ends = t.ends_with(SENTENCE_ENDS) || t.ends_with(CLOSERS);
    let part = t.chars().count() > HEADING_CHARS
        || pasted::unfinished(t)
        || pasted::full(t, wrap)
        || pasted::goes_on_mark(next);
    let goes_on = !next.is_empty()
        && !numbered(next)
        && !bracket_numbered(next)
        && part_heading(next).is_none()
        && !leftover(next, None)
        && !page_line(next)
        && !date_line(next);
    // （一）坚持稳中求进，推动经济持续回升向好: a numbered heading, however long, is a
    // line of its own; and so is a line a dash opens in a text of a paragraph a line (no
    // wrap width), where no sentence's end is cut ([`lead_of`]).
    let dashed = |l: &str| wrap.is_none() && l.starts_with("——") && lead_of(l.trim(), false);
    let heading = numbered(t) || bracket_numbered(t) || numbered_running_on(t).is_some();
    let dashed = dashed(t) && !pasted::goes_on_mark(next) || dashed(next);
    part && !ends && !first && !heading && !dashed && goes_on && !leftover(t, None)
}

/// The lines of a text of single lines with each line cut inside a sentence joined to
/// the next (by a space, which [`strip_ws`] drops between Chinese characters and keeps
/// between English words): whatever else the text holds, a hard line break inside a
/// sentence never ends it.
pub(super) fn join_cut(lines: &[&str], tables: &[bool]) -> Vec<String> {
    let wrap = pasted::wrap_width(lines);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut joining = false;
    for (i, line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if joining => {
                last.push(' ');
                last.push_str(line);
            }
            _ => out.push((*line).to_string()),
        }
        joining = cut(lines, tables, wrap, i);
    }
    out
}

/// A text of single-line paragraphs: each line a paragraph, numbered lines headings.
pub(super) fn outline_single(lines: &[&str], tables: &[bool]) -> Outline {
    let mut out = Outline {
        sections: vec![None],
        ..Outline::default()
    };
    let mut paragraph = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if tables[i] {
            paragraph += push_row(&mut out, lines, tables, i, paragraph);
            continue;
        }
        // After the text has begun, a few characters alone (代表热议) are a subhead, not
        // a byline: a reporter's name stands before the text.
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
        let sub = subhead(t, next).filter(|_| !out.sentences.is_empty());
        // 今年目标 alone is a part's heading, however short: no byline.
        let part = part_heading(t).filter(|_| !out.sentences.is_empty());
        if t.is_empty() {
            continue;
        }
        // 图1  2021—2025年地区生产总值及其增长速度: a graphic's caption, no heading.
        if crate::draft::leftovers::caption(t) {
            out.furniture.push(strip_ws(t));
            continue;
        }
        // ——2025年东湖区经济运行综述 under the title: the subhead, the page's deck.
        if super::dashed_subhead(&out, t) {
            super::take_deck(&mut out, t);
            continue;
        }
        if sub.is_none() && part.is_none() && leftover(t, out.title.as_deref()) {
            super::leave(&mut out, t);
            continue;
        }
        // A numbered first line is the first heading: no title is numbered.
        let untitled = out.title.is_none() && out.sentences.is_empty();
        if untitled && heading_shaped(t) && !numbered(t) {
            out.title = Some(t.to_string());
            continue;
        }
        let heading = numbered_line(t).or_else(|| part_heading(t));
        if let Some(heading) = heading.or(sub) {
            out.sections.push(Some(heading));
            continue;
        }
        let t = match numbered_running_on(t) {
            Some((heading, rest)) => {
                out.sections.push(Some(heading));
                rest
            }
            None => t,
        };
        // 本报讯（记者 王明）1月8日上午，…: the byline is the page's, as between blank lines.
        let t = match crate::draft::leftovers::dateline_opening(t) {
            Some((head, rest)) => {
                super::leave(&mut out, head);
                rest
            }
            None => t,
        };
        let section = out.sections.len() - 1;
        if paragraph == 0 && out.sections.len() == 1 && headline_shaped(t) {
            out.headline = Some(0);
        }
        let flat = spaced_lead(t).unwrap_or_else(|| strip_ws(t));
        let pieces = pieces(&flat);
        // ——着力深化改革、扩大开放，发展动力更加强劲。 alone on its line, its full stop
        // printed: a heading all the same, where a bullet runs on after its lead.
        let alone = pieces.len() == 1;
        for (k, p) in pieces.into_iter().enumerate() {
            let followed = flat.len() > p.text.len();
            out.sentences.push(Sentence {
                text: p.text.to_string(),
                section,
                paragraph,
                clause: p.clause,
                lead: k == 0 && (lead_of(p.text, followed) || alone && lead_of(p.text, false)),
                row: false,
                closes: p.closes.to_string(),
            });
        }
        paragraph += 1;
    }
    out
}
