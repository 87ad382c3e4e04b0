//! A paper's fact box (【数读】 / 5.8%　地区生产总值增速 / 2418.6亿元　地区生产总值 …): short
//! lines that each pair a number with the words that name it, on one line (a number and
//! a label parted by spaces) or on two (a number alone, its label on the next line, or
//! the other way round). Glued into one "sentence", each number would take its label from
//! the pair before it, the box's heading or a year; so a box's lines are rows of their
//! own, as a table's are, and their numbers are left for the desk (`unread`): the box
//! restates the story's figures, and what it alone prints the desk decides.
//!
//! The box's layout is read once, from all its lines, and holds for each of them:
//! number first or label first, on one line or on two. Lines that fit no one layout are
//! no box.

use super::marks::{SENTENCE_ENDS, SENTENCE_MARKS};

/// The longest line of a box, in characters: a number and a short label.
const BOX_CHARS: usize = 24;

/// The most characters of a number's unit in a box's number cell (亿元, 万人次, 个).
const UNIT_CHARS: usize = 3;

/// What one line of a box holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    /// A number and its label, the number first (5.8%　地区生产总值增速).
    NumberLabel,
    /// A label and its number (地区生产总值增速　5.8%).
    LabelNumber,
    /// A number alone (5.8%, 2418.6亿元).
    Number,
    /// Words alone (地区生产总值增速, 2025年地区生产总值).
    Label,
}

/// True when `cell` is a number and its unit alone: 5.8%, 2418.6亿元, 5.5%—6%, 420个; not
/// a label that opens with a year (2025年地区生产总值).
fn number_cell(cell: &str) -> bool {
    let rest = cell.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '‰' | '—' | '-' | '–' | '~' | '+')
    });
    let han = rest.chars().count();
    rest.len() < cell.len()
        && cell.starts_with(|c: char| c.is_ascii_digit())
        && han <= UNIT_CHARS
        && !rest.starts_with(['年', '月', '日'])
        && !rest.chars().any(|c| c.is_ascii_digit())
}

/// What line `t` (trimmed) of a box would hold; `None` for a line no box has: a sentence,
/// a long line, more than two cells.
fn cell(t: &str) -> Option<Cell> {
    if t.is_empty()
        || t.chars().count() > BOX_CHARS
        || t.contains(SENTENCE_MARKS)
        || t.contains(SENTENCE_ENDS)
    {
        return None;
    }
    let cells: Vec<&str> = t.split_whitespace().collect();
    match cells.as_slice() {
        [one] if number_cell(one) => Some(Cell::Number),
        [_] => Some(Cell::Label),
        [a, b] if number_cell(a) && !number_cell(b) => Some(Cell::NumberLabel),
        [a, b] if number_cell(b) && !number_cell(a) => Some(Cell::LabelNumber),
        _ => None,
    }
}

/// How many lines from `cells[0]` on make one box of a single layout: pairs on one line
/// (two of them at least), or a number and a label on two lines in the order the first
/// pair sets (two pairs at least). A label before a run of two-line pairs that would
/// leave the run's last line alone is the box's heading (【数读】 / 5.8% / 地区生产总值
/// 增速 …), no label of the number under it. 0 when no box starts there.
fn run(cells: &[Option<Cell>]) -> usize {
    let same = |c: Cell| cells.iter().take_while(|&&x| x == Some(c)).count();
    let alone = |c: &Option<Cell>| matches!(c, Some(Cell::Number | Cell::Label));
    let n = match cells.first().copied().flatten() {
        Some(c @ (Cell::NumberLabel | Cell::LabelNumber)) => same(c),
        Some(first @ (Cell::Number | Cell::Label)) => {
            let alternating = 1 + cells
                .windows(2)
                .take_while(|w| alone(&w[1]) && w[0] != w[1])
                .count();
            if first == Cell::Label && alternating % 2 == 1 {
                return 0;
            }
            alternating - alternating % 2
        }
        None => 0,
    };
    if n >= 4 || n >= 2 && matches!(cells[0], Some(Cell::NumberLabel | Cell::LabelNumber)) {
        n
    } else {
        0
    }
}

/// For each of `lines` (trimmed, blank lines among them), whether it is a line of a fact
/// box. Blank lines inside a box do not end it.
pub fn lines(lines: &[&str]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let full: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let cells: Vec<Option<Cell>> = full.iter().map(|&i| cell(lines[i].trim())).collect();
    let mut k = 0;
    while k < full.len() {
        match run(&cells[k..]) {
            0 => k += 1,
            n => {
                for &i in &full[k..k + n] {
                    out[i] = true;
                }
                k += n;
            }
        }
    }
    out
}

/// True when `rows`, the sentences of a run of a table's rows (cells parted by one
/// space), are a fact box: every one of them a line of one box.
pub fn is_box(rows: &[&str]) -> bool {
    !rows.is_empty() && lines(rows).iter().all(|&b| b)
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn a_box_is_read_in_one_layout_and_lines_of_another_are_no_part_of_it() {
        for (text, boxed) in [
            (
                &[
                    "【数读】",
                    "5.8% 地区生产总值增速",
                    "2418.6亿元 地区生产总值",
                ][..],
                &[false, true, true][..],
            ),
            (
                &["地区生产总值 2418.6亿元", "重点项目 420个"],
                &[true, true],
            ),
            (
                &["5.8%", "地区生产总值增速", "2418.6亿元", "地区生产总值"],
                &[true, true, true, true],
            ),
            (
                &[
                    "数读",
                    "5.8%",
                    "地区生产总值增速",
                    "2418.6亿元",
                    "地区生产总值",
                ],
                &[false, true, true, true, true],
            ),
            (
                &["地区生产总值增速", "5.8%", "地区生产总值", "2418.6亿元"],
                &[true, true, true, true],
            ),
            // One pair is no box, nor a number glued to a label, nor a byline.
            (
                &["5.8% 地区生产总值增速", "全年经济平稳运行。"],
                &[false, false],
            ),
            (&["5.8%", "地区生产总值增速"], &[false, false]),
            (&["省长 刘小涛", "市长 王明"], &[false, false]),
            (&["2025年地区生产总值", "2026年工作"], &[false, false]),
        ] {
            assert_eq!(lines(text), boxed, "{text:?}");
        }
    }
}
