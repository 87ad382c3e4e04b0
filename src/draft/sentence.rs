//! One sentence read into figures and skips: the constructions reports are made of
//! (a figure and its change, 分别 lists, 其中 parts, 由x压缩为y, change-only figures,
//! structure ratios 3.3:41.9:54.8) on top of the numbers and units of [`super::numbers`].

use super::changes;
use super::glossary::Glossary;
use super::label;
use super::not_figures;
use super::numbers::{self, bounds, qualifier, Unit};
use crate::check::printed;
use crate::check::printed::Number;
use crate::shared::model::{FigureKind, Qualifier, SkipReason};

pub mod columns;
mod found;
pub mod plan_figures;
pub mod plan_row;
pub use found::{Found, FoundChange, Read};

/// Ratio separators: 3.3:41.9:54.8, 8.1︰37.4︰54.5 (U+FE30), 8.1：37.4：54.5.
pub(crate) const RATIO: [char; 4] = [':', '∶', '：', '︰'];

/// Words that name the total of the figure before: 外贸进出口增长8.4%，总额突破8000亿元.
const TOTALS: [&str; 4] = ["总额", "总量", "总规模", "总值"];

/// Whole labels that name the size of the figure before, and open no label of their own
/// as 规模以上工业 does: 增长5.2%、规模突破1万亿元; 增长5.4%，经济总量达到5.5万亿元.
const SIZE_LABELS: [&str; 3] = ["规模", "经济总量", "经济规模"];

/// Words that say marks were passed one after another (先后跨越, 相继突破).
pub(super) const IN_TURN: [&str; 2] = ["先后", "相继"];

/// What a change counted in 个 may move by that is no amount: 提升2个等级.
const GRADES: [&str; 5] = ["等级", "档次", "位次", "名次", "层级"];

/// Names of a ratio printed as one number without a unit (城乡居民收入比为2.01, 收入倍差
/// 2.1): the number and its change (缩小0.04) are a ratio, no count of anything.
const RATIO_NAMES: [&str; 3] = ["收入比", "之比", "倍差"];

/// List separators between the numbers of a 分别 list.
const LIST: [&str; 6] = ["、", "，", ",", "和", "及", "与"];

struct Reader<'a> {
    s: &'a str,
    g: &'a Glossary,
    nums: Vec<Number>,
    /// Byte offset after the last figure.
    cursor: usize,
    out: Read,
    groups: usize,
    /// Where the 其中 clause stands: its figures are parts of the whole before it.
    part_from: Option<(usize, usize)>,
}

/// The bytes of `s` a 其中 clause covers: from 其中 to the end of its clause (其中南北山
/// 绿化工程43万亩，修复治理退化草原517万亩: only the first is a part), or to the end of
/// the sentence when 其中 stands alone before a list (其中，…；…).
fn part_span(s: &str) -> Option<(usize, usize)> {
    let from = s.find("其中")?;
    let after = &s[from + "其中".len()..];
    if after.starts_with(['，', '：', ',', ':']) {
        return Some((from, s.len()));
    }
    let first = after.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let end = after[first..]
        .find(['，', '；', ',', ';'])
        .map_or(s.len(), |i| from + "其中".len() + first + i);
    Some((from, end))
}

/// Reads sentence `s`.
pub fn read(s: &str, g: &Glossary) -> Read {
    // 依次 says what 分别 says, in as many bytes: the list rules read one word for both,
    // and every label keeps the word the sentence prints.
    let listed = s.replace("依次", "分别");
    let mut r = Reader {
        s: &listed,
        g,
        nums: printed::numbers(s),
        cursor: 0,
        out: Read::default(),
        groups: 0,
        part_from: part_span(s),
    };
    let mut i = 0;
    while i < r.nums.len() {
        i = r.step(i);
    }
    r.each_of_list();
    let mut out = r.out;
    if listed != s {
        for f in &mut out.figures {
            f.label = f.label.replace("分别", "依次");
        }
    }
    out
}

fn kind_of(g: &Glossary, unit: &str, value: Option<f64>) -> FigureKind {
    match g.unit_kind(unit) {
        "amount" => FigureKind::Amount,
        "share" if value.is_some_and(|v| (0.0..=100.0).contains(&v)) => FigureKind::Share,
        "share" | "rate" => FigureKind::Rate,
        _ => FigureKind::Count,
    }
}

impl Reader<'_> {
    fn unit(&self, i: usize) -> Option<Unit> {
        let n = self.nums.get(i)?;
        numbers::unit_after(&self.s[..n.start], &self.s[n.end..], n.end, self.g)
    }

    fn part(&self, at: usize) -> bool {
        self.part_from
            .is_some_and(|(from, to)| from < at && at < to)
    }

    fn skip(&mut self, i: usize, reason: SkipReason) -> usize {
        self.out.skips.push((self.nums[i].text.clone(), reason));
        i + 1
    }

    /// Reads the number `i` (and any that belong to it); returns the next to read.
    fn step(&mut self, i: usize) -> usize {
        let n = self.nums[i].clone();
        if self.s[n.end..].starts_with(RATIO) {
            return self.ratio(i);
        }
        match self.range(i) {
            Some((to, unit)) => {
                let skipped = self.out.skips.len();
                let next = self.step_at(i, Some(unit));
                // The range's end goes where its start went: onto the figure that read
                // it, or beside it as a skip of the same reason (连续0~1万: both a
                // duration), never nowhere: every number of the text is covered.
                let reason = self.out.skips[skipped..]
                    .iter()
                    .find(|(text, _)| *text == n.text)
                    .map(|(_, r)| *r);
                match reason {
                    Some(r) => {
                        self.skip(i + 1, r);
                    }
                    None if !self.attach_to(n.value, to) => {
                        self.skip(i + 1, SkipReason::Unread);
                    }
                    None => {}
                }
                next.max(i + 2)
            }
            None => {
                let unit = self.unit(i);
                self.step_at(i, unit)
            }
        }
    }

    /// The number `i` read as an item of a list, where `lead_all` (the words since the last
    /// number read) opens one: the next number to read, or `None` when it is no list's.
    fn list_shapes(&mut self, i: usize, lead_all: &str, unit: &Unit) -> Option<usize> {
        // 29.84万吨（5.97亿斤）: no item of a list, the amount before said again.
        if let Some(next) = self.restated_in_brackets(i, lead_all, unit) {
            return Some(next);
        }
        // 520亿元，突破500亿元大关: the mark the amount before passed.
        if let Some(next) = self.mark_passed_after(i, lead_all, unit) {
            return Some(next);
        }
        // 520亿元，上年同期为490亿元: last year's value, said after it.
        if let Some(next) = self.base_value_after(i, lead_all, unit) {
            return Some(next);
        }
        // 分别增长4.8%、6.5%，达到45000元、21000元: the levels of the changes before.
        if let Some(next) = self.levels_of_list(i, lead_all, unit) {
            return Some(next);
        }
        // 分别从A、B提高到C、D: old and new values, pair by pair.
        if lead_all.contains("分别") && falls::opens(lead_all) {
            if let Some(next) = self.fall_list(i, unit) {
                return Some(next);
            }
        }
        // 分别增长5%—6%和3%—4%: ranges in a list, which the items cannot pair.
        if lead_all.contains("分别") && self.range(i).is_some() {
            return Some(self.unread_ranges(i));
        }
        (lead_all.contains("分别") || self.unmarked_list(i, lead_all)).then(|| self.list(i))
    }

    /// 迈上6万亿元台阶，达到62661亿元: the mark is a skip, the level named by what
    /// passed it; a mark that stayed a figure names the level after it.
    fn name_level_after_mark(&self, lead_all: &str, trail: &str, unit: &str, label: &mut String) {
        if let Some(before) = crate::draft::levels::before_mark(lead_all) {
            *label = label::label(before, trail, unit == "%");
        } else if changes::reached_after_mark(lead_all) {
            if let Some(prev) = self.out.figures.last() {
                label.clone_from(&prev.label);
            }
        }
    }

    /// Reads the number `i` with the unit printed after it (or after the range it opens).
    fn step_at(&mut self, i: usize, unit: Option<Unit>) -> usize {
        let n = self.nums[i].clone();
        if let Some(reason) = not_figures::skip_reason(self.s, &n, unit.as_ref()) {
            return self.skip(i, reason);
        }
        // 增长-3.5%, the one number with a minus sign the draft reads; a range is not.
        if crate::shared::format::sign::minus_before(&self.s[..n.start]) {
            return match unit {
                Some(u) if self.range(i).is_none() => self.signed_growth(i, u),
                _ => self.skip(i, SkipReason::Unread),
            };
        }
        let lead_all = &self.s[self.cursor..n.start];
        let Some(unit) = unit else {
            // 分别提高15、22个百分点: the unit printed once is every number's.
            if lead_all.contains("分别") && self.list_unit(i).is_some() {
                return self.list(i);
            }
            let ratio = RATIO_NAMES.iter().any(|w| self.s[..n.start].contains(w));
            let why = [SkipReason::Unread, SkipReason::Ratio][usize::from(ratio)];
            return self.skip(i, why);
        };
        if let Some(next) = self.list_shapes(i, lead_all, &unit) {
            return next;
        }
        if self.second_change(lead_all, n.value, &unit) {
            return i + 1;
        }
        let q = numbers::qualifier_before_unit(lead_all, &unit);
        let lead = &lead_all[..lead_all.len() - q.map_or(0, |(_, len)| len)];
        if let Some(next) = self.revised(i, lead, &unit) {
            return next;
        }
        if let Some(next) = self.old_and_new(i, lead, &unit, q.map(|(q, _)| q)) {
            return next;
        }
        if let Some(next) = self.merge(i, &unit) {
            return next;
        }
        if let Some(next) = self.of_the_rate_before(i, lead, &unit) {
            return next;
        }
        // 平均压减办理时间45%、材料38%, 增加中央预算内建设投资100亿元: the verb before
        // what it moves.
        if let Some(next) = self.cut_before(i, lead_all, &unit) {
            return next;
        }
        let q = q.map(|(q, _)| q);
        // 资费年内至少降低30%: a bound of the change the data file has no word for; read
        // as a plain change it would say exactly 30%.
        let bounded = changes::word_before(lead)
            .is_some_and(|(_, len)| super::unsure::bounds_a_change(&lead[..lead.len() - len]));
        if bounded {
            self.cursor = unit.end;
            return self.skip(i, SkipReason::Unread);
        }
        if self.change(i, lead, &unit, q) {
            self.cursor = unit.end;
            return i + 1;
        }
        if let Some(next) = self.added(i, lead, &unit, q) {
            return next;
        }
        if let Some(next) = self.word_after(i, lead, &unit, q) {
            return next;
        }
        let trail = &self.s[unit.end..];
        if no_kind_of_change(lead, &unit, trail) {
            return self.skip(i, SkipReason::Unread);
        }
        let value = Some(n.value);
        let mut label = label::label(lead, trail, unit.zh == "%");
        self.name_level_after_mark(lead_all, trail, &unit.zh, &mut label);
        if !self.names_a_thing(lead, &mut label, &unit.zh) {
            return self.skip(i, SkipReason::Unread);
        }
        // 外贸进出口增长8.4%，总额突破8000亿元: the total is the value of the change before;
        // so is the level of 地区生产总值增长5.5%、达到10.3万亿元.
        // 年均增长5%左右、迈上3万亿元台阶: a level passed is the level too.
        let reached = crate::draft::levels::reached(lead_all);
        let total = TOTALS.iter().any(|t| label.starts_with(t)) || SIZE_LABELS.contains(&&*label);
        // 年均增长6.3%，经济总量先后跨越2500亿元、3000亿元: marks passed in turn, no level.
        if (reached || total) && !IN_TURN.iter().any(|w| lead_all.contains(w)) {
            if let Some(f) = self.out.figures.last_mut().filter(|f| f.value.is_none()) {
                f.value = value;
                f.unit.clone_from(&unit.zh);
                f.kind = kind_of(self.g, &unit.zh, value);
                f.qualifier = qualifier(q, &unit);
                f.end = unit.end;
                self.cursor = unit.end;
                return i + 1;
            }
        }
        if !(self.executed(&mut label, &unit) || self.name_subject(&mut label, &unit.zh)) {
            return self.skip(i, SkipReason::Unread);
        }
        let qualifier = qualifier(q, &unit).or_else(|| self.shared_word(lead_all, &unit.zh));
        // A bound is a bound word (控制在5%以内, 不超过3%): 控制在2%左右 aims at about 2%,
        // and 赤字率控制在2.8% says where the rate was held, or is to be; where it stands
        // says which (tests/truth/README.md, "About a number is no bound").
        let bound = qualifier.is_some_and(bounds);
        self.push(Found {
            qualifier,
            bound,
            part: self.part(n.start),
            ..Found::new(
                label,
                value,
                &unit.zh,
                kind_of(self.g, &unit.zh, value),
                unit.end,
            )
        });
        i + 1
    }

    /// The word printed before the first number of a bare list, which is every number's
    /// (普及率超过98%、85%: both over), when `lead` is only the 、 after that figure and
    /// the unit is the same; the words after a unit (左右, 以上) are each number's own.
    fn shared_word(&self, lead: &str, unit: &str) -> Option<Qualifier> {
        let prev = self.out.figures.last()?;
        let after_unit = prev.qualifier?.after_unit();
        let more = prev.qualifier?.inside_unit();
        let bare = lead == "、" && prev.unit == unit && prev.change.is_none();
        (bare && prev.value.is_some() && !after_unit && !more)
            .then_some(prev.qualifier)
            .flatten()
    }

    fn push(&mut self, mut f: Found) {
        // 1.地区生产总值增长5.5%左右: the number of a list's item is no part of its name.
        if let Some(name) = numbers::without_item_number(&f.label) {
            f.label = name.to_string();
        }
        // 为预算的102.3%, 完成年度计划的112.5%: a ratio to a plan, no share of a whole.
        if f.unit == "%" && executed::ratio_whole(&f.label).is_some() {
            f.kind = FigureKind::Rate;
        }
        self.cursor = f.end;
        self.out.figures.push(f);
    }
}

mod added;
mod attach;
mod budget_item;
mod compare;
mod cut_before;
mod each;
mod executed;
mod falls;
pub(crate) mod held;
mod lists;
mod once;
mod ranges;
mod ratios;
mod reached;
mod restated;
mod revised;
mod signed;
mod subject;
mod values;
mod word_after;

/// A change no change kind of the data file holds, which as a value would say what the
/// text does not count: 下降2倍 (a change in 倍 that is no growth); 提升2个等级, 上升3个位次
/// (a change in grades or places, 个 of nothing). The desk decides.
fn no_kind_of_change(lead: &str, unit: &Unit, trail: &str) -> bool {
    let grades = unit.zh == "个" && GRADES.iter().any(|w| trail.starts_with(w));
    (unit.zh.ends_with('倍') || grades) && changes::word_before(lead).is_some()
}
