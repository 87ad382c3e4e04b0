//! Advice on a report's charts as a whole (issue 19 §2, "Fewer, better charts"): what
//! `check` lists as warnings, never as problems. A page with too many cards still tells
//! the truth, and a small count can leave its card only once the text carries it as a
//! live number; so these rules guide the desk and the draft without failing a build.

use super::{JsonPath, Problem};
use crate::check::printed;
use crate::shared::charts::{cards, growth, multiples, targets};
use crate::shared::format;
use crate::shared::messages as msg;
use crate::shared::model::{Figure, FigureKind, Report, Status};

/// At most one chart in this many is cards.
pub const CHARTS_PER_CARDS: usize = 3;

/// True when `cards` cards charts of `all` charts break the rule of one in
/// [`CHARTS_PER_CARDS`]. A report of one or two charts (a short text pasted by the desk)
/// may keep one cards chart, the lead graphic or the desk's own: its headline figures
/// are the news, and a rule of thirds would leave it none but by deleting a chart
/// (tester s-test20 E4).
pub fn too_many_cards(cards: usize, all: usize) -> bool {
    let short = all < CHARTS_PER_CARDS && cards == 1;
    cards * CHARTS_PER_CARDS > all && !short
}

/// A count this small, printed without a change or a comparison, reads better in the
/// text than as a big number on a card (20场, 1栋, 5处).
const SMALL: f64 = 100.0;

/// Every piece of advice on `r`, at the JSON path it is about: on its charts
/// ([`on_charts`]), its year and title left to the desk, and its labels to look at.
pub fn advice(r: &Report) -> Vec<Problem> {
    let mut out = Vec::new();
    if r.meta.year == 0 {
        out.push(Problem {
            path: JsonPath::root().key("meta").key("year"),
            message: msg::draft::year_left(),
            line: None,
        });
    }
    let place = r.meta.place.as_ref().map(|p| p.zh.as_str());
    if msg::draft::is_default_title(&r.meta.title.zh, place, r.meta.year) {
        out.push(Problem {
            path: JsonPath::root().key("meta").key("title").key("zh"),
            message: msg::draft::title_left(),
            line: None,
        });
    }
    out.extend(on_charts(r));
    out.extend(references_without_english(r));
    out.extend(super::trust::label_flags(
        r.figures
            .iter()
            .enumerate()
            .map(|(k, f)| (k, f.label.zh.as_str(), Some(f.source.as_str()))),
    ));
    out
}

/// A comparison or a contribution whose reference has no English, on a figure whose
/// label has: the English page would drop what it compares with (issue 19, the tester's
/// C5), so `check` names it for the desk rather than say less unseen.
fn references_without_english(r: &Report) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, f) in r.figures.iter().enumerate() {
        let changes = [
            ("change", f.change.as_ref()),
            ("compare", f.compare.as_ref()),
        ];
        for (key, c) in changes {
            let Some(reference) = c.and_then(|c| c.reference.as_ref()) else {
                continue;
            };
            if !f.label.en.trim().is_empty()
                && reference.en.trim().is_empty()
                && !reference.zh.is_empty()
            {
                out.push(Problem {
                    path: JsonPath::item("figures", k)
                        .key(key)
                        .key("reference")
                        .key("en"),
                    message: msg::trust::reference_without_english(&reference.zh),
                    line: None,
                });
            }
        }
    }
    out
}

/// The advice on `r`'s charts and the numbers they print (issue 19 §2): too many cards,
/// a figure on two charts, a lone panel, a dropped decimal, a small count on a card.
/// Each chart's path is its place among `r.charts`.
pub fn on_charts(r: &Report) -> Vec<Problem> {
    on_charts_of(r, (r.charts.len(), cards_charts(r)))
}

/// [`on_charts`], with the cards counted among `(all, cards)` charts: those of the file,
/// where `r` holds only the charts that validate (the editor's review), so that the
/// advice counts every chart the desk sees (tester s-test21 E7).
pub fn on_charts_of(r: &Report, (all, cards): (usize, usize)) -> Vec<Problem> {
    let mut out = Vec::new();
    if too_many_cards(cards, all) {
        out.push(Problem {
            path: JsonPath::root().key("charts"),
            message: msg::data::too_many_cards(cards, all),
            line: None,
        });
    }
    out.extend(repeated(r));
    out.extend(lone_panels(r));
    out.extend(english_twice(r));
    out.extend(dropped_decimals(r));
    for (j, c) in r.charts.iter().enumerate() {
        if c.kind != cards::KIND {
            continue;
        }
        for (i, &k) in c.figures.iter().enumerate() {
            if small_count(&r.figures[k]) {
                out.push(Problem {
                    path: JsonPath::item("charts", j).key("figures").at(i),
                    message: msg::data::small_count_in_card(&msg::names::figure(
                        &r.figures,
                        &r.figures[k],
                    )),
                    line: None,
                });
            }
        }
    }
    out
}

/// Each number whose sentence prints more digits after the point than the data keeps
/// (增长5.0% as `value` 5 without `decimals`): a file written before `decimals` still
/// builds, but every output would print 5%, so the desk is told where to add it.
pub fn dropped_decimals(r: &Report) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, f) in r.figures.iter().enumerate() {
        let at = JsonPath::item("figures", k);
        let mut numbers = vec![(at.clone(), f.value, f.decimals)];
        for (key, c) in [("change", &f.change), ("compare", &f.compare)] {
            if let Some(c) = c {
                numbers.push((at.key(key), Some(c.value), c.decimals));
            }
        }
        for (path, v, decimals) in numbers {
            let Some(v) = v else { continue };
            let printed = printed::decimals_of(&f.source, v);
            if printed > decimals.max(format::decimals::shortest(v)) {
                out.push(Problem {
                    path: path.key("decimals"),
                    message: msg::data::decimals_dropped(&format::decimal(v, printed), printed),
                    line: None,
                });
            }
        }
    }
    out
}

/// How many of `r`'s charts are cards.
pub fn cards_charts(r: &Report) -> usize {
    r.charts.iter().filter(|c| c.kind == cards::KIND).count()
}

/// A figure's value stands on at most one chart: each later chart that draws it again is
/// reported. Two charts compare, and may draw a figure shown elsewhere: a growth chart
/// (its change) and a targets chart (last year's result beside its target, 上年). Its
/// change stands on at most one growth chart: a second that draws it again says the same
/// rate twice (tester s-test23 #31).
pub fn repeated(r: &Report) -> Vec<Problem> {
    let mut first: Vec<Option<usize>> = vec![None; r.figures.len()];
    let mut out = changes_repeated(r);
    for (j, c) in r.charts.iter().enumerate() {
        if c.kind == growth::KIND {
            continue;
        }
        for (i, &k) in c.figures.iter().enumerate() {
            let beside_target = c.kind == targets::KIND
                && r.figures.get(k).is_some_and(|f| f.status == Status::Result);
            let Some(slot) = first.get_mut(k).filter(|_| !beside_target) else {
                continue;
            };
            match *slot {
                // Twice in one chart (a whole with two parts) is one chart.
                Some(f) if f == j => {}
                Some(f) => out.push(Problem {
                    path: JsonPath::item("charts", j).key("figures").at(i),
                    message: msg::data::figure_repeated(
                        &msg::names::figure(&r.figures, &r.figures[k]),
                        &msg::names::chart(&r.charts, &r.charts[f]),
                    ),
                    line: None,
                }),
                None => *slot = Some(j),
            }
        }
    }
    out
}

/// Each multiples chart with a panel of one figure beside other panels. Each panel has
/// its own scale, so a lone bar fills its panel whatever its number: 41座 would read
/// longer than 4353盏 beside it. Unlike amounts belong in the text or on charts of
/// their own.
pub fn lone_panels(r: &Report) -> Vec<Problem> {
    let mut out = Vec::new();
    for (j, c) in r.charts.iter().enumerate() {
        if c.kind != multiples::KIND {
            continue;
        }
        // Panels as the layout groups them: by unit, in order of first appearance.
        let mut panels: Vec<(&str, usize)> = Vec::new();
        for f in c.figures.iter().filter_map(|&k| r.figures.get(k)) {
            match panels.iter_mut().find(|(u, _)| *u == f.unit.zh) {
                Some(p) => p.1 += 1,
                None => panels.push((&f.unit.zh, 1)),
            }
        }
        if panels.len() > 1 && panels.iter().any(|&(_, n)| n == 1) {
            out.push(Problem {
                path: JsonPath::item("charts", j),
                message: msg::data::lone_panel(&msg::names::chart(&r.charts, c)),
                line: None,
            });
        }
    }
    out
}

/// A small count without a change or a comparison (20场, 1栋): the text's to carry.
pub fn small_count(f: &Figure) -> bool {
    f.kind == FigureKind::Count
        && f.change.is_none()
        && !f.unit.zh.starts_with(['万', '亿'])
        && f.value.is_some_and(|v| v < SMALL)
}

/// Two figures of one chart whose Chinese labels differ and whose English ones are the
/// same (a glossary term read into two parts of it: 轻工业增加值, 重工业增加值 → "industrial
/// value added"), of one status: one warning per chart, at the second figure, naming
/// both by their Chinese labels.
fn english_twice(r: &Report) -> Vec<Problem> {
    let mut out = Vec::new();
    for (j, c) in r.charts.iter().enumerate() {
        let figs: Vec<&Figure> = c.figures.iter().filter_map(|&k| r.figures.get(k)).collect();
        let twin = figs.iter().enumerate().find_map(|(i, f)| {
            let en = Some(f.label.en.trim()).filter(|en| !en.is_empty())?;
            let first = figs[..i].iter().find(|g| {
                g.label.en.trim() == en
                        && g.label.zh != f.label.zh
                        // A target beside last year's result of its indicator is told
                        // apart by its status (目标 / 上年), whatever the labels say.
                        && g.status == f.status
            })?;
            Some((i, first, f))
        });
        if let Some((i, first, f)) = twin {
            out.push(Problem {
                path: JsonPath::item("charts", j).key("figures").at(i),
                message: msg::trust::english_label_twice(
                    f.label.en.trim(),
                    &first.label.zh,
                    &f.label.zh,
                ),
                line: None,
            });
        }
    }
    out
}

/// Each later growth chart that draws a change a growth chart before it drew.
fn changes_repeated(r: &Report) -> Vec<Problem> {
    let mut first: Vec<Option<usize>> = vec![None; r.figures.len()];
    let mut out = Vec::new();
    for (j, c) in r.charts.iter().enumerate() {
        if c.kind != growth::KIND {
            continue;
        }
        for (i, &k) in c.figures.iter().enumerate() {
            let Some(slot) = first.get_mut(k) else {
                continue;
            };
            match *slot {
                Some(f) if f != j => out.push(Problem {
                    path: JsonPath::item("charts", j).key("figures").at(i),
                    message: msg::data::change_repeated(
                        &msg::names::figure(&r.figures, &r.figures[k]),
                        &msg::names::chart(&r.charts, &r.charts[f]),
                    ),
                    line: None,
                }),
                Some(_) => {}
                None => *slot = Some(j),
            }
        }
    }
    out
}
