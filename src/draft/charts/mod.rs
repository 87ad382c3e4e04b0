//! The charts a draft proposes, by the rules written down in `data/README.md`
//! ("Charts of a draft"), section by section:
//!
//! 0. the targets and limits → `targets` (预期目标), a paragraph's of one period a chart,
//!    each beside last year's result of its indicator where the text gives one
//!    ([`targets`]); rules 1–7 draw results only, and a limit a past period kept
//!    (控制在5.5%以内 in 五年来) is on no chart, nor a mark that a figure of its own
//!    sentence passed (突破200亿元，达到203.7亿元);
//! 1. each structure ratio → `structure`;
//! 2. figures with a change 由x降至y → `before-after`;
//! 3. 其中 parts with their whole in one unit → `part-whole`;
//! 4. three or more growth rates of a paragraph that compare (one indicator, a list, a
//!    whole and its parts: [`topics`]) → `growth`; two where a bound leaves their
//!    amounts' order unknown;
//! 5. two or more percentages of a whole in a paragraph → `share`; one alone in its paragraph → `waffle`,
//!    or `comparison` where the text compares it (高于全市平均水平1.9个百分点);
//! 6. two or more amounts of one paragraph and unit, one indicator, at most one bound
//!    and that one a floor above the rest or a ceiling below them (bars draw it
//!    open-ended, and largest first says no order the text does not) → `bars`
//!    ([`amounts`]), titled by the one
//!    printed first where it leads its paragraph, else by the longest bar;
//! 7. every figure not drawn yet → `cards`, by paragraph and period, at most six; a
//!    small count without a comparison (20场, 1栋) stays in the text, a live number.
//!
//! Then the **lead graphic** ([`Proposer::lead`]): the year's 地区生产总值 and headline results, cards
//! marked `lead` and put first, which the page draws before the first section. Last, at
//! most one chart in three may be cards ([`crate::check::validate::advice::CHARTS_PER_CARDS`]): the cards charts
//! that say least go back to the text, whose numbers are live ([`Proposer::budget`]).
//!
//! A figure's value stands on one chart: rules 1–3, 5 and 6 take only figures no chart
//! shows yet; a growth chart compares changes, so rule 4 takes every growth rate, but
//! for amounts that rule 6 draws as bars, whose rows print their growth (第一、二、三
//! 产业增加值 drawn as growth, then as bars, was one chart twice). A growth chart's title
//! names the growth (第二产业增加值增长6.9%), never the amount, of the paragraph's lead
//! figure, the one printed first, never the fastest unless the text says 最快.
//!
//! Titles state the lead figure (地区生产总值4704.3亿元，增长6.1%); subtitles the
//! unit and the period the figures share (2025年, 过去五年).

mod amounts;
mod lead;
mod ratio_words;
mod results;
mod targets;
mod title;
mod topics;

use ratio_words::ratio_words;
pub use title::title_of;

use super::ids::Ids;
use super::Drafted;
use crate::check::raw::{Chart, Text};
use crate::check::validate::periods;
use crate::shared::charts::{bars, before_after, cards, growth, part_whole, structure, ChartKind};
use crate::shared::format::{self, decimal};
use crate::shared::messages as msg;
use crate::shared::model::{ChangeKind, Figure, Lang, Status};

/// The most cards, gauges or before-after arrows in one chart.
const MAX_PER_CHART: usize = 6;

/// The most bars a `growth` or `bars` chart of the draft gets (`check` allows 40; a
/// phone shows about 20 readably).
const MAX_BARS: usize = 20;

/// The value as printed, with its qualifier and unit: 突破4700亿元, 2.1万余个, 40亿元左右;
/// a target says it is one (目标5.5%左右).
pub fn value_text(d: &Drafted) -> Option<String> {
    format::value(&d.figure, Lang::Zh)
}

/// `d` without its period, where it is a result whose sentence does not say it: 过去五年
/// goes into a title only where the sentence says the figure is a sum or change over them.
fn without_unsaid_period(d: &Drafted) -> Option<Drafted> {
    let unsaid = d.figure.status == Status::Result
        && d.figure
            .period
            .as_ref()
            .is_some_and(|p| !crate::check::validate::trust::period_said(&d.figure, &p.zh));
    unsaid.then(|| {
        let mut plain = d.clone();
        plain.figure.period = None;
        plain
    })
}

/// The change as printed: 增长4.3%, 由37个压缩为10个; a target's says it is one.
pub fn change_text(d: &Drafted) -> Option<String> {
    if let Some(plain) = without_unsaid_period(d) {
        return change_text(&plain);
    }
    let c = d.figure.change.as_ref()?;
    Some(format::change_with_compare(c, &d.figure, Lang::Zh))
}

/// True for a figure with a growth or a decline.
fn is_growth(d: &Drafted) -> bool {
    // 比年初增长9.4% and 环比增长0.62% are no growth on the year before: beside such
    // rates, under 同比增长, they would say what the text does not.
    let other_base = d
        .figure
        .change
        .as_ref()
        .is_some_and(|c| format::basis::not_on_year_before(c, &d.figure));
    !other_base
        && d.found.change.as_ref().is_some_and(|c| {
            matches!(c.kind, ChangeKind::Growth | ChangeKind::Decline) && c.unit == "%"
        })
}

/// 地区生产总值4704.3亿元，增长6.1%; a target says so: 地区生产总值目标增长5.5%左右.
fn message(d: &Drafted) -> String {
    title_of(&d.figure)
}

fn subtitle(units: &[&str], period: Option<&str>) -> Text {
    let first = units.first().copied();
    let one = first.filter(|f| units.iter().all(|u| u == f));
    Text::zh(msg::draft::draft_subtitle(one, period))
}

/// The period all of `figures` share, for their subtitle: the report's year where none
/// prints another (2025年), a period they all print (过去五年); none where they are of
/// several, whose rows then print each its own.
fn shared_period(figures: &[&Drafted], year: i64) -> Option<String> {
    let first = figures.first()?;
    let period = |d: &Drafted| d.figure.period.as_ref().map(|p| p.zh.clone());
    let p = period(first);
    if !figures.iter().all(|d| period(d) == p) {
        return None;
    }
    p.or_else(|| (year > 0).then(|| format!("{year}年")))
}

struct Proposer<'a> {
    all: &'a [Drafted],
    year: i64,
    drawn: Vec<bool>,
    /// Shown by a chart other than a growth chart: its value is on the page already.
    shown: Vec<bool>,
    /// A bound the text reports as kept (控制在5.5%以内 in a review): a result with its
    /// bound, on no chart (data/README: charts of results never draw a limit); and a
    /// mark a figure of its own sentence passed.
    bound: Vec<bool>,
    ids: Ids,
    charts: Vec<Chart>,
}

impl Proposer<'_> {
    fn add(
        &mut self,
        kind: ChartKind,
        section: &str,
        figures: &[usize],
        lead: usize,
        title: String,
    ) {
        // A part-whole's printed shares (%) are no unit of its bars.
        let share = |k: &usize| kind == part_whole::KIND && self.all[*k].found.unit == "%";
        let units: Vec<&str> = (figures.iter().filter(|k| !share(k)))
            .map(|&k| self.all[k].found.unit.as_str())
            .collect();
        let drafted: Vec<&Drafted> = figures.iter().map(|&k| &self.all[k]).collect();
        let period = shared_period(&drafted, self.year);
        let subtitle = if kind == growth::KIND {
            let own = drafted.iter().any(|d| d.figure.period.is_some());
            Text::zh(match period.as_deref() {
                Some(p) if own => {
                    msg::draft::draft_period_growth_subtitle(Some(p), false, self.year)
                }
                Some(_) => msg::draft::draft_growth_subtitle(self.year),
                None => msg::draft::draft_growth_subtitle(0),
            })
        } else {
            subtitle(&units, period.as_deref())
        };
        self.add_with(kind, section, figures, lead, (title, subtitle));
    }

    /// Adds a chart of `kind` with its title and subtitle.
    fn add_with(
        &mut self,
        kind: ChartKind,
        section: &str,
        figures: &[usize],
        lead: usize,
        (title, subtitle): (String, Text),
    ) {
        if figures.is_empty() {
            return;
        }
        // A chart `check` would refuse for two figures a reader cannot tell apart, or for
        // five years beside one: cards leave out the later figure, any other kind is not
        // proposed (its figures stay live numbers of the text).
        let figs: Vec<&Figure> = figures.iter().map(|&k| &self.all[k].figure).collect();
        let twin = periods::twin(kind, &figs).map(|(j, _)| j);
        if let Some(j) = twin.or_else(|| periods::years_mixed(kind, &figs)) {
            if kind == cards::KIND && figures[j] != lead {
                let mut rest = figures.to_vec();
                rest.remove(j);
                self.add_with(kind, section, &rest, lead, (title, subtitle));
            }
            return;
        }
        let lead_id = &self.all[lead].figure.id;
        // gdp-cards, gdp-targets: named by kind, so that no chart's id reads as a figure's
        // (the figures' ids are taken before the charts' too).
        let base = format!("{lead_id}-{}", kind.name());
        for &k in figures {
            self.drawn[k] = true;
            self.shown[k] |= kind != growth::KIND;
        }
        self.charts.push(Chart {
            id: Some(self.ids.unique(&base)),
            kind: Some(kind.name().to_string()),
            section: Some(section.to_string()),
            figures: figures
                .iter()
                .map(|&k| self.all[k].figure.id.clone())
                .collect(),
            title: Some(Text::zh(title)),
            subtitle: Some(subtitle),
            accent: Some(lead_id.clone()),
            draft: true,
            ..Chart::default()
        });
    }

    fn section(&mut self, section: &str) {
        let all = self.all;
        let mine: Vec<usize> = (0..all.len())
            .filter(|&k| all[k].figure.section == section)
            .collect();
        // 0. targets and limits: a chart of their own, never one of results.
        let (results, goals): (Vec<usize>, Vec<usize>) = mine
            .iter()
            .filter(|&&k| !self.bound[k])
            .partition(|&&k| all[k].figure.status == Status::Result);
        self.targets(section, &goals);
        let here = self.unshown(&results);
        // 1. structure ratios.
        let mut groups: Vec<usize> = here.iter().filter_map(|&k| all[k].ratio).collect();
        groups.dedup();
        for g in groups {
            let parts: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&k| all[k].ratio == Some(g))
                .collect();
            let Some(&lead) = parts.iter().max_by(|&&a, &&b| {
                let v = |k: usize| all[k].found.value.unwrap_or(0.0);
                v(a).total_cmp(&v(b))
            }) else {
                continue;
            };
            // The ratio in the text's words (三次产业结构为10.5∶39.7∶49.8): the text
            // prints the terms, never 第三产业占49.8%.
            let values: Vec<f64> = (parts.iter())
                .map(|&k| all[k].found.value.unwrap_or(f64::NAN))
                .collect();
            let title = ratio_words(&all[lead].figure.source, &values).map_or_else(
                || {
                    let labels: Vec<&str> = parts
                        .iter()
                        .map(|&k| all[k].figure.label.zh.as_str())
                        .collect();
                    let terms: Vec<String> = (parts.iter())
                        .map(|&k| {
                            let f = &all[k];
                            decimal(f.found.value.unwrap_or(0.0), f.figure.decimals)
                        })
                        .collect();
                    msg::draft::draft_ratio(&labels, &terms)
                },
                str::to_string,
            );
            self.add(structure::KIND, section, &parts, lead, title);
        }
        // 2. before → after.
        let falls: Vec<usize> = self
            .unshown(&here)
            .into_iter()
            .filter(|&k| {
                all[k]
                    .found
                    .change
                    .as_ref()
                    .is_some_and(|c| c.kind == ChangeKind::From)
            })
            .collect();
        // By topic: a fall of unemployment and a fall of the count of parks are no
        // one story because both fell (issue 18 §3: grouped by topic, never by kind).
        let by_topic = topics::groups(&falls, &|a, b| topics::together(all, a, b));
        for chunk in by_topic.iter().flat_map(|g| g.chunks(MAX_PER_CHART)) {
            self.add(
                before_after::KIND,
                section,
                chunk,
                chunk[0],
                message(&all[chunk[0]]),
            );
        }
        // 3. parts and wholes.
        self.part_whole(section, &here);
        // 4. growth rates.
        self.growth(section, &here);
        // 5. shares of a whole.
        self.shares(section, &self.unshown(&here), &mine);
        // 6. one indicator across the items of one paragraph.
        for group in amounts::comparable(all, &self.unshown(&here)) {
            for chunk in group.chunks(MAX_BARS) {
                let kind = if chunk.len() >= 2 {
                    bars::KIND
                } else {
                    cards::KIND
                };
                // Largest first, titled by the paragraph's lead figure where they draw it.
                let lead = amounts::bars_lead(all, chunk);
                self.add(kind, section, chunk, lead, message(&all[lead]));
            }
        }
        // 7. the rest, as cards by paragraph.
        self.cards(section, &here);
    }

    /// Rule 3: 其中 parts with their whole in one unit, a paragraph's pairs a chart, each
    /// with the part's share where its sentence prints it.
    fn part_whole(&mut self, section: &str, here: &[usize]) {
        let all = self.all;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        // 其中，第一产业增加值…；第二产业增加值…；第三产业增加值…: a part with fellow items
        // of its indicator goes on their bars (rule 6), the items of one whole together.
        let fellows = |k: usize, w: usize| {
            here.iter().any(|&j| {
                j != k
                    && j != w
                    && all[j].paragraph == all[k].paragraph
                    && all[j].found.unit == all[k].found.unit
                    && all[j].found.value.is_some()
                    && topics::bars_alike(&all[j].figure.label.zh, &all[k].figure.label.zh)
            })
        };
        for k in self.unshown(here) {
            let whole = all[k].part_of.filter(|&w| !self.shown[w] && !fellows(k, w));
            if let Some(w) = whole {
                // A whole with two parts (其中A…、B…) is drawn with its first: a chart
                // lists a figure once, and the other parts go on other charts.
                let taken = groups.iter().flatten().any(|&g| g == w);
                if all[k].found.value <= all[w].found.value && !taken {
                    let share = results::printed_share(self, k, w);
                    groups.push([k, w].into_iter().chain(share).collect());
                }
            }
        }
        // A pair a chart where their paragraphs differ: parts of two topics are no one whole.
        let mut chunks: Vec<Vec<usize>> = Vec::new();
        for g in groups {
            match chunks.last_mut() {
                Some(c) if c.len() + g.len() <= 12 && topics::together(all, c[1], g[1]) => {
                    c.extend_from_slice(&g)
                }
                _ => chunks.push(g),
            }
        }
        for chunk in &chunks {
            let title =
                msg::draft::draft_part_of(&message(&all[chunk[1]]), &message(&all[chunk[0]]));
            self.add(part_whole::KIND, section, chunk, chunk[0], title);
        }
    }

    /// The figures of `among` whose value no chart shows yet, in their order.
    fn unshown(&self, among: &[usize]) -> Vec<usize> {
        among.iter().copied().filter(|&k| !self.shown[k]).collect()
    }
}

/// True when `d`'s number describes the set the next number counts (抓好总投资2万亿元
/// 的389个省重点项目): the projects' total over their years, neither a goal of the
/// year nor a result to chart; the text keeps it, for the desk.
fn describes_a_set(d: &Drafted) -> bool {
    (d.figure.source.get(d.found.end()..))
        .and_then(|after| after.strip_prefix('的'))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The charts for `drafted`, section by section in the report's order.
pub fn propose(drafted: &[Drafted], year: i64) -> Vec<Chart> {
    // A limit of a past period was kept (控制在5.5%以内 in 五年来): a result with its
    // bound, which no chart of results and no targets chart draws; the text keeps it.
    // A mark its own figure passed (突破200亿元，达到203.7亿元) is no second figure, and
    // the totals of a balance (收入总计…，支出总计…，收支平衡) compare nothing. A figure
    // the draft could not name (未命名) is the desk's to name before any chart prints it.
    let bound: Vec<bool> = (drafted.iter().enumerate())
        .map(|(k, d)| {
            crate::check::validate::periods::kept(&d.figure, year)
                || d.figure.label.zh == crate::shared::messages::draft::DRAFT_UNNAMED
                || describes_a_set(d)
                || results::passed_by_its_own(drafted, k)
                || results::balanced(drafted, k)
        })
        .collect();
    let mut p = Proposer {
        all: drafted,
        year,
        drawn: vec![false; drafted.len()],
        shown: vec![false; drafted.len()],
        bound,
        ids: Ids::taken(drafted.iter().map(|d| d.figure.id.clone())),
        charts: Vec::new(),
    };
    let mut sections: Vec<&str> = drafted.iter().map(|d| d.figure.section.as_str()).collect();
    sections.dedup();
    for s in sections {
        p.section(s);
    }
    p.lead();
    p.budget();
    p.charts
}
