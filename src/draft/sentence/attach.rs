//! A change word before a number: attached to the figure before it (实现增加值310.5亿元，
//! 可比增长6.1%), or a figure of its own that only changes.

use super::{qualifier, Found, FoundChange, Reader};
use crate::draft::changes::{self, Direction};
use crate::draft::label;
use crate::draft::numbers::Unit;
use crate::draft::subjectless;
use crate::shared::model::{ChangeKind, Qualifier, SkipReason};
use crate::shared::words::names_no_subject;

impl Reader<'_> {
    /// A change word before number `i`: attached to the figure before it, or a
    /// change-only figure. False when `lead` has no change word that fits.
    pub(super) fn change(
        &mut self,
        i: usize,
        lead: &str,
        unit: &Unit,
        q: Option<Qualifier>,
    ) -> bool {
        let n = self.nums[i].clone();
        let compared = (unit.zh == "个百分点")
            .then(|| changes::comparison(label::clause_tail(lead)))
            .flatten();
        if let Some((kind, reference, _)) = &compared {
            if self.compare(*kind, reference, n.value, unit) {
                return true;
            }
        }
        if compared.is_none() && self.compared_inside(i, lead, unit, q) {
            return true;
        }
        let above = compared.as_ref().map(|(_, r, _)| r.clone());
        let (kind, before) = match (&compared, changes::word_before(lead)) {
            (Some((kind, _, len)), _) => (*kind, &lead[..lead.len() - len]),
            (None, Some((d, len))) => {
                let prev_unit = self.out.figures.last().map_or("", |f| f.unit.as_str());
                let Some(k) = changes::kind(d, &unit.zh, prev_unit).or_else(|| {
                    (d != Direction::Added)
                        .then(|| changes::kind(d, &unit.zh, ""))
                        .flatten()
                }) else {
                    return false;
                };
                (k, &lead[..lead.len() - len])
            }
            (None, None) => return false,
        };
        let change = FoundChange {
            reference: above,
            qualifier: qualifier(q, unit),
            ..FoundChange::new(kind, n.value, &unit.zh)
        };
        let attach = self.joins_the_last(i, before)
            && !self.stands_apart(kind, lead, unit)
            && self.out.figures.last().is_some_and(|f| {
                f.change.is_none()
                    && f.value.is_some()
                    && (!matches!(kind, ChangeKind::Added | ChangeKind::Reduced)
                        || f.unit == unit.zh)
                    // A change in points is only ever of a figure in %.
                    && (unit.zh != "个百分点" || f.unit == "%")
            });
        // 规模以上工业增加值完成年度计划的112.5%，增长5%: the indicator's growth, never
        // the ratio's, a change of its own where no amount of it is read.
        let ratio_of = (self.out.figures.last())
            .and_then(|f| super::executed::ratio_whole(&f.label))
            .map(str::to_string);
        if attach {
            // 第三产业增加值150亿元，占比重为52.4%，增长6.1%: a growth in % after a share
            // of the figure before is that figure's; a share moves in points.
            let n = self.out.figures.len();
            let at = match self.out.figures.get(n.wrapping_sub(2)) {
                Some(whole) if self.share_of(whole, unit) => Some(n - 2),
                _ => ratio_of.is_none().then_some(n - 1),
            };
            if let Some(f) = at.and_then(|at| self.out.figures.get_mut(at)) {
                f.change = Some(change);
                f.end = unit.end;
                return true;
            }
        }
        // 增长8.2%，高于全省1.1个百分点，拉动全市经济增长2.4个百分点: a second comparison
        // or a pull the figure before cannot hold is the desk's, never a figure of its
        // own named after what it pulls (经济增长 2.4个百分点).
        if compared.is_some() {
            return self.left_unread(i, unit);
        }
        if matches!(kind, ChangeKind::Added | ChangeKind::Reduced) || kind.compares() {
            return false;
        }
        // 比上年增加50亿元、增长7.7%: a second change of the figure before, which has one
        // already and which the data file holds one change for. Drafted apart, it would
        // be a figure without a name; the desk decides.
        // 同比增长5.2%，两年平均增长4.8%: an average over years is the same figure's
        // second change, whose name is a span only.
        let name = label::label(before, "", true);
        let averaged = years_average(&name);
        let second = self.out.figures.last().is_some_and(|f| {
            f.change.is_some()
                && (averaged || changes::joins(before) && name.is_empty() && f.value.is_some())
        });
        if second {
            return self.left_unread(i, unit);
        }
        // 居民消费价格指数涨幅2%以内: a change within a bound.
        let bound = change.qualifier.is_some_and(super::bounds);
        let mut name = label::label(before, "", true);
        // 居民消费价格同比上涨0.2%，1—9月平均下降0.1%: a change of the figure before over a
        // period of its own clause, which names nothing else.
        let own_period = period_alone(&name).filter(|_| !self.out.figures.is_empty());
        let bridge = changes::BRIDGES.contains(&name.as_str());
        let ratio_of = ratio_of.filter(|_| name.is_empty() || bridge);
        if let Some(whole) = ratio_of.or_else(|| self.named_by_marks(bridge, before)) {
            // The ratio's indicator: 完成年度计划的112.5%，比上年增长5%; or what passed the
            // marks before (跨越千亿元、1200亿元台阶，年均增长6.1%).
            name = whole;
        } else if bridge && changes::joins(before) || own_period.is_some() {
            // 从276.8亿元增加到378亿元，年均增长6.1%: a change a year of the figure before,
            // which holds another change already; 年均 names nothing.
            // 较2020年增长35.6%，年均增长6.3%: the base year is the first change's, never
            // the name of a change a year.
            if let Some(prev) = self.out.figures.last() {
                name = without_base_year(&prev.label).to_string();
            }
        } else if let Some(named) = self.sibling(&name) {
            // 营收增长5.9%、利润增长5.5%: the same subject's other indicator.
            name = named;
        } else if let Some(named) =
            (self.actual_named(&name)).or_else(|| self.goal_named(&name, before))
        {
            // 地区生产总值增长5.1%，今年力争增长5.5%左右: the goal's growth is of what the
            // sentence named right before; with nothing named before it, the desk's.
            let Some(named) = named else {
                return self.left_unread(i, unit);
            };
            name = named;
        }
        self.push(Found {
            part: self.part(n.start),
            bound,
            period: own_period,
            ..Found::change_only(name, change, unit.end)
        });
        true
    }

    /// The name of a change that names nothing of its own (`bridge`: 年均) after marks
    /// passed with no figure before it in the sentence: 地区生产总值先后跨越千亿元、1200亿元
    /// 台阶，年均增长6.1% is a change a year of what passed them, the marks no figures
    /// (tester s-test24 F2). `None` for any other change.
    fn named_by_marks(&self, bridge: bool, before: &str) -> Option<String> {
        (bridge && self.out.figures.is_empty())
            .then(|| crate::draft::levels::passer_before(before))
            .flatten()
    }

    /// True when `before` (the words between the figure before and change number `i`)
    /// join that figure and the change: words like 同比, its base said again, or a span.
    fn joins_the_last(&self, i: usize, before: &str) -> bool {
        changes::joins(before)
            || base_restates(before, self.last_label())
            || self.over_an_undated_span(i, before)
    }

    /// True when `before` (the words between the figure before and change number `i`)
    /// is a span in words and what joins a change (增加到121万亿元，五年年均增长5.2%), and
    /// the sentence dates no level before it: 2025年…达到412.6亿元，五年年均增长6.2% is a
    /// level of one year and a growth of five, two figures of two periods.
    fn over_an_undated_span(&self, i: usize, before: &str) -> bool {
        let span = crate::draft::asides::span_in_words_len(before);
        let dated = self.nums[..i]
            .iter()
            .any(|n| n.text.len() == 4 && self.s[n.end..].starts_with('年'));
        span > 0 && changes::joins(&before[span..]) && !dated
    }

    /// Leaves number `i` (its unit `unit`) for the desk and reads on after it: true.
    fn left_unread(&mut self, i: usize, unit: &Unit) -> bool {
        self.skip(i, SkipReason::Unread);
        self.cursor = unit.end;
        true
    }

    /// For a change whose `name` is only a goal's words and year (力争, 今年预期, 力争全年
    /// of `before`): Some with the label of the figure right before it where that names
    /// something, Some(None) where none does; `None` where `name` names something.
    fn goal_named(&self, name: &str, before: &str) -> Option<Option<String>> {
        let aimed = subjectless::goal_only(name)
            || subjectless::year_only(name) && subjectless::aims(label::clause_tail(before));
        aimed.then(|| {
            (self.out.figures.last())
                .filter(|p| !p.label.is_empty() && !names_no_subject(&p.label))
                .map(|p| p.label.clone())
        })
    }

    /// True when the last figure is the one before it in another currency (从5.6万元增至
    /// 7.8万元，超过1万美元) and that one has a change already: a change after them is
    /// the amount's second, never the converted one's.
    fn converted_after_change(&self) -> bool {
        let n = self.out.figures.len();
        let (Some(whole), Some(last)) = (
            self.out.figures.get(n.wrapping_sub(2)),
            self.out.figures.last(),
        ) else {
            return false;
        };
        last.label == whole.label
            && last.change.is_none()
            && whole.change.is_some()
            && super::subject::other_currency(&whole.unit, &last.unit)
    }

    /// For a change named 实际 alone (今年地区生产总值预期增长6%，去年实际增长6.2%): Some
    /// with the label of the figure right before it, whose actual result it is, where
    /// that names something, Some(None) where none does; `None` for any other name.
    fn actual_named(&self, name: &str) -> Option<Option<String>> {
        (name == "实际").then(|| {
            (self.out.figures.last())
                .filter(|p| !p.label.is_empty() && !names_no_subject(&p.label))
                .map(|p| p.label.clone())
        })
    }

    /// True when the last figure only restates `whole` (the figure before it): its share
    /// (占…比重为, 占比) or the same value in another unit (9.5万元，约合1.3万美元), and a
    /// change in `unit` after it is `whole`'s: a growth or decline in %, onto an amount
    /// that has none yet.
    fn share_of(&self, whole: &Found, unit: &Unit) -> bool {
        let Some(share) = self.out.figures.last() else {
            return false;
        };
        let own = share.label.strip_prefix(whole.label.as_str());
        let named = own.unwrap_or(&share.label);
        // 完成42.6亿元，为预算的102.3%，增长5.2%: the ratio to the plan, as a share.
        let is_share = share.unit == "%"
            && (named.starts_with('占')
                || own.is_some_and(|o| o.starts_with("比重"))
                || super::executed::is_ratio_of(&share.label, &whole.label)
                || super::executed::against_a_plan(named)
                || super::executed::against_a_past_year(named));
        let converted = own == Some("") && share.unit != whole.unit && share.change.is_none();
        (is_share || converted)
            && unit.zh == "%"
            && whole.unit != "%"
            && whole.value.is_some()
            && whole.change.is_none()
    }
}

/// True for a name that is only a span of years averaged over (两年平均, 近三年平均).
fn years_average(name: &str) -> bool {
    name.strip_suffix("平均")
        .is_some_and(|y| y.ends_with('年') && y.chars().count() <= 3)
}

/// The count of years `name` opens with, as printed: 五年年均增长5.6% → 五年. A span of
/// the figure before's, never a label.
fn count_of_years(name: &str) -> Option<String> {
    let (count, _) = name.split_once('年')?;
    let counted = count.chars().count();
    ((1..=2).contains(&counted) && count.chars().all(|c| "一二两三四五六七八九十".contains(c)))
        .then(|| format!("{count}年"))
}

/// Words that say how a change over a period was reckoned, not what changed: 1—9月平均下降,
/// 前三季度累计增长.
const OVER_PERIOD: [&str; 3] = ["平均", "累计", "同比"];

/// The period `name` (the words before a change) is, when it names nothing else: 1—9月,
/// 1—9月平均, 前三季度累计 (a clause of the figure before, over a period of its own).
fn period_alone(name: &str) -> Option<String> {
    let p = crate::draft::years::sentence_period(name).or_else(|| count_of_years(name))?;
    let rest = name.strip_prefix(p.as_str())?;
    let rest = rest.strip_prefix("份").unwrap_or(rest);
    let rest = OVER_PERIOD
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    (rest.is_empty() || changes::BRIDGES.contains(&rest)).then_some(p)
}

/// `label` without the base year of a change that closes it: 地区生产总值较2020年 →
/// 地区生产总值 (较2020年, 比2020年, 与2020年相比).
fn without_base_year(label: &str) -> &str {
    let body = label.strip_suffix("相比").unwrap_or(label);
    let Some(year) = body.strip_suffix('年') else {
        return label;
    };
    let digits = year.len() - year.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits != 4 {
        return label;
    }
    let rest = &year[..year.len() - 4];
    ["较", "比", "与"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .filter(|r| !r.is_empty())
        .unwrap_or(label)
}

/// The most characters of the figure's subject said again after its base (比去年预算赤字).
const RESTATED_CHARS: usize = 6;

impl Reader<'_> {
    /// True when the change of kind `kind` before `unit` stands apart from the figure
    /// before: that figure is converted after its change ([`Self::converted_after_change`]),
    /// or 新增 and a noun after the number (使6069万农民受益，新增510万沼气用户) count new
    /// things, a figure of their own, never the rise of the figure before.
    fn stands_apart(&self, kind: ChangeKind, lead: &str, unit: &Unit) -> bool {
        let counts_new = kind == ChangeKind::Added
            && changes::word_before(lead).is_some_and(|(d, _)| d == Direction::Added)
            && self.s[unit.end..].starts_with(crate::draft::scan::is_han);
        counts_new || self.converted_after_change()
    }

    /// The label of the figure read last, or nothing.
    fn last_label(&self) -> &str {
        self.out.figures.last().map_or("", |f| f.label.as_str())
    }
}

/// Bases of a budget's change on last year's (比去年预算, 比上年年初预算), longest first:
/// what they compare with is the figure's own sum, planned a year before.
const BUDGET_BASES: [&str; 4] = [
    "比上年年初预算",
    "比去年年初预算",
    "比去年预算",
    "比上年预算",
];

/// True when `before` (the words between a figure and a change word) are its base and its
/// subject said again, every character of it in `label`: 中央财政赤字预算拟安排1800亿元，
/// 比去年预算赤字减少650亿元 is that deficit's change, never a figure 比去年预算赤字.
fn base_restates(before: &str, label: &str) -> bool {
    let rest = before.trim_start_matches(['，', ',']);
    let budget = BUDGET_BASES.iter().find_map(|b| rest.strip_prefix(b));
    let Some(noun) = budget.or_else(|| {
        ["比去年", "比上年", "较去年", "较上年"]
            .iter()
            .find_map(|b| rest.strip_prefix(b))
    }) else {
        return false;
    };
    let n = noun.chars().count();
    let restated = (2..=RESTATED_CHARS).contains(&n)
        && noun
            .chars()
            .all(|c| crate::draft::scan::is_han(c) && label.contains(c));
    restated || budget.is_some() && n == 0
}
