//! The charts an update resolves again, and those it keeps: typing in one field changes
//! one item of the file, and a chart whose inputs (itself, its figures and the source
//! line) did not change keeps its last resolved entry, which is what keeps the editor's
//! preview quick on a report of many charts (see [`super::session::Session::update`]).

use crate::check::raw;
use crate::check::validate::partial::Partial;
use crate::publish::resolve;
use crate::shared::model::Lang;
use crate::shared::spec::{Entry, Resolved};
use std::collections::HashMap;

/// Each chart resolved last, by id, with what it was resolved from.
pub(super) type Kept = HashMap<String, (Inputs, Entry)>;

/// Everything a chart's resolved entry is made of (see `resolve::resolve`): the chart,
/// the figures it names, and the report's source line. Equal inputs resolve alike, so a
/// chart whose inputs did not change keeps its last entry.
#[derive(Debug, PartialEq)]
pub(super) struct Inputs {
    chart: raw::Chart,
    figures: Vec<raw::Figure>,
    source_line: Option<raw::Text>,
}

impl Inputs {
    /// Whether chart `chart` of `file`, whose figures by id are `by_id`, is made of these.
    fn same(
        &self,
        chart: &raw::Chart,
        by_id: &HashMap<&str, Vec<&raw::Figure>>,
        file: &raw::ReportFile,
    ) -> bool {
        let source_line = file.meta.as_ref().and_then(|m| m.source_line.as_ref());
        self.chart == *chart
            && self.source_line.as_ref() == source_line
            && self.figures.len() == named(chart, by_id).count()
            && self
                .figures
                .iter()
                .zip(named(chart, by_id))
                .all(|(a, b)| a == b)
    }

    fn of(
        chart: &raw::Chart,
        by_id: &HashMap<&str, Vec<&raw::Figure>>,
        file: &raw::ReportFile,
    ) -> Inputs {
        Inputs {
            chart: chart.clone(),
            figures: named(chart, by_id).cloned().collect(),
            source_line: file.meta.as_ref().and_then(|m| m.source_line.clone()),
        }
    }
}

/// The figures `chart` names, in its order (every figure of an id that several share).
fn named<'a>(
    chart: &'a raw::Chart,
    by_id: &'a HashMap<&str, Vec<&'a raw::Figure>>,
) -> impl Iterator<Item = &'a raw::Figure> + 'a {
    (chart.figures.iter())
        .filter_map(|id| by_id.get(id.as_str()))
        .flatten()
        .copied()
}

/// The charts of `partial` resolved as `resolve::resolved_in` resolves them, each
/// kept chart whose inputs are those of the last update taking its last entry.
pub(super) fn resolve(
    kept_before: &mut Kept,
    same_langs: bool,
    raw: &raw::ReportFile,
    partial: &mut Partial,
    (file, words, lang): (&str, Lang, Lang),
) -> Resolved {
    let mut by_id: HashMap<&str, Vec<&raw::Figure>> = HashMap::new();
    for f in &raw.figures {
        if let Some(id) = &f.id {
            by_id.entry(id.as_str()).or_default().push(f);
        }
    }
    // A kept chart is drawn by its own id, which names one chart of the file.
    // (The first of that id: a later copy is a duplicate, and broken.)
    let mut at: HashMap<&str, &raw::Chart> = HashMap::new();
    for c in &raw.charts {
        if let Some(id) = c.id.as_deref() {
            at.entry(id).or_insert(c);
        }
    }
    let mut last = std::mem::take(kept_before);
    let mut now = HashMap::new();
    let report = &partial.report;
    let kept: Vec<Entry> = (report.charts.iter())
        .map(|c| {
            let Some(rc) = at.get(c.id.as_str()) else {
                return Entry::Chart(Box::new(resolve::resolve(report, c, lang)));
            };
            let entry = match last.remove(c.id.as_str()) {
                Some((inputs, entry)) if same_langs && inputs.same(rc, &by_id, raw) => {
                    now.insert(c.id.clone(), (inputs, entry.clone()));
                    return entry;
                }
                _ => Entry::Chart(Box::new(resolve::resolve(report, c, lang))),
            };
            now.insert(c.id.clone(), (Inputs::of(rc, &by_id, raw), entry.clone()));
            entry
        })
        .collect();
    *kept_before = now;
    // The broken charts' entries as `resolved_in` words them, each put back at its
    // place in the file among the kept ones, the lowest first.
    let charts = std::mem::take(&mut partial.report.charts);
    let mut resolved = resolve::resolved_in(&partial.report, &partial.broken, file, lang, words);
    partial.report.charts = charts;
    let mut all = kept;
    for entry in std::mem::take(&mut resolved.charts) {
        let at = match &entry {
            Entry::Broken(b) => b.index,
            Entry::Chart(_) => all.len(),
        };
        all.insert(at.min(all.len()), entry);
    }
    resolved.charts = all;
    resolved
}
