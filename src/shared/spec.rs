//! Chart spec: a chart of the report, resolved for one language, with every string a
//! chart kind draws already formatted, so chart files lay out text and never format
//! numbers. [`crate::build::resolve`] makes it at build time; the reader decodes it.

use crate::model::{ChartKind, FigureKind, Lang};

/// One figure as a chart draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Figure id.
    pub id: String,
    /// Label in the chart's language.
    pub label: String,
    /// The value, for scales; `None` when the report gives only a change.
    pub value: Option<f64>,
    /// The value as printed, with qualifier and unit: 突破800亿元.
    pub value_text: Option<String>,
    /// The qualifier before the number: 突破 / over.
    pub before: String,
    /// The number alone: 800.
    pub number: Option<String>,
    /// The unit after the number, with 余 where it goes: 亿元, 余家.
    pub unit: String,
    /// The unit as printed in the data, for grouping: 亿元.
    pub unit_key: String,
    /// What it measures: cards draw a share as a ring.
    pub kind: FigureKind,
    /// The change, if any.
    pub change: Option<ChangeSpec>,
    /// Drawn in the accent colour.
    pub accent: bool,
}

/// A change as a chart draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeSpec {
    /// As printed: 增长4.3%.
    pub text: String,
    /// Signed and short, for bar ends: +4.3%.
    pub short: String,
    /// The signed value, for scales.
    pub signed: f64,
    /// The old value of a before→after change.
    pub from: Option<f64>,
    /// The part of the value that is new, for a change of kind `added` (新增47家).
    pub added: Option<f64>,
    /// The old value as printed: 37个.
    pub from_text: Option<String>,
    /// True for changes that are falls.
    pub down: bool,
}

/// A chart resolved for one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Chart id.
    pub id: String,
    /// Kind.
    pub kind: ChartKind,
    /// Language.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// Footer: source line and note.
    pub footer: String,
    /// Figures in drawing order.
    pub items: Vec<Item>,
}
