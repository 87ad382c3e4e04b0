//! The problems of a chart whose figures are not of one period and basis (issue 18):
//! 同比 growth of the year beside 年均 growth over five years says what no text says.

use super::Message;
use crate::shared::model::{Lang, Text};

/// How a figure's period and basis are named in a problem: its period as printed (or the
/// report's year), with 年均 where its change is an average a year.
pub fn period_name(period: Option<&str>, yearly: bool) -> (String, String) {
    let (zh, en) = match period {
        Some(p) => (p.to_string(), p.to_string()),
        None => ("报告年度".to_string(), "the report's year".to_string()),
    };
    if yearly {
        (format!("{zh}（年均）"), format!("{en} (average a year)"))
    } else {
        (zh, en)
    }
}

/// Figures of one chart whose changes are of different periods or bases.
pub fn periods_mixed(first: (&str, &str), other: (&str, &str), figure: &Text) -> Message {
    Message::new(
        format!(
            "一张图只画同一时期、同一口径的数字：{}属于“{}”，而本图第一个数字属于“{}”；请分开画",
            figure.zh, other.0, first.0
        ),
        format!(
            "a chart draws figures of one period and basis only: {} is of {}, the chart's first figure of {}; draw them apart",
            figure.en, other.1, first.1
        ),
    )
}

/// A chart whose figures all share a period or basis its subtitle does not name.
pub fn period_not_in_subtitle(word: &str) -> Message {
    Message::new(
        format!("本图的数字都属于“{word}”，副标题要写明"),
        format!("every figure of this chart is of \"{word}\": its subtitle must say so"),
    )
}

/// A chart's subtitle that names a year none of its figures is of.
pub fn subtitle_year_no_figure_has(year: &str) -> Message {
    Message::new(
        format!("副标题写的“{year}”不是本图任何数字的时期：请写数字自己的时期，或去掉"),
        format!("the subtitle names {year}, the period of none of this chart's figures: name their own period, or leave it out"),
    )
}

/// A bar's or an arrow's short change (`+5.7%`) when it is an average a year: 年均+5.7%
/// / +5.7% avg. a year, so that the label alone never reads as one year's change.
pub fn yearly_short(short: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("年均{short}"),
        Lang::En => format!("{short} avg. a year"),
    }
}

/// The basis of a change as printed (实际, 同口径, 可比, 名义, 按不变价格计算) as a title,
/// row or bar says it: the Chinese words as printed (a bar's end: 不变价, 可比价), or its
/// English phrase, put after the change (`short`: the words a bar's end has room for).
/// A budget's base (比上年预算, 比去年预计数) is said as last year's budget or estimate.
pub fn basis_words(printed: &str, lang: Lang, short: bool) -> &str {
    let estimate = printed.ends_with("预计数") || printed.ends_with("预计执行数");
    let budget = printed.contains("预算");
    match (printed, lang, short) {
        ("按不变价格计算" | "按不变价计算", Lang::Zh, true) => "不变价",
        ("按可比价格计算", Lang::Zh, true) => "可比价",
        (_, Lang::Zh, _) => printed,
        _ if estimate && short => "vs. last year's est.",
        _ if estimate => "on last year's estimate",
        _ if budget && short => "vs. last year's budget",
        _ if budget => "on last year's budget",
        ("实际", Lang::En, false) => "in real terms",
        ("实际", Lang::En, true) => "real",
        ("名义", Lang::En, false) => "in nominal terms",
        ("名义", Lang::En, true) => "nominal",
        ("可比价" | "按可比价格计算", Lang::En, false) => "at comparable prices",
        ("可比价" | "按可比价格计算", Lang::En, true) => "comp. prices",
        ("按不变价格计算" | "按不变价计算", Lang::En, false) => "at constant prices",
        ("按不变价格计算" | "按不变价计算", Lang::En, true) => "const. prices",
        ("比年初" | "较年初", Lang::En, false) => "since the start of the year",
        ("比年初" | "较年初", Lang::En, true) => "YTD",
        ("环比", Lang::En, false) => "month on month",
        ("环比", Lang::En, true) => "m/m",
        (_, Lang::En, false) => "on a like-for-like basis",
        (_, Lang::En, true) => "like-for-like",
    }
}

/// Two figures of one label on one chart that are not of one status and period: a target
/// beside a result, or two periods, unlabelled.
pub fn one_label_twice(label: &Text) -> Message {
    let en = if label.en.is_empty() {
        &label.zh
    } else {
        &label.en
    };
    Message::new(
        format!(
            "本图有两个“{}”：两者的状态（目标、限值或实绩）或时期不同，读者会当成同一个数字；请分开画，或用“预期目标”图",
            label.zh
        ),
        format!(
            "this chart has \"{en}\" twice: the two differ in status (target, limit or result) or period, and a reader takes them for one number; draw them apart, or use a \"targets\" chart"
        ),
    )
}

/// Two figures of one label, status and period on one chart (同比 and 环比 of 居民消费价格
/// in 11月, a plan and its result both called results): a reader cannot tell them apart.
pub fn one_label_alike(label: &str) -> Message {
    Message::new(
        format!("本图有两个“{label}”，时期和性质都相同，读者分不清：请在标签上写明两者的区别（如同比、环比，计划、实际）"),
        format!("this chart has \"{label}\" twice, of one period and status, and a reader cannot tell them apart: say in each label how they differ (year on year, month on month; planned, actual)"),
    )
}
