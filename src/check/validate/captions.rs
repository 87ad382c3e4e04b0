//! A chart's subtitle and note say only what its figures say, as its title does (issue
//! 18 §3): every number in them, in either language, is a value, a change or a
//! comparison of a figure on the chart, or a date: a year (2025年, 2021—2025年, 2024),
//! months (1—11月, the first 11 months), a day, an ordinal (the 14th Five-Year Plan). A
//! subtitle that still says 增长5.5% after the desk changed its figure to 6.1% says what
//! the text does not.
//!
//! A subtitle's unit is the unit its figures print in, in each language (tester s-test14
//! M5): an English page prints 252.8亿元 whole, 25.28 billion yuan, so an English
//! subtitle that counts in 100 million yuan (the CSV's unit, which prints 252.8 beside
//! it) misleads by 10⁸; a Chinese one that says 万元 over figures in 亿元 by 10⁴. A note
//! may still name the 10ⁿ of a unit (1 yi is 100 million yuan).

use super::titles::{allowed, fits, numbers, without_labels, Printed};
use super::{Checker, JsonPath};
use crate::shared::format::{magnitude, value_bare_dp};
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

/// The magnitudes a Chinese unit may lead with, longest first.
const MAGNITUDES: [&str; 4] = ["万亿", "千亿", "亿", "万"];

/// The figure of `figs` whose unit counts in the 10ⁿ that English number `p` is (100
/// million of 亿元, 10,000 of 万户): an English page prints its values whole (25.28
/// billion yuan), never in that unit.
fn counted_in<'a>(p: &Printed, figs: &[&'a Figure]) -> Option<&'a Figure> {
    figs.iter()
        .find(|f| {
            let m = magnitude(&f.unit.zh);
            m > 0 && fits(p, &[10f64.powi(m)], Lang::En)
        })
        .copied()
}

/// A unit the Chinese subtitle `said` names that is one of its figures' units with
/// another magnitude (万元 over 亿元; 元 after 单位： over 亿元), and no figure of the
/// chart is counted in: with the figure whose unit it mistakes.
fn unit_named_zh<'a>(said: &str, figs: &[&'a Figure]) -> Option<(String, &'a Figure)> {
    let units: Vec<&str> = figs.iter().map(|f| f.unit.zh.as_str()).collect();
    figs.iter().find_map(|f| {
        let unit = f.unit.zh.as_str();
        let base = MAGNITUDES
            .iter()
            .find_map(|m| unit.strip_prefix(m))
            .unwrap_or(unit);
        if base.is_empty() {
            return None;
        }
        let foreign = |n: &str| !units.contains(&n);
        let bare = [format!("单位：{base}"), format!("单位:{base}")];
        MAGNITUDES
            .iter()
            .map(|m| format!("{m}{base}"))
            .find(|other| foreign(other) && names_unit(said, other))
            .or_else(|| {
                (foreign(base) && bare.iter().any(|b| said.contains(b.as_str())))
                    .then(|| base.to_string())
            })
            .map(|n| (n, *f))
    })
}

/// Whether `said` names `unit` itself, not as the end of a larger one (亿元 of 千亿元).
fn names_unit(said: &str, unit: &str) -> bool {
    said.match_indices(unit)
        .any(|(i, _)| !said[..i].ends_with(['万', '千', '亿', '百', '十']))
}

/// Figure `f`'s value as the pages print it in `lang` (25.28 billion yuan, 252.8亿元), or
/// its unit alone where it has no value.
fn as_printed(f: &Figure, lang: Lang) -> String {
    match f.value {
        Some(v) => value_bare_dp(v, f.decimals, &f.unit, lang),
        None => f.unit.pick(lang).to_string(),
    }
}

/// A field of a chart that may print numbers (its key), its text, and how a number of no
/// figure in it is worded.
type Caption<'a> = (&'a str, Option<&'a Text>, fn(&str) -> msg::Message);

impl Checker {
    /// The subtitle and the note of `chart` against its figures (`all`: the report's
    /// figures), in both languages: each number that is none of the figures' numbers,
    /// no date and (in a note) no 10ⁿ of their units is reported at its side; so is a
    /// subtitle's unit the figures do not print in.
    pub(super) fn caption_rules(&mut self, path: &JsonPath, chart: &Chart, all: &[Figure]) {
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        let captions: [Caption<'_>; 2] = [
            (
                "subtitle",
                Some(&chart.subtitle),
                msg::titles::subtitle_number_not_a_figure,
            ),
            (
                "note",
                chart.note.as_ref(),
                msg::titles::note_number_not_a_figure,
            ),
        ];
        for (key, text, wording) in captions {
            let Some(text) = text else { continue };
            for (lang, side) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                let mut ok = allowed(&figs, lang);
                let subtitle = key == "subtitle";
                // 100 million yuan, 10,000 households: the unit's, in an English note. A
                // subtitle says the unit the figures print in (below).
                if lang == Lang::En && !subtitle {
                    ok.extend(figs.iter().map(|f| 10f64.powi(magnitude(&f.unit.zh))));
                }
                // A unit printed with digits (PM2.5 in 微克/立方米 stays a unit's).
                for f in &figs {
                    ok.extend(numbers(f.unit.pick(lang), lang).iter().map(|p| p.value));
                }
                let said = without_labels(text.pick(lang), &figs, lang);
                let at = path.key(key).key(side);
                for p in numbers(&said, lang) {
                    if fits(&p, &ok, lang) || is_date(&p, lang) {
                        continue;
                    }
                    match counted_in(&p, &figs).filter(|_| subtitle) {
                        Some(f) => {
                            let unit = format!("{} {}", p.text, f.unit.en);
                            let message =
                                msg::trust::subtitle_unit_not_printed(&unit, &as_printed(f, lang));
                            self.report(at.clone(), message);
                        }
                        None => self.report(at.clone(), wording(&p.text)),
                    }
                }
                if let Some((unit, f)) =
                    unit_named_zh(&said, &figs).filter(|_| subtitle && lang == Lang::Zh)
                {
                    let message =
                        msg::trust::subtitle_unit_not_printed(&unit, &as_printed(f, lang));
                    self.report(at, message);
                }
            }
        }
    }
}
