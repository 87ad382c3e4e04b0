//! A row of a statistical bulletin's table, read by the columns its header names
//! (指标　单位　绝对数　比上年增长%): the first cell is the label, the unit column the
//! unit, the value column the number (— or nothing: no value), the change column the
//! growth in % (a minus sign: a decline, kept signed as the row prints it). A row whose
//! cells do not fit its header is read as nothing: the desk reads it against the header.

use super::{kind_of, Found, FoundChange};
use crate::check::printed;
use crate::draft::glossary::Glossary;
use crate::draft::numbers;
use crate::shared::format::sign::MINUS;
use crate::shared::model::ChangeKind;

/// Words of a header's cell that name the column of a row's number.
const VALUE_WORDS: [&str; 11] = [
    "绝对数",
    "绝对值",
    "产量",
    "金额",
    "总量",
    "总额",
    "数量",
    "数值",
    "完成额",
    "年末数",
    "全年",
];

/// Words of a header's cell that name the column of a row's change on the year before.
const CHANGE_WORDS: [&str; 7] = ["增长", "增减", "±", "涨跌", "增速", "同比", "比上年"];

/// Cells that print no number: the value is not given (规模以上工业增加值　亿元　—　8.3).
const NO_VALUE: [&str; 6] = ["—", "-", "－", "…", "——", "/"];

/// The indent of a row under the row above it: the table's own (see
/// [`crate::draft::table::INDENT`]).
const INDENT: char = crate::draft::table::INDENT;

/// The columns a table's header names: where each row's unit, value and change stand.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// How many cells a row has.
    cells: usize,
    /// The unit's column.
    unit: Option<usize>,
    /// The value's column.
    value: Option<usize>,
    /// The change's column, with the change's unit (% or 个百分点; empty: in the row's
    /// own unit, 比上年末增减 of a count).
    change: Option<(usize, &'static str)>,
    /// The unit the value's header prints (年末数（万人）), where no column holds it.
    unit_in_header: Option<String>,
}

/// A row read: its figure, and the numbers of its label (PM2.5) that are no figure's.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The figure, a part of the row above where it is indented or opens with 其中.
    pub figure: Found,
    /// Numbers inside its label, as printed.
    pub in_label: Vec<String>,
}

/// True when `cell` is a number alone, signed or not (186.4, -5.2, 12.5%).
fn number_cell(cell: &str) -> bool {
    let bare = cell.trim_start_matches(MINUS).trim_start_matches('+');
    let bare = bare.strip_suffix('%').unwrap_or(bare);
    !bare.is_empty()
        && bare
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A year alone (2025年): a column of that year's values.
fn year_cell(cell: &str) -> bool {
    cell.strip_suffix('年')
        .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
}

/// The columns header `row` (a table's sentence, cells parted by one space) names; `None`
/// when it is no header (a cell is a number) or names neither a value nor a change.
pub fn header(row: &str) -> Option<Columns> {
    let cells: Vec<&str> = row.trim_start_matches(INDENT).split(' ').collect();
    if cells.len() < 2 || cells.iter().any(|c| number_cell(c)) {
        return None;
    }
    let find = |f: &dyn Fn(&str) -> bool| (1..cells.len()).find(|&k| f(cells[k]));
    let changes = |c: &str| CHANGE_WORDS.iter().any(|w| c.contains(w));
    let unit = find(&|c| c.contains("单位"));
    let value =
        find(&|c| !changes(c) && (VALUE_WORDS.iter().any(|w| c.contains(w)) || year_cell(c)));
    let change = find(&changes).map(|k| {
        let c = cells[k];
        let unit = if c.contains("百分点") {
            "个百分点"
        } else if c.contains(['%', '％']) || ["增长", "增速", "涨跌"].iter().any(|w| c.contains(w))
        {
            "%"
        } else {
            ""
        };
        (k, unit)
    });
    let unit_in_header = value.and_then(|k| {
        let inside = cells[k].split(['（', '(']).nth(1)?;
        Some(inside.trim_end_matches(['）', ')']).to_string())
    });
    (value.is_some() || change.is_some()).then_some(Columns {
        cells: cells.len(),
        unit,
        value,
        change,
        unit_in_header,
    })
}

/// True when `row` may be a table's header: no cell of it is a number alone.
pub fn headed(row: &str) -> bool {
    !row.split(' ').any(number_cell)
}

/// The number of a cell (signed as printed); `Some(None)` for a cell that prints none.
fn number(cell: &str) -> Option<Option<f64>> {
    if NO_VALUE.contains(&cell) {
        return Some(None);
    }
    if !number_cell(cell) || cell.ends_with('%') {
        return None;
    }
    let minus = cell.starts_with(MINUS);
    let digits: String = cell
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let v: f64 = digits.parse().ok()?;
    Some(Some(if minus { -v } else { v }))
}

/// Figure of row `row` (a table's sentence) under `columns`; `None` when its cells do not
/// fit them: another count of cells, a unit the glossary does not know, a value that is
/// no number or is negative, a fall in points.
pub fn row(row: &str, columns: &Columns, g: &Glossary) -> Option<Row> {
    let indented = row.starts_with(INDENT);
    let cells: Vec<&str> = row.trim_start_matches(INDENT).split(' ').collect();
    if cells.len() != columns.cells {
        return None;
    }
    let read = [
        Some(0),
        columns.unit,
        columns.value,
        columns.change.map(|c| c.0),
    ];
    // A number in a column the header does not name (比重%) would be no figure's.
    if (1..cells.len()).any(|k| !read.contains(&Some(k)) && number_cell(cells[k])) {
        return None;
    }
    let unit_cell = match columns.unit {
        Some(k) => Some(cells[k]),
        None => columns.unit_in_header.as_deref(),
    };
    let unit = unit_cell
        .and_then(|cell| numbers::unit(cell, 0, g).filter(|u| u.end == cell.len()))
        .map(|u| u.zh);
    let (label, part) = match cells[0]
        .strip_prefix("其中")
        .map(|l| l.trim_start_matches(['：', ':']))
    {
        Some(rest) if !rest.is_empty() => (rest, true),
        _ => (cells[0], indented),
    };
    let value = match columns.value {
        Some(k) => number(cells[k])?,
        None => None,
    };
    let change = match columns.change {
        Some((k, unit)) => number(cells[k])?.map(|v| (v, unit)),
        None => None,
    };
    // A fall in points or in the row's unit is printed with a minus the model's words
    // (下降, 减少) do not print: the desk words it.
    let change = match change {
        None => None,
        Some((v, "%")) => Some(FoundChange::new(ChangeKind::Growth, v, "%")),
        Some((v, "个百分点")) if v >= 0.0 => {
            Some(FoundChange::new(ChangeKind::Rise, v, "个百分点"))
        }
        Some((v, "")) if v >= 0.0 && value.is_some() => {
            Some(FoundChange::new(ChangeKind::Added, v, unit.as_deref()?))
        }
        Some(_) => return None,
    };
    let end = row.len();
    let mut figure = match (value, change) {
        (None, None) => return None,
        (None, Some(c)) => Found::change_only(label.to_string(), c, end),
        (Some(v), change) => {
            let unit = unit?;
            if v < 0.0 {
                return None;
            }
            let mut f = Found::new(
                label.to_string(),
                Some(v),
                &unit,
                kind_of(g, &unit, Some(v)),
                end,
            );
            f.change = change;
            f
        }
    };
    figure.part = part;
    let in_label = printed::numbers(label)
        .into_iter()
        .map(|n| n.text)
        .collect();
    Some(Row { figure, in_label })
}

#[cfg(test)]
mod tests {
    use super::{header, Columns};

    #[test]
    fn a_header_names_the_unit_value_and_change_columns() {
        assert_eq!(
            header("指标 单位 绝对数 比上年增长%"),
            Some(Columns {
                cells: 4,
                unit: Some(1),
                value: Some(2),
                change: Some((3, "%")),
                unit_in_header: None,
            })
        );
        assert_eq!(header("地区生产总值 亿元 3256.8 6.1"), None);
        assert_eq!(header("指标 上年=100"), None);
    }
}
