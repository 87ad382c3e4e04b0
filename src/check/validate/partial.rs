//! A file read as the editor and the site need it: every chart that is right kept, the
//! broken ones set apart with their problems ([`Partial`]), so that one mistake never
//! blanks the whole page. Apart from [`super`], whose [`super::load`] wants the whole
//! file right, because keeping what is right means knowing which problem breaks which
//! chart, and which problems only echo a value put aside.

use super::checker::Checker;
use super::{is_kebab, lines, parse_lenient, twice, unprinted, DataError, JsonPath, Problem};
use crate::check::raw;
use crate::shared::model::Report;
use std::collections::{HashMap, HashSet};

/// What the browser gets from a file with problems: every chart that is right, and the
/// problems of each chart that is not, so one mistake never blanks the whole page.
#[derive(Debug, Clone, PartialEq)]
pub struct Partial {
    /// The report without the broken charts.
    pub report: Report,
    /// The broken charts, in file order.
    pub broken: Vec<BrokenChart>,
    /// Every problem, as [`super::load`] reports them; `None` when there are none.
    pub error: Option<DataError>,
}

/// A chart of the file that cannot be drawn, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenChart {
    /// Its place among the file's charts, counted from 0.
    pub index: usize,
    /// Its id, when it has one that names it alone (see [`drawn_ids`]).
    pub id: Option<String>,
    /// Its own problems and those of the figures it draws, in file order.
    pub problems: Vec<Problem>,
}

impl BrokenChart {
    /// How messages name it: its id, or its JSON path when it has no id of its own.
    pub fn name(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("charts[{}]", self.index))
    }
}

/// Reads a file, keeping what is right. Malformed JSON is an `Err`: nothing can be kept.
/// A value of the wrong type is a problem of [`Partial::error`], listed with every other
/// one, and the rest of the file is read without it ([`parse_lenient`]).
///
/// # Errors
///
/// A [`DataError`] with its one problem when `json` is not JSON.
pub fn load_partial(file: &str, json: &str) -> Result<Partial, DataError> {
    let mut partial =
        parse_lenient(file, json).map(|(raw, typed)| validate_seeded(file, &raw, typed))?;
    located(&mut partial, json);
    Ok(partial)
}

/// `partial` with the line of each of its problems in `json` ([`super::locate`]), in its error
/// and in its broken charts.
pub fn located(partial: &mut Partial, json: &str) {
    let mut lists: Vec<&mut [Problem]> = Vec::new();
    if let Some(e) = partial.error.as_mut() {
        lists.push(&mut e.problems);
    }
    for b in &mut partial.broken {
        lists.push(&mut b.problems);
    }
    lines::locate_all(&mut lists, json);
}

/// Validates a parsed file, keeping what is right (see [`load_partial`]).
pub fn validate_partial(file: &str, raw: &raw::ReportFile) -> Partial {
    validate_seeded(file, raw, Vec::new())
}

/// Validates a file read leniently, whose values of the wrong type were put aside with
/// their problems `typed` ([`parse_lenient`]): those come first, and what the checks
/// then say of a value put aside (missing) is not said again.
pub fn validate_seeded(file: &str, raw: &raw::ReportFile, typed: Vec<Problem>) -> Partial {
    let mut c = Checker::default();
    let seeded = typed.len();
    c.problems = typed;
    c.extra(&JsonPath::root(), &raw.extra);
    let meta = c.meta(raw.meta.as_ref());
    let sections = c.sections(&raw.sections);
    let figures = c.figures(&raw.figures, &sections);
    let before_charts = c.problems.len();
    let charts = c.charts(&raw.charts, &sections, &figures);
    let skips = c.skips(&raw.skips);
    // After the charts: two values of one figure break no chart, so that the preview
    // still shows both for the desk to choose.
    c.problems.extend(twice::conflicts(&figures));
    // After the charts too: the editor's preview still draws the figure, so that the desk
    // sees the number it typed beside the one its sentence prints; `load` refuses it.
    c.problems.extend(unprinted::problems(&raw.figures));
    let (problems, before_charts) = without_echoes(raw, c.problems, (seeded, before_charts));

    // A chart is broken by its own problems and by those of the figures it names. Each
    // problem's chart or figure is read off its path's steps once, so that a file of thousands of
    // figures and charts is not one pass over every problem per chart (that took seconds).
    let mut of_chart: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut of_figure: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, p) in problems.iter().enumerate() {
        if let Some(i) = p.path.chart() {
            of_chart.entry(i).or_default().push(n);
        }
        if let Some(k) = p.path.figure().filter(|_| n < before_charts) {
            of_figure.entry(k).or_default().push(n);
        }
    }
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, f) in raw.figures.iter().enumerate() {
        if let Some(id) = &f.id {
            by_id.entry(id.as_str()).or_default().push(k);
        }
    }
    let mut broken: Vec<BrokenChart> = Vec::new();
    let mut keep = HashSet::new();
    for ((i, rc), id) in raw.charts.iter().enumerate().zip(drawn_ids(raw)) {
        let mut of_its_figures: Vec<usize> = rc
            .figures
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .flatten()
            .filter_map(|k| of_figure.get(k))
            .flatten()
            .copied()
            .collect();
        // In file order, each once (a chart may name a figure twice).
        of_its_figures.sort_unstable();
        of_its_figures.dedup();
        let own: Vec<Problem> = of_chart
            .get(&i)
            .into_iter()
            .flatten()
            .chain(&of_its_figures)
            .map(|&n| problems[n].clone())
            .collect();
        if own.is_empty() {
            keep.insert(i);
        } else {
            broken.push(BrokenChart {
                index: i,
                id,
                problems: own,
            });
        }
    }
    // Kept by position, not by id: a broken copy of a good chart shares its id.
    let charts = charts
        .into_iter()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, c)| c)
        .collect();
    Partial {
        report: Report {
            meta,
            sections,
            figures,
            charts,
            skips,
        },
        broken,
        error: (!problems.is_empty()).then(|| DataError {
            file: file.to_string(),
            problems,
        }),
    }
}

/// `problems` without those said of a value put aside (the first `seeded`, of the wrong
/// type): what the checks then say of its figure, and of a chart holding it or drawing
/// its figure (a title whose number is now no figure's, an accent no longer in the list),
/// is an echo of that one problem, which breaks the chart already. Also where the charts'
/// problems start among them (`charts`) once those are gone.
fn without_echoes(
    raw: &raw::ReportFile,
    problems: Vec<Problem>,
    (seeded, charts): (usize, usize),
) -> (Vec<Problem>, usize) {
    if seeded == 0 {
        return (problems, charts);
    }
    let (typed, rest) = problems.split_at(seeded);
    let figures: HashSet<usize> = typed.iter().filter_map(|t| t.path.figure()).collect();
    let ids: HashSet<&str> = (figures.iter())
        .filter_map(|&k| raw.figures.get(k)?.id.as_deref())
        .collect();
    let drawing = raw.charts.iter().enumerate().filter_map(|(i, c)| {
        c.figures
            .iter()
            .any(|id| ids.contains(id.as_str()))
            .then_some(i)
    });
    let held: HashSet<usize> = (typed.iter().filter_map(|t| t.path.chart()))
        .chain(drawing)
        .collect();
    let echo = |p: &Problem| {
        p.path.figure().is_some_and(|k| figures.contains(&k))
            || p.path.chart().is_some_and(|i| held.contains(&i))
    };
    let mut out = typed.to_vec();
    let mut before_charts = seeded;
    for (n, p) in rest.iter().enumerate() {
        if echo(p) {
            continue;
        }
        if n + seeded < charts {
            before_charts += 1;
        }
        out.push(p.clone());
    }
    (out, before_charts)
}

/// The id each chart of `raw` is known by, in file order: its own, or `None` when its id
/// is missing or not kebab-case. A second chart with the same id has none either, so that
/// the first one's id still names the first one alone (the page looks charts up by id;
/// the editor's preview, by place).
pub fn drawn_ids(raw: &raw::ReportFile) -> Vec<Option<String>> {
    let mut names = HashSet::new();
    raw.charts
        .iter()
        .map(|rc| {
            let id = rc
                .id
                .clone()
                .filter(|id| is_kebab(id) && !names.contains(id));
            if let Some(id) = &id {
                names.insert(id.clone());
            }
            id
        })
        .collect()
}
