//! A figure's qualifier in words: the one before its number (突破 / over), and the one a
//! CSV's qualifier column names (达 / reached), in both languages.

use crate::shared::model::{Figure, Lang, Qualifier};

/// The qualifier that stands before the number, if any: 突破 / over.
pub fn qualifier_before(f: &Figure, lang: Lang) -> &'static str {
    qualifier_word(f.qualifier, lang)
}

/// A qualifier's word before the number: 突破, 不超过 / over, at most (after-unit
/// qualifiers stand before the number in English only).
pub(super) fn qualifier_word(q: Option<Qualifier>, lang: Lang) -> &'static str {
    match (q, lang) {
        (None, _) => "",
        (Some(q), Lang::Zh) if q.inside_unit() || q.after_unit() => "",
        (Some(q), Lang::Zh) => q.zh(),
        (
            Some(
                Qualifier::Passed
                | Qualifier::Crossed
                | Qualifier::SteppedOnto
                | Qualifier::Over
                | Qualifier::OverFully,
            ),
            Lang::En,
        ) => "over",
        (Some(Qualifier::Nearly), Lang::En) => "nearly",
        (
            Some(
                Qualifier::MoreThan
                | Qualifier::Odd
                | Qualifier::MoreThanBeforeMagnitude
                | Qualifier::OddAfterMagnitude
                | Qualifier::OddBetweenMagnitudes
                | Qualifier::MoreThanBetweenMagnitudes,
            ),
            Lang::En,
        ) => "more than",
        (Some(Qualifier::Reached), Lang::En) => "",
        (Some(Qualifier::About | Qualifier::Around), Lang::En) => "about",
        (
            Some(
                Qualifier::AtMost | Qualifier::NoHigherThan | Qualifier::Within | Qualifier::OrLess,
            ),
            Lang::En,
        ) => "at most",
        (Some(Qualifier::AtLeast | Qualifier::OrMore | Qualifier::NoFewerThan), Lang::En) => {
            "at least"
        }
    }
}

/// A figure's qualifier as a CSV's qualifier column names it, in every language: 达 /
/// reached, 以上 / or more. Every qualifier has its word in both languages, so that the
/// two CSVs of a chart say the same thing (the English of a chart's big number leaves
/// 达 out, as English does; a column of qualifiers may not).
pub fn qualifier_name(q: Option<Qualifier>, lang: Lang) -> &'static str {
    match (q, lang) {
        (None, _) => "",
        (Some(q), Lang::Zh) => q.zh(),
        (Some(Qualifier::Passed), Lang::En) => "passed",
        (Some(Qualifier::Crossed), Lang::En) => "crossed",
        (Some(Qualifier::SteppedOnto), Lang::En) => "topped",
        (Some(Qualifier::Reached), Lang::En) => "reached",
        (Some(Qualifier::Around), Lang::En) => "around",
        (Some(Qualifier::OrMore), Lang::En) => "or more",
        (Some(Qualifier::Within), Lang::En) => "within",
        (Some(Qualifier::OrLess), Lang::En) => "or less",
        (Some(q), Lang::En) => qualifier_word(Some(q), Lang::En),
    }
}
