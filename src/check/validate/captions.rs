//! A chart's subtitle and note say only what its figures say, as its title does (issue
//! 18 §3): every number in them, in either language, is a value, a change or a
//! comparison of a figure on the chart, the 10ⁿ of a unit its figures are counted in
//! (100 million yuan), or a date: a year (2025年, 2021—2025年, 2024), months (1—11月,
//! the first 11 months), a day, an ordinal (the 14th Five-Year Plan). A subtitle that
//! still says 增长5.5% after the desk changed its figure to 6.1% says what the text
//! does not.

use super::titles::{allowed, fits, numbers, without_labels, Printed};
use super::{Checker, JsonPath};
use crate::shared::format::magnitude;
use crate::shared::messages as msg;
use crate::shared::model::{Chart, Figure, Lang, Text};

/// The dashes and words that join the two ends of a span of dates (2021—2025年, 1-11月).
const SPAN: [char; 7] = ['—', '–', '-', '~', '～', '至', '到'];

/// Whether number `p` is a date, not a figure's: a year (1900 to 2100, whole) before 年,
/// a span's dash, a mark or the end (in English, any such year but a share: 2024
/// spending); a month (1 to 12) before 月 or a span that ends in 月; a day before 日 or
/// 号; an English ordinal (14th) or months (11 months).
pub(super) fn is_date(p: &Printed, lang: Lang) -> bool {
    let whole = p.value.fract() == 0.0 && !p.text.contains('.') && !p.text.contains(',');
    if !whole {
        return false;
    }
    let after = p.after.as_str();
    let next = after.chars().next();
    let year = (1900.0..=2100.0).contains(&p.value);
    // The end of a span (2021—2025年), read past its dash and the other end's digits.
    let past_span = after
        .trim_start_matches(SPAN)
        .trim_start_matches(|c: char| c.is_ascii_digit());
    match lang {
        Lang::Zh => {
            // 2024年, 2021—2025年, （2024）; not 2024个 or 2024%.
            let mark = |c: char| SPAN.contains(&c) || !(c.is_alphanumeric() || "%‰.".contains(c));
            (year && (past_span.starts_with('年') || next.is_none_or(mark)))
                || (p.value <= 12.0 && past_span.starts_with('月'))
                || (p.value <= 31.0 && (after.starts_with('日') || after.starts_with('号')))
        }
        Lang::En => {
            let ordinal = ["st", "nd", "rd", "th"]
                .iter()
                .any(|o| after.starts_with(o));
            // A year stands before any word (not 2024 spending), but no share is one.
            ordinal
                || (year && !after.trim_start().starts_with('%'))
                || (p.value <= 12.0 && after.trim_start().starts_with("month"))
        }
    }
}

/// A field of a chart that may print numbers (its key), its text, and how a number of no
/// figure in it is worded.
type Caption<'a> = (&'a str, Option<&'a Text>, fn(&str) -> msg::Message);

impl Checker {
    /// The subtitle and the note of `chart` against its figures (`all`: the report's
    /// figures), in both languages: each number that is none of the figures' numbers,
    /// no 10ⁿ of their units and no date is reported at its side.
    pub(super) fn caption_rules(&mut self, path: &JsonPath, chart: &Chart, all: &[Figure]) {
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        let captions: [Caption<'_>; 2] = [
            (
                "subtitle",
                Some(&chart.subtitle),
                msg::data::subtitle_number_not_a_figure,
            ),
            (
                "note",
                chart.note.as_ref(),
                msg::data::note_number_not_a_figure,
            ),
        ];
        for (key, text, wording) in captions {
            let Some(text) = text else { continue };
            for (lang, side) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                let mut ok = allowed(&figs, lang);
                // 100 million yuan, 10,000 households: the unit's, in English.
                if lang == Lang::En {
                    ok.extend(figs.iter().map(|f| 10f64.powi(magnitude(&f.unit.zh))));
                }
                // A unit printed with digits (PM2.5 in 微克/立方米 stays a unit's).
                for f in &figs {
                    ok.extend(numbers(f.unit.pick(lang), lang).iter().map(|p| p.value));
                }
                let said = without_labels(text.pick(lang), &figs, lang);
                for p in numbers(&said, lang) {
                    if !fits(&p, &ok, lang) && !is_date(&p, lang) {
                        self.report(path.key(key).key(side), wording(&p.text));
                    }
                }
            }
        }
    }
}
