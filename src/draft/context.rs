//! What the outline says about each paragraph beyond its sentences: what its figures
//! are: results of the report's year, results of another period (“十四五”时期, 这五年),
//! or targets (a section or paragraph of goals: 2026年重点工作, 今年主要预期目标是：…).
//! The headings a paragraph stands under: [`super::titles`].

use super::plan_years::{five_years_named, plans_around, year_governs};
use super::reach;
use super::sentence::Found;
use super::spans;
use super::text::Outline;
use super::years::{
    of_five_years, opened_year, plan_year, planned_year, reached_year, years, REVIEW,
};
use crate::shared::model::Status;
use std::collections::HashMap;

mod heads;
mod words;
use heads::{of_heading, of_opening};
use words::{ALREADY, FIVE_YEARS, GOAL_CLAUSE_WORDS, GOAL_WORDS};

/// What the figures of a paragraph are, by default: their status and the period they
/// are for when it is not the report's year.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Context {
    /// Result, target or limit.
    pub status: Status,
    /// As printed: “十四五”时期, 这五年, 2026年.
    pub period: Option<String>,
}

/// Where the clause of `sentence` that ends at byte `end` starts; `None` off a char.
fn clause_start(sentence: &str, end: usize) -> Option<usize> {
    let before = sentence.get(..end)?;
    Some(before.rfind(['，', '：', ',', ':']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(0, char::len_utf8)
    }))
}

/// The clause of `sentence` that a figure ending at byte `end` closes.
fn clause_of(sentence: &str, end: usize) -> &str {
    let end = end.min(sentence.len());
    let Some(start) = clause_start(sentence, end) else {
        return sentence;
    };
    let stop = sentence[end..]
        .find(['，', ','])
        .map_or(sentence.len(), |i| end + i);
    &sentence[start..stop]
}

impl Context {
    /// Gives figure `f` of `sentence` its status and period: a bound (控制在…以内) is a
    /// limit; a goal word (力争, 确保; 努力 in its clause) makes a target in a paragraph
    /// of results too; else the paragraph's default. `opened` is the period the sentence
    /// opens with or continues ([`super::periods::SentencePeriods`]).
    pub fn apply(&self, f: &mut Found, sentence: &str, opened: Option<&str>) {
        // A year the figure's own words print (提高到2025年的49870元) wins over the
        // paragraph's period and the sentence's.
        let printed = f.period.take();
        f.period.clone_from(&self.period);
        let clause = clause_of(sentence, f.end());
        // 过去五年…，由2020年的68.4%提高到73.2%: a clause of its own years keeps them; and
        // under a heading of “十四五”时期 its 过去五年 is that period, named as the heading.
        let five = |p: &&str| FIVE_YEARS.contains(p);
        let spanned = self.period.as_deref().is_some_and(of_five_years);
        let (year, opened) = match opened.and_then(opened_year) {
            Some(y) => (Some(y), None),
            None => (None, opened),
        };
        if let Some(p) = opened.filter(|p| !five(p) || years(clause).is_empty() && !spanned) {
            f.period = Some(p.to_string());
        }
        if let Some((y, _)) =
            year.filter(|(_, ahead)| year_governs(self.period.as_deref(), clause, *ahead))
        {
            f.period = Some(y.to_string());
        }
        // The words before its first number: what the figure is (年产值, 三年安排, 累计).
        let start = clause_start(sentence, f.end().min(sentence.len())).unwrap_or(0);
        let to = start
            + clause
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(clause.len());
        let (sentence_to, clause_to) = (&sentence[..to], &sentence[start..to]);
        // 去年实现地区生产总值2418.6亿元，今年确保增长6%: a goal word governs from its own
        // place on; a figure before it whose words look back to the year under review
        // is that year's result, not the goal's.
        let first_goal = GOAL_WORDS.iter().filter_map(|w| sentence.find(w)).min();
        // The review's year: the paragraph's, else the one before the year the goal
        // names (2025年全市…，2026年力争增长6%).
        let review = reach::review_of(self.period.as_deref()).or_else(|| {
            first_goal?;
            let goal_years = years(sentence.get(f.end()..)?);
            goal_years.first().map(|y| y - 1)
        });
        let upto = sentence.get(..f.end()).unwrap_or(sentence_to);
        // 2025年，全区…增长5.1%，今年力争增长5.5%左右: the goal's clause opens a year of
        // its own, so what stands before it is the other year's, a result.
        let before_goal = first_goal.is_some_and(|g| {
            f.end() <= g
                && (reach::looks_back(upto, review) || reach::goal_opens_ahead(sentence, g, upto))
        });
        let goal = first_goal.is_some() && !before_goal
            || GOAL_CLAUSE_WORDS.iter().any(|w| clause.contains(w))
            || reach::named_as_goal(sentence.get(f.end()..).unwrap_or_default());
        let planned = planned_year(clause).or_else(|| {
            (self.status == Status::Target)
                .then(|| reached_year(clause))
                .flatten()
        });
        // 提出今年目标：地区生产总值增长5%左右, in a headline or a review alike.
        let announced = reach::announced(sentence_to);
        // 报告提出，今年…预期增长6%左右，财政收入增长5%: the goal cue reaches every clause.
        let led = reach::goal_led(sentence, clause_to);
        // 去年全省民生支出达到5880亿元 in a paragraph of goals: the review's; and so is
        // a level the clause says is reached already (我国60岁以上人口已达2.5亿).
        let back = self.status == Status::Target
            && !goal
            && planned.is_none()
            && announced.is_none()
            && (reach::looks_back(sentence_to, reach::review_of(self.period.as_deref()))
                || ALREADY.iter().any(|w| clause.contains(w))
                || reach::perfect(clause_to)
                || reach::span_ended(clause, reach::review_of(self.period.as_deref()))
                || super::nation::stated_fact(clause_to));
        f.status = match self.status {
            _ if f.bound => Status::Limit,
            Status::Result if goal || planned.is_some() || announced.is_some() || led.is_some() => {
                Status::Target
            }
            Status::Target if back => Status::Result,
            s => s,
        };
        if back {
            f.period = opened.map(str::to_string);
        }
        if let Some(Some(year)) = announced {
            f.period = Some(year);
        }
        if let (Some(Some(year)), None, Status::Target | Status::Limit) = (led, &f.period, f.status)
        {
            f.period = Some(format!("{year}年"));
        }
        let period = f.period.take();
        f.period = spans::own_period(f, period, sentence_to, clause_to);
        // 粮食总产量连续9年稳定在1300亿斤以上: a floor held over the run, not one year's
        // (in a review of five years, the paragraph's period says so already).
        if f.period.is_none() {
            f.period = crate::shared::words::run_of_years(clause).map(|(_, run)| run);
        }
        if let Some(p) = planned {
            f.period = Some(p);
        }
        if let Some(p) = printed {
            f.period = Some(five_years_named(self.period.as_deref(), p));
        }
    }
}

/// True when `sentence` holds a word that makes a goal wherever it stands (力争, 确保):
/// its years are the goals', never the year of the report's results, whether or not
/// its numbers were read.
pub(super) fn goal_words(sentence: &str) -> bool {
    GOAL_WORDS.iter().any(|w| sentence.contains(w))
}

/// What each section's heading says its figures are, by section. A report reviews, then
/// plans: once a heading has set out plans, a later heading that neither looks back nor
/// names a period (四、全面加强政府自身建设) stays in the plans, of the coming year where
/// they were named.
fn section_contexts(outline: &Outline, plan: i64) -> Vec<Context> {
    let mut plans: Option<Context> = None;
    let year = Some(format!("{plan}年"));
    outline
        .sections
        .iter()
        .map(|h| {
            let Some(h) = h else {
                return Context::default();
            };
            let c = of_heading(h, plan);
            if c.status == Status::Target
                && plans
                    .as_ref()
                    .is_none_or(|p| p.period != year || c.period == year)
            {
                plans = Some(c.clone());
            }
            // A post's heads are peers: 民生 after 预期目标 is no part of the goals.
            let says_nothing =
                c == Context::default() && !REVIEW.iter().any(|w| h.contains(w)) && !outline.post;
            match &plans {
                Some(p) if says_nothing => p.clone(),
                _ => c,
            }
        })
        .collect()
}

/// What the figures of each paragraph are, by default, by paragraph: what the opening
/// words of the paragraph (or of the last paragraph before it in its section that had
/// such words) say, else what its section's heading says. A section of the five years
/// alone (“十四五”时期…回顾) keeps its period in every paragraph; one of both the year
/// and the five years lets its paragraphs say which they are about.
pub fn contexts(outline: &Outline) -> HashMap<usize, Context> {
    let plan = match plan_year(outline) {
        0 => super::openings::plan_year(outline),
        y => y,
    };
    let by_section = section_contexts(outline, plan);
    let reviewed = plans_around(plan).0;
    let mut out = HashMap::new();
    let mut said: Option<(usize, Context)> = None;
    // What the second-level heading a paragraph stands under says, where it says more
    // than its section's ((三)“十一五”时期…主要目标 under 三、关于…规划纲要的说明).
    let mut sub: Option<(usize, Context)> = None;
    // A paragraph's first sentence: its lead, when it has one (这是…的五年。 may be a
    // paragraph of its own, whose words hold for the paragraphs after it).
    for s in &outline.sentences {
        if out.contains_key(&s.paragraph) {
            continue;
        }
        if said
            .as_ref()
            .is_some_and(|(section, _)| *section != s.section)
        {
            said = None;
        }
        // A second-level heading says what its own paragraphs are where its words do,
        // over what the paragraphs before it said; else it ends their words that name
        // no period (一年来，… in a section of plans), and leaves a period they name
        // (过去五年, 今年…主要预期目标) reaching on over the section's items.
        if s.lead && s.text.starts_with(['（', '(']) {
            let c = of_heading(&s.text, plan);
            sub = (c != Context::default()).then_some((s.section, c));
            let period = said.as_ref().is_some_and(|(_, c)| c.period.is_some());
            if sub.is_some() || !period {
                said = None;
            }
        }
        let by_heading = match &sub {
            Some((section, c)) if *section == s.section => c.clone(),
            _ => by_section.get(s.section).cloned().unwrap_or_default(),
        };
        let first = if s.lead {
            outline
                .sentences
                .iter()
                .find(|l| l.paragraph == s.paragraph && !l.lead)
                .map_or("", |l| l.text.as_str())
        } else {
            ""
        };
        let in_plans = by_heading.status == Status::Target;
        let opening =
            of_opening(&s.text, plan, in_plans).or_else(|| of_opening(first, plan, in_plans));
        if let Some(o) = &opening {
            said = Some((s.section, o.clone()));
        }
        // A paragraph of goals reaches the next only where that one goes on with goals,
        // or where its heading sets out plans too (三、2026年工作安排).
        // Each —— item of a list of goals (展望2030年，…主要目标是：…——生态环境持续改善。
        // …) goes on with it, goal words or not.
        let text = paragraph_text(outline, s.paragraph);
        let ends = said
            .as_ref()
            .is_some_and(|(_, c)| c.status == Status::Target)
            && by_heading.status != Status::Target
            && opening.is_none()
            && !reach::goes_on(&text)
            && !text.starts_with(['—', '―']);
        // A period of results (“十四五”时期，…) reaches past its paragraph only under a
        // heading: a summary's next line (粮食总产量438.5亿斤) is the year's.
        let headed = outline.sections.get(s.section).is_some_and(Option::is_some);
        let period_only = said
            .as_ref()
            .is_some_and(|(_, c)| c.status == Status::Result && c.period.is_some());
        // 一年来，我们… under a heading of plans: an aside on the year under review, which
        // the next paragraph's plans do not go on with.
        let aside = in_plans
            && opening.is_none()
            && said
                .as_ref()
                .is_some_and(|(_, c)| c.status == Status::Result);
        let ends = ends || period_only && !headed || aside;
        let carried = said.as_ref().filter(|_| !ends).map(|(_, c)| c.clone());
        let opening = opening.or(carried);
        let c = match (opening, &by_heading.period) {
            // A section of the five years alone: its period holds in every paragraph.
            (Some(o), Some(p))
                if o.status == Status::Result
                    && o.period.is_some()
                    && p.contains(reviewed.as_str()) =>
            {
                by_heading
            }
            (Some(o), _) => o,
            (None, _) => by_heading,
        };
        out.insert(s.paragraph, c);
    }
    out
}

/// The sentences of `paragraph`, joined.
fn paragraph_text(outline: &Outline, paragraph: usize) -> String {
    outline
        .sentences
        .iter()
        .filter(|s| s.paragraph == paragraph)
        .map(|s| s.text.as_str())
        .collect()
}
