//! Rule 6 of the draft's charts: amounts of one indicator across the items of one
//! paragraph → `bars`, and the titles of a chart that states its paragraph's lead.

use super::topics;
use crate::draft::Drafted;
use crate::shared::model::{Bound, FigureKind};

/// Words by which a clause dates its amount at a period's end: a balance, a stock.
const STOCK_WORDS: [&str; 7] = ["年末", "月末", "季末", "期末", "年底", "月底", "余额"];

/// True for an amount its clause dates at a period's end (年末本外币存款5600亿元, 贷款余额):
/// a stock, which bars never set beside a flow of the year (全年新增本外币存款620亿元),
/// however alike their labels end.
pub(super) fn stock(d: &Drafted) -> bool {
    let upto = d.figure.source.get(..d.found.end()).unwrap_or_default();
    let clause = crate::draft::label::clause_tail(upto);
    STOCK_WORDS
        .iter()
        .any(|w| clause.contains(w) || d.figure.label.zh.contains(w))
}

/// Amounts that bars may compare (the rule of `charts::bars`): in one paragraph and
/// one unit, their labels ending in one indicator (城镇/农村居民人均可支配收入), all
/// stocks at a period's end or none, at least two a group, largest first, never a whole
/// beside its own 其中 parts. A shared unit alone is never enough. A bound may stand
/// among them only because bars draw it open-ended (data/README: 突破400亿元's bar fades
/// out, it never stops at 400), and only where the order is still certain: see
/// [`certain_order`].
pub(super) fn comparable(all: &[Drafted], here: &[usize]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for group in grouped(all, here, true) {
        if certain_order(all, &group) {
            out.push(group);
        } else {
            out.extend(grouped(all, &group, false));
        }
    }
    out
}

/// Amounts of one indicator whose order a bound leaves unknown (数字经济营业收入126亿元
/// beside 服务业营业收入突破100亿元, or two bounds): bars would rank them as the text
/// does not, yet their changes are exact, so a growth chart compares them instead (rule
/// 4) rather than cards that the rule of thirds drops.
pub(super) fn barred_by_a_bound(all: &[Drafted], here: &[usize]) -> Vec<Vec<usize>> {
    grouped(all, here, true)
        .into_iter()
        .filter(|g| !certain_order(all, g))
        .collect()
}

/// True when bars may draw `group` largest first with no order the text does not state:
/// at most one bound, a floor (突破400亿元, 超, 以上, 余) no less than every other value
/// or a ceiling (近, 以内) no more. 突破100亿元 beside 120亿元 may be either side of it,
/// and 超3千亿元 beside 超2千亿元 too.
fn certain_order(all: &[Drafted], group: &[usize]) -> bool {
    let value = |k: usize| all[k].found.value.unwrap_or(0.0);
    let bounds: Vec<(usize, Bound)> = (group.iter())
        .filter_map(|&k| Some((k, all[k].found.qualifier?.bound()?)))
        .collect();
    match bounds[..] {
        [] => true,
        [(k, side)] => (group.iter()).filter(|&&j| j != k).all(|&j| match side {
            Bound::Lower => value(k) >= value(j),
            Bound::Upper => value(k) <= value(j),
        }),
        _ => false,
    }
}

/// The groups of [`comparable`], bounds among them where `bounds` says so.
fn grouped(all: &[Drafted], here: &[usize], bounds: bool) -> Vec<Vec<usize>> {
    let amount = |k: usize| {
        all[k].found.kind == FigureKind::Amount
            && all[k].found.value.is_some()
            && (bounds || all[k].found.qualifier.and_then(|q| q.bound()).is_none())
    };
    let mut taken = vec![false; all.len()];
    let mut groups = Vec::new();
    for &k in here.iter().filter(|&&k| amount(k)) {
        if taken[k] {
            continue;
        }
        let (f, label) = (&all[k], &all[k].figure.label.zh);
        let mut group: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&j| {
                amount(j)
                    && !taken[j]
                    && all[j].paragraph == f.paragraph
                    && all[j].found.unit == f.found.unit
                    && stock(&all[j]) == stock(f)
                    && topics::bars_alike(&all[j].figure.label.zh, label)
            })
            .collect();
        // 查出问题金额4.86亿元，其中违规金额0.72亿元、管理不规范金额4.14亿元: a whole is
        // no bar beside its own parts; they are its items, it stands alone.
        let members = group.clone();
        group.retain(|&w| !members.iter().any(|&j| topics::whole_of(all, j) == Some(w)));
        if group.len() < 2 {
            continue;
        }
        for &j in &group {
            taken[j] = true;
        }
        let v = |k: usize| all[k].found.value.unwrap_or(0.0);
        group.sort_by(|&a, &b| v(b).total_cmp(&v(a)));
        groups.push(group);
    }
    groups
}

/// The figure of `chunk` its text prints first: the lead of its paragraph, which a
/// chart's title states (全体居民人均可支配收入 before 城镇居民…, 农村居民…). The draft's
/// figures are in the text's order.
pub(super) fn first_printed(chunk: &[usize]) -> usize {
    chunk.iter().copied().min().unwrap_or_default()
}

/// The figure whose value titles bars of `chunk` (largest first): the paragraph's lead
/// where the bars draw it (全体居民人均可支配收入31258元 before 城镇居民42166元, tester
/// s-test23 #20), else the longest bar. Items of a whole drawn elsewhere (第一、二、三
/// 产业增加值 after 地区生产总值) have no lead among them, and 第一产业增加值20.1亿元,
/// the first item, is no more the story than the longest.
pub(super) fn bars_lead(all: &[Drafted], chunk: &[usize]) -> usize {
    let first = first_printed(chunk);
    let leads = !all[..first]
        .iter()
        .any(|d| d.paragraph == all[first].paragraph);
    if leads {
        first
    } else {
        chunk.first().copied().unwrap_or(first)
    }
}
