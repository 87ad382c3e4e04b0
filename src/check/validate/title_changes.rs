//! A chart's title prints each change as a figure of its chart has it (issue 18): a
//! title written from a figure the desk has since changed keeps the figure's number but
//! no longer says what the figure says. 人口自然新增1.2‰, relabelled 人口自然增长率 and
//! set to the value 1.2‰ with no change, still says 新增1.2‰: every number is a figure's,
//! yet the change is none. The check reads the verb of change before each number of the
//! Chinese title ([`verb::kinds_before`]) and asks for a change of its chart with that
//! number and a kind the verb prints; a verb after 拉动 in its clause (拉动经济增长4.1个
//! 百分点) prints a pull.

use super::{Checker, JsonPath};
use crate::check::printed;
use crate::shared::format::verb;
use crate::shared::messages as msg;
use crate::shared::model::{Change, ChangeKind, Figure};

/// Words that may stand between a verb and its number (增加约5万人, 增长超过10%).
const BETWEEN: [&str; 5] = ["约", "超过", "超", "近", "达"];

/// Whether change `c` prints number `n` with a verb of one of `kinds` (增长1.8倍 and
/// 提高1倍 are growths in times).
fn prints(c: &Change, n: f64, kinds: &[ChangeKind]) -> bool {
    let same = |v: f64| (v.abs() - n).abs() <= 1e-9 * n.abs().max(1.0);
    let times = c.kind == ChangeKind::Times
        && kinds
            .iter()
            .any(|k| matches!(k, ChangeKind::Growth | ChangeKind::Rise));
    (kinds.contains(&c.kind) || times) && (same(c.value) || c.to.is_some_and(same))
}

impl Checker {
    /// The changes the Chinese `title` (its figures' labels blanked) prints, each against
    /// the changes of `figs`: reported at `title.zh` where none of them is it. A number
    /// that is none of the figures' numbers (`ok`) is reported once, as such, elsewhere.
    pub(super) fn title_changes(
        &mut self,
        path: &JsonPath,
        title: &str,
        (figs, ok): (&[&Figure], &[f64]),
    ) {
        let text = printed::half_width_digits(title);
        let numbers = printed::numbers(&text);
        let known = |v: f64| ok.iter().any(|a| (v - a).abs() <= 1e-12 * a.abs());
        // A number of a label (二期2, a label the draft could not part from its digits)
        // is the label's, never a change the title claims.
        let labelled = |v: f64| {
            let labels = figs.iter().map(|f| f.label.zh.as_str());
            labels
                .flat_map(printed::numbers)
                .any(|m| (m.value - v).abs() <= 1e-12 * v.abs())
        };
        for n in numbers
            .into_iter()
            .filter(|n| known(n.value) && !labelled(n.value))
        {
            let mut before = text[..n.start].trim_end_matches(['-', '−', '–', '+']);
            for w in BETWEEN {
                before = before.strip_suffix(w).unwrap_or(before);
            }
            let Some((word, mut kinds)) = verb::kinds_before(before) else {
                continue;
            };
            // 拉动经济增长4.1个百分点 states a pull: its 增长 is the wider total's, and the
            // number is the figure's contribution, never a growth of its own.
            let clause = before[..before.len() - word.len()]
                .rsplit(['，', '、', '；', '。', '：'])
                .next()
                .unwrap_or_default();
            if clause.contains("拉动") {
                kinds = vec![ChangeKind::Pull];
            }
            let mut changes = figs
                .iter()
                .flat_map(|f| [f.change.as_ref(), f.compare.as_ref()])
                .flatten();
            if changes.any(|c| prints(c, n.value, &kinds)) {
                continue;
            }
            let unit_len = text[n.end..]
                .char_indices()
                .find(|(_, c)| matches!(c, '，' | '、' | '；' | '。' | ' ' | '（'))
                .map_or(text.len() - n.end, |(i, _)| i);
            let said = format!("{word}{}", &text[n.start..n.end + unit_len]);
            self.report(
                path.key("title").key("zh"),
                msg::titles::title_change_not_a_figures(&said),
            );
        }
    }
}
