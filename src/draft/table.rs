//! Tables pasted into a text (表1　2025年主要产品产量 / 水泥　万吨　186.4　-5.2 …) and
//! the spaces between numbers. A table's cells are parted by spaces (ASCII, U+3000,
//! tabs) and its rows by line breaks; with them removed, 62.8 and 3.6 read as 62.83.6,
//! and 表1 and 2025 as 12025: numbers the text never prints. So a table's lines stay
//! rows of their own, each a "sentence" of its cells parted by one space, and a run of
//! spaces between two numbers anywhere is kept as one space: it never joins them.
//!
//! What a table says is left to the desk: the draft reads no figure from a row (its
//! numbers are `unread`), for a row's unit and meaning are in its header, not its words.

use super::latin;
use super::marks::{SENTENCE_ENDS, SENTENCE_MARKS};

/// True when a run of spaces between `before` and `after` parts two numbers: a digit
/// (or a decimal point) before it, and a digit or a sign after it.
fn parts_numbers(before: char, after: char) -> bool {
    (before.is_ascii_digit() || before == '.')
        && (after.is_ascii_digit() || matches!(after, '.' | '-' | '+' | '−'))
}

/// `s` with its whitespace removed, except that a run of it between two numbers is
/// one space: 62.8　3.6 stays two numbers, 62.8 3.6.
pub fn flat(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    join(&mut out, s);
    out
}

/// Appends line `piece` to `out` as [`flat`] reads it; the line break before it is a
/// space too, kept between a number that ends `out` and one that opens `piece`, and
/// between two English words (over the / previous year: [`latin::parts_words`]).
pub fn join(out: &mut String, piece: &str) {
    let mut before: Option<&str> = None;
    for word in piece.split_whitespace() {
        if !out.is_empty() && spaced(out, before, word) {
            out.push(' ');
        }
        out.push_str(word);
        before = Some(word);
    }
}

/// True when a run of spaces between `out` and `word` stays one space: it parts two
/// numbers, or two words of English. `before` is the word before it in the same piece;
/// at a piece's start, the run of ASCII that `out` ends with stands for it.
fn spaced(out: &str, before: Option<&str>, word: &str) -> bool {
    let (Some(last), Some(first)) = (out.chars().next_back(), word.chars().next()) else {
        return false;
    };
    if parts_numbers(last, first) {
        return true;
    }
    let tail = before.unwrap_or_else(|| {
        let from = out
            .char_indices()
            .rev()
            .find(|&(_, c)| c == ' ' || !c.is_ascii())
            .map_or(0, |(i, c)| i + c.len_utf8());
        &out[from..]
    });
    latin::parts_words(tail, word)
}

/// A line of English (Statistical Communique of Suzhou on the 2025 National Economic)
/// is words parted by spaces too, but no row; nor is a caption, which opens a table.
/// A row has `cells` cells at least: three, or two right under a caption (指标　上年=100).
fn row(line: &str, cells: usize) -> bool {
    // 其中：新能源汽车　万辆　9.7　42.3: a part's row, whose 其中： is no sentence's mark.
    let body = ["其中：", "其中:"]
        .iter()
        .find_map(|w| line.strip_prefix(w))
        .unwrap_or(line);
    line.split_whitespace().count() >= cells
        && !body.contains(SENTENCE_MARKS)
        && !latin::prose(line)
        && !caption(line)
}

/// A row with a cell that is a number alone (186.4, -5.2, 12.5%).
fn has_number(line: &str) -> bool {
    line.split_whitespace().any(|cell| {
        let bare = cell
            .trim_start_matches(['-', '+', '−'])
            .trim_end_matches('%');
        !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == '.')
    })
}

/// A table's caption: 表1　…, 表一　…, short and no sentence.
pub fn caption(line: &str) -> bool {
    let after = line.strip_prefix('表').and_then(|r| r.chars().next());
    after.is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        && line.chars().count() <= 40
        && !line.contains(SENTENCE_ENDS)
}

/// For each of `lines`, whether it is a line of a table: a run of rows (blank lines
/// between them aside) of which one has a number alone in a cell, two rows at least or
/// one after a caption, and the caption right before them; or a line of a fact box
/// ([`boxes`](super::boxes)), whose pairs are rows of their own too.
pub fn lines(lines: &[&str]) -> Vec<bool> {
    let mut out = super::boxes::lines(lines);
    let full: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut k = 0;
    while k < full.len() {
        let start = k;
        let captioned = start > 0 && caption(lines[full[start - 1]].trim());
        let cells = if captioned { 2 } else { 3 };
        while k < full.len() && row(lines[full[k]].trim(), cells) {
            k += 1;
        }
        let block = &full[start..k];
        let numbers = block.iter().any(|&i| has_number(lines[i].trim()));
        if numbers && (block.len() >= 2 || captioned) {
            for &i in block {
                out[i] = true;
            }
            if captioned {
                out[full[start - 1]] = true;
            }
        }
        k = k.max(start + 1);
    }
    out
}

/// The mark of a row printed indented under the row above it (第一产业 under 地区生产总值):
/// its sentence opens with one ideographic space, a part of the row above.
pub const INDENT: char = '\u{3000}';

/// The sentence of a table's line: its cells parted by one space, as the page prints
/// them back as a row, and its [`INDENT`] kept where [`indents`] marked it.
pub fn cells(line: &str) -> String {
    let body = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.starts_with(INDENT) {
        format!("{INDENT}{body}")
    } else {
        body
    }
}

/// True when `sentence` is a table's row as [`cells`] writes it: a space beside a
/// character that is no ASCII (a text's sentences keep a space only between two numbers
/// or two English words), or its [`INDENT`].
pub fn is_row(sentence: &str) -> bool {
    let chars: Vec<char> = sentence.chars().collect();
    sentence.starts_with(INDENT)
        || chars
            .windows(2)
            .any(|w| (w[0] == ' ' && !w[1].is_ascii()) || (w[1] == ' ' && !w[0].is_ascii()))
}

/// How far `raw` is indented: its leading whitespace, a full-width space counted two.
fn indent_of(raw: &str) -> usize {
    raw.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| match c {
            '\u{3000}' => 2,
            '\t' => 4,
            _ => 1,
        })
        .sum()
}

/// `lines` (trimmed) with each line of a table that its `raw` line prints indented more
/// than the table's least indented row marked by an [`INDENT`]: the indent says it is a
/// part of the row above, and trimmed it would be lost.
pub fn indents<'a>(
    raw: &[&str],
    lines: &[&'a str],
    tables: &[bool],
) -> Vec<std::borrow::Cow<'a, str>> {
    let mut out: Vec<std::borrow::Cow<'a, str>> = lines
        .iter()
        .map(|l| std::borrow::Cow::Borrowed(*l))
        .collect();
    let mut i = 0;
    while i < lines.len() {
        if !tables[i] {
            i += 1;
            continue;
        }
        let block: Vec<usize> = (i..lines.len())
            .take_while(|&k| tables[k] || lines[k].is_empty())
            .filter(|&k| tables[k] && !caption(lines[k]))
            .collect();
        let end = (i..lines.len())
            .find(|&k| !tables[k] && !lines[k].is_empty())
            .unwrap_or(lines.len());
        let least = block.iter().map(|&k| indent_of(raw[k])).min().unwrap_or(0);
        for &k in &block {
            if indent_of(raw[k]) > least {
                out[k] = std::borrow::Cow::Owned(format!("{INDENT}{}", lines[k]));
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// True when line `i`, of a table, is its last: blank lines inside a table do not end it,
/// and the caption of the next table does.
pub(super) fn ends(lines: &[&str], tables: &[bool], i: usize) -> bool {
    let next = (i + 1..tables.len()).find(|&k| tables[k] || !lines[k].trim().is_empty());
    next.is_none_or(|k| !tables[k] || caption(lines[k].trim()))
}

#[cfg(test)]
mod tests {
    use super::{flat, lines};

    #[test]
    fn a_run_of_spaces_between_two_numbers_never_joins_them() {
        for (text, read) in [
            ("钢材　万吨　62.8　3.6", "钢材万吨62.8 3.6"),
            ("表1　2025年", "表1 2025年"),
            ("增长\t-5.2", "增长-5.2"),
            ("186.4 -5.2", "186.4 -5.2"),
            ("全年 地区生产总值 312.6亿元", "全年地区生产总值312.6亿元"),
        ] {
            assert_eq!(flat(text), read, "{text}");
        }
    }

    #[test]
    fn rows_of_cells_are_a_table_and_words_parted_by_spaces_are_not() {
        let text = [
            "表1　主要产品产量",
            "名称　单位　产量",
            "水泥　万吨　186.4",
            "钢材　万吨　62.8",
            "全年建筑业总产值98.4亿元。",
            "敢担当 善作为 经济发展更具竞争力",
            "省长 刘明",
        ];
        let table = lines(&text);
        assert_eq!(table, [true, true, true, true, false, false, false]);
    }
}
