//! The title the draft writes for a chart led by one figure (地区生产总值4704.3亿元，增长6.1%),
//! in words `check`'s title rules read as the figure's own: the draft never writes a
//! file its own check refuses.

use crate::shared::format;
use crate::shared::model::{Change, ChangeKind, Figure, Lang, Status};

/// The title the draft writes for a chart led by figure `f`, as the figure is now: its
/// label, its value and its change as printed (地区生产总值4704.3亿元，增长6.1%). The
/// editor offers it where a title no longer says what its figure says.
pub fn title_of(f: &Figure) -> String {
    let unsaid = f.status == Status::Result
        && f.period
            .as_ref()
            .is_some_and(|p| !crate::check::validate::trust::period_said(f, &p.zh));
    if unsaid {
        let mut plain = f.clone();
        plain.period = None;
        return title_of(&plain);
    }
    // A label ending in a digit would run into the value: 二期2 + 300亿元 reads 2300.
    let label = &f.label.zh;
    let label = &if label.ends_with(|c: char| c.is_ascii_digit()) {
        format!("{label}：")
    } else {
        label.clone()
    };
    // 拉动全国外贸增长0.7个百分点 prints a verb of growth before a number that is no
    // growth: `check` reads a title's verbs as claims of change and refuses it. The title
    // states the value and its change; the comparison stays on the figure.
    let plain;
    let f = if f.compare.as_ref().is_some_and(|k| misread_as_change(k, f)) {
        plain = Figure {
            compare: None,
            ..f.clone()
        };
        &plain
    } else {
        f
    };
    let change = f
        .change
        .as_ref()
        .map(|c| (c.kind, format::change_with_compare(c, f, Lang::Zh)));
    match (format::value(f, Lang::Zh), change) {
        (Some(_), Some((ChangeKind::From, c))) => format!("{label}{c}"),
        (Some(v), Some((_, c))) => format!("{label}{v}，{c}"),
        (Some(v), None) => format!("{label}{v}"),
        (None, Some((_, c))) => format!("{label}{}{c}", period_before_change(f)),
        (None, None) => label.clone(),
    }
}

/// The period a title prints between a result's label and its change (固定资产投资1—11月
/// 下降2.4%): a change over part of the year or a span says so, as a value's title does
/// (社会消费品零售总额上半年312.5亿元), or a cover or a share card that shows the title
/// alone reads it as the year's (tester s-test24 #10). Nothing for a target (its title
/// names its year its own way), a bare year, or a period the label names already. Call
/// it on a figure whose unsaid period is dropped already.
pub fn period_before_change(f: &Figure) -> &str {
    let Some(p) = f.period.as_ref().map(|p| p.zh.as_str()) else {
        return "";
    };
    let bare_year = p.trim_end_matches('年').len() == 4
        && p.trim_end_matches('年').bytes().all(|b| b.is_ascii_digit());
    if f.status != Status::Result || bare_year || f.label.zh.contains(p) {
        ""
    } else {
        p
    }
}

/// Whether comparison `k` of `f`, as a title prints it, has a verb of change before its
/// number that `k` is not (拉动…增长0.7个百分点 is a pull, not a growth), as the title
/// rules of `check` read it.
fn misread_as_change(k: &Change, f: &Figure) -> bool {
    let text = crate::check::printed::half_width_digits(&format::change(k, f, Lang::Zh));
    crate::check::printed::numbers(&text).iter().any(|n| {
        format::verb::kinds_before(&text[..n.start])
            .is_some_and(|(_, kinds)| !kinds.contains(&k.kind))
    })
}
