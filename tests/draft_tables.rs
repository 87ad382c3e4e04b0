#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A table pasted into a text (表1 … and rows of cells parted by spaces) stays a table:
//! its rows are never glued into numbers the text does not print (62.8 and 3.6 as
//! 62.83.6, 表1 and 2025 as 12025), the article prints it row by row, and each row is
//! read by its header (`draft_bulletin_tables.rs`). No number reaches the draft or the article that the text does not
//! print (the tester's s10 finding 3).

mod common;

use common::*;
use report_charts::check::printed::numbers;
use report_charts::shared::model::{Report, SkipReason};

/// A county's communiqué of our own with a table of products, its cells parted by
/// U+3000, ASCII spaces and a tab, one row a line, then a sentence after it.
const TEXT: &str = "白石县2025年统计公报

全年全县地区生产总值208.5亿元，比上年增长5.1%。
表1　2025年主要工业产品产量
产品　单位　产量　比上年增长（%）
水泥　万吨　96.4　-3.2
钢材 万吨 41.8 2.6
发电量\t亿千瓦时\t12.7\t7.9
全年建筑业总产值66.2亿元，比上年下降2.4%。
";

/// The numbers the text prints, each read between spaces and line breaks.
fn printed(text: &str) -> Vec<String> {
    text.split_whitespace()
        .flat_map(|cell| numbers(cell).into_iter().map(|n| n.text))
        .collect()
}

/// The article's words (paragraphs and tables) of the story page, tags removed.
fn article(r: &Report, text: &str) -> String {
    let html = zh_story_page(r, text);
    let mut out = String::new();
    for open in ["<p class=\"text\"", "<div class=\"text-table\""] {
        for piece in html.split(open).skip(1) {
            let close = if open.starts_with("<p") {
                "</p>"
            } else {
                "</div>"
            };
            let body = piece.split(close).next().unwrap();
            // Tags apart, each cell and paragraph its own piece.
            let mut inside = true;
            for c in body.chars() {
                match c {
                    '<' => inside = true,
                    '>' => {
                        inside = false;
                        out.push(' ');
                    }
                    _ if !inside => out.push(c),
                    _ => {}
                }
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn no_number_reaches_the_draft_or_the_article_that_the_text_does_not_print() {
    let r = drafted("baishi", TEXT);
    let printed = printed(TEXT);
    let said = |n: &str| printed.iter().any(|p| p == n);
    for s in &r.skips {
        assert!(said(&s.number), "skip {} of 「{}」", s.number, s.sentence);
    }
    for f in &r.figures {
        for n in numbers(&f.source).iter().chain(&numbers(&f.label.zh)) {
            assert!(said(&n.text), "{} of figure {}", n.text, f.id);
        }
    }
    for c in &r.charts {
        for n in numbers(&c.title.zh) {
            assert!(said(&n.text), "{} in the title of {}", n.text, c.id);
        }
    }
    let words = article(&r, TEXT);
    assert!(
        words.contains("41.8"),
        "the article prints the table:\n{words}"
    );
    for line in words.split_whitespace() {
        for n in numbers(line) {
            assert!(said(&n.text), "{} on the page:\n{words}", n.text);
        }
    }
}

#[test]
fn a_tables_rows_stay_rows_each_read_by_its_header() {
    let r = drafted("baishi", TEXT);
    // (row, value, change): each row its own figure, its cells never glued.
    for (row, value, change) in [
        ("水泥 万吨 96.4 -3.2", 96.4, -3.2),
        ("钢材 万吨 41.8 2.6", 41.8, 2.6),
        ("发电量 亿千瓦时 12.7 7.9", 12.7, 7.9),
    ] {
        let f = r.figures.iter().find(|f| f.source == row);
        let read = f.map(|f| (f.value, f.change.as_ref().map(|c| c.value)));
        assert_eq!(
            read,
            Some((Some(value), Some(change))),
            "{row}: {:?}",
            r.figures
        );
    }
    let caption = r
        .skips
        .iter()
        .find(|s| s.sentence == "表1 2025年主要工业产品产量");
    assert_eq!(caption.map(|s| s.reason), Some(SkipReason::Ordinal));
    let building = r.figures.iter().find(|f| f.value == Some(66.2)).unwrap();
    assert_eq!(building.source, "全年建筑业总产值66.2亿元，比上年下降2.4%");
    assert_eq!(building.label.zh, "建筑业总产值");
}

#[test]
fn the_article_prints_a_table_row_by_row_with_its_caption() {
    let r = drafted("baishi", TEXT);
    let words = article(&r, TEXT);
    for row in [
        "表1 2025年主要工业产品产量",
        "水泥  万吨  96.4  -3.2",
        "钢材  万吨  41.8  2.6",
    ] {
        let cells: Vec<&str> = row.split_whitespace().collect();
        let found = words.lines().any(|l| {
            l.split_whitespace()
                .collect::<Vec<_>>()
                .windows(cells.len())
                .any(|w| w == cells)
        });
        assert!(found, "row 「{row}」 not printed as cells:\n{words}");
    }
}

/// The story page's HTML of the table of `text`, from its box's opening.
fn table_html(text: &str) -> String {
    let html = zh_story_page(&drafted("baishi", text), text);
    let from = html.find("<div class=\"text-table\"").unwrap();
    let to = from + html[from..].find("</div>").unwrap();
    html[from..to].to_string()
}

#[test]
fn the_pages_table_has_its_header_its_indents_and_scrolls_by_keyboard() {
    let text = "白石县2025年统计公报
表1　2025年主要经济指标
指标　单位　绝对数　比上年增长%
地区生产总值　亿元　208.5　5.1
　　第一产业　亿元　21.3　3.2
";
    let html = table_html(text);
    for piece in [
        "tabindex=\"0\"",
        "role=\"region\"",
        "aria-label=\"表1 2025年主要经济指标，表格，可左右滚动\"",
        "<th scope=\"col\">比上年增长%</th>",
        "<td>\u{3000}第一产业</td>",
        "<td>地区生产总值</td>",
    ] {
        assert!(html.contains(piece), "{piece} not in {html}");
    }
}

#[test]
fn the_editors_text_pane_knows_a_tables_rows_from_its_sentences() {
    let lines = report_charts::edit::desk::marks::lines(TEXT);
    let row = |t: &str| lines.iter().find(|l| l.text == t).map(|l| l.row);
    assert_eq!(row("水泥 万吨 96.4 -3.2"), Some(true));
    assert_eq!(row("全年建筑业总产值66.2亿元，比上年下降2.4%"), Some(false));
}

/// The cells of the page's table row that opens with `first`, each as its HTML.
fn row_cells(html: &str, first: &str) -> Vec<String> {
    let from = html.find(&format!("<tr><td>{first}</td>")).unwrap();
    let row = &html[from..from + html[from..].find("</tr>").unwrap()];
    row.split("<td>")
        .skip(1)
        .map(|c| c.trim_end_matches("</td>").to_string())
        .collect()
}

#[test]
fn a_table_cell_that_is_a_figure_is_a_live_number_and_the_others_are_plain() {
    let r = drafted("baishi", TEXT);
    let html = zh_story_page(&r, TEXT);
    let id = |row: &str| &r.figures.iter().find(|f| f.source == row).unwrap().id;
    // (row, its first cell, the cells that print its figure, as printed).
    for (row, first, live) in [
        ("水泥 万吨 96.4 -3.2", "水泥", ["96.4", "-3.2"]),
        ("钢材 万吨 41.8 2.6", "钢材", ["41.8", "2.6"]),
    ] {
        let cells = row_cells(&html, first);
        assert_eq!(cells.len(), 4, "{cells:?}");
        for (cell, printed) in cells[2..].iter().zip(live) {
            // The prose's mark: a link to its chart, or a button with its note.
            let linked =
                cell.starts_with("<a class=\"fig\"") || cell.starts_with("<span class=\"fig\"");
            assert!(linked, "{printed} of 「{row}」 is no live number: {cell}");
            assert!(
                cell.contains(&format!("data-figure=\"{}\"", id(row))),
                "{cell}"
            );
            assert!(cell.contains(&format!(">{printed}</")), "{cell}");
        }
        for cell in &cells[..2] {
            assert!(!cell.contains("fig"), "{cell} of 「{row}」 is no figure");
        }
    }
    // The header and the caption print no figure.
    let table = table_html(TEXT);
    let head = &table[..table.find("<tbody>").unwrap()];
    assert!(!head.contains("class=\"fig\""), "{head}");
}
