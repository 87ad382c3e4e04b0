//! A WeChat 图解 post: short lines under ▶ ✅ 📊 marks and 【关键词】 heads, with a
//! label on one line and its number and change on the lines under it (▶ 地区生产总值 /
//! 386.2亿元 / 增长6.3%). Glued as lines without end marks are, the whole post would be one
//! "sentence"; spaced by blank lines, every line a heading. So a post's lines are read as
//! rows: an item's label joined to the number lines under it (地区生产总值386.2亿元，增长
//! 6.3%。), every other line with a number a sentence of its own, and its heads headings
//! (成绩单, 预期目标) that set no figure's status beyond what their words say. The marks
//! and emoji never reach a label or a heading.

use super::super::leftovers::{date_line, page_line, stamp};
use super::super::marks::{SENTENCE_ENDS, SENTENCE_MARKS};

/// The fewest lines opened by a mark (▶, ✅, an emoji) that make a text a post.
const MARKED_LINES: usize = 3;

/// The longest line, in characters, that is a post's label, number or heading line.
const LINE_CHARS: usize = 30;

/// Words a number line may open with: a change of the item above (增长6.3%, 同比增长
/// 4.8%, 分别增长4.6%、6.9%) or its share (占…的83.5% is a label line of its own).
const CHANGE_OPENERS: [&str; 8] = [
    "增长",
    "同比",
    "分别",
    "下降",
    "比上年",
    "较上年",
    "增加",
    "减少",
];

/// True for a mark a post prints before an item or around a head: ▶ ✅ and the emoji
/// (📊 👇 ❤️), with the joiners and selectors that build them.
fn mark(c: char) -> bool {
    matches!(
        c,
        '▶' | '►'
            | '▷'
            | '▸'
            | '✅'
            | '✔'
            | '☑'
            | '◆'
            | '◇'
            | '★'
            | '☆'
            | '◉'
            | '•'
            | '\u{fe0f}'
            | '\u{200d}'
    ) || ('\u{1F000}'..='\u{1FAFF}').contains(&c)
        || ('\u{2600}'..='\u{27BF}').contains(&c)
}

/// Marks that open an item (▶ 地区生产总值, ✅ 居民人均可支配收入增长与经济增长同步), never a
/// head; an emoji opens either (👇一图读懂…, 📊数说2025).
const ITEMS: [char; 12] = ['▶', '►', '▷', '▸', '✅', '✔', '☑', '◆', '◇', '★', '☆', '•'];

/// True when `t` (trimmed) opens with a mark.
fn marked(t: &str) -> bool {
    t.chars().next().is_some_and(mark)
}

/// True when `t` (trimmed) opens with an item's mark.
fn item_marked(t: &str) -> bool {
    t.starts_with(ITEMS)
}

/// `t` without its marks and the spaces around them.
fn unmarked(t: &str) -> String {
    let kept: String = t.chars().filter(|&c| !mark(c)).collect();
    kept.trim().to_string()
}

/// True when `lines` are a post's: [`MARKED_LINES`] of them open with a mark.
pub(super) fn is_post(lines: &[String]) -> bool {
    lines.iter().filter(|l| marked(l.trim())).count() >= MARKED_LINES
}

/// True when `t` has a number that is no year (2025年, 数说2025).
fn says_number(t: &str) -> bool {
    crate::check::printed::numbers(t).iter().any(|n| {
        let year = n.end - n.start == 4 && (n.end == t.len() || t[n.end..].starts_with('年'));
        !year
    })
}

/// True when `t` is short and holds no sentence's marks but the list's 、.
fn short_line(t: &str) -> bool {
    let marks = SENTENCE_MARKS.iter().filter(|&&m| m != '、');
    t.chars().count() <= LINE_CHARS && !marks.clone().any(|&m| t.contains(m))
}

/// True when `t` is an item's number line: 386.2亿元, 45260元、24870元, 增长6.3%.
fn number_line(t: &str) -> bool {
    let opened = t.starts_with(|c: char| c.is_ascii_digit())
        || CHANGE_OPENERS.iter().any(|w| t.starts_with(w));
    opened && says_number(t) && short_line(t)
}

/// True when `t` is a label line: words without a number (▶ 地区生产总值, 占一般公共预算
/// 支出的).
fn label_line(t: &str) -> bool {
    !t.is_empty() && !says_number(t) && short_line(t) && !t.ends_with(SENTENCE_ENDS)
}

/// The words of a head: 【关键词】成绩单 → 成绩单, 【民生】 → 民生; None for no head.
fn head(t: &str) -> Option<String> {
    let rest = t.strip_prefix('【')?;
    let (tag, after) = rest.split_once('】')?;
    let words = if after.trim().is_empty() { tag } else { after };
    Some(words.trim().to_string())
}

/// The lines of a post (see the module's doc) as the outline reads a text of blank-line
/// paragraphs; other texts' lines as they are.
pub(super) fn rows(lines: Vec<String>) -> Vec<String> {
    if !is_post(&lines) {
        return lines;
    }
    let full: Vec<(bool, String)> = (lines.iter().map(|l| l.trim()))
        .filter(|t| !t.is_empty())
        .map(|t| (item_marked(t), unmarked(t)))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < full.len() {
        let (bullet, t) = (full[k].0, full[k].1.as_str());
        k += 1;
        // The post's own first line is its title, standing over the page's stamp.
        if out.is_empty() {
            out.extend([t.to_string(), String::new()]);
            continue;
        }
        // 来源：…, 编辑：…, 审核：…, 点个在看, the stamp under the title: the page's.
        if page_line(t) || stamp(t) || date_line(t) {
            out.push(t.to_string());
            continue;
        }
        let next_number = full.get(k).is_some_and(|(_, n)| number_line(n));
        if bullet && label_line(t) && next_number {
            out.push(item(t, &full, &mut k));
            continue;
        }
        if let Some(words) = head(t) {
            out.extend([String::new(), words, String::new()]);
            continue;
        }
        // 👇一图读懂政府工作报告, 📊数说2025, 2026年主要预期目标: a head of its own.
        let alone = label_line(t) && !next_number || t.chars().count() <= 12 && !says_number(t);
        if alone && !bullet {
            out.extend([String::new(), t.to_string(), String::new()]);
            continue;
        }
        let closed = t.ends_with(SENTENCE_ENDS) || t.ends_with(['：', ':']);
        out.push(if closed {
            t.to_string()
        } else {
            format!("{t}。")
        });
    }
    out
}

/// The sentence of the item whose label is `label`, from the number lines after it in
/// `full` (from `k`, which it moves past them): its label and first number line joined,
/// each further number line, or a label line and its number line (占一般公共预算支出的 /
/// 83.5%), after a comma.
fn item(label: &str, full: &[(bool, String)], k: &mut usize) -> String {
    let mut s = label.to_string();
    let mut first = true;
    while let Some((bullet, t)) = full.get(*k) {
        let after = full.get(*k + 1).is_some_and(|(b, n)| !b && number_line(n));
        if !bullet && number_line(t) {
            if !first {
                s.push('，');
            }
            s.push_str(t);
            *k += 1;
        } else if !bullet && label_line(t) && after && head(t).is_none() {
            s.push('，');
            s.push_str(t);
            s.push_str(&full[*k + 1].1);
            *k += 2;
        } else {
            break;
        }
        first = false;
    }
    format!("{s}。")
}
