//! A statistical bulletin's tables (统计公报: 表1　2025年主要经济指标 / 指标　单位　绝对数
//! 比上年增长% / one row a figure). Each run of a table's rows in one paragraph is a
//! table: a caption (表1, its number an ordinal and its year the rows' period), then a
//! header that names the columns, then rows read by it
//! ([`super::sentence::columns`]). A row the header does not make clear stays
//! `unread`; a row that says again a figure the prose printed is `restated`.

use super::bilingual::period_text;
use super::glossary::Glossary;
use super::ids::Ids;
use super::sentence::columns::{self, Row};
use super::sentence::plan_figures::{self, PlanRow};
use super::sentence::plan_row;
use super::sentence::Found;
use super::text::{Outline, Sentence};
use super::{figure, push_skip, table, wholes, Drafted};
use crate::check::printed;
use crate::shared::model::{Section, Skip, SkipReason, Status};
use std::collections::HashMap;

/// What a sentence of a table is.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// 表1　2025年主要经济指标: its first number an ordinal, its year the table's.
    Caption,
    /// The line that names the columns: its numbers (2025年, 上年=100) head columns.
    Header,
    /// A row read by its header, with the year its caption names.
    Row(Box<Row>, Option<i64>),
    /// A row of a plan's table of indicators ([`plan_figures`]), its figures read.
    Plan(Box<PlanRow>),
    /// A row whose columns are unclear (no header, cells that do not fit it).
    Unclear,
    /// A line of a fact box ([`boxes`](super::boxes)): its number for the desk, its year
    /// (2025年地区生产总值) a year.
    Boxed,
}

/// The year a caption names (表1　2025年主要经济指标: 2025).
fn year_of(caption: &str) -> Option<i64> {
    printed::numbers(caption)
        .into_iter()
        .find(|n| n.text.len() == 4 && caption[n.end..].starts_with('年'))
        .and_then(|n| n.text.parse().ok())
}

/// The lines of `outline`'s tables, by sentence index.
pub fn lines(outline: &Outline, g: &Glossary) -> HashMap<usize, Line> {
    let mut out = HashMap::new();
    let s = &outline.sentences;
    let mut i = 0;
    while i < s.len() {
        if !s[i].row {
            i += 1;
            continue;
        }
        let end = (i..s.len())
            .find(|&k| !s[k].row || s[k].paragraph != s[i].paragraph)
            .unwrap_or(s.len());
        // A fact box's pairs (5.8%　地区生产总值增速) have no header: the desk reads them.
        let texts: Vec<&str> = s[i..end].iter().map(|x| x.text.as_str()).collect();
        if super::boxes::is_box(&texts) {
            out.extend((i..end).map(|r| (r, Line::Boxed)));
            i = end;
            continue;
        }
        let mut k = i;
        let mut year = None;
        if table::caption(&s[k].text) {
            year = year_of(&s[k].text);
            out.insert(k, Line::Caption);
            k += 1;
        }
        let mut header = None;
        let mut plan = None;
        if k < end && columns::headed(&s[k].text) {
            header = columns::header(&s[k].text);
            plan = plan_row::header(&s[k].text);
            out.insert(k, Line::Header);
            k += 1;
        }
        for (r, sentence) in s.iter().enumerate().take(end).skip(k) {
            let line = if let Some(cols) = &plan {
                plan_figures::read(&sentence.text, cols, g)
                    .map_or(Line::Unclear, |p| Line::Plan(Box::new(p)))
            } else {
                let row = header
                    .as_ref()
                    .and_then(|h| columns::row(&sentence.text, h, g));
                row.map_or(Line::Unclear, |row| Line::Row(Box::new(row), year))
            };
            out.insert(r, line);
        }
        i = end;
    }
    out
}

/// The numbers of table sentence `text` that are no figure, with why: a caption's
/// ordinal (表1) and years, a header's years and column names (上年=100), a row's label
/// (PM2.5), every number of a row whose columns are unclear, and a fact box's numbers
/// (its years years, the others for the desk).
pub fn skips(line: Option<&Line>, text: &str) -> Vec<(String, SkipReason)> {
    let all = printed::numbers(text);
    let year = |n: &printed::Number| n.text.len() == 4 && text[n.end..].starts_with('年');
    match line {
        Some(Line::Caption) => all
            .iter()
            .enumerate()
            .map(|(k, n)| {
                let reason = if k == 0 && text[..n.start].ends_with('表') {
                    SkipReason::Ordinal
                } else if year(n) {
                    SkipReason::Year
                } else {
                    SkipReason::Heading
                };
                (n.text.clone(), reason)
            })
            .collect(),
        Some(Line::Header | Line::Boxed) => all
            .iter()
            .map(|n| {
                let reason = match line {
                    _ if year(n) => SkipReason::Year,
                    Some(Line::Boxed) => SkipReason::Unread,
                    _ => SkipReason::Heading,
                };
                (n.text.clone(), reason)
            })
            .collect(),
        Some(Line::Row(row, _)) => row
            .in_label
            .iter()
            .map(|n| (n.clone(), SkipReason::Name))
            .collect(),
        Some(Line::Plan(row)) => row.skips.clone(),
        Some(Line::Unclear) | None => all
            .into_iter()
            .map(|n| (n.text, SkipReason::Unread))
            .collect(),
    }
}

/// True when a table's row `f` says again a result the prose drafted before it
/// (全年全市地区生产总值3256.8亿元… and 地区生产总值　亿元　3256.8　6.1): the same value in
/// the same unit, or the same change where the row prints only a change, its change (if
/// any) the prose's too, and labels of which one holds the other (粮食总产量, 粮食), of no period or the row's (a plan's 2025年). The
/// prose's figure stays, its sentence the source; the row is no second figure.
pub fn restated(f: &Found, drafted: &[Drafted]) -> bool {
    let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => super::coverage::same(a, b),
        (None, None) => true,
        _ => false,
    };
    let change = |x: &Found| x.change.as_ref().map(|c| c.value);
    drafted.iter().any(|d| {
        let p = &d.found;
        let label = &d.figure.label.zh;
        !f.label.is_empty()
            && !table::is_row(&d.figure.source)
            && p.status == Status::Result
            && (p.period.is_none() || p.period == f.period)
            && (label.contains(&f.label) || f.label.contains(label.as_str()))
            && p.unit == f.unit
            && same(p.value, f.value)
            && (f.change.is_none() || same(change(p), change(f)))
    })
}

/// The tables of a text as the draft meets their sentences: what each line is, and the
/// figures read from rows with the year their caption names.
pub(super) struct Draft<'a> {
    lines: HashMap<usize, Line>,
    years: Vec<(usize, i64)>,
    sections: &'a [(usize, Section)],
    g: &'a Glossary,
}

impl<'a> Draft<'a> {
    /// The tables of `outline`.
    pub(super) fn new(
        outline: &Outline,
        sections: &'a [(usize, Section)],
        g: &'a Glossary,
    ) -> Draft<'a> {
        Draft {
            lines: lines(outline, g),
            years: Vec::new(),
            sections,
            g,
        }
    }

    /// Drafts sentence `at`, `s`, a table's line: skips for its numbers that are no
    /// figure ([`skips`]), and the figure of its row unless the prose drafted it before
    /// (its numbers then skips `restated`).
    pub(super) fn row(
        &mut self,
        at: usize,
        s: &Sentence,
        drafted: &mut Vec<Drafted>,
        skips: &mut Vec<Skip>,
        ids: &mut Ids,
    ) {
        let line = self.lines.get(&at);
        for (n, reason) in self::skips(line, &s.text) {
            push_skip(skips, n, &s.text, reason);
        }
        if let Some(Line::Plan(row)) = line {
            for (f, year) in &row.figures {
                // A base year's value the prose printed (2025年地区生产总值达到3860亿元).
                if f.status == Status::Result && restated(f, drafted) {
                    let cell = printed::numbers(&s.text)
                        .into_iter()
                        .rfind(|n| n.end <= f.end());
                    if let Some(n) = cell {
                        push_skip(skips, n.text, &s.text, SkipReason::Restated);
                    }
                    continue;
                }
                self.years.push((drafted.len(), *year));
                drafted.push(self.drafted(f.clone(), s, ids));
            }
            return;
        }
        let Some(Line::Row(row, year)) = line else {
            return;
        };
        let f = row.figure.clone();
        if restated(&f, drafted) {
            for n in printed::numbers(&s.text) {
                push_skip(skips, n.text, &s.text, SkipReason::Restated);
            }
            return;
        }
        if let Some(year) = year {
            self.years.push((drafted.len(), *year));
        }
        let part_of = wholes::whole_of(&f, drafted);
        let mut d = self.drafted(f, s, ids);
        d.part_of = part_of;
        drafted.push(d);
    }

    /// Figure `f` of table row `s`, drafted.
    fn drafted(&self, f: Found, s: &Sentence, ids: &mut Ids) -> Drafted {
        Drafted {
            figure: figure::figure(&f, s, self.sections, self.g, ids),
            found: f,
            paragraph: s.paragraph,
            part_of: None,
            ratio: None,
            headline: false,
            // A table's rows are a year's results or a plan's goals by their status,
            // never a work plan's paragraph of goals.
            plan: false,
        }
    }

    /// Gives each figure of a table whose caption names another year than the report's
    /// `year` that year as its period (表1　2024年… in a bulletin of 2025).
    pub(super) fn periods(&self, drafted: &mut [Drafted], year: i64) {
        for &(i, of) in &self.years {
            if let Some(d) = drafted.get_mut(i) {
                if of == year {
                    d.figure.period = None;
                    d.found.period = None;
                    continue;
                }
                let p = format!("{of}年");
                d.figure.period = Some(period_text(p.clone()));
                d.found.period = Some(p);
            }
        }
    }
}
