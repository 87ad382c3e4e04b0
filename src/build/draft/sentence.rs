//! One sentence read into figures and skips: the constructions reports are made of
//! (a figure and its change, 分别 lists, 其中 parts, 由x压缩为y, change-only figures,
//! structure ratios 3.3:41.9:54.8) on top of the numbers and units of [`super::numbers`].

use super::changes::{self, Direction};
use super::glossary::Glossary;
use super::label;
use super::numbers::{self, Number, Unit};
use crate::model::{ChangeKind, FigureKind, Qualifier, SkipReason, Status};

/// A change found with a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundChange {
    /// Its kind.
    pub kind: ChangeKind,
    /// The number as printed (the lower end of a range).
    pub value: f64,
    /// The upper end of a range: 增长6%—6.5%.
    pub to: Option<f64>,
    /// `%`, `个百分点` or the figure's unit.
    pub unit: String,
    /// As printed with it: 增长5%左右.
    pub qualifier: Option<Qualifier>,
    /// For `above`, `below` and `pull`: what it is compared with or pulled.
    pub reference: Option<String>,
}

impl FoundChange {
    /// A change of `kind` by `value` `unit`, nothing else printed with it.
    pub fn new(kind: ChangeKind, value: f64, unit: &str) -> FoundChange {
        FoundChange {
            kind,
            value,
            to: None,
            unit: unit.to_string(),
            qualifier: None,
            reference: None,
        }
    }
}

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// What is counted.
    pub label: String,
    /// The number; `None` for a change-only figure.
    pub value: Option<f64>,
    /// The upper end of a range: 6—6.5.
    pub to: Option<f64>,
    /// The unit as the data file writes it.
    pub unit: String,
    /// As printed around the number: 突破, 余, 左右, 以内 ….
    pub qualifier: Option<Qualifier>,
    /// Its change.
    pub change: Option<FoundChange>,
    /// A comparison or contribution beside its change.
    pub compare: Option<FoundChange>,
    /// What it measures.
    pub kind: FigureKind,
    /// A result, a target or a limit.
    pub status: Status,
    /// When it is not for the report's year, as printed: 上半年.
    pub period: Option<String>,
    /// It stands after 其中: a part of the figure before.
    pub part: bool,
    /// The parts of one structure ratio share a group number.
    pub ratio: Option<usize>,
    /// The figures of one 分别 list share a group number.
    list: Option<usize>,
    /// Byte offset after it in the sentence.
    end: usize,
}

/// What a sentence holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Read {
    /// Its figures, in order.
    pub figures: Vec<Found>,
    /// Its numbers that are not figures, with why.
    pub skips: Vec<(String, SkipReason)>,
}

/// Ratio separators: 3.3:41.9:54.8.
const RATIO: [char; 3] = [':', '∶', '：'];

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
    part_from: Option<usize>,
}

/// Reads sentence `s`.
pub fn read(s: &str, g: &Glossary) -> Read {
    let mut r = Reader {
        s,
        g,
        nums: numbers::numbers(s),
        cursor: 0,
        out: Read::default(),
        groups: 0,
        part_from: s.find("其中"),
    };
    let mut i = 0;
    while i < r.nums.len() {
        i = r.step(i);
    }
    r.out
}

fn kind_of(g: &Glossary, unit: &str, value: Option<f64>) -> FigureKind {
    match g.unit_kind(unit) {
        "amount" => FigureKind::Amount,
        "share" if value.is_some_and(|v| (0.0..=100.0).contains(&v)) => FigureKind::Share,
        "share" => FigureKind::Rate,
        _ => FigureKind::Count,
    }
}

impl Found {
    /// A figure of `value` `unit` labelled `label`, nothing else known of it yet.
    fn new(label: String, value: Option<f64>, unit: &str, kind: FigureKind, end: usize) -> Found {
        Found {
            label,
            value,
            to: None,
            unit: unit.to_string(),
            qualifier: None,
            change: None,
            compare: None,
            kind,
            status: Status::Result,
            period: None,
            part: false,
            ratio: None,
            list: None,
            end,
        }
    }

    /// A figure printed only as its change (城镇居民人均可支配收入增长4.2%).
    fn change_only(label: String, change: FoundChange, end: usize) -> Found {
        Found {
            change: Some(change),
            ..Found::new(label, None, "%", FigureKind::Rate, end)
        }
    }
}

impl Reader<'_> {
    fn unit(&self, i: usize) -> Option<Unit> {
        let n = self.nums.get(i)?;
        numbers::unit(&self.s[n.end..], n.end, self.g)
    }

    fn part(&self, at: usize) -> bool {
        self.part_from.is_some_and(|p| p < at)
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
        let unit = self.unit(i);
        if let Some(reason) = numbers::skip_reason(self.s, &n, unit.as_ref()) {
            return self.skip(i, reason);
        }
        let Some(unit) = unit else {
            return self.skip(i, SkipReason::Unread);
        };
        let lead_all = &self.s[self.cursor..n.start];
        if lead_all.contains("分别") {
            return self.list(i);
        }
        let q = numbers::qualifier_before(lead_all);
        let lead = &lead_all[..lead_all.len() - q.map_or(0, |(_, len)| len)];
        if lead.ends_with('由') {
            if let Some(next) = self.fall(i, &unit) {
                return next;
            }
        }
        if self.change(i, lead, &unit) {
            self.cursor = unit.end;
            return i + 1;
        }
        let trail = &self.s[unit.end..];
        let value = Some(n.value);
        let mut label = label::label(lead, trail, unit.zh == "%");
        // 常住人口265.4万人，比上年末增加1.8万人 (or 增长1.2倍): a difference the model
        // has no change kind for is a figure of its own, named after the figure it compares.
        let only_a_change = changes::word_before(&label).is_some_and(|(_, l)| l == label.len());
        if only_a_change || changes::BRIDGES.iter().any(|b| label.starts_with(b)) {
            if let Some(prev) = self.out.figures.last() {
                label.insert_str(0, &prev.label);
            }
        }
        self.push(Found {
            qualifier: qualifier(q.map(|(q, _)| q), &unit),
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

    fn push(&mut self, f: Found) {
        self.cursor = f.end;
        self.out.figures.push(f);
    }

    /// A change word before number `i`: attached to the figure before it, or a
    /// change-only figure. False when `lead` has no change word that fits.
    fn change(&mut self, i: usize, lead: &str, unit: &Unit) -> bool {
        let n = &self.nums[i];
        let above = (unit.zh == "个百分点")
            .then(|| changes::above_reference(label::clause_tail(lead)))
            .flatten();
        let (kind, before) = match (&above, changes::word_before(lead)) {
            (Some(r), _) => (
                ChangeKind::Above,
                &lead[..lead.len() - r.len() - "高于".len()],
            ),
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
            ..FoundChange::new(kind, n.value, &unit.zh)
        };
        let attach = changes::joins(before)
            && self.out.figures.last().is_some_and(|f| {
                f.change.is_none()
                    && f.value.is_some()
                    && (kind != ChangeKind::Added || f.unit == unit.zh)
                    && (!matches!(kind, ChangeKind::Rise | ChangeKind::Above) || f.unit == "%")
            });
        if attach {
            if let Some(f) = self.out.figures.last_mut() {
                f.change = Some(change);
                f.end = unit.end;
            }
            return true;
        }
        if matches!(kind, ChangeKind::Added | ChangeKind::Above) {
            return false;
        }
        let start = n.start;
        self.push(Found {
            part: self.part(start),
            ..Found::change_only(label::label(before, "", true), change, unit.end)
        });
        true
    }

    /// 由37个压缩为10个: one figure, the new value with the old as a change of kind `from`.
    fn fall(&mut self, i: usize, unit: &Unit) -> Option<usize> {
        let bridge = changes::fall_to(&self.s[unit.end..])?;
        let next = self.nums.get(i + 1)?;
        if next.start != unit.end + bridge {
            return None;
        }
        let new_unit = self.unit(i + 1)?;
        if new_unit.zh != unit.zh {
            return None;
        }
        let n = &self.nums[i];
        let lead = &self.s[self.cursor..n.start];
        let lead = lead.strip_suffix('由').unwrap_or(lead);
        let value = Some(next.value);
        let kind = kind_of(self.g, &unit.zh, value);
        let found = Found {
            change: Some(FoundChange::new(ChangeKind::From, n.value, &unit.zh)),
            part: self.part(n.start),
            ..Found::new(
                label::label(lead, "", false),
                value,
                &unit.zh,
                kind,
                new_unit.end,
            )
        };
        self.push(found);
        Some(i + 2)
    }
}

fn qualifier(before: Option<Qualifier>, unit: &Unit) -> Option<Qualifier> {
    if unit.more_than {
        Some(Qualifier::MoreThan)
    } else {
        unit.after.or(before)
    }
}

mod lists;
