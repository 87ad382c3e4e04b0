//! A chart draws figures of one period and basis (issue 18): 同比增长 of the report's year
//! beside 年均增长 over five years, or beside growth over “十四五”时期, on one axis says
//! what the text does not. The period is the figure's `period`; the basis (an average a
//! year, 年均) is read off its sentence, where 年均 stands right before its change.

use super::{Checker, JsonPath};
use crate::shared::charts;
use crate::shared::format::decimal;
use crate::shared::messages as msg;
use crate::shared::messages::periods::period_name;
use crate::shared::model::{Chart, Figure, Lang, Status};

/// The kinds made to set one indicator's figures of other statuses or periods side by
/// side: a target beside last year's result, one indicator across years.
const SIDE_BY_SIDE: [charts::ChartKind; 3] = [
    charts::targets::KIND,
    charts::target_result::KIND,
    charts::trend::KIND,
];

/// The last year of a five-year plan named in a period (“十四五”时期: 2025).
fn plan_end(period: &str) -> Option<i64> {
    let plans = [
        ("十三五", 2020),
        ("十四五", 2025),
        ("十五五", 2030),
        ("十六五", 2035),
    ];
    plans
        .iter()
        .find(|(name, _)| period.contains(name))
        .map(|&(_, end)| end)
}

/// True for a limit of a past period: one the report's year or a span before it kept
/// (五年来城镇调查失业率控制在5.5%以内). It is a result with its bound, never a target;
/// a limit of a year to come (2026年) or a plan to come stays a goal.
pub fn kept(f: &Figure, year: i64) -> bool {
    if f.status != Status::Limit {
        return false;
    }
    let Some(p) = &f.period else { return true };
    let p = p.zh.as_str();
    if let Some(end) = plan_end(p) {
        return year > 0 && end <= year;
    }
    if let Some(y) = p
        .strip_suffix('年')
        .filter(|y| y.len() == 4)
        .and_then(|y| y.parse::<i64>().ok())
    {
        return year > 0 && y <= year;
    }
    ["过去", "来", "以来"].iter().any(|w| p.contains(w))
}

/// How far before its change's number 年均 may stand in its clause (年均增长; 年均分别增长
/// 3.5%左右、6%左右、5%左右: the third too).
const YEARLY_REACH: usize = 24;

/// True when `f`'s change is an average a year (年均增长5.7%): the data file says so
/// (`yearly`), or its sentence prints 年均 in the same clause, shortly before the
/// change's number (a file written before the key).
pub fn yearly(f: &Figure) -> bool {
    f.change.as_ref().is_some_and(|c| c.yearly) || printed_yearly(f)
}

/// True when `f`'s sentence prints 年均 in the same clause, shortly before its change's
/// number: what the draft reads as a change's `yearly`.
pub fn printed_yearly(f: &Figure) -> bool {
    let Some(c) = &f.change else { return false };
    printed_before(&f.source, &decimal(c.value, c.decimals), "年均", |after| {
        !after.contains(['，', '。', '；', ',', ';'])
            && !MEASURES.iter().any(|m| after.starts_with(m))
    })
}

/// True when `f`'s sentence prints 年均 in the same clause before its value's number,
/// with no change between them (城镇新增就业年均超过70万人): the value is an average a
/// year. 年均增长6.7%、达到3650亿元 is the change's; 年均浓度 a measure.
pub fn printed_yearly_value(f: &Figure) -> bool {
    let Some(v) = f.value else { return false };
    printed_before(&f.source, &decimal(v, f.decimals), "年均", |after| {
        let verbs = [
            "增长", "增速", "增幅", "上涨", "涨幅", "下降", "提高", "增加", "减少", "%", "倍",
        ];
        !after.contains(['，', '。', '；', ',', ';', '、'])
            && !MEASURES.iter().any(|m| after.starts_with(m))
            && !verbs.iter().any(|w| after.contains(w))
    })
}

/// What 年均 names when it opens a measure: PM2.5年均浓度下降7.4% is the annual mean
/// concentration falling on the year before, not a fall a year on average.
const MEASURES: [&str; 6] = ["浓度", "气温", "降水", "降雨", "值", "水平"];

/// True when `f`'s sentence prints 累计 in the same clause before its value's number
/// (五年来，累计完成固定资产投资612.5亿元): a sum over its period. A change's 累计
/// (前三季度累计增长5%) is the change's, after the value.
pub fn printed_cumulative(f: &Figure) -> bool {
    let Some(v) = f.value else { return false };
    printed_before(&f.source, &decimal(v, f.decimals), "累计", |after| {
        !after.contains(['，', '。', '；', ',', ';', '、'])
            && !STOCKS.iter().any(|w| after.contains(w))
    })
}

/// A balance or a stock is what stands at a date, never a sum over a period: 累计交易
/// 5421.8万吨 before it is another figure's 累计 (贷款余额突破1万亿元).
const STOCKS: [&str; 2] = ["余额", "存量"];

/// True when `source` prints `word` within [`YEARLY_REACH`] characters before an
/// occurrence of `printed`, and `holds` accepts what stands between them. Only the
/// number printed whole counts: the 20 of 年均缩减近2000平方公里 is no 20 (能耗均下降
/// 20%以上 earlier in the sentence is no average a year).
fn printed_before(source: &str, printed: &str, word: &str, holds: impl Fn(&str) -> bool) -> bool {
    source.match_indices(printed).any(|(at, _)| {
        // 1 inside 5421.8 is no printing of 1: only a whole number counts.
        if inside_number(source, at, at + printed.len()) {
            return false;
        }
        let before: Vec<char> = source[..at].chars().rev().take(YEARLY_REACH).collect();
        let before: String = before.into_iter().rev().collect();
        before
            .rfind(word)
            .is_some_and(|i| holds(&before[i + word.len()..]))
    })
}

/// True when the digits at `from..to` of `source` are part of a longer number (a digit
/// or a point right before or after them).
fn inside_number(source: &str, from: usize, to: usize) -> bool {
    let numeric = |c: char| c.is_ascii_digit() || c == '.';
    source[..from].chars().next_back().is_some_and(numeric)
        || source[to..].chars().next().is_some_and(numeric)
}

/// A figure's period and basis, as one key: figures of one chart share it.
pub fn key(f: &Figure) -> (Option<&str>, bool) {
    (f.period.as_ref().map(|p| p.zh.as_str()), yearly(f))
}

impl Checker {
    /// The changes a growth chart compares on one axis are of one period and basis, and
    /// its subtitle names it. (Cards print each figure's period with it; a targets chart
    /// sets a target beside last year's result by design.)
    /// On every kind, a year the subtitle names is a year of one of its figures.
    pub(super) fn period_rules(&mut self, path: &JsonPath, chart: &Chart, all: &[Figure]) {
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        self.subtitle_years(path, chart, &figs);
        self.apart(path, chart, &figs);
        if chart.kind != charts::growth::KIND {
            return;
        }
        let Some(first) = figs.first() else { return };
        let k = key(first);
        for (j, f) in figs.iter().enumerate() {
            let other = key(f);
            if other != k {
                let [a, b] = [k, other].map(|(p, y)| msg::periods::period_name(p, y));
                self.report(
                    path.key("figures").at(j),
                    msg::periods::periods_mixed(
                        (&a.0, &a.1),
                        (&b.0, &b.1),
                        &msg::names::figure(all, f),
                    ),
                );
                return;
            }
        }
        let (period, yearly) = k;
        let words = period.into_iter().chain(yearly.then_some("年均"));
        for w in words {
            if !chart.subtitle.pick(Lang::Zh).contains(w) {
                self.report(
                    path.key("subtitle").key("zh"),
                    msg::periods::period_not_in_subtitle(w),
                );
            }
        }
    }
}

/// The years a text names: each run of four digits right before 年 (2025年).
fn years_named(text: &str) -> Vec<&str> {
    text.match_indices('年')
        .filter_map(|(at, _)| at.checked_sub(4).and_then(|from| text.get(from..at)))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

impl Checker {
    /// A subtitle that names a year (…，2025年) says every figure under it is of that
    /// year: at least one figure must be, either of the report's year (no period) or of a
    /// period that names it. Over figures all of 五年来 it says what the text does not.
    fn subtitle_years(&mut self, path: &JsonPath, chart: &Chart, figs: &[&Figure]) {
        let subtitle = chart.subtitle.pick(Lang::Zh);
        for y in years_named(subtitle) {
            let report_year = self.year.to_string() == y || self.year == 0;
            let has = figs.iter().any(|f| match &f.period {
                None => report_year,
                Some(p) => p.zh.contains(y),
            });
            if !has && !figs.is_empty() {
                self.report(
                    path.key("subtitle").key("zh"),
                    msg::periods::subtitle_year_no_figure_has(&format!("{y}年")),
                );
            }
        }
    }
}

/// The first figure of `figs`, of a chart of `kind`, that shares its label with one
/// before it, where a reader cannot tell the two apart: its place, and whether the two
/// are alike (one status and period, and a number of one shape: growth charts draw
/// changes; other kinds a value in its unit, so 地区生产总值 23562亿元 beside 地区生产总值
/// +4.9% is told apart) or of two statuses or periods (社零 +6.1% beside 社零 +6%, the
/// second a goal, says the indicator grew twice). Only a kind made to set those side by
/// side (预期目标, 历年趋势) draws them together; alike, no kind tells them apart
/// (同比 and 环比, a plan and its result both drafted as results).
pub fn twin(kind: charts::ChartKind, figs: &[&Figure]) -> Option<(usize, bool)> {
    let side = SIDE_BY_SIDE.contains(&kind);
    let growth = kind == charts::growth::KIND;
    figs.iter().enumerate().find_map(|(j, f)| {
        let g = figs[..j]
            .iter()
            .find(|g| g.label.zh == f.label.zh && g.id != f.id)?;
        let differ = g.status != f.status || g.period != f.period;
        let shape = growth || (g.value.is_some() == f.value.is_some() && g.unit.zh == f.unit.zh);
        if !differ && shape {
            Some((j, true))
        } else {
            (differ && !side).then_some((j, false))
        }
    })
}

/// The first figure of `figs`, of a chart of `kind`, of a period of several years
/// (过去五年, 五年累计, “十四五”时期) where the first is of one year, or the other way
/// round: bars would compare five years with one (2025年完成236.5亿元). Cards print each
/// figure's period, and growth charts have their own rule.
pub fn years_mixed(kind: charts::ChartKind, figs: &[&Figure]) -> Option<usize> {
    let plain = [charts::cards::KIND, charts::growth::KIND];
    if SIDE_BY_SIDE.contains(&kind) || plain.contains(&kind) {
        return None;
    }
    let span = |f: &Figure| f.period.as_ref().is_some_and(|p| several_years(&p.zh));
    let first = figs.first()?;
    figs.iter().position(|f| span(f) != span(first))
}

/// True for a period of several years: 过去五年, 五年来, “十四五”时期, 2021—2025年.
fn several_years(p: &str) -> bool {
    let words = ["五年", "十三五", "十四五", "十五五", "过去", "以来", "年来"];
    words.iter().any(|w| p.contains(w)) || crate::shared::words::leading_span_of_years(p).is_some()
}

impl Checker {
    /// One label twice on a chart ([`twin`]), and several years beside one
    /// ([`years_mixed`]).
    fn apart(&mut self, path: &JsonPath, chart: &Chart, figs: &[&Figure]) {
        if let Some((j, alike)) = twin(chart.kind, figs) {
            let f = figs[j];
            let message = if alike {
                msg::periods::one_label_alike(&f.label.zh)
            } else {
                msg::periods::one_label_twice(&f.label)
            };
            self.report(path.key("figures").at(j), message);
        }
        if let Some(j) = years_mixed(chart.kind, figs) {
            let name = |f: &Figure| {
                let p = f.period.as_ref().map(|p| p.zh.as_str());
                period_name(p, false)
            };
            let (a, b) = (name(figs[0]), name(figs[j]));
            // Named by its label alone, as the desk sees it on the chart (no id).
            let named = msg::names::figure(&[], figs[j]);
            self.report(
                path.key("figures").at(j),
                msg::periods::periods_mixed((&a.0, &a.1), (&b.0, &b.1), &named),
            );
        }
    }
}
