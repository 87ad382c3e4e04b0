//! What the reading of a sentence finds: its figures ([`Found`], each with its change,
//! [`FoundChange`]) and its skips ([`Read`]).

use crate::shared::model::{ChangeKind, FigureKind, Qualifier, SkipReason, Status};

/// A change found with a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundChange {
    /// Its kind.
    pub kind: ChangeKind,
    /// The number as printed (the lower end of a range).
    pub value: f64,
    /// The upper end of a range: 增长6%—6.5%.
    pub to: Option<f64>,
    /// `%`, `个百分点` or the figure's unit.
    pub unit: String,
    /// As printed with it: 增长5%左右.
    pub qualifier: Option<Qualifier>,
    /// For `above`, `below` and `pull`: what it is compared with or pulled.
    pub reference: Option<String>,
}

impl FoundChange {
    /// A change of `kind` by `value` `unit`, nothing else printed with it.
    pub fn new(kind: ChangeKind, value: f64, unit: &str) -> FoundChange {
        FoundChange {
            kind,
            value,
            to: None,
            unit: unit.to_string(),
            qualifier: None,
            reference: None,
        }
    }
}

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// What is counted.
    pub label: String,
    /// The number; `None` for a change-only figure.
    pub value: Option<f64>,
    /// The upper end of a range: 6—6.5.
    pub to: Option<f64>,
    /// The unit as the data file writes it.
    pub unit: String,
    /// As printed around the number: 突破, 余, 左右, 以内 ….
    pub qualifier: Option<Qualifier>,
    /// Its change.
    pub change: Option<FoundChange>,
    /// A comparison or contribution beside its change.
    pub compare: Option<FoundChange>,
    /// What it measures.
    pub kind: FigureKind,
    /// A result, a target or a limit.
    pub status: Status,
    /// When it is not for the report's year, as printed: 上半年.
    pub period: Option<String>,
    /// Its words make it a bound: 控制在5.5%以内, 不超过.
    pub bound: bool,
    /// It stands after 其中: a part of the figure before.
    pub part: bool,
    /// The parts of one structure ratio share a group number.
    pub ratio: Option<usize>,
    /// The figures of one 分别 list share a group number.
    pub(super) list: Option<usize>,
    /// Byte offset after it in the sentence.
    pub(super) end: usize,
    /// Byte offset after its value, before a change or comparison attached to it: where
    /// its own clause is (安平县地区生产总值520.4亿元，增长6.8%: the place opens the
    /// value's clause, not the change's).
    pub(super) value_end: usize,
}

/// What a sentence holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Read {
    /// Its figures, in order.
    pub figures: Vec<Found>,
    /// Its numbers that are not figures, with why.
    pub skips: Vec<(String, SkipReason)>,
}

impl Found {
    /// Byte offset after it in its sentence.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Byte offset after its value in its sentence, before its change.
    pub fn value_end(&self) -> usize {
        self.value_end
    }

    /// The 分别 list it is an item of, numbered within its sentence.
    pub fn list(&self) -> Option<usize> {
        self.list
    }

    /// A figure of `value` `unit` labelled `label`, nothing else known of it yet.
    pub(super) fn new(
        label: String,
        value: Option<f64>,
        unit: &str,
        kind: FigureKind,
        end: usize,
    ) -> Found {
        Found {
            label,
            value,
            to: None,
            unit: unit.to_string(),
            qualifier: None,
            change: None,
            compare: None,
            kind,
            status: Status::Result,
            period: None,
            bound: false,
            part: false,
            ratio: None,
            list: None,
            end,
            value_end: end,
        }
    }

    /// A figure printed only as its change (城镇居民人均可支配收入增长4.2%).
    pub(super) fn change_only(label: String, change: FoundChange, end: usize) -> Found {
        // 增长1.2倍 is no percentage: the figure's unit says 倍 too.
        let unit = match change.kind {
            ChangeKind::Times => "倍",
            _ => "%",
        };
        Found {
            change: Some(change),
            ..Found::new(label, None, unit, FigureKind::Rate, end)
        }
    }
}
