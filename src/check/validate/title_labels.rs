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
//!
//! Words before a figure's number that hold no label of the chart and are none's short
//! name (市县两级财政投入27.9亿元 over a figure now labelled 社会资本投入) name what no
//! figure of the chart is: a title written before a relabel, by whoever wrote it (tester
//! s-test15 C5). The check reads it from the file, so that the editor's review keeps it
//! across a reload and 发布 shows it.

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

/// Whether `name`, the words a title prints before a figure's number, names a label of
/// `figs`: holds one (全市地区生产总值, 地区生产总值突破), or is one's characters in their
/// order, a verb of up to two characters after them (营收 of 营业收入, 研发投入 of
/// 全社会研发投入经费, 规上服务业营收突破): a desk's short name is its own to write.
fn names_a_label(name: &str, figs: &[&Figure]) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let within = |part: &[char], label: &str| {
        let mut rest = label.chars();
        part.iter().all(|c| rest.any(|l| l == *c))
    };
    figs.iter().map(|f| f.label.zh.as_str()).any(|l| {
        let short = (0..=2.min(chars.len() - 1)).any(|k| within(&chars[..chars.len() - k], l));
        !l.is_empty() && (name.contains(l) || short)
    })
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
                let Some(j) = title.find(form.as_str()) else {
                    continue;
                };
                let name = name_before(&title[..j]);
                // 800亿元增长6.1%: a unit after a number is no name, nor 级 of D级177栋,
                // nor a verb after one (由40%提升到45%); 达 of 提升2.9个百分点，达83.46%.
                let start = title[..j - name.len()].chars().next_back();
                let after_ascii = start.is_some_and(|c| c.is_ascii() && !c.is_whitespace());
                if name.chars().count() < 3 || after_ascii {
                    continue;
                }
                let whole = title[..j].ends_with(label);
                let cut = name.len() < label.len()
                    && label.ends_with(name)
                    && splits_word(label, label.len() - name.len());
                let other = figs.iter().any(|g| g.label.zh == name);
                if !whole && cut && !other {
                    let message = msg::trust::title_names_part_of_label(name, label);
                    self.report(path.key("title").key("zh"), message);
                    return;
                }
                if !names_a_label(name, figs) {
                    let message = msg::trust::title_names_no_label(name, label);
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
