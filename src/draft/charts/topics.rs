//! Which figures of a paragraph belong on one chart (issue 18 §3): a chart's figures
//! share a topic, never only a unit or a kind of change. Bars and growth bars set their
//! figures on one axis, so theirs must be comparable: the items of one 分别 list, a
//! whole and its 其中 parts, or one indicator across items (labels ending alike). Cards,
//! gauges and arrows each have their own scale: figures of one sentence may share them
//! too. A figure related to none stays a live number of the text.

use crate::draft::Drafted;
use crate::shared::charts::bars::common_ending;

/// Measure words that name no indicator alone: labels that end alike only in one of them
/// (一般公共预算收入 and 人均可支配收入; 播种面积 and 销售面积) count two things.
/// 支出 as 收入: 一般公共预算支出, its part 民生支出 and 上解上级支出 are three lines.
/// 总计 sums a side: 收入总计 and 支出总计 are the two sides of a balance.
const MEASURES: [&str; 10] = [
    "收入", "支出", "面积", "比重", "比例", "占比", "总数", "数量", "规模", "总计",
];

/// The label as an indicator: 总 before 额, 量 or 产 dropped, so that a total ends as its
/// parts do (社会消费品零售总额 → …零售额, as 城镇消费品零售额; 粮食总产量 → …产量).
fn stem(label: &str) -> String {
    label
        .replace("总额", "额")
        .replace("总量", "量")
        .replace("总产", "产")
}

/// True when labels `a` and `b` name one indicator across two items: they end alike in
/// two characters or more that are not a bare measure word, and both or neither are per
/// head (人均地区生产总值 is no item of 地区生产总值).
#[inline(never)]
pub fn one_indicator(a: &str, b: &str) -> bool {
    let (x, y) = (stem(a), stem(b));
    let n = common_ending(&x, &y);
    let bare = MEASURES
        .iter()
        .any(|m| m.chars().count() == n && x.ends_with(m));
    n >= 2 && !bare && a.contains("人均") == b.contains("人均")
}

/// The figure `k` is a 其中 part of: the whole the reader paired it with, else the
/// nearest figure before it in its paragraph that is no part (a growth rate has no value
/// to pair: 其中，工业投资增长11.6%).
pub(super) fn whole_of(all: &[Drafted], k: usize) -> Option<usize> {
    let d = &all[k];
    if !d.found.part {
        return None;
    }
    d.part_of.or_else(|| {
        (0..k)
            .rev()
            .take_while(|&j| all[j].paragraph == d.paragraph)
            .find(|&j| !all[j].found.part)
    })
}

/// True when figures `a` and `b` may stand on one axis: of one paragraph, and items of
/// one 分别 list, a whole and its part or two parts of it, or one indicator.
#[inline(never)]
pub fn comparable(all: &[Drafted], a: usize, b: usize) -> bool {
    let (x, y) = (&all[a], &all[b]);
    if x.paragraph != y.paragraph {
        return false;
    }
    let one_list = x.figure.source == y.figure.source
        && x.found.list().is_some()
        && x.found.list() == y.found.list();
    let (wa, wb) = (whole_of(all, a), whole_of(all, b));
    let parts = wa == Some(b) || wb == Some(a) || (wa.is_some() && wa == wb);
    let planned = planned_total(&x.figure.label.zh) != planned_total(&y.figure.label.zh);
    // 规上工业增加值 ends as 第二产业增加值 does, yet is no fourth sector: the three
    // industries stand beside their whole, never beside another indicator's value added
    // (tester s-test23 #15).
    let sectors = sector(&x.figure.label.zh) != sector(&y.figure.label.zh);
    let alike = !sectors && one_indicator(&x.figure.label.zh, &y.figure.label.zh);
    !planned && (one_list || parts || alike)
}

/// True for a label of one of the three industries (第一产业增加值, 第三产业投资).
fn sector(label: &str) -> bool {
    ["第一产业", "第二产业", "第三产业"]
        .iter()
        .any(|s| label.starts_with(s))
}

/// True for a label that is projects' total investment (总投资1305.8亿元的118个重点项目,
/// 重点项目总投资): planned over their years, never one year's flow of investment
/// (固定资产投资243.9亿元), on no chart beside one however alike they end.
pub fn planned_total(label: &str) -> bool {
    label.ends_with("总投资")
}

/// True when figures `a` and `b` may share a chart of their own scales (cards, gauges,
/// arrows): comparable, or of one sentence.
#[inline(never)]
pub fn together(all: &[Drafted], a: usize, b: usize) -> bool {
    let (x, y) = (&all[a].figure.label.zh, &all[b].figure.label.zh);
    let sentence =
        all[a].paragraph == all[b].paragraph && all[a].figure.source == all[b].figure.source;
    (sentence && planned_total(x) == planned_total(y)) || comparable(all, a, b)
}

/// `among` cut into groups, each figure joining the first group that holds a figure
/// `related` to it, in the order of their first figures; each keeps the order of `among`.
// One copy for every rule: a generic would be built once per closure, and the drafter's
// wasm is counted in bytes (make test-size).
pub fn groups(among: &[usize], related: &dyn Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &k in among {
        match out.iter_mut().find(|g| g.iter().any(|&j| related(j, k))) {
            Some(g) => g.push(k),
            None => out.push(vec![k]),
        }
    }
    out
}

/// True when labels `a` and `b` may stand as bars: one indicator, and the ending of two
/// characters that `check` asks of bars ([`common_ending`]).
pub fn bars_alike(a: &str, b: &str) -> bool {
    one_indicator(a, b) && common_ending(a, b) >= 2 && planned_total(a) == planned_total(b)
}

#[cfg(test)]
mod tests {
    use super::one_indicator;

    #[test]
    fn labels_name_one_indicator_only_where_they_end_in_one() {
        let cases = [
            ("城镇居民人均可支配收入", "农村居民人均可支配收入", true),
            ("工业投资", "固定资产投资", true),
            ("社会消费品零售总额", "城镇消费品零售额", true),
            ("货物进出口总额", "进口额", true),
            ("早稻产量", "粮食总产量", true),
            ("一般公共预算收入", "农村居民人均可支配收入", false),
            ("粮食播种面积", "商品房销售面积", false),
            ("人均地区生产总值", "地区生产总值", false),
            ("出口额", "乡村消费品零售额", false),
            ("生猪出栏", "晚稻产量", false),
            ("收入总计", "支出总计", false),
        ];
        for (a, b, one) in cases {
            assert_eq!(one_indicator(a, b), one, "{a} / {b}");
        }
    }
}
