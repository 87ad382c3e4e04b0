//! A title that still names a figure the desk has relabelled or deleted (issue 18 §4).
//! A drafted chart's title follows a relabel by itself (`www/editor-retitle.js`); a
//! confirmed chart's title is the desk's own and stays as written, so that 工业投资增长
//! 12.4% may stand over a figure now labelled 制造业投资, with every number still the
//! figure's. Validation reads one file and cannot know what a label was: the editor's
//! session remembers, for each figure, the label its charts' titles may still name, and
//! the review lists each title that names it until the title no longer does (the
//! editor's rewrite button writes it from the figure as it is now, see
//! [`super::retitle`]). A label typed one character at a time changes many times; the
//! label remembered is the one before the first change, kept until no title names it.

use super::review::{About, Finding};
use crate::check::raw;
use crate::check::validate::JsonPath;
use crate::shared::messages as msg;
use crate::shared::model::Lang;
use std::collections::BTreeMap;

/// A figure id and a side of its label (`zh`, `en`).
type Key = (String, &'static str);

/// What the session remembers of the labels titles may name.
#[derive(Debug, Default)]
pub struct Relabels {
    /// Each figure's label as its charts' titles may still name it.
    named: BTreeMap<Key, String>,
}

/// The side of a text in `side`.
fn pick<'a>(t: Option<&'a raw::Text>, side: &str) -> Option<&'a str> {
    let t = t?;
    match side {
        "zh" => t.zh.as_deref(),
        _ => t.en.as_deref(),
    }
    .filter(|s| !s.is_empty())
}

/// Each figure's label of `file`, by id and side.
fn labels(file: &raw::ReportFile) -> BTreeMap<Key, String> {
    let mut out = BTreeMap::new();
    for f in &file.figures {
        let Some(id) = f.id.as_deref() else { continue };
        for side in ["zh", "en"] {
            if let Some(l) = pick(f.label.as_ref(), side) {
                out.entry((id.to_string(), side)).or_insert(l.to_string());
            }
        }
    }
    out
}

/// Whether `title` names `old` where it stands as itself: not inside one of `others`
/// that holds it (工业投资 names no 投资 to relabel).
fn names(title: &str, old: &str, others: &[&str]) -> bool {
    title.match_indices(old).any(|(i, _)| {
        !others.iter().any(|o| {
            o.len() > old.len()
                && o.contains(old)
                && title
                    .match_indices(o)
                    .any(|(j, _)| j <= i && i + old.len() <= j + o.len())
        })
    })
}

impl Relabels {
    /// The titles of `file` that name a label one of its figures no longer has, worded
    /// in `lang`, one finding a title at most; remembers the labels of `file` for the
    /// next call. The first call finds nothing: there was no label before.
    pub fn see(&mut self, file: &raw::ReportFile, lang: Lang) -> Vec<Finding> {
        let now = labels(file);
        let mut out: Vec<Finding> = Vec::new();
        let mut keep = BTreeMap::new();
        for ((id, side), old) in std::mem::take(&mut self.named) {
            let current = now.get(&(id.clone(), side)).map(String::as_str);
            if current == Some(old.as_str()) {
                continue;
            }
            let found = stale(file, (&id, side), &old, (current, &now), lang);
            if found.is_empty() {
                continue;
            }
            for f in found {
                if !out.iter().any(|o| o.path == f.path) {
                    out.push(f);
                }
            }
            keep.insert((id, side), old);
        }
        for (key, label) in now {
            keep.entry(key).or_insert(label);
        }
        self.named = keep;
        out
    }
}

/// The titles of `file` that name `old`, figure `id`'s label in `side` before it
/// became `current` (`None`: the figure is gone), given the labels `now`.
fn stale(
    file: &raw::ReportFile,
    (id, side): (&str, &'static str),
    old: &str,
    (current, now): (Option<&str>, &BTreeMap<Key, String>),
    lang: Lang,
) -> Vec<Finding> {
    // A gone figure's label that another figure has is no stale name; nor is a label
    // the new one begins with (惠及居民 of 惠及居民户数: the same thing counted). A
    // label the new one ends with names a wider indicator: 以上工业增加值, relabelled
    // 规模以上工业增加值 after a pasted line cut it, and 投资 of 工业投资 are stale.
    let elsewhere = now.iter().any(|((_, s), l)| *s == side && l == old);
    if (current.is_none() && elsewhere) || current.is_some_and(|c| c.starts_with(old)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, chart) in file.charts.iter().enumerate() {
        let draws = chart.figures.iter().any(|f| f == id);
        if current.is_some() && !draws {
            continue;
        }
        let Some(title) = pick(chart.title.as_ref(), side) else {
            continue;
        };
        let others: Vec<&str> = (chart.figures.iter())
            .filter_map(|f| now.get(&(f.clone(), side)).map(String::as_str))
            .collect();
        if !names(title, old, &others) {
            continue;
        }
        let message = match current {
            Some(label) => msg::data::title_names_old_label(old, label),
            None => msg::data::title_names_deleted_figure(old),
        };
        out.push(Finding {
            path: JsonPath::item("charts", i).key("title").key(side),
            message: message.said_in(lang).to_string(),
            about: About::File,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn a_label_inside_a_longer_label_of_the_chart_is_not_named_by_itself() {
        assert!(names("工业投资增长12.4%", "工业投资", &["制造业投资"]));
        assert!(!names("工业投资增长12.4%", "投资", &["工业投资"]));
        assert!(names("投资和工业投资", "投资", &["工业投资"]));
        assert!(!names("制造业投资增长12.4%", "工业投资", &["制造业投资"]));
    }
}
