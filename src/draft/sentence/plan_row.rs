//! A plan's table of indicators (专栏: 指标　2025年　2030年　年均增长〔累计〕　属性),
//! pasted flat: each row its cells parted by spaces, and a row that leaves a cell out
//! (能耗降低 has no 2025 value) shorter than its header. Its cells are placed by what
//! each is, never by their count alone: 约束性 or 预期性 is the 属性, a 〔〕 value at the
//! end the 累计, and the values before them the years, in order, where they are as many
//! as the years. A row whose values could stand under more than one column is left
//! unplaced: the page prints them across those columns, and the draft reads none of it.

use std::ops::Range;

/// The indent of a row under the row above it (see [`crate::draft::table::INDENT`]).
pub(super) const INDENT: char = crate::draft::table::INDENT;

/// What a column of a plan's table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// The indicator, often with its unit: 地区生产总值（亿元）.
    Label,
    /// The unit: 单位.
    Unit,
    /// A year's value: 2025年 (the result), 2030年 (the goal).
    Year(i64),
    /// The average a year or the sum over the plan: 年均增长〔累计〕.
    Span,
    /// How firmly the goal binds: 属性 (约束性, 预期性).
    Kind,
}

/// Cells of a row placed under its header's columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot<'a> {
    /// The row's cells in these columns; none: an empty cell.
    pub cells: Vec<&'a str>,
    /// The columns they stand under; more than one: cells that could stand under any.
    pub cols: Range<usize>,
}

/// The year a header's cell names alone (2025年, 2030年目标).
fn year(cell: &str) -> Option<i64> {
    let digits = cell.get(..4)?;
    let after = cell.get(4..)?;
    (digits.chars().all(|c| c.is_ascii_digit()) && after.starts_with('年'))
        .then(|| digits.parse().ok())
        .flatten()
}

/// A cell of 属性: 约束性, 预期性.
pub fn kind_cell(cell: &str) -> bool {
    matches!(cell, "约束性" | "预期性")
}

/// A cell in 〔〕: a sum over the plan's years (〔3.8〕, 〔完成省下达任务〕).
pub fn span_cell(cell: &str) -> bool {
    cell.starts_with('〔') && cell.ends_with('〕')
}

/// The columns plan header `row` names (its cells parted by one space); `None` when it
/// is no plan's header: a year column at least, a 属性 or 年均/累计 column, and no cell
/// it does not know.
pub fn header(row: &str) -> Option<Vec<Col>> {
    let cells: Vec<&str> = row.trim_start_matches(INDENT).split(' ').collect();
    let mut cols = vec![Col::Label];
    for c in cells.iter().skip(1) {
        cols.push(if c.contains("单位") {
            Col::Unit
        } else if let Some(y) = year(c) {
            Col::Year(y)
        } else if ["〔", "累计", "年均"].iter().any(|w| c.contains(w)) {
            Col::Span
        } else if c.contains("属性") {
            Col::Kind
        } else {
            return None;
        });
    }
    let count = |f: fn(&Col) -> bool| cols.iter().filter(|c| f(c)).count();
    let years = count(|c| matches!(c, Col::Year(_)));
    let span = count(|c| *c == Col::Span);
    let kind = count(|c| *c == Col::Kind);
    let unit = count(|c| *c == Col::Unit);
    (years >= 1 && span + kind >= 1 && span <= 1 && kind <= 1 && unit <= 1).then_some(cols)
}

/// One column's slot.
fn one<'a>(cells: Vec<&'a str>, col: usize) -> Slot<'a> {
    Slot {
        cells,
        cols: col..col + 1,
    }
}

/// Row `row` (its cells parted by one space) placed under `cols`, one slot a column,
/// in order; but for values that could stand under more than one of them, which share
/// one slot across those columns.
pub fn place<'a>(row: &'a str, cols: &[Col]) -> Vec<Slot<'a>> {
    let cells: Vec<&str> = row.trim_start_matches(INDENT).split(' ').collect();
    if cells.len() == cols.len() {
        return cells
            .into_iter()
            .enumerate()
            .map(|(k, c)| one(vec![c], k))
            .collect();
    }
    let mut slots: Vec<Option<Slot<'a>>> = vec![None; cols.len()];
    let mut rest: &[&str] = &cells;
    let mut at =
        |k: usize, cell: Option<&'a str>| slots[k] = Some(one(cell.into_iter().collect(), k));
    at(0, rest.first().copied());
    rest = rest.get(1..).unwrap_or(&[]);
    let find = |f: &dyn Fn(&Col) -> bool| cols.iter().position(f);
    if let Some(k) = find(&|c| *c == Col::Unit) {
        let unit = rest.first().filter(|c| !value_like(c)).copied();
        rest = if unit.is_some() { &rest[1..] } else { rest };
        at(k, unit);
    }
    if let Some(k) = find(&|c| *c == Col::Kind) {
        let kind = rest.last().filter(|c| kind_cell(c)).copied();
        rest = if kind.is_some() {
            &rest[..rest.len() - 1]
        } else {
            rest
        };
        at(k, kind);
    }
    let years: Vec<usize> = (0..cols.len())
        .filter(|&k| matches!(cols[k], Col::Year(_)))
        .collect();
    let span = find(&|c| *c == Col::Span);
    let mut values: Vec<usize> = years.clone();
    values.extend(span);
    values.sort_unstable();
    if rest.len() != values.len() {
        if let Some(k) = span {
            let sum = rest.last().filter(|c| span_cell(c)).copied();
            rest = if sum.is_some() {
                &rest[..rest.len() - 1]
            } else {
                rest
            };
            at(k, sum);
            values = years;
        }
    }
    if rest.is_empty() || rest.len() == values.len() {
        for &k in &values {
            slots[k] = Some(one(Vec::new(), k));
        }
        for (&k, &c) in values.iter().zip(rest) {
            slots[k] = Some(one(vec![c], k));
        }
    } else if let (Some(&first), Some(&last)) = (values.first(), values.last()) {
        if let Some(span) = slots.get_mut(first..=last) {
            span.fill(None);
        }
        slots[first] = Some(Slot {
            cells: rest.to_vec(),
            cols: first..last + 1,
        });
    }
    slots.into_iter().flatten().collect()
}

/// A cell that holds a value, no unit: a number, 〔〕, —, 约束性.
fn value_like(cell: &str) -> bool {
    span_cell(cell)
        || kind_cell(cell)
        || cell
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "—-－<＜>＞≤≥".contains(c))
}

/// True when each of `slots` stands under one column: the row is placed.
pub fn placed(slots: &[Slot]) -> bool {
    slots.iter().all(|s| s.cols.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::{header, place, placed, Col};

    const HEAD: &str = "指标 2025年 2030年 年均增长〔累计〕 属性";

    /// The cells of each column of `row` placed under [`HEAD`], "" for an empty one.
    fn columns(row: &str) -> Vec<String> {
        let cols = header(HEAD).unwrap_or_default();
        place(row, &cols)
            .iter()
            .map(|s| s.cells.join(" "))
            .collect()
    }

    #[test]
    fn a_plan_header_names_its_years_its_sum_and_its_kind() {
        assert_eq!(
            header(HEAD),
            Some(vec![
                Col::Label,
                Col::Year(2025),
                Col::Year(2030),
                Col::Span,
                Col::Kind
            ])
        );
        assert_eq!(
            header("指标 单位 2025年 2030年 属性"),
            Some(vec![
                Col::Label,
                Col::Unit,
                Col::Year(2025),
                Col::Year(2030),
                Col::Kind
            ])
        );
        assert_eq!(header("指标 单位 绝对数 比上年增长%"), None);
        assert_eq!(header("指标 2025年 2030年"), None);
    }

    #[test]
    fn a_short_rows_cells_stand_under_what_each_is() {
        for (row, want) in [
            (
                "粮食产量（万吨） 120 121以上 — 约束性",
                vec!["粮食产量（万吨）", "120", "121以上", "—", "约束性"],
            ),
            (
                "森林覆盖率（%） 41 42 〔1〕",
                vec!["森林覆盖率（%）", "41", "42", "〔1〕", ""],
            ),
            (
                "新增就业（万人） 〔30〕 预期性",
                vec!["新增就业（万人）", "", "", "〔30〕", "预期性"],
            ),
            (
                "水耗降低（%） 〔9〕 〔完成任务〕 约束性",
                vec!["水耗降低（%）", "〔9〕", "〔完成任务〕", "约束性"],
            ),
        ] {
            assert_eq!(columns(row), want, "{row}");
        }
    }

    #[test]
    fn values_that_could_stand_under_either_year_are_left_unplaced() {
        let cols = header(HEAD).unwrap_or_default();
        let slots = place("水耗降低（%） 〔9〕 〔完成任务〕 约束性", &cols);
        assert!(!placed(&slots));
        assert_eq!(slots[1].cols, 1..3);
        assert!(placed(&place("森林覆盖率（%） 41 42 〔1〕", &cols)));
        assert!(!placed(&place("森林覆盖率（%） 42 预期性", &cols)));
    }
}
