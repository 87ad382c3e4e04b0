//! The figures of a plan's row ([`super::plan_row`]) its cells make clear: the value
//! under the goal's year (2030年, the header's last year) a `target` of that year, a
//! `limit` only where its cell prints a bound word (以内, 以下); a value under an earlier
//! year that year's result. The unit is the label's (地区生产总值（亿元）) or the 单位
//! column's. A 〔〕 sum, a 年均 average and a value in words or with a sign (<5.5) are the
//! desk's: a 〔〕 of a rate may be points or percent, and nothing in the row says which.

use super::plan_row::{self, Col};
use super::{kind_of, Found};
use crate::check::printed;
use crate::draft::glossary::Glossary;
use crate::draft::numbers;
use crate::shared::model::{Qualifier, SkipReason, Status};

/// A plan's row read: its figures, each with the year its column names, and its numbers
/// that are no figure's, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    /// The figures, each with its column's year.
    pub figures: Vec<(Found, i64)>,
    /// The numbers no figure prints: the label's (`name`), the others' (`unread`).
    pub skips: Vec<(String, SkipReason)>,
}

/// Words after a goal's number, with the qualifier each writes.
const AFTER: [(&str, Qualifier); 4] = [
    ("左右", Qualifier::Around),
    ("以上", Qualifier::OrMore),
    ("以内", Qualifier::Within),
    ("以下", Qualifier::OrLess),
];

/// The value of a year's cell: a number alone, or with a word after it (125以上).
fn value(cell: &str) -> Option<(f64, Option<Qualifier>)> {
    let (digits, q) = AFTER
        .iter()
        .find_map(|(w, q)| cell.strip_suffix(w).map(|d| (d, Some(*q))))
        .unwrap_or((cell, None));
    let plain = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
    plain.then(|| digits.parse().ok().map(|v| (v, q))).flatten()
}

/// A label and the unit it prints in brackets: 地区生产总值（亿元） → 地区生产总值, 亿元.
fn unit_in_label(label: &str) -> (&str, Option<&str>) {
    let Some(open) = label.rfind(['（', '(']) else {
        return (label, None);
    };
    let inside = label[open..]
        .trim_start_matches(['（', '('])
        .strip_suffix(['）', ')']);
    (&label[..open], inside)
}

/// The byte range of `cell`, a slice of `row`, in it.
fn range(row: &str, cell: &str) -> (usize, usize) {
    let start = (cell.as_ptr() as usize).saturating_sub(row.as_ptr() as usize);
    (start, start + cell.len())
}

/// The figures of plan row `row` under `cols`; `None` where it is not placed or its unit
/// is not known: the desk reads it.
pub fn read(row: &str, cols: &[Col], g: &Glossary) -> Option<PlanRow> {
    let slots = plan_row::place(row, cols);
    if !plan_row::placed(&slots) {
        return None;
    }
    let cell_of = |col: Col| {
        slots
            .iter()
            .find(|s| cols.get(s.cols.start) == Some(&col))
            .and_then(|s| s.cells.first().copied())
    };
    let raw_label = cell_of(Col::Label)?;
    let (label, bracket) = unit_in_label(raw_label);
    let unit_cell = cell_of(Col::Unit).or(bracket)?;
    let unit = numbers::unit(unit_cell, 0, g)
        .filter(|u| u.end == unit_cell.len())?
        .zh;
    let goal = cols.iter().filter_map(|c| match c {
        Col::Year(y) => Some(*y),
        _ => None,
    });
    let goal = goal.max()?;
    let mut out = PlanRow {
        figures: Vec::new(),
        skips: Vec::new(),
    };
    let mut read_cells = Vec::new();
    for slot in &slots {
        let (Some(Col::Year(y)), Some(cell)) = (cols.get(slot.cols.start), slot.cells.first())
        else {
            continue;
        };
        let Some((v, q)) = value(cell) else { continue };
        let (start, end) = range(row, cell);
        let mut f = Found::new(
            label.to_string(),
            Some(v),
            &unit,
            kind_of(g, &unit, Some(v)),
            end,
        );
        f.period = Some(format!("{y}年"));
        if *y == goal {
            f.bound = matches!(q, Some(Qualifier::Within | Qualifier::OrLess));
            f.status = if f.bound {
                Status::Limit
            } else {
                Status::Target
            };
            f.qualifier = q;
        } else if q.is_some() {
            continue;
        }
        read_cells.push((start, end));
        out.figures.push((f, *y));
    }
    let label_end = range(row, raw_label).1;
    for n in printed::numbers(row) {
        let read = read_cells
            .iter()
            .any(|&(start, end)| start <= n.start && n.end <= end);
        if read {
            continue;
        }
        let reason = if n.end <= label_end {
            SkipReason::Name
        } else {
            SkipReason::Unread
        };
        out.skips.push((n.text, reason));
    }
    Some(out)
}
