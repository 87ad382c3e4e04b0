//! Chart spec: a chart of the report, resolved for one language, with every string a
//! chart kind draws already formatted, so chart files lay out text and never format
//! numbers. [`crate::publish::resolve`] makes it at build time; the reader decodes it.

use crate::shared::charts::kind::ChartKind;
use crate::shared::model::{Bound, FigureKind, Lang, Status};
use crate::shared::wire::format::WireError;

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
    /// The side the value lies on when its qualifier makes the number a bound (突破400亿元
    /// a floor, 5.5%以内 a ceiling): a length drawing it ends open, never as a level.
    pub bound: Option<Bound>,
    /// The number alone: 800.
    pub number: Option<String>,
    /// The unit after the number, with 余 where it goes: 亿元, 余家.
    pub unit: String,
    /// The unit as printed in the data, for grouping: 亿元.
    pub unit_key: String,
    /// What it measures: cards draw a share as a ring.
    pub kind: FigureKind,
    /// A result, a target or a limit: a chart never shows a target as a result.
    pub status: Status,
    /// The change, if any.
    pub change: Option<ChangeSpec>,
    /// Drawn in the accent colour.
    pub accent: bool,
    /// The report's sentence, always in Chinese: it is the source, with the scan's
    /// ASCII marks made full-width for display (`build/punctuation.rs`).
    pub source: String,
}

impl Item {
    /// The figure as the data table and the tooltip show it.
    pub fn row(&self) -> Row {
        Row {
            id: self.id.clone(),
            label: self.label.clone(),
            value: self.value_text.clone().unwrap_or_default(),
            change: match (&self.change, self.value) {
                (Some(c), Some(_)) => c.text.clone(),
                _ => String::new(),
            },
            source: self.source.clone(),
        }
    }
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
    /// The part of the value that is new, for a change of kind `added` printed 新增
    /// (新增47家); none for a net change (比上年末增加2.3万人).
    pub added: Option<f64>,
    /// The old value as printed: 37个.
    pub from_text: Option<String>,
    /// True for changes that are falls.
    pub down: bool,
    /// What a comparison (`above`, `below`) compares with, as printed: 全市平均水平 /
    /// the city average; a comparison chart names its second bar with it.
    pub reference: Option<String>,
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
    /// Words of its texts that no line breaks inside (规模以上), separated by spaces: the
    /// build gives them, since the reader's wasm has no word list.
    pub keep: String,
    /// Figures in drawing order.
    pub items: Vec<Item>,
}

/// One figure as the data table and the tooltip show it: exact value, change and source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// Figure id.
    pub id: String,
    /// Label.
    pub label: String,
    /// The value as printed, or the change where the report gives only that.
    pub value: String,
    /// The change as printed, when there is one beside a value.
    pub change: String,
    /// The report's sentence, always in Chinese: it is the source, with the scan's
    /// ASCII marks made full-width for display (`build/punctuation.rs`).
    pub source: String,
}

/// A chart of the page: ready to draw, or broken with what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// Resolved.
    Chart(Box<ChartSpec>),
    /// Its data has problems, or its record could not be read; the page shows them in
    /// the chart's place.
    Broken(Broken),
}

/// A chart that cannot be drawn, at its place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    /// Its place among the file's charts, counted from 0.
    pub index: usize,
    /// Its own id, when it has one that names it alone: a chart whose id is missing,
    /// malformed or taken by an earlier chart, or whose record is damaged, has none.
    pub id: Option<String>,
    /// What is wrong with it.
    pub problems: Problems,
}

/// Why a chart cannot be drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Problems {
    /// Its data's problems, worded at build time in the page's language: `file:` then
    /// one `path: message` line each.
    Listed(String),
    /// Its record in the resolved file could not be read; the reader words it.
    Damaged(WireError),
}

impl Entry {
    /// The chart's id; `None` for a broken chart without one of its own.
    pub fn id(&self) -> Option<&str> {
        match self {
            Entry::Chart(c) => Some(&c.id),
            Entry::Broken(b) => b.id.as_deref(),
        }
    }
}

/// Every chart of a report in one language: what build time hands the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The language of every text.
    pub lang: Lang,
    /// The charts in page order.
    pub charts: Vec<Entry>,
}
