//! What validation asks of a kind's figures, as data: what each figure needs, and the
//! rules over all of them. A kind declares its [`Check`]; `validate` runs it and words
//! each [`Finding`] through `messages`, with its JSON path.

use crate::shared::model::{ChangeKind, Figure, FigureKind, Status, Text};

/// What a kind asks of its figures.
#[derive(Clone, Copy)]
pub struct Check {
    /// What each figure must have.
    pub needs: Need,
    /// The statuses it may draw: a chart of results never draws a target or a limit.
    pub statuses: &'static [Status],
    /// The rules over all its figures together, in drawing order.
    pub rules: Rule,
}

/// A kind that draws results only: a target or a limit on it would read as a result.
pub const RESULTS: &[Status] = &[Status::Result];

/// A kind that shows each figure as printed, with its 目标/限值 and qualifier.
pub const ANY_STATUS: &[Status] = &[Status::Result, Status::Target, Status::Limit];

/// The rules of a kind over its figures; [`no_rules`] where it has none.
pub type Rule = fn(&[&Figure]) -> Vec<Finding>;

/// A kind without rules over its figures together.
pub fn no_rules(_: &[&Figure]) -> Vec<Finding> {
    Vec::new()
}

/// What each figure of a kind must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anything a figure may be.
    Nothing,
    /// A value.
    Value,
    /// A change of kind `growth` or `decline`.
    GrowthChange,
    /// Kind `share` and a value, under a label that names no rate of change (a 降幅 is
    /// never a part of a whole).
    ShareValue,
    /// A value and a change of kind `from`.
    ValueAndFrom,
    /// Kind `share`, a value, and a comparison (`above`/`below`, in points) as its change.
    ShareAndComparison,
}

impl Need {
    /// True when `f` has what is needed.
    pub fn fits(self, f: &Figure) -> bool {
        let change = f.change.as_ref().map(|c| c.kind);
        match self {
            Need::Nothing => true,
            Need::Value => f.value.is_some(),
            Need::GrowthChange => f.change.as_ref().is_some_and(|c| c.is_growth_rate()),
            Need::ShareValue => {
                f.kind == FigureKind::Share
                    && f.value.is_some()
                    && !crate::shared::words::names_a_rate_of_change(&f.label.zh)
            }
            Need::ValueAndFrom => f.value.is_some() && change == Some(ChangeKind::From),
            Need::ShareAndComparison => {
                Need::ShareValue.fits(f)
                    && matches!(change, Some(ChangeKind::Above | ChangeKind::Below))
            }
        }
    }
}

/// What a kind's rules found wrong; `at` is the index in the chart's `figures`.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// One axis, two units.
    MixedUnits {
        /// The figure whose unit differs.
        at: usize,
        /// The first figure's unit.
        first: String,
        /// This one's.
        other: String,
    },
    /// A part larger than its whole.
    PartExceedsWhole {
        /// The part.
        at: usize,
        /// The part's id.
        part: String,
        /// The whole's id.
        whole: String,
    },
    /// Pairs that do not pair up: an odd number of figures.
    Unpaired,
    /// A printed share after a part and its whole that is not the part's share of it
    /// (占全省的比重 beside a whole of the city).
    NotItsShare {
        /// The share.
        at: usize,
        /// The share's id.
        share: String,
        /// The part's id.
        part: String,
        /// The whole's id.
        whole: String,
    },
    /// A negative value where parts of a whole are drawn.
    Negative {
        /// The figure.
        at: usize,
        /// Its value.
        value: f64,
    },
    /// Parts that do not make a whole.
    StructureSum {
        /// What they add up to.
        sum: f64,
        /// True when they are printed in %.
        percent: bool,
    },
    /// A result on a `targets` chart with no target after it.
    LoneResult {
        /// The result.
        at: usize,
        /// Its id.
        id: String,
    },
    /// A `targets` chart without a target or a limit.
    NoTarget,
    /// Amounts that may not be compared on one axis (see `bars`).
    Unlike {
        /// The figure that does not belong with the first.
        at: usize,
        /// The first figure's label, as the desk sees it.
        first: Text,
        /// This one's label.
        other: Text,
    },
}

impl Finding {
    /// The index in the chart's `figures` it is about; `None` for the whole list.
    pub fn at(&self) -> Option<usize> {
        match self {
            Finding::MixedUnits { at, .. }
            | Finding::PartExceedsWhole { at, .. }
            | Finding::NotItsShare { at, .. }
            | Finding::Negative { at, .. }
            | Finding::LoneResult { at, .. }
            | Finding::Unlike { at, .. } => Some(*at),
            Finding::Unpaired | Finding::StructureSum { .. } | Finding::NoTarget => None,
        }
    }
}

/// Every figure whose zh unit differs from the first figure's.
pub fn mixed_units(figs: &[&Figure]) -> Vec<Finding> {
    let Some(first) = figs.first() else {
        return Vec::new();
    };
    figs.iter()
        .enumerate()
        .skip(1)
        .filter(|(_, f)| f.unit.zh != first.unit.zh)
        .map(|(at, f)| Finding::MixedUnits {
            at,
            first: first.unit.zh.clone(),
            other: f.unit.zh.clone(),
        })
        .collect()
}
