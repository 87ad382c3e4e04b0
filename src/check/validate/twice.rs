//! One figure printed twice with different values (issue 18 §4, H1): 地区生产总值386.2亿元
//! in one sentence and 368.2亿元 in another, for the same period. A reader must not see
//! both as true: the desk decides which the text means (a misprint, or two things that
//! need two labels, such as a county's output beside its city's).
//!
//! True repeats are left alone: the same value printed twice, a target beside a result
//! (their status differs), two periods, two labels (two places name their place), a
//! bound (以上, a range) beside an exact value, and a value since revised (the draft
//! writes the superseded one as a skip, never as a figure). Two values in one sentence
//! are two things one label names badly (358户 and 1户 of 认定…企业), which the label
//! rules are for; a tally of things (26个项目, 87个项目) counts a different set at each
//! place, so a count is compared only where it is an indicator, with a change printed;
//! a label the draft could not write (未命名) names no indicator yet.

use super::{JsonPath, Problem};
use crate::shared::messages as msg;
use crate::shared::messages::draft::DRAFT_UNNAMED;
use crate::shared::model::{Figure, FigureKind, Qualifier};

/// Every figure of `figures` whose value differs from an earlier figure's of the same
/// label, status, period, kind and unit, at the later figure's `value`.
pub fn conflicts(figures: &[Figure]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (j, later) in figures.iter().enumerate() {
        let Some(v) = exact(later) else { continue };
        let first = figures[..j]
            .iter()
            .find(|f| same_indicator(f, later) && exact(f).is_some_and(|u| differ(u, v)));
        if let Some(first) = first {
            out.push(Problem {
                path: JsonPath::item("figures", j).key("value"),
                message: msg::trust::printed_twice(first, later),
                line: None,
            });
        }
    }
    out
}

/// The value of `f` when it is one exact number: no bound or estimate (以上, 左右, 近)
/// and no range. 达到 reaches the number itself.
fn exact(f: &Figure) -> Option<f64> {
    let exact = matches!(f.qualifier, None | Some(Qualifier::Reached));
    let indicator = f.kind != FigureKind::Count || f.change.is_some();
    let named = f.label.zh.trim() != DRAFT_UNNAMED;
    f.value
        .filter(|_| exact && indicator && named && f.to.is_none())
}

/// Two values that a reader would read as two numbers.
fn differ(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// True when `a` and `b`, of two sentences, claim to be the same indicator: one label,
/// status, kind, unit and period.
fn same_indicator(a: &Figure, b: &Figure) -> bool {
    let period = |f: &Figure| f.period.as_ref().map(|p| p.zh.trim().to_string());
    !a.label.zh.trim().is_empty()
        && a.source != b.source
        && !other_years(&a.source, &b.source)
        && a.label.zh.trim() == b.label.zh.trim()
        && a.status == b.status
        && a.kind == b.kind
        && a.unit.zh == b.unit.zh
        && period(a) == period(b)
}

/// The years a sentence prints (2024年).
fn years(sentence: &str) -> Vec<&str> {
    let b = sentence.as_bytes();
    (0..b.len().saturating_sub(3))
        .filter(|&i| b[i..i + 4].iter().all(u8::is_ascii_digit))
        .filter(|&i| i == 0 || !b[i - 1].is_ascii_digit())
        .filter(|&i| sentence[i + 4..].starts_with('年'))
        .map(|i| &sentence[i..i + 4])
        .collect()
}

/// True when two sentences print years and not the same ones (2024年… and 2025年…): two
/// periods, where the draft could not tell the report's year to write either.
fn other_years(a: &str, b: &str) -> bool {
    let (a, b) = (years(a), years(b));
    !a.is_empty() && !b.is_empty() && a != b
}

#[cfg(test)]
mod tests {
    use super::conflicts;
    use crate::shared::model::{Figure, FigureKind, Qualifier, Status, Text};

    fn text(zh: &str) -> Text {
        Text {
            zh: zh.into(),
            en: String::new(),
        }
    }

    fn gdp(id: &str, value: f64, source: &str) -> Figure {
        Figure {
            id: id.into(),
            label: Text {
                zh: "地区生产总值".into(),
                en: "GDP".into(),
            },
            value: Some(value),
            unit: Text {
                zh: "亿元".into(),
                en: "yuan".into(),
            },
            source: source.into(),
            section: "s".into(),
            topic: "t".into(),
            decimals: 0,
            qualifier: None,
            to: None,
            change: None,
            compare: None,
            kind: FigureKind::Amount,
            status: Status::Result,
            period: None,
            cumulative: false,
            yearly: false,
            draft: false,
        }
    }

    /// A case: its name, the change to the second figure (to both, where true), and how
    /// many conflicts it makes.
    type Case = (&'static str, fn(&mut Figure), bool, usize);

    /// How many conflicts two GDP figures of two sentences make, the second changed by
    /// `change` (and the first too, where `both`).
    fn flagged(change: fn(&mut Figure), both: bool) -> usize {
        let mut first = gdp("gdp", 386.2, "2025年全县地区生产总值达到386.2亿元");
        let mut second = gdp("gdp-2", 368.2, "全县地区生产总值368.2亿元");
        change(&mut second);
        if both {
            change(&mut first);
        }
        conflicts(&[first, second]).len()
    }

    #[test]
    fn one_figure_printed_with_two_values_is_flagged_and_true_repeats_are_not() {
        let cases: [Case; 11] = [
            ("two values of one figure", |_| {}, false, 1),
            (
                "the same value printed twice",
                |f| f.value = Some(386.2),
                false,
                0,
            ),
            (
                "a target beside a result",
                |f| f.status = Status::Target,
                false,
                0,
            ),
            (
                "another period",
                |f| f.period = Some(text("一季度")),
                false,
                0,
            ),
            (
                "another place",
                |f| f.label = text("安平县地区生产总值"),
                false,
                0,
            ),
            ("a bound", |f| f.qualifier = Some(Qualifier::Over), false, 0),
            ("another unit", |f| f.unit = text("万元"), false, 0),
            (
                "one sentence",
                |f| f.source = "2025年全县地区生产总值达到386.2亿元".into(),
                false,
                0,
            ),
            ("a tally of things", |f| f.kind = FigureKind::Count, true, 0),
            (
                "a label not yet written",
                |f| f.label = text("未命名"),
                true,
                0,
            ),
            (
                "another year printed",
                |f| f.source = "2024年全县地区生产总值368.2亿元".into(),
                false,
                0,
            ),
        ];
        for (case, change, both, want) in cases {
            assert_eq!(flagged(change, both), want, "{case}");
        }
    }

    #[test]
    fn the_problem_names_both_sentences_in_both_languages() {
        let p = conflicts(&[
            gdp("gdp", 386.2, "全县地区生产总值达到386.2亿元"),
            gdp("gdp-2", 368.2, "全县地区生产总值368.2亿元"),
        ]);
        let m = &p[0].message;
        assert_eq!(p[0].path.to_string(), "figures[1].value");
        for s in [&m.zh, &m.en] {
            assert!(
                s.contains("达到386.2亿元") && s.contains("全县地区生产总值368.2亿元"),
                "{s}"
            );
        }
    }
}
