//! A chart title the check finds at fault (a number or a change no figure of its chart
//! has, a superlative its text does not say) is most often a title written from a figure
//! the desk has since changed or relabelled. The editor offers to write it again from
//! the figure as it is now, as the draft writes titles ([`title_of`]): one click, beside
//! the problem, and the desk may still write one of its own.

use super::mismatch::Wrong;
use super::review::{About, Finding};
use crate::check::raw;
use crate::check::validate::title_for::named_at;
use crate::check::validate::JsonPath;
use crate::draft::charts::title_of;
use crate::shared::format::decimal;
use crate::shared::messages as msg;
use crate::shared::model::{Figure, Lang};
use serde::Serialize;

/// A title the editor may write in one click.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Retitle {
    /// The JSON path of the title (`charts[2].title.zh`), as the problem's.
    pub path: JsonPath,
    /// The title written from the chart's figure as it is now.
    pub title: String,
    /// The button that writes it, in the review's language.
    pub action: String,
}

/// A title for each chart of `file` whose Chinese title is a problem of `problems`,
/// written from the figure of `figures` (the validated report's, by id) that the title
/// names by its number, else the chart's first: none where it would be the same title,
/// nor for a chart that draws a figure holding a number its sentence does not print
/// (`wrong`): a title written from it would carry that number into the headline (tester
/// s-test24 F6); the desk fixes the number first.
pub fn retitles(
    file: &raw::ReportFile,
    figures: &[Figure],
    problems: &[Finding],
    wrong: &[Wrong],
    lang: Lang,
) -> Vec<Retitle> {
    let mut out: Vec<Retitle> = Vec::new();
    for (i, chart) in file.charts.iter().enumerate() {
        let path = JsonPath::item("charts", i).key("title").key("zh");
        let at_fault = problems
            .iter()
            .any(|p| p.about == About::File && p.path == path);
        let draws_wrong = wrong.iter().any(|w| {
            let id = file.figures.get(w.figure).and_then(|f| f.id.as_ref());
            id.is_some_and(|id| chart.figures.contains(id))
        });
        if !at_fault || draws_wrong || out.iter().any(|r| r.path == path) {
            continue;
        }
        let now = chart
            .title
            .as_ref()
            .and_then(|t| t.zh.as_deref())
            .unwrap_or("");
        let figs: Vec<&Figure> = (chart.figures.iter())
            .filter_map(|id| figures.iter().find(|f| &f.id == id))
            .collect();
        let named = figs.iter().find(|f| {
            let value = f.value.map(|v| (v, f.decimals));
            let change = f.change.as_ref().map(|c| (c.value, c.decimals));
            [value, change]
                .into_iter()
                .flatten()
                .any(|(v, d)| now.contains(&decimal(v.abs(), d)))
        });
        let Some(lead) = named.or(figs.first()) else {
            continue;
        };
        let title = title_of(lead);
        if title != now {
            let action = msg::titles::rewrite_title(&title).said_in(lang).to_string();
            out.push(Retitle {
                path,
                title,
                action,
            });
        }
    }
    out
}

/// Drafted title `title`, in `lang`, after one of its chart's figures was relabelled from
/// `old` to `now`: `old` put as `now` where it can be told that it stands there as that
/// figure's label, else `None`, and the title stays as it is: where it still names `old`
/// its chart remembers it, where it reads as a change no figure has the check says so,
/// and either way the desk is offered the title written from the figure. It can be told where the title names `old` as itself once
/// ([`named_at`]: not inside one of `others`, the labels of the chart's other figures,
/// nor a verb of change before its number: the draft writes 增长386.2亿元，增长6.3% from a
/// figure labelled 增长, and 增长 → 地区生产总值 must not make the growth GDP, tester
/// s-test20 E2), and that place is not inside the figure's `unit` as the title prints it.
pub fn follow(
    title: &str,
    (old, now): (&str, &str),
    others: &[&str],
    unit: &str,
    lang: Lang,
) -> Option<String> {
    if old.is_empty() || now.is_empty() || old == now {
        return None;
    }
    let [at] = named_at(lang, title, old, others)[..] else {
        return None;
    };
    let end = at + old.len();
    let in_unit = !unit.is_empty()
        && (title.match_indices(unit)).any(|(j, _)| j < end && at < j + unit.len());
    if in_unit {
        return None;
    }
    Some(format!("{}{now}{}", &title[..at], &title[end..]))
}
