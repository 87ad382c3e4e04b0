//! Rules 4, 5 and 7 of the draft's charts: growth rates → `growth`; percentages of a
//! whole → `share`, `waffle` or `comparison`; every figure not drawn yet → `cards`.

use super::{amounts, change_text, is_growth, message, topics, Proposer, MAX_BARS, MAX_PER_CHART};
use crate::check::raw::Text;
use crate::check::validate::{advice, periods};
use crate::draft::Drafted;
use crate::shared::charts::{cards, comparison, growth, share, waffle};
use crate::shared::format::basis;
use crate::shared::messages as msg;
use crate::shared::model::{ChangeKind, Figure, FigureKind, Qualifier};

/// Words of a percentage that is no part of a whole: a rate of its own (失业率), or a
/// contribution to growth (对工业增长贡献超50%). Such a figure is never a ring.
const NO_PART: [&str; 4] = ["失业率", "贡献", "增长率", "利率"];

/// True when `f` is a percentage but no share of a whole ([`NO_PART`] in its label, or
/// in its sentence right before its number).
fn no_part(f: &Figure) -> bool {
    let printed = f
        .value
        .map(|v| crate::shared::format::decimal(v, f.decimals));
    let before = printed
        .and_then(|n| f.source.find(&n))
        .map_or("", |at| &f.source[..at]);
    let clause = before.rsplit(['，', '。', '；']).next().unwrap_or("");
    NO_PART
        .iter()
        .any(|w| f.label.zh.contains(w) || clause.contains(w))
}

/// What the rates of one growth chart share: their paragraph, their period (and whether
/// they are 年均) and the basis their sentence prints.
type GrowthKey<'a> = (usize, (Option<&'a str>, bool), Option<&'a str>);

impl Proposer<'_> {
    /// Rule 4: three or more growth rates of one paragraph, period and printed basis,
    /// fastest first (同比 growth of the year apart from 年均 growth over five years, a
    /// growth 按不变价格计算 apart from plain ones); 增速最快 only where the text says it.
    pub(super) fn growth(&mut self, section: &str, here: &[usize]) {
        let all = self.all;
        let rates: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&k| is_growth(&all[k]))
            .collect();
        // One paragraph's rates a chart: twenty rates of nine topics under the title of
        // the first say what the text does not (issue 18 §3: by topic, never by kind).
        // 地区生产总值…按不变价格计算，比上年增长6.0%。其中，第一产业…增长3.1%: a rate on a
        // basis the text prints for it alone stands apart, so that no chart sets two
        // bases side by side where the text prints one (issue 18).
        let basis = |k: usize| {
            let f = &all[k].figure;
            f.change.as_ref().and_then(|c| basis::printed(c, f))
        };
        let key_of = |k: usize| (all[k].paragraph, periods::key(&all[k].figure), basis(k));
        let mut keys: Vec<GrowthKey> = Vec::new();
        for &k in &rates {
            if !keys.contains(&key_of(k)) {
                keys.push(key_of(k));
            }
        }
        for key in keys {
            let group: Vec<usize> = rates
                .iter()
                .copied()
                .filter(|&k| key_of(k) == key)
                .collect();
            // On one axis only rates that compare: 生猪出栏 is no item of 粮食总产量
            // beside 早稻, 晚稻; 商品房销售面积 none of 固定资产投资.
            for one in topics::groups(&group, &|a, b| topics::comparable(all, a, b)) {
                // Amounts of one indicator that bars will draw (rule 6), each row with its
                // growth: a growth chart of them would draw the same changes twice (出口额
                // and 进口额 as bars, then beside 进出口总额 as growth: tester s-test23
                // #21). The rest stay rates, if enough are left to compare.
                let bars: Vec<usize> = amounts::comparable(all, &self.unshown(&one))
                    .into_iter()
                    .flatten()
                    .collect();
                let rest: Vec<usize> = one.into_iter().filter(|k| !bars.contains(k)).collect();
                // Two amounts whose order a bound leaves unknown compare by their changes,
                // which are exact; otherwise two rates are no chart (their cards print both).
                let barred: Vec<usize> = amounts::barred_by_a_bound(all, &self.unshown(&rest))
                    .into_iter()
                    .flatten()
                    .collect();
                let fewest = if rest.iter().all(|k| barred.contains(k)) {
                    2
                } else {
                    3
                };
                self.growth_of(section, rest, key.1, fewest);
            }
        }
    }

    /// The growth charts of one period and basis (`key`), of at least `fewest` rates.
    fn growth_of(
        &mut self,
        section: &str,
        mut growth: Vec<usize>,
        key: (Option<&str>, bool),
        fewest: usize,
    ) {
        let all = self.all;
        if growth.len() < fewest {
            return;
        }
        let signed = |k: usize| {
            let c = all[k].found.change.as_ref();
            let v = c.map_or(0.0, |c| c.value);
            if c.is_some_and(|c| c.kind == ChangeKind::Decline) {
                -v
            } else {
                v
            }
        };
        growth.sort_by(|&a, &b| signed(b).total_cmp(&signed(a)));
        // A section of many rates (a five-year review) gets several charts of at most
        // MAX_BARS, each readable.
        for (n, chunk) in growth.chunks(MAX_BARS).enumerate() {
            let said = chunk.iter().any(|&k| all[k].figure.source.contains("最快"));
            // The title states the paragraph's lead figure, the first it prints (粮食总产量
            // before its 夏粮, 秋粮), never the fastest bar (tester s-test23 #20); only a
            // text that says 最快 headlines the fastest.
            let lead = if n == 0 && said {
                chunk[0]
            } else {
                amounts::first_printed(chunk)
            };
            let title = if n == 0 && said {
                msg::draft::draft_fastest(
                    &all[lead].figure.label.zh,
                    &change_text(&all[lead]).unwrap_or_default(),
                )
            } else if chunk.len() < 2 {
                message(&all[lead])
            } else {
                // A chart of rates says the rate: its amount (1302.7亿元) is no bar of it.
                let d = super::without_unsaid_period(&all[lead]);
                let f = &d.as_ref().unwrap_or(&all[lead]).figure;
                format!(
                    "{}{}{}",
                    f.label.zh,
                    super::title::period_before_change(f),
                    change_text(&all[lead]).unwrap_or_default()
                )
            };
            if chunk.len() < 2 {
                self.add(cards::KIND, section, chunk, lead, title);
                continue;
            }
            let subtitle = match key {
                (None, false) => msg::draft::draft_growth_subtitle(self.year),
                (period, yearly) => {
                    msg::draft::draft_period_growth_subtitle(period, yearly, self.year)
                }
            };
            self.add_with(
                growth::KIND,
                section,
                chunk,
                lead,
                (title, Text::zh(subtitle)),
            );
        }
    }

    /// Rule 5: two or more shares of a whole, or a waffle for one alone in its
    /// paragraph (`mine`: every figure of the section, targets too). A share of 100%
    /// is no part of anything: a full ring or waffle says nothing, so it stays a card.
    pub(super) fn shares(&mut self, section: &str, here: &[usize], mine: &[usize]) {
        let all = self.all;
        let shares: Vec<usize> = here
            .iter()
            .copied()
            .filter(|&k| {
                all[k].found.kind == FigureKind::Share
                    && all[k].ratio.is_none()
                    && all[k].found.value.is_some_and(|v| v < 100.0)
                    && !no_part(&all[k].figure)
            })
            .collect();
        // Shares of one paragraph a chart: a forest's share beside a jobless rate of
        // another topic is no whole of anything.
        let mut paragraphs: Vec<usize> = shares.iter().map(|&k| all[k].paragraph).collect();
        paragraphs.dedup();
        for p in paragraphs {
            let mine_p: Vec<usize> = shares
                .iter()
                .copied()
                .filter(|&k| all[k].paragraph == p)
                .collect();
            // 民生支出比重 beside 空气质量优良天数比例 shares a paragraph, not a topic.
            let mut groups = topics::groups(&mine_p, &|a, b| topics::together(all, a, b));
            if groups.len() > 1 {
                // None alone in its paragraph: each stays a card, with its ring.
                groups.retain(|g| g.len() >= 2);
            }
            for g in groups {
                self.shares_of(section, &g, mine);
            }
        }
    }

    /// The share charts of one paragraph's `shares`.
    fn shares_of(&mut self, section: &str, shares: &[usize], mine: &[usize]) {
        let all = self.all;
        if shares.len() >= 2 {
            for chunk in shares.chunks(MAX_PER_CHART) {
                self.add(
                    share::KIND,
                    section,
                    chunk,
                    chunk[0],
                    message(&all[chunk[0]]),
                );
            }
        } else if let [k] = shares[..] {
            // A share its paragraph prints alone is a headline of its own: a waffle.
            // Beside other figures it stays a card, whose ring shows it.
            if mine
                .iter()
                .filter(|&&j| all[j].paragraph == all[k].paragraph)
                .count()
                == 1
            {
                // Its story is the comparison where the text makes one (高于全市平均水平).
                let compared = all[k]
                    .found
                    .change
                    .as_ref()
                    .is_some_and(|c| matches!(c.kind, ChangeKind::Above | ChangeKind::Below));
                let kind = if compared {
                    comparison::KIND
                } else {
                    waffle::KIND
                };
                self.add(kind, section, &[k], k, message(&all[k]));
            }
        }
    }

    /// Rule 7: every result not drawn yet, as cards by paragraph and period; a small count without
    /// a comparison is left to the text, where the page marks it as a live number.
    pub(super) fn cards(&mut self, section: &str, here: &[usize]) {
        let all = self.all;
        // By paragraph and period: a year's value beside a five-year one under one title
        // and subtitle says one of them is of the other's period. By base too: 同比上涨0.8%
        // beside 环比上涨0.3% of one indicator would read as two values of one change.
        let other_base = |k: usize| {
            let f = &all[k].figure;
            (f.change.as_ref()).is_some_and(|c| basis::not_on_year_before(c, f))
        };
        let key = |k: usize| {
            (
                all[k].paragraph,
                periods::key(&all[k].figure),
                other_base(k),
            )
        };
        let mut keys = Vec::new();
        for &k in here {
            if !keys.contains(&key(k)) {
                keys.push(key(k));
            }
        }
        for wanted in keys {
            let rest: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&k| {
                    key(k) == wanted && !self.drawn[k] && !advice::small_count(&all[k].figure)
                })
                .collect();
            // A paragraph's cards by topic: 签约总额 is no card of 研发经费投入强度's.
            let groups = topics::groups(&rest, &|a, b| topics::together(all, a, b));
            for chunk in groups.iter().flat_map(|g| g.chunks(MAX_PER_CHART)) {
                let lead = chunk
                    .iter()
                    .copied()
                    .find(|&k| all[k].found.change.is_some() && all[k].found.value.is_some())
                    .unwrap_or(chunk[0]);
                self.add(cards::KIND, section, chunk, lead, message(&all[lead]));
            }
        }
    }
}

/// A mark passed by a figure of its own sentence (进出口总额突破200亿元，达到203.7亿元):
/// the 200 says no more than the 203.7 beside it, so no chart draws it as a second
/// figure of the same indicator; the text keeps it.
pub(super) fn passed_by_its_own(all: &[Drafted], k: usize) -> bool {
    let mark = |d: &Drafted| {
        matches!(
            d.found.qualifier,
            Some(
                Qualifier::Passed
                    | Qualifier::Crossed
                    | Qualifier::SteppedOnto
                    | Qualifier::Over
                    | Qualifier::OverFully
            )
        )
    };
    let f = &all[k];
    let Some(v) = f.found.value.filter(|_| mark(f)) else {
        return false;
    };
    all.iter().enumerate().any(|(j, d)| {
        j != k
            && !mark(d)
            && d.figure.source == f.figure.source
            && d.found.unit == f.found.unit
            && d.figure.label.zh == f.figure.label.zh
            && d.found.value.is_some_and(|w| w >= v)
    })
}

/// A side's total that its sentence says balances the other (收入总计128.4亿元，支出总计
/// 128.4亿元，收支平衡), or that equals a total of its paragraph (收入总计40.1亿元；…，
/// 支出总计40.1亿元): two equal bars or cards
/// would say nothing the sentence does not say better, so no chart draws them; the text
/// keeps both, live numbers of the page.
pub(super) fn balanced(all: &[Drafted], k: usize) -> bool {
    // 收入总计, 支出总计: a label keeps 总计 (合计 is dropped as a closing word).
    let total = |d: &Drafted| d.figure.label.zh.ends_with("总计");
    let f = &all[k];
    if !total(f) || f.found.value.is_none() {
        return false;
    }
    let says = f.figure.source.contains("平衡");
    says || all.iter().enumerate().any(|(j, d)| {
        j != k
            && total(d)
            && d.paragraph == f.paragraph
            && d.found.unit == f.found.unit
            && d.found.value == f.found.value
    })
}

/// The share of part `k` of whole `w` as its sentence prints it, where the figure right
/// after the part is one (其中工业投资315亿元，占比31.5% → 工业投资占比): a result in %,
/// named after the part, within a point of the part's share of that whole (占全省的比重
/// beside a city's whole is another whole's) and on no chart yet. None where the text
/// prints none: no share is ever worked out.
pub fn printed_share(p: &Proposer<'_>, k: usize, w: usize) -> Option<usize> {
    let (all, s) = (p.all, k + 1);
    let (part, whole, share) = (&all[k].figure, &all[w].figure, &all.get(s)?.figure);
    let named = share.label.zh.starts_with(&part.label.zh) && share.label.zh != part.label.zh;
    let printed = share.kind == FigureKind::Share
        && share.unit.zh == "%"
        && share.source == part.source
        && share.status == part.status
        && named
        && !p.shown[s];
    let (Some(v), Some(pv), Some(wv)) = (share.value, part.value, whole.value) else {
        return None;
    };
    (printed && wv > 0.0 && (v - 100.0 * pv / wv).abs() <= 1.0).then_some(s)
}
