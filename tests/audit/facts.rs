//! What a number of the data is, in base units: the facts a printed number may trace to
//! (a figure's value, change or comparison), with the qualifier, the digits and the minus
//! sign every printing of it must keep.

use crate::read::{self, Printed};
use report_charts::shared::model::{ChangeKind, Figure, Qualifier};

/// A number the data stands behind, in base units, and what it is.
#[derive(Debug, Clone)]
pub struct Fact {
    pub value: f64,
    pub what: String,
    /// The words of its qualifier (以上, or more …), one of which must stand beside the
    /// number wherever it is printed; empty when it has none to show.
    pub hedges: &'static [&'static str],
    /// Where the report prints digits after the point that the number's shortest form
    /// drops (增长5.0%, 191.0亿元): the power of ten its last printed digit counts in
    /// base units (-1; 1e7), which every printing must reach (5% drops the 0).
    pub last: Option<i32>,
    /// The minus sign its sentence prints before a negative number (增长－1.2%), which
    /// every printing of it must show, the same character.
    pub minus: Option<char>,
    /// A decline or a figure below its reference, which a bar's end may print with a
    /// minus sign of its own (下降3% as −3%).
    pub down: bool,
}

/// The minus sign `source` prints right before the number `v` (as its digits read
/// back: 增长－1.2% gives － for −1.2).
fn minus_in(source: &str, v: f64) -> Option<char> {
    read::numbers(source)
        .into_iter()
        .find_map(|(_, p)| match p {
            Printed::Number {
                value,
                minus: Some(m),
                ..
            } if same(value, v) => Some(m),
            _ => None,
        })
}

/// The power of ten the last printed digit of `v` counts in base units, when `decimals`
/// (the figure's) keeps digits its shortest form drops; `None` otherwise.
fn last_printed(v: f64, decimals: u8, scale: f64) -> Option<i32> {
    use report_charts::shared::format::decimals::shortest;
    (decimals > shortest(v)).then(|| scale.log10().round() as i32 - i32::from(decimals))
}

/// The words that show `q` beside its number, in either language: 增长20%以上 printed as
/// "+20%" says more than the text. 达 (reached) hedges nothing and needs no word.
pub fn hedges(q: Option<Qualifier>) -> &'static [&'static str] {
    use Qualifier as Q;
    match q {
        None | Some(Q::Reached) => &[],
        Some(Q::Passed) => &["突破", "over", "pass", "past", "more than", "above"],
        Some(Q::Crossed) => &["跨越", "over", "cross", "more than", "above"],
        Some(Q::SteppedOnto) => &["迈上", "over", "top", "more than", "above"],
        Some(Q::Over | Q::OverFully) => &["超", "over", "more than", "above"],
        Some(Q::Nearly) => &["近", "nearly", "almost"],
        Some(
            Q::MoreThan
            | Q::Odd
            | Q::MoreThanBeforeMagnitude
            | Q::OddAfterMagnitude
            | Q::OddBetweenMagnitudes
            | Q::MoreThanBetweenMagnitudes,
        ) => &["余", "多", "more than", "over", "-plus"],
        Some(Q::About) => &["约", "about", "around"],
        Some(Q::Around) => &["左右", "about", "around"],
        Some(Q::AtMost) => &["不超过", "at most", "no more than"],
        Some(Q::NoHigherThan) => &["不高于", "at most", "no more than"],
        Some(Q::AtLeast | Q::NoFewerThan) => &["不低于", "不少于", "at least", "no less than"],
        Some(Q::OrMore) => &["以上", "or more", "at least"],
        Some(Q::Within) => &["以内", "within", "at most"],
        Some(Q::OrLess) => &["以下", "or less", "at most"],
    }
}

/// The scale of a Chinese unit: 亿元 → 1e8, 户 → 1.
pub fn scale(unit_zh: &str) -> f64 {
    read::chinese_scale(unit_zh).map_or(1.0, |s| s.0)
}

/// The facts of one figure: its value and its change in base units. Nothing worked out
/// from them (37 → 10 is no 73%, 370 of 6912 no 5.4%): the report prints neither.
pub fn facts(f: &Figure) -> Vec<Fact> {
    let mut out = Vec::new();
    // A range (5万至6万人) prints both its ends.
    for v in f.value.into_iter().chain(f.to) {
        out.push(Fact {
            value: v * scale(&f.unit.zh),
            what: format!("{}: {v}{}", f.id, f.unit.zh),
            hedges: hedges(f.qualifier),
            last: last_printed(v, f.decimals, scale(&f.unit.zh)),
            minus: minus_in(&f.source, v),
            down: false,
        });
    }
    // A comparison (高于全市平均水平0.4个百分点) prints its number as a change does.
    for (word, c) in [("change", &f.change), ("compare", &f.compare)] {
        let Some(c) = c else { continue };
        let s = if c.unit == "%" || c.unit == "个百分点" {
            1.0
        } else {
            scale(&c.unit)
        };
        // A range of change (增长3%—4%) prints both its ends.
        for v in std::iter::once(c.value).chain(c.to) {
            out.push(Fact {
                value: v * s,
                what: format!("{}: {word} {v}{}", f.id, c.unit),
                hedges: hedges(c.qualifier),
                last: last_printed(v, c.decimals, s),
                minus: minus_in(&f.source, v),
                down: matches!(
                    c.kind,
                    ChangeKind::Decline | ChangeKind::Below | ChangeKind::Reduced
                ),
            });
        }
    }
    out
}

/// True when `a` and `b` are the same number but for float rounding.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}
