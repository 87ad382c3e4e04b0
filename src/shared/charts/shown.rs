//! What a chart shows outside its canvas: the rows of its data table and tooltips, and
//! the sentence-per-figure description of its alt text. They say what the canvas says,
//! so that a reader of the table or of a screen reader gets the same words.

use super::targets;
use crate::shared::messages;
use crate::shared::model::{Lang, Status};
use crate::shared::spec::{ChartSpec, Row};

/// The figures as the data table, the tooltips and the alt text show them, in drawing
/// order. On a targets chart last year's result says so (上年 486.3亿元), as the canvas
/// prints it: under a heading of next year's targets, a bare result would read as that
/// year's. Targets and limits carry their word and period already (2026年目标…).
pub fn rows(spec: &ChartSpec) -> Vec<Row> {
    spec.items
        .iter()
        .map(|it| {
            let mut row = it.row();
            if spec.kind == targets::KIND && it.status == Status::Result && !row.value.is_empty() {
                row.value
                    .insert_str(0, messages::charts::last_year(spec.lang));
            }
            row
        })
        .collect()
}

/// A sentence-per-figure description of the chart from its rows, for `alt` text and
/// screen readers: 地区生产总值：突破800亿元，增长4.3%。
pub fn describe(spec: &ChartSpec) -> String {
    let (colon, comma, stop) = match spec.lang {
        Lang::Zh => ("：", "，", "。"),
        Lang::En => (": ", ", ", ". "),
    };
    let mut out = [spec.title.as_str(), stop].concat();
    for row in rows(spec) {
        out.push_str(&row.label);
        out.push_str(colon);
        let value = Some(row.value.as_str()).filter(|v| !v.is_empty());
        let change = Some(row.change.as_str()).filter(|c| !c.is_empty());
        for (i, part) in value.into_iter().chain(change).enumerate() {
            if i > 0 {
                out.push_str(comma);
            }
            out.push_str(part);
        }
        out.push_str(stop);
    }
    out.trim_end().to_string()
}
