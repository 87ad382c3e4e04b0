//! The editor's desk (issue 12): what its review says of a figure whose numbers its
//! sentence does not print, what is left to confirm and decide, and why a number cannot
//! be added.

use crate::shared::model::Lang;

/// A figure's value that its sentence does not print.
pub fn value_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("数值 {value} 不是原句中的数字：与原文不符"),
        Lang::En => {
            format!("the value {value} is not a number of its sentence: the text prints otherwise")
        }
    }
}

/// A figure's change that its sentence does not print.
pub fn change_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("变化 {value} 不是原句中的数字：与原文不符"),
        Lang::En => {
            format!("the change {value} is not a number of its sentence: the text prints otherwise")
        }
    }
}

/// A figure's comparison or contribution (高于全市平均水平1.9个百分点, 拉动增长2个百分点)
/// that its sentence does not print.
pub fn compare_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("比较 {value} 不是原句中的数字：与原文不符"),
        Lang::En => format!(
            "the comparison {value} is not a number of its sentence: the text prints otherwise"
        ),
    }
}

/// A figure whose sentence is not in the report's text.
pub fn source_not_in_text(lang: Lang) -> String {
    match lang {
        Lang::Zh => "原句不在报告原文中".to_string(),
        Lang::En => "its sentence is not in the report's text".to_string(),
    }
}

/// What the draft wrote and the desk has not confirmed yet: empty when nothing is left.
pub fn to_confirm(lang: Lang, figures: usize, charts: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    match (lang, figures, charts) {
        (_, 0, 0) => String::new(),
        (Lang::Zh, f, 0) => format!("{f} 个数字待确认"),
        (Lang::Zh, 0, c) => format!("{c} 个图表待确认"),
        (Lang::Zh, f, c) => format!("{f} 个数字、{c} 个图表待确认"),
        (Lang::En, f, 0) => format!("{f} figure{} to confirm", s(f)),
        (Lang::En, 0, c) => format!("{c} chart{} to confirm", s(c)),
        (Lang::En, f, c) => format!("{f} figure{} and {c} chart{} to confirm", s(f), s(c)),
    }
}

/// What the editor says of a file's figures when the file cannot be read (not JSON):
/// nothing is confirmed, since nothing is known.
pub fn unread_figures(lang: Lang) -> String {
    match lang {
        Lang::Zh => "文件读不出，数字无法核对",
        Lang::En => "the file cannot be read: no figure can be checked",
    }
    .to_string()
}

/// The text's numbers that the data file neither makes figures nor skips (or skips as
/// `unread`, the draft's not knowing): the desk decides each. Empty when none is left.
pub fn to_decide(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (_, 0) => String::new(),
        (Lang::Zh, n) => format!("{n} 个数字待决定"),
        (Lang::En, 1) => "1 number to decide".to_string(),
        (Lang::En, n) => format!("{n} numbers to decide"),
    }
}

/// A chart's subtitle that does not name the unit all its figures are in.
pub fn subtitle_without_unit(lang: Lang, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("副标题未写出图中数字共同的单位「{unit}」"),
        Lang::En => format!("the subtitle does not name the unit its figures share ({unit})"),
    }
}

/// The editor asked for a number its sentence does not have.
pub fn no_such_number(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("句中没有数字「{number}」"),
        Lang::En => format!("the sentence has no number \"{number}\""),
    }
}

/// The editor asked to add a figure for a number a figure already holds: a second press
/// adds no copy. In the interface's language, which the editor passes to the drafter.
pub fn already_a_figure(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("「{number}」已是一个数字，不再添加"),
        Lang::En => format!("\"{number}\" is already a figure's; none added"),
    }
}

/// Which number of a figure its sentence does not print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Its value (or the value's range end).
    Value,
    /// Its change.
    Change,
    /// Its comparison or contribution.
    Compare,
}

impl Field {
    /// How `value` of this field, not printed by its sentence, is listed as a problem.
    pub fn not_in_sentence(self, lang: Lang, value: f64) -> String {
        match self {
            Field::Value => value_not_in_sentence(lang, value),
            Field::Change => change_not_in_sentence(lang, value),
            Field::Compare => compare_not_in_sentence(lang, value),
        }
    }

    /// The field's name in a sentence.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Field::Value, Lang::Zh) => "数值",
            (Field::Change, Lang::Zh) => "变化",
            (Field::Compare, Lang::Zh) => "比较",
            (Field::Value, Lang::En) => "value",
            (Field::Change, Lang::En) => "change",
            (Field::Compare, Lang::En) => "comparison",
        }
    }
}

/// A figure's number that its sentence does not print, as 发布's refusal names it.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// The figure's label.
    pub label: &'a str,
    /// Which of its numbers.
    pub field: Field,
    /// The number the figure holds.
    pub typed: f64,
    /// The number its sentence prints instead, with its unit, where it can be told.
    pub printed: Option<&'a str>,
    /// The figure's sentence.
    pub sentence: &'a str,
}

/// 发布 refused while a figure holds a number its sentence does not print (tester
/// s-test24 F7): the first such figure and both numbers, and how many `more` there are.
/// The data contract has no way to mark a sentence as the report's own error, so the
/// fix named is the sentence's number.
pub fn publish_refused_not_in_sentence(lang: Lang, s: &Said, more: usize) -> String {
    let Said {
        label,
        field,
        typed,
        printed,
        sentence,
    } = *s;
    let name = field.name(lang);
    let (head, tail) = match (lang, printed) {
        (Lang::Zh, Some(p)) => (
            format!("不能发布：「{label}」的{name} {typed} 与原句不符，原句印作 {p}。"),
            format!("请改为原句的数字（{p}）后再发布。"),
        ),
        (Lang::Zh, None) => (
            format!("不能发布：「{label}」的{name} {typed} 不是原句中的数字，原句是“{sentence}”。"),
            "请改为原句的数字后再发布。".to_string(),
        ),
        (Lang::En, Some(p)) => (
            format!("Not published: the {name} of {label} is {typed}, but its sentence prints {p}. "),
            format!("Correct it to the sentence's number ({p}) to publish."),
        ),
        (Lang::En, None) => (
            format!("Not published: the {name} of {label}, {typed}, is not a number its sentence prints (“{sentence}”). "),
            "Correct it to the sentence's number to publish.".to_string(),
        ),
    };
    let rest = match (lang, more) {
        (_, 0) => String::new(),
        (Lang::Zh, n) => format!("另有 {n} 处数字与原句不符。"),
        (Lang::En, 1) => " 1 more number disagrees with its sentence.".to_string(),
        (Lang::En, n) => format!(" {n} more numbers disagree with their sentences."),
    };
    format!("{head}{tail}{rest}")
}
