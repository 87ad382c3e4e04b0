//! A part and its whole: the figure a part (其中…) is a slice of, and the label of a
//! part named only by which part it is: 其中，城镇为26.9%，农村为30.8% after 居民恩格尔
//! 系数为27.6% counts 城镇居民恩格尔系数 and 农村居民恩格尔系数, never 城镇 and 农村
//! alone, on a chart, in its alt text or in a table.

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

/// Words that name a part of a whole by where or whom it counts, and nothing of what.
const PARTS: [&str; 8] = [
    "城镇", "农村", "城市", "乡村", "城区", "郊区", "男性", "女性",
];

/// Words of a whole's label that its parts' word takes the place of: 城乡居民… is
/// 城镇居民… and 农村居民….
const WHOLES: [&str; 2] = ["城乡", "全体"];

/// Names `f` after the whole it is a part of, when it is a part (其中…) or an item of a
/// 分别 list and its label is a word of [`PARTS`] alone: the last figure before it in
/// its paragraph (`paragraph`) with its unit and a label that names no part. A count of
/// 城市 (辐射75个城市) is no part of anything.
pub(super) fn name(f: &mut Found, drafted: &[Drafted], paragraph: usize) {
    if !(f.part || f.list().is_some()) || !PARTS.contains(&f.label.as_str()) {
        return;
    }
    let whole = drafted.iter().rev().find(|d| {
        d.paragraph == paragraph
            && d.found.unit == f.unit
            && !PARTS.iter().any(|p| d.found.label.contains(p))
    });
    let Some(whole) = whole.map(|d| d.found.label.as_str()) else {
        return;
    };
    if whole.is_empty() {
        return;
    }
    let rest = WHOLES
        .iter()
        .find_map(|w| whole.strip_prefix(w))
        .unwrap_or(whole);
    f.label = format!("{}{rest}", f.label);
}
