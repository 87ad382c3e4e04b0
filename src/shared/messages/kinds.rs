//! A chart kind's problems with its figures, each in both languages: how many it takes,
//! in what units, what each figure must have, and the results-only kinds that never draw
//! a target. The kind is named as a desk reads it: 条形图（bars）.

use super::words;
use super::Message;
use crate::shared::charts::check::Need;
use crate::shared::charts::kind::ChartKind;
use crate::shared::model::{Lang, Status, Text};

/// A chart kind as a desk reads it: 条形图（bars）.
fn kind_zh(kind: ChartKind) -> String {
    format!("{}（{}）", words::chart_kind(kind, Lang::Zh), kind.name())
}

/// A kind of the register's (排名, 目标与实绩, 历年趋势) in a report's data file: only the
/// indicators' pages draw it, and the story page would show an error box in its place.
pub fn kind_not_on_story_page(kind: ChartKind) -> Message {
    Message::new(
        format!(
            "{}只用于指标页，报告页画不出：请换一种图表类型",
            kind_zh(kind)
        ),
        format!(
            "a \"{}\" chart is drawn by the indicators' pages only, and a report's page cannot draw it: choose another kind",
            kind.name()
        ),
    )
}

/// A chart with too few or too many figures for its kind.
pub fn figure_count(kind: ChartKind, count: usize, min: usize, max: usize) -> Message {
    let (name, zh) = (kind.name(), kind_zh(kind));
    if max == usize::MAX {
        Message::new(
            format!("{zh}至少要有 {min} 个数字，现有 {count} 个"),
            format!("a \"{name}\" chart needs at least {min} figures, not {count}"),
        )
    } else {
        Message::new(
            format!("{zh}要有 {min} 到 {max} 个数字，现有 {count} 个"),
            format!("a \"{name}\" chart takes {min} to {max} figures, not {count}"),
        )
    }
}

/// A part-whole chart with a part and no whole.
pub fn odd_part_whole(kind: ChartKind, count: usize, min: usize, max: usize) -> Message {
    let m = figure_count(kind, count, min, max);
    Message::new(
        format!(
            "{}（须成对：部分、整体，文中印出部分的占比时其后跟占比……）",
            m.zh
        ),
        format!(
            "{} (in pairs: part, whole, then the part's share where the text prints it, …)",
            m.en
        ),
    )
}

/// A chart mixing units on one axis.
pub fn mixed_units(kind: ChartKind, first: &str, other: &str) -> Message {
    Message::new(
        format!(
            "{}的一根轴只画一种单位，这里混用了 \"{first}\" 和 \"{other}\"（单位不同请用分组小图 multiples）",
            kind_zh(kind)
        ),
        format!(
            "a \"{}\" chart draws one unit on one axis, but mixes \"{first}\" and \"{other}\" (use \"multiples\" for unlike units)",
            kind.name()
        ),
    )
}

/// A figure that does not fit the chart kind that names it.
pub fn unfit_figure(kind: ChartKind, figure: &Text, needs: Need) -> Message {
    let (zh, en) = match needs {
        Need::Nothing => ("（无要求）", "nothing"),
        Need::Value => ("数值", "a value"),
        Need::GrowthChange => (
            "以%计的“增长”或“下降”类变化",
            "a change of kind \"growth\" or \"decline\" in %",
        ),
        Need::ShareValue => (
            "类型“占比”和数值，且标签不是增减幅度（降幅不是整体的一部分）",
            "kind \"share\" and a value, under a label that is no rate of change (a fall is no part of a whole)",
        ),
        Need::ValueAndFrom => (
            "数值和“由…变为”类的变化",
            "a value and a change of kind \"from\"",
        ),
        Need::ShareAndComparison => (
            "类型“占比”、数值和“高于”或“低于”类的变化",
            "kind \"share\", a value and a change of kind \"above\" or \"below\"",
        ),
    };
    Message::new(
        format!("数字{}不能画进{}：需要{zh}", figure.zh, kind_zh(kind)),
        format!(
            "figure {} cannot be drawn by a \"{}\" chart: it needs {en}",
            figure.en,
            kind.name()
        ),
    )
}

/// A target or a limit on a kind that draws results only, named as the desk's choices
/// name kinds (no code: tester s-test21 E4); a share ring or a waffle is named for a limit
/// only.
pub fn status_not_drawn(kind: ChartKind, figure: &Text, status: Status) -> Message {
    let (zh, en, aside_zh, aside_en) = match status {
        Status::Limit => (
            "限值",
            "a limit",
            "（限值也从不画成占比环或方格图）",
            " (and a limit is never a share ring or a waffle)",
        ),
        _ => ("目标", "a target", "", ""),
    };
    let [kind_zh, kind_en] = [Lang::Zh, Lang::En].map(|l| words::chart_kind(kind, l));
    let [targets_zh, targets_en] =
        [Lang::Zh, Lang::En].map(|l| words::chart_kind(crate::shared::charts::targets::KIND, l));
    Message::new(
        format!(
            "数字{}是{zh}：{kind_zh}只画实绩，{zh}画在这里会被读成实绩{aside_zh}；请用{targets_zh}或卡片",
            figure.zh
        ),
        format!(
            "figure {} is {en}: a \"{kind_en}\" chart draws results only, where {en} would read as a result{aside_en}; draw it in a \"{targets_en}\" chart or as a card",
            figure.en
        ),
    )
}
