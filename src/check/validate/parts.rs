//! The report's parts as the checker reads them: meta, sections and charts, with the
//! rules each chart kind sets for its figures.

use super::{Checker, JsonPath};
use crate::check::raw;
use crate::shared::charts::ChartKind;
use crate::shared::charts::{self, check::Finding};
use crate::shared::messages::{self as msg, data::Ref};
use crate::shared::model::{Chart, Figure, Meta, Section, Text, Topic};
use std::collections::HashMap;

impl Checker {
    pub(super) fn meta(&mut self, m: Option<&raw::Meta>) -> Meta {
        let Some(m) = m else {
            self.report(JsonPath::root().key("meta"), msg::data::missing());
            return Meta {
                title: Text::default(),
                deck: Text::default(),
                publication: Text::default(),
                author: Text::default(),
                year: 0,
                place: None,
                image_credit: None,
                source_line: Text::default(),
            };
        };
        self.extra(&JsonPath::root().key("meta"), &m.extra);
        let year = m.year.unwrap_or_else(|| {
            self.report(
                JsonPath::root().key("meta").key("year"),
                msg::data::missing(),
            );
            0
        });
        self.year = year;
        Meta {
            title: self.text(&JsonPath::root().key("meta").key("title"), m.title.as_ref()),
            deck: self.text(&JsonPath::root().key("meta").key("deck"), m.deck.as_ref()),
            publication: self.text(
                &JsonPath::root().key("meta").key("publication"),
                m.publication.as_ref(),
            ),
            // Optional: a bulletin its bureau issued has no author.
            author: m.author.as_ref().map_or_else(Text::default, |t| {
                self.text(&JsonPath::root().key("meta").key("author"), Some(t))
            }),
            year,
            place: m
                .place
                .as_ref()
                .map(|t| self.text(&JsonPath::root().key("meta").key("place"), Some(t))),
            image_credit: m
                .image_credit
                .as_ref()
                .map(|t| self.text(&JsonPath::root().key("meta").key("image_credit"), Some(t))),
            source_line: self.text(
                &JsonPath::root().key("meta").key("source_line"),
                m.source_line.as_ref(),
            ),
        }
    }

    pub(super) fn sections(&mut self, raw: &[raw::Section]) -> Vec<Section> {
        let mut seen = HashMap::new();
        raw.iter()
            .enumerate()
            .map(|(i, s)| {
                let path = JsonPath::item("sections", i);
                self.extra(&path, &s.extra);
                let mut topic_ids = HashMap::new();
                let topics = s
                    .topics
                    .iter()
                    .enumerate()
                    .map(|(j, t)| {
                        let tp = path.key("topics").at(j);
                        self.extra(&tp, &t.extra);
                        Topic {
                            id: self.id(&tp.key("id"), t.id.as_ref(), &mut topic_ids),
                            title: self.text(&tp.key("title"), t.title.as_ref()),
                        }
                    })
                    .collect();
                Section {
                    id: self.id(&path.key("id"), s.id.as_ref(), &mut seen),
                    title: self.text(&path.key("title"), s.title.as_ref()),
                    short: self.text(&path.key("short"), s.short.as_ref()),
                    lead: s
                        .lead
                        .as_ref()
                        .map(|t| self.text(&path.key("lead"), Some(t))),
                    topics,
                }
            })
            .collect()
    }

    pub(super) fn charts(
        &mut self,
        raw: &[raw::Chart],
        sections: &[Section],
        figures: &[Figure],
    ) -> Vec<(usize, Chart)> {
        let mut seen = HashMap::new();
        let index: HashMap<&str, usize> = figures
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), i))
            .collect();
        raw.iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let path = JsonPath::item("charts", i);
                // The lead graphic opens the page: a second one, or one further down,
                // would be drawn where its place in `charts` does not say.
                if c.lead && i > 0 {
                    self.report(path.key("lead"), msg::data::lead_not_first());
                }
                self.chart(&path, c, sections, figures, &index, &mut seen)
                    .map(|chart| (i, chart))
            })
            .collect()
    }

    fn chart(
        &mut self,
        path: &JsonPath,
        c: &raw::Chart,
        sections: &[Section],
        figures: &[Figure],
        index: &HashMap<&str, usize>,
        seen: &mut HashMap<String, String>,
    ) -> Option<Chart> {
        self.extra(path, &c.extra);
        let id = self.id(&path.key("id"), c.id.as_ref(), seen);
        let section = self.string(&path.key("section"), c.section.as_ref());
        if !section.is_empty() && !sections.iter().any(|s| s.id == section) {
            self.report(
                path.key("section"),
                msg::data::unknown_ref(Ref::Section, &section),
            );
        }
        let name = self.string(&path.key("kind"), c.kind.as_ref());
        let kind = ChartKind::by_name(&name);
        match kind {
            None if !name.is_empty() => {
                let allowed: Vec<&str> = ChartKind::story_names().collect();
                self.report(path.key("kind"), msg::data::not_one_of(&name, &allowed));
            }
            // The register's kinds: the story page's wasm leaves their layout out, and
            // would show the chart as an error box.
            Some(k) if !k.on_story_page() => {
                self.report(path.key("kind"), msg::kinds::kind_not_on_story_page(k));
            }
            _ => {}
        }
        let mut ids = Vec::new();
        for (j, fid) in c.figures.iter().enumerate() {
            match index.get(fid.as_str()) {
                Some(&k) if ids.contains(&k) => {
                    let first = c.figures.iter().position(|f| f == fid).unwrap_or(0);
                    self.report(
                        path.key("figures").at(j),
                        msg::trust::figure_listed_twice(&named(figures, k), first),
                    );
                }
                Some(&k) => ids.push(k),
                None => self.report(
                    path.key("figures").at(j),
                    msg::data::unknown_ref(Ref::Figure, fid),
                ),
            }
        }
        let accent = c.accent.as_ref().and_then(|a| match index.get(a.as_str()) {
            Some(k) if ids.contains(k) => Some(*k),
            Some(&k) => {
                let named = named(figures, k);
                self.report(path.key("accent"), msg::data::accent_not_drawn(&named));
                None
            }
            None => {
                self.report(path.key("accent"), msg::data::unknown_ref(Ref::Figure, a));
                None
            }
        });
        let chart = Chart {
            id,
            kind: kind.unwrap_or(charts::cards::KIND),
            section,
            title: self.text(&path.key("title"), c.title.as_ref()),
            subtitle: self.text(&path.key("subtitle"), c.subtitle.as_ref()),
            note: c
                .note
                .as_ref()
                .map(|n| self.text(&path.key("note"), Some(n))),
            figures: ids,
            accent,
            draft: c.draft,
            lead: c.lead,
            plan: c.plan,
        };
        // Kind rules only make sense once every figure resolved, on a kind the page draws.
        if let Some(kind) = kind.filter(|k| k.on_story_page()) {
            if chart.figures.len() == c.figures.len() {
                let before = self.problems.len();
                self.kind_rules(path, kind, &chart, figures);
                // What a title may say is read off figures that fit their chart.
                if self.problems.len() == before {
                    self.title_rules(path, &chart, figures, self.year);
                    self.title_for_rules(path, c, &chart, figures);
                    self.caption_rules(path, &chart, figures);
                    self.period_rules(path, &chart, figures);
                    self.trust_rules(path, &chart, figures);
                }
            }
        }
        kind.map(|_| chart)
    }

    /// The rules of the chart's kind, from its entry in the kinds table.
    fn kind_rules(&mut self, path: &JsonPath, kind: ChartKind, chart: &Chart, figures: &[Figure]) {
        let figs: Vec<&Figure> = chart
            .figures
            .iter()
            .filter_map(|&i| figures.get(i))
            .collect();
        let def = kind.def();
        let (min, max) = def.figures;
        let fpath = path.key("figures");
        if figs.len() < min || figs.len() > max {
            self.report(
                fpath.clone(),
                msg::kinds::figure_count(kind, figs.len(), min, max),
            );
        }
        // Every kind of the table has its plan.
        let Some(check) = crate::shared::charts::plan(kind).map(|p| &p.check) else {
            return;
        };
        let needs = check.needs;
        for (j, f) in figs.iter().enumerate() {
            if !needs.fits(f) {
                let named = msg::names::figure(figures, f);
                self.report(fpath.at(j), msg::kinds::unfit_figure(kind, &named, needs));
            } else if !check.statuses.contains(&f.status) {
                self.report(
                    fpath.at(j),
                    msg::kinds::status_not_drawn(kind, &msg::names::figure(figures, f), f.status),
                );
            }
        }
        for finding in (check.rules)(&figs) {
            let at = match finding.at() {
                Some(j) => fpath.at(j),
                None => fpath.clone(),
            };
            let message = match finding {
                Finding::MixedUnits { first, other, .. } => {
                    msg::kinds::mixed_units(kind, &first, &other)
                }
                Finding::PartExceedsWhole { part, whole, .. } => {
                    msg::data::part_exceeds_whole(&part, &whole)
                }
                Finding::Unpaired => msg::kinds::odd_part_whole(kind, figs.len(), min, max),
                Finding::NotItsShare {
                    share, part, whole, ..
                } => msg::data::not_its_share(&share, &part, &whole),
                Finding::Negative { value, .. } => msg::data::negative_count(value),
                Finding::StructureSum { sum, percent } => msg::data::structure_sum(sum, percent),
                Finding::LoneResult { at, .. } => {
                    let k = chart.figures.get(at).copied().unwrap_or_default();
                    msg::data::lone_result(&named(figures, k))
                }
                Finding::NoTarget => msg::data::no_target(),
                Finding::Unlike { first, other, .. } => msg::data::unlike_amounts(&first, &other),
            };
            self.report(at, message);
        }
    }
}

/// Figure `k` of `figures` as a message names it ([`msg::names::figure`]).
fn named(figures: &[Figure], k: usize) -> Text {
    figures
        .get(k)
        .map(|f| msg::names::figure(figures, f))
        .unwrap_or_default()
}
