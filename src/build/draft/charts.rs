//! The charts a draft proposes, by the rules written down in `data/README.md`
//! ("Charts of a draft"), section by section:
//!
//! 1. each structure ratio → `structure`;
//! 2. figures with a change 由x压缩为y → `before-after`;
//! 3. 其中 parts with their whole in one unit → `part-whole`;
//! 4. three or more growth rates → `growth`;
//! 5. two or more percentages of a whole → `share`; one alone in its paragraph → `waffle`;
//! 6. three or more amounts in one unit → `bars`;
//! 7. every figure not drawn yet → `cards`, by paragraph, at most six a chart.
//!
//! Titles state the lead figure (地区生产总值4704.3亿元，增长6.1%); subtitles the
//! unit and the year.

use super::ids::Ids;
use super::Drafted;
use crate::format::{self, number};
use crate::messages as msg;
use crate::model::{ChangeKind, FigureKind, Lang};
use crate::raw::{Chart, Text};

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

/// The change as printed: 增长4.3%, 由37个压缩为10个; a target's says it is one.
pub fn change_text(d: &Drafted) -> Option<String> {
    let c = d.figure.change.as_ref()?;
    Some(format::change_with_compare(c, &d.figure, Lang::Zh))
}

/// 地区生产总值4704.3亿元，增长6.1%.
fn message(d: &Drafted) -> String {
    let label = &d.figure.label.zh;
    match (value_text(d), change_text(d)) {
        (Some(_), Some(c))
            if d.found
                .change
                .as_ref()
                .is_some_and(|c| c.kind == ChangeKind::From) =>
        {
            format!("{label}{c}")
        }
        (Some(v), Some(c)) => format!("{label}{v}，{c}"),
        (Some(v), None) => format!("{label}{v}"),
        (None, Some(c)) => format!("{label}{c}"),
        (None, None) => label.clone(),
    }
}

fn subtitle(units: &[&str], year: i64) -> Text {
    let first = units.first().copied();
    let one = first.filter(|f| units.iter().all(|u| u == f));
    Text::zh(msg::draft_subtitle(one, year))
}

struct Proposer<'a> {
    all: &'a [Drafted],
    year: i64,
    drawn: Vec<bool>,
    ids: Ids,
    charts: Vec<Chart>,
}

impl Proposer<'_> {
    fn add(&mut self, kind: &str, section: &str, figures: &[usize], lead: usize, title: String) {
        if figures.is_empty() {
            return;
        }
        let units: Vec<&str> = figures
            .iter()
            .map(|&k| self.all[k].found.unit.as_str())
            .collect();
        let subtitle = if kind == "growth" {
            Text::zh(msg::draft_growth_subtitle(self.year))
        } else {
            subtitle(&units, self.year)
        };
        let lead_id = &self.all[lead].figure.id;
        let base = if kind == "cards" {
            lead_id.clone()
        } else {
            format!("{lead_id}-{kind}")
        };
        for &k in figures {
            self.drawn[k] = true;
        }
        self.charts.push(Chart {
            id: Some(self.ids.unique(&base)),
            kind: Some(kind.to_string()),
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
        let here: Vec<usize> = (0..all.len())
            .filter(|&k| all[k].figure.section == section)
            .collect();
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
            let title = msg::draft_largest_part(
                &all[lead].figure.label.zh,
                &number(all[lead].found.value.unwrap_or(0.0)),
            );
            self.add("structure", section, &parts, lead, title);
        }
        // 2. before → after.
        let falls: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&k| {
                all[k]
                    .found
                    .change
                    .as_ref()
                    .is_some_and(|c| c.kind == ChangeKind::From)
            })
            .collect();
        for chunk in falls.chunks(MAX_PER_CHART) {
            self.add(
                "before-after",
                section,
                chunk,
                chunk[0],
                message(&all[chunk[0]]),
            );
        }
        // 3. parts and wholes.
        let mut pairs: Vec<usize> = Vec::new();
        for &k in &here {
            if let Some(w) = all[k].part_of {
                if all[k].found.value <= all[w].found.value {
                    pairs.extend([k, w]);
                }
            }
        }
        for chunk in pairs.chunks(8) {
            let title = msg::draft_part_of(&message(&all[chunk[1]]), &message(&all[chunk[0]]));
            self.add("part-whole", section, chunk, chunk[0], title);
        }
        // 4. growth rates.
        let mut growth: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&k| {
                all[k]
                    .found
                    .change
                    .as_ref()
                    .is_some_and(|c| matches!(c.kind, ChangeKind::Growth | ChangeKind::Decline))
            })
            .collect();
        if growth.len() >= 3 {
            let signed = |k: usize| {
                let c = all[k].found.change.as_ref();
                let v = c.map_or(0.0, |c| c.value);
                if c.is_some_and(|c| c.kind == ChangeKind::Decline) {
                    -v
                } else {
                    v
                }
            };
            growth.sort_by(|&a, &b| signed(b).total_cmp(&signed(a)));
            // A section of many rates (a five-year review) gets several charts, each
            // readable; only the first holds the fastest, so only its title says so.
            for (n, chunk) in growth.chunks(MAX_BARS).enumerate() {
                let lead = chunk[0];
                let title = if n == 0 {
                    msg::draft_fastest(
                        &all[lead].figure.label.zh,
                        &change_text(&all[lead]).unwrap_or_default(),
                    )
                } else {
                    message(&all[lead])
                };
                let kind = if chunk.len() >= 2 { "growth" } else { "cards" };
                self.add(kind, section, chunk, lead, title);
            }
        }
        // 5. shares of a whole.
        let shares: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&k| {
                all[k].found.kind == FigureKind::Share
                    && all[k].ratio.is_none()
                    && all[k].found.value.is_some()
            })
            .collect();
        if shares.len() >= 2 {
            for chunk in shares.chunks(MAX_PER_CHART) {
                self.add("share", section, chunk, chunk[0], message(&all[chunk[0]]));
            }
        } else if let [k] = shares[..] {
            // A share its paragraph prints alone is a headline of its own: a waffle.
            // Beside other figures it stays a card, whose ring shows it.
            if here
                .iter()
                .filter(|&&j| all[j].paragraph == all[k].paragraph)
                .count()
                == 1
            {
                self.add("waffle", section, &[k], k, message(&all[k]));
            }
        }
        // 6. amounts in one unit.
        let mut units: Vec<&str> = Vec::new();
        for &k in &here {
            let f = &all[k].found;
            if f.kind == FigureKind::Amount
                && f.value.is_some()
                && !units.contains(&f.unit.as_str())
            {
                units.push(&f.unit);
            }
        }
        for unit in units {
            let mut bars: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&k| {
                    all[k].found.kind == FigureKind::Amount
                        && all[k].found.unit == unit
                        && all[k].found.value.is_some()
                })
                .collect();
            if bars.len() >= 3 {
                let v = |k: usize| all[k].found.value.unwrap_or(0.0);
                bars.sort_by(|&a, &b| v(b).total_cmp(&v(a)));
                for chunk in bars.chunks(MAX_BARS) {
                    let kind = if chunk.len() >= 2 { "bars" } else { "cards" };
                    self.add(kind, section, chunk, chunk[0], message(&all[chunk[0]]));
                }
            }
        }
        // 7. the rest, as cards by paragraph.
        let mut paragraphs: Vec<usize> = here.iter().map(|&k| all[k].paragraph).collect();
        paragraphs.dedup();
        for p in paragraphs {
            let rest: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&k| all[k].paragraph == p && !self.drawn[k])
                .collect();
            for chunk in rest.chunks(MAX_PER_CHART) {
                let lead = chunk
                    .iter()
                    .copied()
                    .find(|&k| all[k].found.change.is_some() && all[k].found.value.is_some())
                    .unwrap_or(chunk[0]);
                self.add("cards", section, chunk, lead, message(&all[lead]));
            }
        }
    }
}

/// The charts for `drafted`, section by section in the report's order.
pub fn propose(drafted: &[Drafted], year: i64) -> Vec<Chart> {
    let mut p = Proposer {
        all: drafted,
        year,
        drawn: vec![false; drafted.len()],
        ids: Ids::default(),
        charts: Vec::new(),
    };
    let mut sections: Vec<&str> = drafted.iter().map(|d| d.figure.section.as_str()).collect();
    sections.dedup();
    for s in sections {
        p.section(s);
    }
    p.charts
}
