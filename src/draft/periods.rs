//! The period of each sentence of a text, read in order: its own (1—11月, 2025年), or the
//! one of the sentence it goes on from (其中，…, a clause after a ；); and whether a
//! sentence that names none stands in a paragraph opened by a part of the year, where
//! the text does not say of which months or year its figures are.

use super::years::{
    after_source_clause, of_several_years, opened_year, opening_month_end, opening_year,
    sentence_period, years,
};

/// Words that open a sentence going on with the one before it: 其中，高技术制造业…
/// after 1—11月，全市规模以上工业增加值… is of the same eleven months.
const GOING_ON: [&str; 1] = ["其中"];

/// True when `sentence` opens by breaking the one before down (分产业看，…, 分行业看，…,
/// 分三大门类看，…): its figures are parts of that one's, of its period.
fn breaks_down(sentence: &str) -> bool {
    sentence.split_once(['，', ',']).is_some_and(|(head, _)| {
        head.starts_with('分') && head.ends_with('看') && head.chars().count() <= 8
    })
}

/// `part` (一季度, 1—11月) with the year the sentence prints right before it (2025年一季度,
/// …): a figure of another year's quarter never reads as this year's. `part` as it is
/// where the sentence prints no year with it.
fn with_printed_year(sentence: &str, part: String) -> String {
    let s = after_source_clause(sentence);
    years(s)
        .first()
        .map(|y| format!("{y}年{part}"))
        .filter(|dated| s.starts_with(dated.as_str()))
        .unwrap_or(part)
}

/// The periods of a text's sentences, read in order: a sentence's own (1—11月), or the
/// one before's in its paragraph where it goes on from it (其中，…, or a clause after a
/// ；) and names none.
#[derive(Debug, Default)]
pub struct SentencePeriods {
    /// The paragraph of the sentence before, and its period.
    before: Option<(usize, Option<String>)>,
    /// The paragraph whose first sentence opened with a part of the year (1—11月，…).
    opened: Option<usize>,
    /// The periods the sentences of the current paragraph printed, each once.
    printed: Vec<String>,
    /// The sentence last read breaks down a paragraph that printed two periods or more
    /// (1—11月份，…增长6.2%。11月份，…增长7.1%。分门类看，制造业增长6.8%): of which, the
    /// text does not say, and the desk decides.
    pub mixed: bool,
}

impl SentencePeriods {
    /// The period of the next `sentence`, of `paragraph`; `clause` when it follows a ；
    /// of the sentence before (…，下降1.5%；第二产业增加值121.4亿元…): one sentence.
    /// With it, true when the sentence names none in a paragraph opened with a part of
    /// the year (1—11月，…增长15.2%。全省…进出口2860亿元…), does not say 全年, and goes on
    /// from nothing: of those months or of the year, the text does not say.
    pub fn next(
        &mut self,
        sentence: &str,
        paragraph: usize,
        clause: bool,
    ) -> (Option<String>, bool) {
        let whole_year = ["全年", "年末", "年底"]
            .iter()
            .any(|w| sentence.starts_with(w));
        // 上半年，…；全年外贸进出口总额…: a clause that names the whole year is its own.
        let goes_on = clause && !whole_year
            || GOING_ON.iter().any(|w| sentence.starts_with(w))
            || breaks_down(sentence);
        let own = sentence_period(sentence)
            .map(|p| with_printed_year(sentence, p))
            .or_else(|| opening_month_end(sentence))
            .or_else(|| opening_year(sentence));
        let part = own
            .as_deref()
            .is_some_and(|p| !of_several_years(p) && opened_year(p).is_none());
        let first = self.before.as_ref().is_none_or(|(p, _)| *p != paragraph);
        if first {
            self.printed.clear();
        }
        self.mixed = own.is_none() && !clause && breaks_down(sentence) && self.printed.len() > 1;
        if let Some(p) = own.as_ref().filter(|p| !self.printed.contains(p)) {
            self.printed.push(p.clone());
        }
        let period = own.or_else(|| match &self.before {
            Some((p, before)) if goes_on && *p == paragraph && !self.mixed => before.clone(),
            _ => None,
        });
        if first {
            self.opened = part.then_some(paragraph);
        }
        let unsure = !first && period.is_none() && !whole_year && self.opened == Some(paragraph);
        self.before = Some((paragraph, period.clone()));
        (period, unsure)
    }
}
