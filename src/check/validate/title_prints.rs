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
use crate::shared::messages as msg;
use crate::shared::model::{Figure, Qualifier};

/// The qualifiers printed after a number's unit, which a title may keep when its figure
/// has lost them.
const AFTER: [&str; 4] = ["左右", "以上", "以内", "以下"];

/// The marks between a range's two ends, after the first end (and its unit, 6%—6.5%).
const RANGE: [char; 6] = ['—', '–', '-', '～', '~', '至'];

/// Each number of `figs` with the unit and the qualifier printed after it: a value's, a
/// change's, a compare's (their ends too). A qualifier printed inside the unit (380余万人)
/// leaves the unit unknown here: such a number is followed by whatever the title prints.
fn after_numbers(figs: &[&Figure]) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    let mut push = |v: Option<f64>, unit: &str, q: Option<Qualifier>| {
        let Some(v) = v else { return };
        if q.is_some_and(Qualifier::inside_unit) {
            out.push((v.abs(), String::new()));
            return;
        }
        let q = q.filter(|q| q.after_unit()).map_or("", |q| q.zh());
        out.push((v.abs(), format!("{unit}{q}")));
    };
    for f in figs {
        push(f.value, &f.unit.zh, f.qualifier);
        push(f.to, &f.unit.zh, f.qualifier);
        for c in [&f.change, &f.compare].into_iter().flatten() {
            push(Some(c.value), &c.unit, c.qualifier);
            push(c.to, &c.unit, c.qualifier);
        }
    }
    out
}

/// Whether a title that prints `said` after a number follows a figure that prints `now`
/// after it: the same unit and qualifier, or more words after them that are no qualifier.
/// A title may leave the qualifier out (a draft's title of several figures says 增长13%
/// of 13%左右), or the end of the unit; it may not print one the figure does not.
fn follows(said: &str, now: &str) -> bool {
    let bare = AFTER
        .iter()
        .find_map(|q| now.strip_suffix(q))
        .unwrap_or(now);
    // A title that prints less of the unit (47.63万户 of 万户（套）, a draft's title cut
    // short) says nothing the figure does not.
    now.starts_with(said)
        || [now, bare].into_iter().any(|now| {
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
        let all = after_numbers(figs);
        for n in printed::numbers(&text) {
            let rest = &text[n.end..];
            let end = rest
                .char_indices()
                .find(|(_, c)| matches!(c, '，' | '、' | '；' | '。' | ' ' | '（' | '：' | ','))
                .map_or(rest.len(), |(i, _)| i);
            let said = &rest[..end];
            // The first end of a range (新增2—4家, 增长6%—6.5%): what follows it is the range's
            // other end, which is read with its own unit.
            // A term of a ratio (三次产业结构为10.5∶39.7∶49.8) prints no unit: the mark
            // parts it from the next term.
            if said.starts_with(RANGE) || said.starts_with(['∶', '︰', ':']) {
                continue;
            }
            let same = |v: f64| (v - n.value).abs() <= 1e-9 * n.value.max(1.0);
            let mut of = all.iter().filter(|p| same(p.0)).peekable();
            let Some(first) = of.peek().map(|p| p.1.clone()) else {
                continue;
            };
            if of.any(|p| p.1.is_empty() || follows(said, &p.1)) {
                continue;
            }
            let (said, now) = (format!("{}{said}", n.text), format!("{}{first}", n.text));
            self.report(
                path.key("title").key("zh"),
                msg::titles::title_prints_other(&said, &now),
            );
        }
    }
}
