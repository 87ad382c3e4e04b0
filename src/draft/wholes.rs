//! A part and its whole: the figure a part (其中…) is a slice of.

use super::sentence::Found;
use super::Drafted;
use crate::shared::model::FigureKind;

/// The index of the figure of `drafted` that `f` is a part of (其中), when that one is
/// a sum or a count in `f`'s unit.
pub(super) fn whole_of(f: &Found, drafted: &[Drafted]) -> Option<usize> {
    f.part
        .then(|| {
            drafted
                .iter()
                .rposition(|d| !d.found.part && d.found.value.is_some())
        })
        .flatten()
        // Parts of a sum or a count only: 区外就业占12% is a share of the
        // employed, no slice of a 就业率95%.
        .filter(|&w| {
            drafted[w].found.unit == f.unit
                && f.value.is_some()
                && [&drafted[w].found.kind, &f.kind]
                    .iter()
                    .all(|k| matches!(k, FigureKind::Amount | FigureKind::Count))
        })
}
