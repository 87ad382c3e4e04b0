//! The draft: a report's text becomes a data file that `check` accepts as it is and the
//! desk then curates. Plain functions, no files: text → [`Outline`](text::Outline) →
//! figures and skips per sentence, in the model's types → [`raw::ReportFile`] → JSON.
//!
//! ```text
//! text ──outline──▶ headings, paragraphs, sentences
//!      ──sentence::read (numbers, changes, lists, label)──▶ figures + skips
//!      ──ids, glossary (id, English)──▶ model::Figure   ──charts──▶ raw::Chart
//!      ──▶ raw::ReportFile (the data file's own types, every figure and chart "draft")
//! ```

mod among;
mod asides;
mod bases;
mod bilingual;
mod boxes;
pub mod changes;
pub mod charts;
pub mod context;
pub mod coverage;
mod explained;
mod figure;
pub mod glossary;
mod goal_lists;
pub mod ids;
mod indicator_sets;
mod inside;
pub mod label;
pub mod latin;
mod leftovers;
mod lengths;
mod levels;
mod marks;
mod meeting;
mod met_bounds;
pub mod meta;
mod nation;
pub mod not_figures;
mod numbered;
pub mod numbers;
mod one_year;
mod openings;
mod page_jumps;
mod parts;
mod period_end;
mod periods;
pub mod places;
mod plan_years;
mod planned;
mod plans;
mod purposes;
mod quotes;
pub mod reach;
pub mod report_period;
pub mod scan;
// The draft measured against truth lists (`report-charts score`): native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod score;
mod sections;
pub mod sentence;
mod set_counts;
mod short;
mod skipping;
pub mod spans;
mod subject_place;
mod subjectless;
pub mod table;
pub mod tables;
pub mod text;
mod this_year;
pub mod titles;
pub mod unread;
mod unsure;
mod which_counts;
mod whole_shares;
mod wholes;
mod whose;
pub mod years;

use crate::check::printed;
use crate::check::raw;
use crate::shared::messages as msg;
use crate::shared::model::{self, Skip, SkipReason};
use glossary::Glossary;
use ids::Ids;
use sentence::Found;
use skipping::{
    heading_skips, no_figures, page_skips, push_skip, push_skips, skip_figure, unread_in,
};
use std::collections::HashMap;

/// A figure with what the chart rules need to know of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Drafted {
    /// In the model's types, marked `draft`.
    pub figure: model::Figure,
    /// As the sentence reader found it.
    pub found: Found,
    /// Its paragraph in the text.
    pub paragraph: usize,
    /// Index of the figure it is a part of (其中), when that one has its unit.
    pub part_of: Option<usize>,
    /// The structure ratio it belongs to, numbered across the report.
    pub ratio: Option<usize>,
    /// Of a web headline's line: never the lead graphic's.
    pub headline: bool,
    /// Of a work plan (重点工作), not of the year's targets: its chart is no 预期目标.
    pub plan: bool,
}

/// Placeholder for what the text does not say (publication, credits): the desk fills it.
pub const TO_FILL: &str = msg::draft::DRAFT_TO_FILL;

/// Drafts the data file of a report's `text`.
///
/// # Errors
///
/// The message of [`Glossary::bundled`] when the bundled glossary does not read.
pub fn draft(text: &str) -> Result<raw::ReportFile, String> {
    let glossary = Glossary::bundled()?;
    Ok(draft_with(text, &glossary))
}

/// Drafts with the given glossary.
pub fn draft_with(text: &str, g: &Glossary) -> raw::ReportFile {
    let outline = text::outline(text);
    let mut drafted: Vec<Drafted> = Vec::new();
    let mut skips = Vec::new();
    let mut ids = Ids::default();
    let mut ratios = 0;
    let sections = sections::sections(&outline, g);
    heading_skips(&outline, g, &mut skips);
    page_skips(&outline, &mut skips);
    let contexts = context::contexts(&outline);
    let mut periods = periods::SentencePeriods::default();
    let whole = report_period::ReportPeriod::of(&outline);
    let spoken = quotes::spoken(&outline);
    let plans = plans::Plans::of(&outline);
    let mut lists = goal_lists::GoalLists::default();
    let mut of_whole = whole_shares::Whole::default();
    let mut whose = whose::Whose::new(meta::report_place(text, &outline).as_deref(), text);
    let mut table_rows = tables::Draft::new(&outline, &sections, g);
    let mut since = bases::Bases::default();
    for (at, s) in outline.sentences.iter().enumerate() {
        of_whole.next_sentence(s.clause, &s.text);
        since.next_sentence(s.clause);
        if s.row {
            table_rows.row(at, s, &mut drafted, &mut skips, &mut ids);
            continue;
        }
        if no_figures(s, &mut skips) {
            continue;
        }
        let (period, unsure) = periods.next(&s.text, s.paragraph, s.clause);
        let mut scope = whose.sentence((at, s.clause), &s.text, &spoken);
        let read = sentence::read(&s.text, g);
        let unread: Vec<String> = (read.skips.iter())
            .filter(|(_, r)| *r == SkipReason::Unread)
            .map(|(n, _)| n.clone())
            .collect();
        let read_skips = push_skips(&mut skips, read.skips, &s.text);
        let mut local_ratio: HashMap<usize, usize> = HashMap::new();
        let ctx = lists.next(s, contexts.get(&s.paragraph).cloned().unwrap_or_default());
        let mut from = 0;
        for mut f in read.figures {
            since.apply(&mut f, &ctx, (&s.text, from), period.as_deref());
            own_words(&mut f, (&s.text, ctx.status), &drafted, &mut skips);
            of_whole.name(&mut f);
            let start = std::mem::replace(&mut from, f.end());
            let left = amount_left(&f, (&s.text, start), &unread);
            // 锚定6%: a verb of aiming names no subject, no more than a bare total does.
            // 专项资金未按规定使用 names a deed undone, not what is counted: in a 分别 list
            // as much as alone.
            let unnamed = left
                || !totals_named(&mut f, &outline, at, &drafted)
                || subjectless::names_nothing(&f.label)
                || subjectless::unsaid(&f.label)
                || of_mixed_periods(periods.mixed, &f);
            if unnamed || unread::halved(&s.text, start, &f) || !whole.settle(&mut f, unsure) {
                skip_figure(&mut skips, (&f, &s.text, start), unread_in(&outline, s));
                continue;
            }
            // Said again: in a quote (代表说：“…”), or a target explained (…5%左右，考虑了…).
            if said_again(&spoken, (at, &s.text), &f, &drafted, g) {
                skip_figure(&mut skips, (&f, &s.text, start), SkipReason::Restated);
                continue;
            }
            // 代表说，他所在的企业…; 区长说：“我们区…”: no figure of the report's place.
            if scope.other_in_run(&f, g) {
                skip_figure(&mut skips, (&f, &s.text, start), SkipReason::OtherSubject);
                continue;
            }
            let part_of = wholes::whole_of(&f, &drafted);
            let ratio = f
                .ratio
                .map(|r| numbered_ratio(&mut local_ratio, &mut ratios, r));
            wholes::name(&mut f, &drafted, s.paragraph);
            since.settle(&mut f, &s.text, start);
            let figure = figure::figure(&f, s, &sections, g, &mut ids);
            drafted.push(Drafted {
                figure,
                found: f,
                paragraph: s.paragraph,
                part_of,
                ratio,
                headline: outline.headline == Some(s.paragraph),
                plan: plans.in_plan(&outline, s),
            });
        }
        scope.settle_skips(&mut skips[read_skips]);
    }
    let meta = meta::meta(
        text,
        &outline,
        &skips,
        &drafted,
        &not_results(&outline, &contexts, &drafted),
    );
    plan_years::other_years(&mut drafted, meta.year);
    table_rows.periods(&mut drafted, meta.year);
    plan_years::future_years(&mut drafted, meta.year);
    plan_years::settle(&mut drafted, meta.year, text);
    settle_bases(&mut drafted, meta.year);
    this_year::date_this_years(text, &outline, &mut drafted);
    for (n, sentence) in this_year::unsure_results(text, &outline, &mut drafted, meta.year) {
        push_skip(&mut skips, n, &sentence, SkipReason::Unread);
    }
    let used = parts::kept(sections, &outline, &drafted);
    let charts = charts::propose(&drafted, meta.year);
    file_of(&meta, &used, &drafted, charts, &skips)
}

/// The bases of the changes of `drafted` ([`bases::settle`]), then the period of a level
/// reached at the end of a review's years ([`period_end::settle`]), for a report on `year`.
fn settle_bases(drafted: &mut [Drafted], year: i64) {
    bases::settle(drafted, year);
    period_end::settle(drafted, year);
}

/// True when figure `f` of sentence `k` says again what the text gave: inside a quote
/// ([`quotes::restated`]), or as a target the report explains ([`explained::restated`]).
fn said_again(
    spoken: &[quotes::Spoken],
    (k, sentence): (usize, &str),
    f: &sentence::Found,
    drafted: &[Drafted],
    g: &Glossary,
) -> bool {
    quotes::restated(spoken, (k, sentence), f, drafted, g)
        || explained::restated(sentence, f, drafted)
}

/// True for a result without a period of a breakdown (分门类看，…) in a paragraph that
/// printed two periods (1—11月, 11月: `mixed`, [`periods::SentencePeriods`]): of which,
/// the text does not say, and the desk decides.
fn of_mixed_periods(mixed: bool, f: &Found) -> bool {
    mixed && f.period.is_none() && f.status == model::Status::Result
}

/// What figure `f`'s own `sentence` says beyond its paragraph, whose figures are of
/// `status` by default: a bound it kept or set ([`met_bounds`]); a plan beside its result
/// (计划增长8%，实际增长8.6%: the plan a target, and a change after 实际 on the plan's
/// value the result's, left for the desk in `skips`); a year's clause after five years'
/// figure (年均增长6.4%，2025年增长6%: that indicator's, the figure before in `drafted`, in
/// that year); a head's year before its colon (2024年决算数：…).
fn own_words(
    f: &mut Found,
    (sentence, status): (&str, model::Status),
    drafted: &[Drafted],
    skips: &mut Vec<Skip>,
) {
    met_bounds::settle(f, sentence, status);
    if let Some(n) = planned::settle(f, sentence) {
        push_skip(skips, n, sentence, SkipReason::Unread);
    }
    let before = (drafted.last()).filter(|d| d.figure.source == sentence);
    one_year::settle(f, sentence, before.map(|d| d.found.label.as_str()));
    one_year::head_year(f, sentence);
    purposes::name(f, sentence);
}

/// The data file of a draft: its meta, sections, figures, charts and skips.
fn file_of(
    meta: &model::Meta,
    used: &[model::Section],
    drafted: &[Drafted],
    charts: Vec<raw::Chart>,
    skips: &[Skip],
) -> raw::ReportFile {
    raw::ReportFile {
        meta: Some(meta.into()),
        sections: used.iter().map(raw::Section::from).collect(),
        figures: drafted
            .iter()
            .map(|d| raw::Figure::from(&d.figure))
            .collect(),
        charts,
        // A number the draft took for a label's or a heading's is the desk's to decide.
        skips: (skips.iter())
            .map(|k| raw::Skip {
                draft: matches!(k.reason, SkipReason::Label | SkipReason::Heading),
                ..raw::Skip::from(k)
            })
            .collect(),
        ..raw::ReportFile::default()
    }
}

/// The number across the report of a sentence's structure ratio `r`: the one it was
/// given in this sentence (`local`), else the next after `ratios`.
fn numbered_ratio(local: &mut HashMap<usize, usize>, ratios: &mut usize, r: usize) -> usize {
    *local.entry(r).or_insert_with(|| {
        *ratios += 1;
        *ratios
    })
}

/// True for a change whose amount was left for the desk (社会消费品零售总额5 600亿元，
/// 增长5%; 一般公共预算收入3 210亿元，同口径增长3.2%): a change alone whose label names
/// nothing, after a number of its stretch of the sentence (from `start`, the end of the
/// figure before) that is in `unread`. Drafted alone it would be a change of nothing
/// (未命名); a change whose subject the sentence named before it
/// (地区生产总值连跨两个万亿元台阶，年均增长5.7%) has no number left unread.
fn amount_left(f: &Found, (sentence, start): (&str, usize), unread: &[String]) -> bool {
    let span = sentence.get(start..f.end()).unwrap_or_default();
    let numbers = printed::numbers(span);
    f.value.is_none()
        && subjectless::bridges_only(&f.label)
        && (numbers.iter().rev().skip(1)).any(|n| unread.contains(&n.text))
}

/// Names a bare total (经营主体持续壮大。总量达1461.4万户) after the subject of the short
/// sentence before it in its paragraph, and a bound kept as before (仍控制在5.5%以内)
/// after the figure it keeps ([`sentence::held::kept_named`]); false when it stays a bare
/// total or a bound of nothing named, for the desk.
fn totals_named(f: &mut Found, outline: &text::Outline, at: usize, drafted: &[Drafted]) -> bool {
    let s = &outline.sentences[at];
    if !sentence::held::kept_named(f, &s.text, s.paragraph, drafted) {
        return false;
    }
    if !label::totals::bare_total(&f.label) {
        return true;
    }
    let before = at
        .checked_sub(1)
        .and_then(|i| outline.sentences.get(i))
        .filter(|b| Some(b.paragraph) == outline.sentences.get(at).map(|s| s.paragraph));
    match before.and_then(|b| label::totals::subject_of(&b.text)) {
        Some(subject) => {
            f.label.insert_str(0, subject);
            true
        }
        None => false,
    }
}

/// The lines whose years are not the year of the report's results: the sentences of
/// paragraphs of goals or with a target (2026年力争增长6%), the headings that name the
/// year planned for (三、2026年目标), and the title (a 2026年政府工作报告 reviews 2025;
/// what a title says of the year is read from it on its own).
fn not_results<'a>(
    outline: &'a text::Outline,
    contexts: &HashMap<usize, context::Context>,
    drafted: &[Drafted],
) -> Vec<&'a str> {
    let plan = years::plan_year(outline);
    let target = |p: &usize| {
        contexts
            .get(p)
            .is_some_and(|c| c.status == model::Status::Target)
    };
    let planned = format!("{plan}年");
    let headings = outline
        .sections
        .iter()
        .flatten()
        .filter(|h| plan > 0 && h.contains(&planned) && !h.contains("回顾"));
    outline
        .sentences
        .iter()
        .filter(|s| {
            target(&s.paragraph)
                || context::goal_words(&s.text)
                || drafted
                    .iter()
                    .any(|d| d.figure.status == model::Status::Target && d.figure.source == s.text)
        })
        .map(|s| s.text.as_str())
        .chain(headings.map(String::as_str))
        .chain(outline.title.as_deref())
        .collect()
}

/// The draft as the JSON text of a data file.
///
/// # Errors
///
/// The serializer's message, should the draft not serialise.
pub fn to_json(d: &raw::ReportFile) -> Result<String, String> {
    serde_json::to_string_pretty(d)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}
