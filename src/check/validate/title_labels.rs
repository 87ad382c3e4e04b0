//! A chart's title names its figure by the figure's label (issue 18 §3, tester s-test14
//! C6): a drafted title is the label and what the figure prints (规模以上工业增加值增长
//! 7.4%). A title whose name before the figure's number is only the tail of its label
//! (以上工业增加值增长7.4%, after the desk has put right a label a pasted line had cut)
//! names another, wider indicator than the figure: 工业增加值 is not 规模以上工业增加值.
//! The check reads the words right before each place the Chinese title prints a figure as
//! the pages print it, back to a mark or a digit, and reports them when they are a tail
//! of the figure's label that starts halfway through a word of the glossary
//! (`data/glossary/label-words.txt`: 规模|以上, 消|费品, 总|值) and no label of the chart.
//! A desk's short name that drops whole words (办事窗口 for 区市民中心办事窗口, 楼宇入驻率
//! for 5000平方米以上楼宇入驻率) is its own to write.

use super::{Checker, JsonPath};
use crate::shared::format;
use crate::shared::messages as msg;
use crate::shared::model::{Figure, Lang};
use crate::shared::words::splits_word;

/// The words at the end of `before`: back to a mark, a space, a digit or a Latin
/// letter, without the 年 of a year (2026年).
fn name_before(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii() || !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = &before[start..];
    let year = before[..start].ends_with(|c: char| c.is_ascii_digit());
    match name.strip_prefix('年') {
        Some(rest) if year => rest,
        _ => name,
    }
}

impl Checker {
    /// Each name of the Chinese `title` that is only a tail of the label of the figure of
    /// `figs` printed right after it, reported at `title.zh` once.
    pub(super) fn title_label_parts(&mut self, path: &JsonPath, title: &str, figs: &[&Figure]) {
        for f in figs {
            let label = f.label.zh.as_str();
            // As the draft writes titles (`title_of`): its value as printed, its change.
            let change = (f.change.as_ref()).map(|c| format::change_with_compare(c, f, Lang::Zh));
            let forms = [format::value(f, Lang::Zh), change];
            for form in forms.iter().flatten() {
                let part = title.find(form.as_str()).and_then(|j| {
                    let name = name_before(&title[..j]);
                    let whole = title[..j].ends_with(label);
                    let cut = name.len() < label.len()
                        && label.ends_with(name)
                        && splits_word(label, label.len() - name.len());
                    let other = figs.iter().any(|g| g.label.zh == name);
                    (!name.is_empty() && !whole && cut && !other).then_some(name)
                });
                if let Some(part) = part {
                    let message = msg::trust::title_names_part_of_label(part, label);
                    self.report(path.key("title").key("zh"), message);
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::name_before;

    #[test]
    fn a_name_runs_back_to_a_mark_a_digit_or_a_year() {
        let cases = [
            ("以上工业增加值", "以上工业增加值"),
            ("2026年目标：地区生产总值", "地区生产总值"),
            ("2026年以上工业增加值", "以上工业增加值"),
            ("PM2.5浓度", "浓度"),
            ("增长6.1%，", ""),
        ];
        for (before, name) in cases {
            assert_eq!(name_before(before), name, "{before}");
        }
    }
}
