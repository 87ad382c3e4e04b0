//! A chart's title prints each figure's number as the figure prints it now (issue 18): a
//! title written from 增长5.5%左右 still says 左右 after the desk cleared the change's
//! qualifier, and still says % after the desk made the change 个百分点. Every number is
//! still a figure's, yet the title says what no figure says. The check reads, after each
//! number of the Chinese title that a figure prints, the unit and the qualifier that
//! follow it (up to the next mark), and asks that one of the figures' printed numbers
//! (its value, its change, what it is compared with) be followed by the same. A title is
//! never rewritten here: it is reported at `title.zh`, and the editor offers the title
//! written from the figure ([`crate::edit`]'s retitle) while the desk may keep its own.

use super::{Checker, JsonPath};
use crate::check::printed;
use crate::shared::format;
use crate::shared::messages as msg;
use crate::shared::model::{Figure, Lang};

/// The qualifiers printed after a number's unit, which a title may keep when its figure
/// has lost them.
const AFTER: [&str; 4] = ["左右", "以上", "以内", "以下"];

/// What `text` prints from byte `at` to the next mark: a number's unit and qualifier.
fn tail(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '，' | '、' | '；' | '。' | ' ' | '（' | '：' | ','))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Each number of the figures of `figs` as the pages print it in Chinese (its value, its
/// change, what it is compared with), with its whole printed text. The other numbers of
/// a printed text (the year of 2026年目标) are no figure's number.
fn printed_numbers(figs: &[&Figure]) -> Vec<(f64, String, String)> {
    let mut out = Vec::new();
    for f in figs {
        let value = format::value(f, Lang::Zh).map(|p| (p, [f.value, f.to]));
        let changes = [&f.change, &f.compare].into_iter().flatten();
        let changes = changes.map(|c| (format::change(c, f, Lang::Zh), [Some(c.value), c.to]));
        for (piece, own) in value.into_iter().chain(changes) {
            let piece = printed::half_width_digits(&piece);
            let own = |v: f64| {
                own.iter()
                    .flatten()
                    .any(|o| (o.abs() - v).abs() <= 1e-9 * v.max(1.0))
            };
            for n in printed::numbers(&piece)
                .into_iter()
                .filter(|n| own(n.value))
            {
                out.push((n.value, tail(&piece, n.end).to_string(), piece.clone()));
            }
        }
    }
    out
}

/// Whether a title that prints `said` after a number follows a figure that prints `now`
/// after it: the same unit and qualifier, or more words after them that are no qualifier.
/// A title may leave the qualifier out (a draft's title of several figures says 增长13%
/// of 13%左右); it may not print one the figure does not.
fn follows(said: &str, now: &str) -> bool {
    let bare = AFTER
        .iter()
        .find_map(|q| now.strip_suffix(q))
        .unwrap_or(now);
    [now, bare].into_iter().any(|now| {
        said.strip_prefix(now)
            .is_some_and(|more| !AFTER.iter().any(|q| more.starts_with(q)))
    })
}

impl Checker {
    /// The units and qualifiers the Chinese `title` (its figures' labels blanked) prints
    /// after its numbers, against those `figs` print: reported at `title.zh` where a
    /// number that a figure prints is followed by what none of them prints after it.
    pub(super) fn title_prints(&mut self, path: &JsonPath, title: &str, figs: &[&Figure]) {
        let text = printed::half_width_digits(title);
        let all = printed_numbers(figs);
        for n in printed::numbers(&text) {
            let same = |v: f64| (v - n.value).abs() <= 1e-9 * n.value.abs().max(1.0);
            let of: Vec<&(f64, String, String)> = all.iter().filter(|p| same(p.0)).collect();
            let said = tail(&text, n.end);
            let Some(first) = of.first() else { continue };
            if of.iter().any(|p| follows(said, &p.1)) {
                continue;
            }
            self.report(
                path.key("title").key("zh"),
                msg::data::title_prints_other(&format!("{}{said}", n.text), &first.2),
            );
        }
    }
}
