//! The report's words on the story page: each section's paragraphs (or the desk's own
//! lead), every number that is a figure a live link to its chart, and each chart right
//! after the paragraph that holds its figures' sources.
//!
//! All of it is static HTML: without script a reader reads the whole article, and a
//! marked number is a link to its chart (or, on no chart, carries its value and source
//! in a `title`). `www/app.js` adds the highlight on the chart and announces the figure's
//! label, value and chart in a live region when a mark takes focus. (Hidden notes for
//! `aria-describedby` were tried: they cost 2.4 KB gzip, more than the text itself.)
//!
//! The English page has no English of the text, and none is invented: it shows the
//! desk's English lead where there is one and the report's paragraphs in Chinese, marked
//! `lang="zh-CN"`, with a note that says so.

use crate::draft::sentence::plan_row;
use crate::publish::disclosure::say;
use crate::publish::html::escape;
use crate::publish::prose::{row_runs, Paragraph, Prose, Run};
use crate::publish::punctuation::full_width;
use crate::shared::format;
use crate::shared::format::changes;
use crate::shared::messages::page::{
    PAGE_BACK_TO_TEXT, PAGE_ENTER_SHOWS_CHART, PAGE_FIGURE_AS_PRINTED, PAGE_FIGURE_NO_CHART,
    PAGE_TABLE_SCROLLS, PAGE_TEXT_IN_CHINESE,
};
use crate::shared::model::{Lang, Report, Section};

/// The words the page's script needs for live numbers, as attributes of the section
/// list: the tooltip's link back to the text, and what the live region adds when focus
/// leaves a number's chart off screen.
pub fn script_words(lang: Lang) -> String {
    format!(
        " data-back=\"{}\" data-enter=\"{}\"",
        say(PAGE_BACK_TO_TEXT, lang),
        say(PAGE_ENTER_SHOWS_CHART, lang)
    )
}
use std::collections::BTreeSet;

/// The id of the first mark of figure `id` in the text: its tooltip links back here.
pub fn mark_id(figure: &str) -> String {
    format!("t-{figure}")
}

/// The first chart (in page order) that draws figure `id`.
fn chart_of<'a>(report: &'a Report, id: &str) -> Option<&'a crate::shared::model::Chart> {
    let i = report.figures.iter().position(|f| f.id == id)?;
    report.charts.iter().find(|c| c.figures.contains(&i))
}

/// What a figure says in one line: 地区生产总值：突破800亿元，增长4.3%.
fn figure_line(report: &Report, id: &str, lang: Lang) -> Option<String> {
    let f = report.figure(id)?;
    // A change alone says its status and period as every describer does (目标年均增长5%
    // 以上, 前三季度增长7.1%): `printed`; a value says them before its number.
    let Some(value) = format::value(f, lang) else {
        let said = format::printed(f, lang)?;
        return Some(format!("{}{}{said}", f.label.pick(lang), colon_of(lang)));
    };
    let change = f.change.as_ref().map(|c| changes::change(c, f, lang));
    let (colon, comma) = match lang {
        Lang::Zh => (colon_of(lang), "，"),
        Lang::En => (colon_of(lang), ", "),
    };
    let said: Vec<String> = std::iter::once(value).chain(change).collect();
    Some(format!("{}{colon}{}", f.label.pick(lang), said.join(comma)))
}

fn colon_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// The note of figure `id` on no chart (its `title`): its line, then its source sentence
/// with the scan's ASCII marks made full-width, as the page shows the text. The page's
/// script shows it as a tooltip on a tap, a click, Enter or focus: the line (the mark's
/// accessible name, `aria-label`) and what follows it. (A figure on a chart is announced
/// by the page's script from its chart's tooltip row.)
fn note(line: &str, report: &Report, id: &str, lang: Lang) -> String {
    let stop = if lang == Lang::Zh { "。" } else { ". " };
    let source = report.figure(id).map_or("", |f| f.source.as_str());
    format!(
        "{line}{stop}{}{}",
        say(PAGE_FIGURE_NO_CHART, lang),
        full_width(source)
    )
}

/// Whether `line` prints number `text` whole: not as a part of a longer number (26 in
/// 260,000).
fn prints_whole(line: &str, text: &str) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    line.match_indices(text).any(|(at, _)| {
        let mut before = line[..at].chars().rev();
        let mut after = line[at + text.len()..].chars();
        let (b, a) = (before.next(), after.next());
        let joined = |c: Option<char>, next: Option<char>| {
            digit(c) || (matches!(c, Some('.' | ',')) && digit(next))
        };
        !joined(b, before.next()) && !joined(a, after.next())
    })
}

/// The accessible name of live number `text` of figure `id`: its line, and the figure as
/// the Chinese text prints it after it where the line does not print `text` whole (the
/// English line writes more than 2,600 companies for 2600余家), so that the name holds
/// what is seen, with its unit.
fn named(report: &Report, id: &str, text: &str, lang: Lang) -> String {
    let line = figure_line(report, id, lang).unwrap_or_default();
    if prints_whole(&line, text) {
        return line;
    }
    let printed = report
        .figure(id)
        .and_then(|f| format::value(f, Lang::Zh).or_else(|| format::printed(f, Lang::Zh)))
        .filter(|p| prints_whole(p, text))
        .unwrap_or_else(|| text.to_string());
    format!("{line}{}{printed}", say(PAGE_FIGURE_AS_PRINTED, lang))
}

/// The live number `text` of figure `id`, as the text and its tables print it: a link to
/// its chart, or, on no chart, a button that shows its note. `seen` holds the figures
/// already marked on the page: the first mark of each gets the id that tooltips link
/// back to.
fn mark(report: &Report, id: &str, text: &str, lang: Lang, seen: &mut BTreeSet<String>) -> String {
    let anchor = if seen.insert(id.to_string()) {
        format!(" id=\"{}\"", mark_id(id))
    } else {
        String::new()
    };
    let (id_e, text_e) = (escape(id), escape(text));
    match chart_of(report, id) {
        Some(c) => format!(
            "<a class=\"fig\"{anchor} href=\"#chart-{chart}\" data-figure=\"{id_e}\">{text_e}</a>",
            chart = escape(&c.id),
        ),
        // No chart to go to: a button that shows its note (value and source) in a
        // tooltip; named by its line (label, value, change), not by the bare number.
        // Without script the note is its title.
        None => {
            let line = named(report, id, text, lang);
            format!(
                "<span class=\"fig\"{anchor} role=\"button\" tabindex=\"0\" aria-expanded=\"false\" data-figure=\"{id_e}\" aria-label=\"{name}\" title=\"{title}\">{text_e}</span>",
                name = escape(&line),
                title = escape(&note(&line, report, id, lang)),
            )
        }
    }
}

/// One paragraph as HTML; `seen` holds the figures already marked on the page (the first
/// mark of each gets the id that tooltips link back to).
fn paragraph(report: &Report, p: &Paragraph, lang: Lang, seen: &mut BTreeSet<String>) -> String {
    if p.table {
        return table(report, p, lang, seen);
    }
    let mut body = String::new();
    for run in &p.runs {
        match run {
            Run::Text(t) => body.push_str(&escape(t)),
            Run::Break => body.push_str("<br>"),
            Run::Figure { id, text } => body.push_str(&mark(report, id, text, lang, seen)),
        }
    }
    let lang_attr = if lang == Lang::En {
        " lang=\"zh-CN\""
    } else {
        ""
    };
    format!(
        "<p class=\"text\" id=\"p-{}\"{lang_attr}>{body}</p>\n",
        p.index
    )
}

/// A table of the text, row by row as printed; a first row that names the table (表1
/// …) is its caption, and a row after it without a number alone in a cell its header
/// (`<th scope="col">`, which may wrap on a narrow screen). A row printed indented keeps
/// its indent (its first cell opens with an ideographic space: a part of the row above).
/// The table scrolls sideways inside its own box, which takes focus (arrows scroll it)
/// and is named by the caption and [`PAGE_TABLE_SCROLLS`]. A cell that prints a figure
/// (a row is its figures' source) is a live number as the prose's are ([`cells`]).
fn table(report: &Report, p: &Paragraph, lang: Lang, seen: &mut BTreeSet<String>) -> String {
    let lang_attr = if lang == Lang::En {
        " lang=\"zh-CN\""
    } else {
        ""
    };
    let mut rows = p.sentences.iter().map(String::as_str).peekable();
    let caption = rows.next_if(|r| r.starts_with('表'));
    let header = rows.next_if(|r| crate::draft::sentence::columns::headed(r));
    let plan = header.and_then(plan_row::header);
    let head = header
        .map(|r| {
            let cells: String = r
                .split(' ')
                .map(|c| format!("<th scope=\"col\">{}</th>", escape(c)))
                .collect();
            format!("<thead><tr>{cells}</tr></thead>")
        })
        .unwrap_or_default();
    let body: String = rows
        .map(|r| {
            let cells = cells(report, r, lang, seen);
            let tds = match &plan {
                Some(cols) => placed(&cells, &plan_row::place(r, cols)),
                None => cells.iter().map(|c| format!("<td>{c}</td>")).collect(),
            };
            format!("<tr>{tds}</tr>")
        })
        .collect();
    let scrolls = say(PAGE_TABLE_SCROLLS, lang);
    let name = match caption {
        Some(c) => format!("{c}{}{scrolls}", if lang == Lang::Zh { "，" } else { ", " }),
        None => scrolls.to_string(),
    };
    let caption = caption
        .map(|c| format!("<caption>{}</caption>", escape(c)))
        .unwrap_or_default();
    format!(
        "<div class=\"text-table\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"{lang_attr}><table id=\"p-{}\">{caption}{head}<tbody>{body}</tbody></table></div>\n",
        escape(&name),
        p.index
    )
}

/// The cells of table row `row` (its cells parted by one space), each number that a
/// figure of the row prints marked as in a sentence ([`row_runs`], [`mark`]); the sign a
/// cell prints before it (-3.2) is part of the mark. A cell that prints no figure, a
/// skip's number included, stays plain.
fn cells(report: &Report, row: &str, lang: Lang, seen: &mut BTreeSet<String>) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut cell = String::new();
    // Where the last figure's mark begins in its cell, while nothing has followed it.
    let mut marked: Option<usize> = None;
    for run in row_runs(report, row) {
        match run {
            Run::Text(t) => {
                for (i, piece) in t.split(' ').enumerate() {
                    if i > 0 {
                        last(&mut out).push_str(&escape(&std::mem::take(&mut cell)));
                        out.push(String::new());
                    }
                    match marked.take() {
                        Some(at) if i == 0 && word_after(piece) => {
                            last(&mut out).insert_str(at, "<span class=\"whole\">");
                            last(&mut out).push_str(&format!("{}</span>", escape(piece)));
                        }
                        _ => cell.push_str(piece),
                    }
                }
            }
            Run::Figure { id, text } => {
                let signed = matches!(cell.as_str(), "-" | "+" | "−" | "－" | "＋");
                let text = if signed {
                    std::mem::take(&mut cell) + &text
                } else {
                    text
                };
                let into = last(&mut out);
                into.push_str(&escape(&std::mem::take(&mut cell)));
                marked = Some(into.len());
                into.push_str(&mark(report, &id, &text, lang, seen));
            }
            Run::Break => marked = None,
        }
    }
    last(&mut out).push_str(&escape(&cell));
    out
}

/// True for the word a table cell prints right after its number (62以上, 5.5以内, 5左右, 210亿元):
/// kept with the number, as a phone's narrow cell would otherwise break 以 from 内.
fn word_after(piece: &str) -> bool {
    let n = piece.chars().count();
    (1..=3).contains(&n)
        && piece
            .chars()
            .all(|c| c > '\u{2e7f}' && !"〔〕（）()、，".contains(c))
}

/// The cell being written: the last of `cells`, which is never empty.
fn last(cells: &mut Vec<String>) -> &mut String {
    if cells.is_empty() {
        cells.push(String::new());
    }
    let at = cells.len() - 1;
    &mut cells[at]
}

/// A plan's row (its cells as HTML, `cells`) laid out under its header as
/// [`plan_row::place`] placed it: a cell left out an empty cell in its place, and values
/// that could stand under more than one column one cell across them.
fn placed(cells: &[String], slots: &[plan_row::Slot]) -> String {
    let mut next = cells.iter();
    slots
        .iter()
        .map(|slot| {
            let inner: Vec<&str> = next
                .by_ref()
                .take(slot.cells.len())
                .map(String::as_str)
                .collect();
            match slot.cols.len() {
                1 => format!("<td>{}</td>", inner.join(" ")),
                n => format!(
                    "<td colspan=\"{n}\" class=\"unplaced\">{}</td>",
                    inner.join(" ")
                ),
            }
        })
        .collect()
}

/// Paragraphs as HTML (the text before the first heading, which belongs to no section).
pub fn paragraphs(
    report: &Report,
    list: &[Paragraph],
    lang: Lang,
    seen: &mut BTreeSet<String>,
) -> String {
    list.iter()
        .map(|p| paragraph(report, p, lang, seen))
        .collect()
}

/// What the page prints of `section`: its lead or its paragraphs, with its charts (each
/// written by `chart`) after the paragraph they illustrate, the rest at the end.
pub fn section_body(
    report: &Report,
    prose: Option<&Prose>,
    section: &Section,
    lang: Lang,
    seen: &mut BTreeSet<String>,
    chart: &dyn Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    let lead = section
        .lead
        .as_ref()
        .map(|t| t.pick(lang))
        .filter(|t| !t.is_empty());
    if let Some(lead) = lead {
        out.push_str(&format!("<p class=\"lead\">{}</p>\n", escape(lead)));
    }
    let charts: Vec<(&str, Option<usize>)> = report
        .charts
        .iter()
        // The lead graphic stands before the first section, not in its own.
        .filter(|c| c.section == section.id && !c.lead)
        .map(|c| {
            (
                c.id.as_str(),
                prose.and_then(|p| p.place_of(report, &c.figures)),
            )
        })
        .collect();
    // A Chinese lead is the section shortened: the report's paragraphs give way to it.
    // The English page has no English of them, so they follow its lead, in Chinese.
    let paragraphs: Vec<&Paragraph> = match (prose, lead, lang) {
        (Some(p), None, _) | (Some(p), Some(_), Lang::En) => p.of_section(&section.id).collect(),
        _ => Vec::new(),
    };
    let mut placed = BTreeSet::new();
    for p in &paragraphs {
        out.push_str(&paragraph(report, p, lang, seen));
        for (id, _) in charts.iter().filter(|(_, at)| *at == Some(p.index)) {
            out.push_str(&chart(id));
            placed.insert(*id);
        }
    }
    for (id, _) in charts.iter().filter(|(id, _)| !placed.contains(id)) {
        out.push_str(&chart(id));
    }
    out
}

/// The note under the English page's header: the text is Chinese only.
pub fn language_note(prose: Option<&Prose>, lang: Lang) -> String {
    match (prose, lang) {
        (Some(_), Lang::En) => format!(
            "<p class=\"text-note\">{}</p>\n",
            say(PAGE_TEXT_IN_CHINESE, lang)
        ),
        _ => String::new(),
    }
}
