//! A title that still names a label one of its figures no longer has (issue 18 §4,
//! testers s-test15 C5 and s-test16 C4). One file cannot say what a label was, so a
//! chart remembers it: `title_for` holds, by figure id, the label a figure had when the
//! title was written and has no more (the editor writes it when the desk relabels or
//! deletes a figure whose label the title names, see `data/README.md`). The title is
//! reported while it names that label as itself: a reloaded editor and the native
//! `check` find it alike, and 发布 refuses meanwhile.
//!
//! A label the new one begins with names the same thing, counted (惠及居民 of 惠及居民
//! 户数); one it ends with or holds elsewhere names a wider or another indicator
//! (锚定地区生产总值 → 地区生产总值, 市县两级财政投入 → 全市市县两级财政投入): stale.

use super::{Checker, JsonPath};
use crate::check::raw;
use crate::shared::format::verb;
use crate::shared::messages as msg;
use crate::shared::model::{Chart, Figure, Lang};

/// Whether `title`, in `lang`, names `old` where it stands as itself: not inside one of
/// `others` that holds it (工业投资 names no 投资 to relabel). An English label is named
/// as whole words in any case, a plural's s or es after it (Industrial output in `Output
/// and industrial output rose`, Tourist arrival in `Tourist arrivals`), never inside a
/// word (Tax in Taxi). The editor decides with this same rule when a chart remembers
/// a label and when it forgets one (`www/editor-retitle.js`, through its wasm).
pub fn names(lang: Lang, title: &str, old: &str, others: &[&str]) -> bool {
    !named_at(lang, title, old, others).is_empty()
}

/// Where `title` names `old` as itself ([`names`]): the byte offset of each place. An
/// English title is folded to lower case letter for letter, so its offsets are the
/// title's own. A Chinese label that ends in a verb of change (增长) right before a number
/// is read as that verb, as the check reads a title's changes (`title_changes`): 增长6.3%
/// names no figure labelled 增长 (tester s-test20 E2).
pub fn named_at(lang: Lang, title: &str, old: &str, others: &[&str]) -> Vec<usize> {
    let verb = lang == Lang::Zh && verb::kinds_before(old).is_some();
    let fold = |s: &str| match lang {
        Lang::Zh => s.to_owned(),
        Lang::En => s.to_ascii_lowercase(),
    };
    let (title, old) = (fold(title), fold(old));
    let others: Vec<String> = others.iter().map(|o| fold(o)).collect();
    if old.is_empty() {
        return Vec::new();
    }
    (title.match_indices(&old))
        .map(|(i, _)| i)
        .filter(|&i| !(verb && number_after(&title[i + old.len()..])))
        .filter(|&i| {
            (lang == Lang::Zh || whole(&title, i, i + old.len()))
                && !others.iter().any(|o| {
                    o.len() > old.len()
                        && o.contains(&old)
                        && title
                            .match_indices(o.as_str())
                            .any(|(j, _)| j <= i && i + old.len() <= j + o.len())
                })
        })
        .collect()
}

/// Whether `rest` starts with a number, after a word that may stand between a verb and
/// its number (增长约5%, 增长超过10%).
fn number_after(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    for w in ["约", "超过", "超", "近", "达"] {
        rest = rest.strip_prefix(w).unwrap_or(rest);
    }
    rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Whether `s[from..to]` stands as whole words: no letter or digit before it, none after
/// it but a plural's s or es.
fn whole(s: &str, from: usize, to: usize) -> bool {
    let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    let rest = &s[to..];
    edge(s[..from].chars().next_back())
        && ["", "s", "es"]
            .iter()
            .any(|p| rest.strip_prefix(p).is_some_and(|r| edge(r.chars().next())))
}

/// The side of a remembered label in `lang`, when it has one.
fn side(t: &raw::Text, lang: Lang) -> Option<&str> {
    match lang {
        Lang::Zh => t.zh.as_deref(),
        Lang::En => t.en.as_deref(),
    }
    .filter(|s| !s.is_empty())
}

impl Checker {
    /// Each side of `chart`'s title (read from `c`, its file's chart) that names a label
    /// of `c.title_for` its figure no longer has, reported once at `title.zh`/`title.en`,
    /// unless another problem is reported there already.
    pub(super) fn title_for_rules(
        &mut self,
        path: &JsonPath,
        c: &raw::Chart,
        chart: &Chart,
        all: &[Figure],
    ) {
        for (lang, key) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            let at = path.key("title").key(key);
            if self.problems.iter().any(|p| p.path == at) {
                continue;
            }
            let title = chart.title.pick(lang);
            let others: Vec<&str> = (chart.figures.iter())
                .filter_map(|&k| all.get(k))
                .map(|f| f.label.pick(lang))
                .collect();
            for (id, was) in &c.title_for {
                let Some(old) = side(was, lang) else { continue };
                let now = all.iter().find(|f| &f.id == id).map(|f| f.label.pick(lang));
                // The title may name another figure that has the old label (a target
                // beside last year's result), or a label the new one begins with.
                let held = |l: &&str| *l == old;
                let kept = match now {
                    Some(now) => now == old || now.starts_with(old) || others.iter().any(held),
                    None => all.iter().any(|f| f.label.pick(lang) == old),
                };
                if kept || !names(lang, title, old, &others) {
                    continue;
                }
                let message = match now {
                    Some(now) => msg::titles::title_names_old_label(old, now),
                    None => msg::titles::title_names_deleted_figure(old),
                };
                self.report(at, message);
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::names;
    use crate::shared::model::Lang;

    #[test]
    fn a_label_inside_a_longer_label_of_the_chart_is_not_named_by_itself() {
        assert!(names(
            Lang::Zh,
            "工业投资增长12.4%",
            "工业投资",
            &["制造业投资"]
        ));
        assert!(!names(Lang::Zh, "工业投资增长12.4%", "投资", &["工业投资"]));
        assert!(names(Lang::Zh, "投资和工业投资", "投资", &["工业投资"]));
        assert!(!names(
            Lang::Zh,
            "制造业投资增长12.4%",
            "工业投资",
            &["制造业投资"]
        ));
    }
}
