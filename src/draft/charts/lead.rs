//! The lead graphic of a draft and its budget of cards (`data/README.md`, "Charts of a
//! draft"): the report's headline results first, and at most one chart in three cards.

use super::{message, Proposer};
use crate::check::raw::{Chart, Text};
use crate::check::validate::advice;
use crate::shared::charts::{cards, growth, part_whole, targets};
use crate::shared::model::{FigureKind, Status, Text as ModelText};

/// How a report names its output, the first of its headline figures.
const GDP: [&str; 2] = ["生产总值", "GDP"];

/// The most headline figures of a lead graphic.
const LEAD_FIGURES: usize = 4;

impl Proposer<'_> {
    /// The lead graphic: the year's 地区生产总值 where the text gives it, with value or
    /// growth, then up to [`LEAD_FIGURES`] headline results of its section (else of the
    /// first section that has them), as cards marked
    /// `lead`, put first: the page draws it before the first section. A headline result
    /// has a value, is no small count, no part of a structure ratio and no projects' total
    /// investment (planned over years), and no chart but
    /// cards or a growth chart shows it: it leaves its cards for the lead, and a chart of
    /// comparisons keeps what it compares. None for fewer than two.
    pub(super) fn lead(&mut self) {
        let all = self.all;
        let compared = self.compared();
        // A bound kept, a mark passed by its own figure or a balance's total is on no chart, the lead's too;
        // a web headline's figure is the paper's words, never the lead's.
        let off: Vec<bool> = (self.bound.iter().zip(all))
            .map(|(b, d)| *b || d.headline)
            .collect();
        let headline = |k: usize| {
            let d = &all[k];
            !off[k]
                && d.figure.status == Status::Result
                && d.found.value.is_some()
                && d.ratio.is_none()
                && !advice::small_count(&d.figure)
                && !compared.contains(&k)
                // Projects' planned 总投资 is no result of the year, nor beside one.
                && !super::topics::planned_total(&d.figure.label.zh)
        };
        // The report's output leads, printed with a value or as growth only (地区生产总值
        // 增长5.1%, the usual shape of a work report), where the year's review gives it;
        // also where a chart of its parts draws it as their whole (a communiqué's 地区生产
        // 总值…其中，第一产业增加值…): the headline is the output, not the population.
        // The report's own period (上半年 of a half-year summary, which every figure
        // takes from the title) is no other period: its GDP still leads.
        let usual = usual_period(all);
        let of_report = |p: &Option<ModelText>| p.is_none() || *p == usual;
        let gdp = (0..all.len()).find(|&k| {
            let f = &all[k].figure;
            !off[k]
                && f.status == Status::Result
                && of_report(&f.period)
                && (f.value.is_some() || f.change.as_ref().is_some_and(|c| c.is_growth_rate()))
                && GDP.iter().any(|w| f.label.zh.ends_with(w))
                && !f.label.zh.contains("人均")
                && (!compared.contains(&k) || self.whole_only(&f.id))
        });
        // A whole leads before its parts (其中): a part is never the lead's first where its
        // whole is drafted; the whole a part-whole draws, printed before the lead's first
        // in its paragraph (投入38.6亿元，其中省级6.2亿元，市县27.9亿元: only the first
        // after 其中 is a known part), takes its place, as a GDP does.
        let whole_of = |k: usize| all[k].part_of.filter(|&w| !off[w]);
        let whole = |k: usize| {
            let before = (0..k).find(|&w| {
                all[w].paragraph == all[k].paragraph && all.iter().any(|d| d.part_of == Some(w))
            });
            all[k].part_of.or(before).filter(|&w| {
                let f = &all[w].figure;
                !off[w]
                    && f.status == Status::Result
                    && f.value.is_some()
                    && f.period == all[k].figure.period
                    && compared.contains(&w)
                    && self.whole_only(&f.id)
            })
        };
        // The headline a reader looks for first, of the first section that has headlines,
        // opens it, whatever the text prints first (a bulletin opens with its population);
        // the text's order among equals. An audit's budget revenue, in its second
        // section, never passes the problems it found.
        let opening = best_of_first_section(all, |k| {
            headline(k) && (whole_of(k).is_none() || whole(k).is_some())
        });
        let promoted = gdp.is_none().then(|| opening.and_then(whole)).flatten();
        let Some(first) = gdp.or(promoted).or(opening) else {
            return self.lead_of_changes(&off, &compared);
        };
        let section = all[first].figure.section.clone();
        // Beside a GDP, the results and growth rates of its paragraph first, then the
        // section's results with a value.
        let growth_beside = |k: usize| {
            let f = &all[k].figure;
            gdp.is_some_and(|g| all[g].paragraph == all[k].paragraph)
                && f.status == Status::Result
                && of_report(&f.period)
                && !compared.contains(&k)
                && f.change.as_ref().is_some_and(|c| c.is_growth_rate())
        };
        // Of the first's period only: 2024年全县粮食产量 or a stock at 9月底 beside the
        // year's output under one title reads as the year's.
        let of_first = |k: usize| {
            k != first
                && !off[k]
                && !self.stray_share(k)
                && all[k].figure.period == all[first].figure.period
                && named(k, &all[k].figure)
        };
        let in_section = |k: usize| of_first(k) && all[k].figure.section == section;
        let listed = |k: usize| rank(&all[k].figure.label.zh) < unnamed();
        // A headline a reader looks for (income, investment, retail…) joins the lead from
        // any section of a bulletin that prints each in a section of its own, where the
        // lead opens with one (the register of the economy, not an audit's).
        let economy = listed(first);
        let looked_for =
            |k: usize| economy && of_first(k) && all[k].figure.section != section && listed(k);
        let beside = |k: usize| all[k].paragraph == all[first].paragraph && headline(k);
        // The parts of a whole that leads, freed from the part-whole that goes with it.
        let part = |k: usize| promoted.is_some_and(|w| all[k].part_of == Some(w)) && !off[k];
        let rest = by_rank(
            all,
            (0..all.len())
                .filter(|&k| in_section(k) && !part(k) && (beside(k) || growth_beside(k)))
                .chain(
                    (0..all.len())
                        .filter(|&k| in_section(k) && !part(k) && headline(k) && !beside(k)),
                )
                .chain((0..all.len()).filter(|&k| looked_for(k) && headline(k))),
        );
        let mut picked: Vec<usize> = std::iter::once(first)
            .chain((0..all.len()).filter(|&k| in_section(k) && part(k)))
            .chain(rest)
            .take(LEAD_FIGURES)
            .collect();
        without_people(all, &mut picked);
        if picked.len() < 2 {
            return;
        }
        self.put_lead(&picked, gdp.or(promoted));
    }

    /// The figures (indices into the draft's) that a chart compares: any chart but cards,
    /// growth and targets.
    fn compared(&self) -> Vec<usize> {
        let all = self.all;
        let index = |id: &str| all.iter().position(|d| d.figure.id == id);
        self.charts
            .iter()
            .filter(|c| {
                ![
                    cards::KIND.name(),
                    growth::KIND.name(),
                    targets::KIND.name(),
                ]
                .contains(&c.kind.as_deref().unwrap_or(""))
            })
            .flat_map(|c| c.figures.iter().filter_map(|id| index(id)))
            .collect()
    }

    /// True when figure `k` is a share printed right after a part that is not its share of
    /// the part's whole (315 of 1000, 占比12.5%: of another whole): it stands on no chart,
    /// the lead's neither.
    fn stray_share(&self, k: usize) -> bool {
        let all = self.all;
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        let (share, of) = (&all[k].figure, &all[j].figure);
        let whole = all[j].part_of.and_then(|w| all[w].figure.value);
        let ratio = match (share.value, of.value, whole) {
            (Some(v), Some(pv), Some(wv)) if wv > 0.0 => (v - 100.0 * pv / wv).abs() <= 1.0,
            _ => false,
        };
        all[j].part_of.is_some()
            && share.kind == FigureKind::Share
            && share.source == of.source
            && !ratio
    }

    /// The lead graphic of a report whose headline figures are changes without amounts (a
    /// bulletin of prices and incomes: 居民消费价格上涨0.2%, 居民人均可支配收入增长5.1%):
    /// where no GDP and no headline with a value leads, the first figure of each
    /// paragraph, where it is a result of the report's period
    /// printed as a rate of change alone (no part, no small count, on no chart that
    /// compares it), up to [`LEAD_FIGURES`], as cards, which print each change with its
    /// word and period as printed and draw no scale. None for fewer than two.
    fn lead_of_changes(&mut self, off: &[bool], compared: &[usize]) {
        let all = self.all;
        let usual = usual_period(all);
        let change_only = |k: usize| {
            let (d, f) = (&all[k], &all[k].figure);
            !off[k]
                && f.status == Status::Result
                && f.value.is_none()
                && (f.period.is_none() || f.period == usual)
                && f.change.as_ref().is_some_and(|c| c.is_growth_rate())
                && d.part_of.is_none()
                && d.ratio.is_none()
                && !compared.contains(&k)
                && named(k, f)
        };
        let opens = |k: usize| k == 0 || all[k - 1].paragraph != all[k].paragraph;
        let picked: Vec<usize> = (0..all.len())
            .filter(|&k| opens(k) && change_only(k))
            .take(LEAD_FIGURES)
            .collect();
        if picked.len() >= 2 {
            self.put_lead(&picked, None);
        }
    }

    /// Puts the lead graphic of figures `picked` (indices into the draft's figures, the
    /// first its title), `whole` the report's output or a whole of parts where it leads,
    /// first.
    fn put_lead(&mut self, picked: &[usize], whole: Option<usize>) {
        let all = self.all;
        let section = all[picked[0]].figure.section.clone();
        let taken: Vec<&str> = picked.iter().map(|&k| all[k].figure.id.as_str()).collect();
        self.out_of_cards(&taken);
        // A GDP that leads stands on one chart: the part-whole that drew it as a whole
        // goes (its parts are the desk's to chart again; a chart says less, never wrong).
        let lead_gdp = whole
            .filter(|&g| picked[0] == g)
            .map(|g| all[g].figure.id.as_str());
        let whole_of_parts = |c: &Chart| {
            c.kind.as_deref() == Some(part_whole::KIND.name())
                && lead_gdp.is_some_and(|id| c.figures.iter().any(|f| f == id))
        };
        self.charts
            .retain(|c| !c.figures.is_empty() && !whole_of_parts(c));
        let title = message(&all[picked[0]]);
        self.add(cards::KIND, &section, picked, picked[0], title);
        if let Some(mut c) = self.charts.pop() {
            c.lead = true;
            self.charts.insert(0, c);
        }
    }

    /// At most one chart in three is cards (a report of one or two charts may keep one,
    /// [`advice::too_many_cards`], which the draft proposes only as its lead graphic):
    /// while there are more, the cards chart that
    /// says least (fewest changes and amounts; the later of two alike) goes, its figures
    /// left to the text; the lead graphic goes last.
    pub(super) fn budget(&mut self) {
        let is_cards = |c: &Chart| c.kind.as_deref() == Some(cards::KIND.name());
        let all = self.all;
        let worth = |c: &Chart| -> usize {
            c.figures
                .iter()
                .filter_map(|id| all.iter().find(|d| &d.figure.id == id))
                .map(|d| {
                    1 + usize::from(d.found.change.is_some())
                        + usize::from(d.found.kind == FigureKind::Amount)
                })
                .sum()
        };
        loop {
            let cards = self.charts.iter().filter(|c| is_cards(c)).count();
            // The desk may keep any one cards chart of a short report; the draft proposes
            // one only as the lead graphic (its headline figures), never a lone card of
            // minor figures that the text shows as live numbers.
            let lead = self.charts.iter().any(|c| is_cards(c) && c.lead);
            let lone = cards == 1 && !lead && self.charts.len() < advice::CHARTS_PER_CARDS;
            if !advice::too_many_cards(cards, self.charts.len()) && !lone {
                return;
            }
            let least = (0..self.charts.len())
                .filter(|&j| is_cards(&self.charts[j]))
                .min_by_key(|&j| {
                    let c = &self.charts[j];
                    (c.lead, worth(c), std::cmp::Reverse(j))
                });
            let Some(j) = least else { return };
            self.charts.remove(j);
        }
    }

    /// Takes the figures `taken` by the lead out of their cards: a cards chart left without
    /// its titled figure is retitled and renamed by its first (its id names what it shows,
    /// as embed codes and links quote it); one left empty goes (in [`Self::lead`]).
    fn out_of_cards(&mut self, taken: &[&str]) {
        let all = self.all;
        let index = |id: &str| all.iter().position(|d| d.figure.id == id);
        for c in self.charts.iter_mut() {
            if c.kind.as_deref() != Some(cards::KIND.name()) {
                continue;
            }
            c.figures.retain(|id| !taken.contains(&id.as_str()));
            let titled = c.accent.as_ref().is_some_and(|a| c.figures.contains(a));
            if let (false, Some(k)) = (titled, c.figures.first().and_then(|id| index(id))) {
                c.accent = Some(all[k].figure.id.clone());
                c.title = Some(Text::zh(message(&all[k])));
                c.id = Some(self.ids.unique(&format!("{}-cards", all[k].figure.id)));
            }
        }
    }

    /// True when the charts that compare figure `id` (all but cards, growth and targets)
    /// draw it only as the whole of its parts (part-whole).
    fn whole_only(&self, id: &str) -> bool {
        self.charts
            .iter()
            .filter(|c| c.figures.iter().any(|f| f == id))
            .filter(|c| {
                ![
                    cards::KIND.name(),
                    growth::KIND.name(),
                    targets::KIND.name(),
                ]
                .contains(&c.kind.as_deref().unwrap_or(""))
            })
            .all(|c| c.kind.as_deref() == Some(part_whole::KIND.name()))
    }
}

/// The indicators a reader looks for first, in order, then after a line `---` counts of
/// people, which lead only where nothing else is: data, `data/glossary/headline.txt`.
const HEADLINES: &str = include_str!("../../../data/glossary/headline.txt");

fn headlines() -> impl Iterator<Item = &'static str> {
    HEADLINES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The place of the `---` line among [`HEADLINES`]: the rank of a figure named by none.
fn unnamed() -> usize {
    headlines().position(|l| l == "---").unwrap_or(0)
}

/// Where a figure labelled `label` stands among the lead's figures: the place of the
/// first headline it contains (of two that overlap, the longer is listed first), before
/// [`unnamed`]; after it for a count of people.
fn rank(label: &str) -> usize {
    // R&D经费投入占地区生产总值比重: a share is ranked by its part, never by the whole
    // it is a share of (issue 18, F10: it stood on the lead beside the GDP).
    let part = label
        .find('占')
        .filter(|&at| label[at..].contains('比'))
        .map_or(label, |at| &label[..at]);
    headlines()
        .position(|w| w != "---" && part.contains(w))
        .unwrap_or_else(unnamed)
}

/// The best of the figures `may_open` allows (by [`rank`], then the text's order) of the
/// section of the first it allows: an audit's budget revenue, in its second section,
/// never passes the problems it found.
fn best_of_first_section(
    all: &[super::Drafted],
    may_open: impl Fn(usize) -> bool,
) -> Option<usize> {
    let o = (0..all.len()).find(|&k| may_open(k))?;
    (0..all.len())
        .filter(|&k| may_open(k) && all[k].figure.section == all[o].figure.section)
        .min_by_key(|&k| (rank(&all[k].figure.label.zh), k))
}

/// `candidates` by [`rank`], the text's order among equals: the headlines a reader looks
/// for before the rest, counts of people last. Put in place one by one: a sort's code
/// would take the drafter's wasm past its cap.
fn by_rank(all: &[super::Drafted], candidates: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for k in candidates {
        let r = rank(&all[k].figure.label.zh);
        let at = (out.iter())
            .position(|&j| rank(&all[j].figure.label.zh) > r)
            .unwrap_or(out.len());
        out.insert(at, k);
    }
    out
}

/// `picked` without counts of people where two figures of another kind make a lead:
/// they lead only where nothing else is.
fn without_people(all: &[super::Drafted], picked: &mut Vec<usize>) {
    let people = |k: &usize| rank(&all[*k].figure.label.zh) > unnamed();
    if picked.iter().filter(|k| !people(k)).count() >= 2 {
        picked.retain(|k| !people(k));
    }
}

/// The period most results of the draft share, when it is at least half of them (a
/// report titled 上半年 gives it to each); `None` when most have none.
fn usual_period(all: &[super::Drafted]) -> Option<ModelText> {
    let results: Vec<&Option<ModelText>> = all
        .iter()
        .filter(|d| d.figure.status == Status::Result)
        .map(|d| &d.figure.period)
        .collect();
    let mut best: Option<(&Option<ModelText>, usize)> = None;
    for p in &results {
        let n = results.iter().filter(|q| **q == *p).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((p, n));
        }
    }
    best.filter(|(_, n)| n * 2 >= results.len())
        .and_then(|(p, _)| p.clone())
}

/// False for a label the desk must name (一产业增加值 cut from 一、二、三产业): it never leads.
fn named(k: usize, f: &crate::shared::model::Figure) -> bool {
    let label = (k, f.label.zh.as_str(), Some(f.source.as_str()));
    crate::check::validate::trust::label_flags(std::iter::once(label)).is_empty()
}
