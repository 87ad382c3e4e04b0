//! The period of a report as a whole, and what it gives the figures whose sentences name
//! none. A summary titled 青山区上半年经济运行情况 is of the half-year: every result of it
//! is 上半年 unless its sentence says otherwise, or a half-year's sum reads as the year's
//! on a card and in the register. A summary whose sentences mostly open with a part of
//! the year (1—6月，…) and whose title names none leaves the period of a sentence that
//! names none untold: the draft leaves that figure's numbers for the desk, never showing
//! it as the year's. A report of the year with one paragraph of 1至11月 is no such text.

use super::sentence::Found;
use super::text::Outline;
use super::years;
use crate::check::printed;
use crate::shared::model::Status;

/// What the text says of the period of its figures as a whole.
pub struct ReportPeriod {
    /// The period its title names (上半年, 1—11月), as printed.
    title: Option<String>,
    /// As many of its sentences open with a part of the year (1—6月, 上半年, 6月末) as
    /// name no period: its results are of parts of the year, not the year.
    part_of_year: bool,
}

impl ReportPeriod {
    /// Reads the period of the report whose text is cut into `outline`.
    pub fn of(outline: &Outline) -> ReportPeriod {
        let title = outline.title.as_deref().and_then(title_period);
        // Sentences that say their own period, against those that name none and go on
        // from no other (其中…, a clause after a ；): a summary of the half-year repeats
        // 上半年 in most; a report of the year opens one paragraph with 1至11月.
        let (mut parts, mut none) = (0, 0);
        for s in &outline.sentences {
            if s.lead || s.clause || printed::numbers(&s.text).is_empty() {
                continue;
            }
            let own = years::sentence_period(&s.text).or_else(|| years::opening_month_end(&s.text));
            match own {
                Some(p) if !years::of_several_years(&p) => parts += 1,
                Some(_) => {}
                None if s.text.starts_with("其中") => {}
                None => none += 1,
            }
        }
        let part_of_year = parts > 0 && parts >= none;
        ReportPeriod {
            title,
            part_of_year,
        }
    }

    /// Gives result `f`, whose sentence named no period, the title's; false when its
    /// period cannot be told (a text of parts of the year whose title names none, or a
    /// sentence the paragraph's part of the year leaves `unsure`:
    /// [`super::periods::SentencePeriods::next`]): the desk decides, and the figure is no
    /// figure yet.
    pub fn settle(&self, f: &mut Found, unsure: bool) -> bool {
        if f.period.is_some() || f.status != Status::Result {
            return true;
        }
        match &self.title {
            Some(p) => {
                f.period = Some(p.clone());
                true
            }
            None => !self.part_of_year && !unsure,
        }
    }
}

/// The numbers of `sentence` from byte `from` to the end of figure `f`: the ones a figure
/// left for the desk leaves as skips.
pub fn numbers_of(f: &Found, sentence: &str, from: usize) -> Vec<String> {
    printed::numbers(sentence)
        .into_iter()
        .filter(|n| n.start >= from && n.start < f.end())
        .map(|n| n.text)
        .collect()
}

/// The period a report's title names anywhere in it, as printed: 青山区上半年经济运行
/// 情况 → 上半年, 2025年1—11月全市经济运行简况 → 1—11月, 前11个月我市经济… → 前11个月.
/// Its figures are of that period wherever their sentence names no other. “十四五” in
/// a title names a plan's years, not a period every figure is of: None.
pub fn title_period(title: &str) -> Option<String> {
    let starts = title.char_indices().map(|(i, _)| i);
    starts
        .filter(|&i| !title[..i].ends_with(|c: char| c.is_ascii_digit()))
        .find_map(|i| {
            let rest = &title[i..];
            years::months_so_far(rest)
                .or_else(|| years::sentence_period(rest).filter(|p| !p.contains("十四五")))
        })
}
