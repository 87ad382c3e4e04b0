//! Numbers that come in lists: 分别为A和B / 分别增长x%和y% (one label list over several
//! numbers, or a list of changes over the list of figures before it). The terms of a
//! structure ratio (3.3:41.9:54.8): `ratios`. Which changes go onto which figures:
//! `paired`.

use super::{kind_of, qualifier, Found, Reader, LIST};
use crate::draft::changes;
use crate::draft::label;
use crate::draft::not_figures;
use crate::draft::numbers::{self, Unit};
use crate::shared::format::sign::MINUS;
use crate::shared::model::{ChangeKind, Qualifier, SkipReason};

mod paired;
mod totals;

/// A list item: its number index, unit and the words between it and the item before.
struct Item {
    i: usize,
    unit: Unit,
    words: String,
}

/// The label text before 分别: its clause, without opening and closing words.
pub(super) fn list_labels(before: &str) -> &str {
    let clause = before
        .char_indices()
        .rfind(|(_, c)| matches!(c, '，' | ',' | '：' | ':' | '；' | ';'))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    label::strip_back(label::strip_front(clause))
}

/// 分别惠及3500万、2300万人次, 分别快于全国3.4个、1个百分点: a unit printed once, after
/// the last item, is every item's where the others print only its magnitude (or the
/// 个 of 个百分点).
fn shared_unit(items: &mut [Item]) {
    const SHORT: [&str; 6] = ["万", "亿", "万亿", "千", "百", "个"];
    let Some(last) = items.last().map(|it| it.unit.zh.clone()) else {
        return;
    };
    let n = items.len();
    for it in &mut items[..n.saturating_sub(1)] {
        let short =
            SHORT.contains(&it.unit.zh.as_str()) && (it.unit.zh != "个" || last == "个百分点");
        if short && last.len() > it.unit.zh.len() && last.starts_with(&it.unit.zh) {
            it.unit.zh.clone_from(&last);
        }
    }
}

/// Where the change word (and the qualifier after it) that ends `lead` starts:
/// 游客人次、花费增长超 → the byte offset of 增长.
fn change_start(lead: &str) -> Option<usize> {
    let q = numbers::qualifier_before(lead).map_or(0, |(_, len)| len);
    let bare = &lead[..lead.len() - q];
    let (_, len) = changes::word_before(bare)?;
    Some(bare.len() - len)
}

/// True when the words before 分别 name only what the changes compare with
/// (较“十三五”时期, 比上年, 同比), not what changed: the list's changes are then the
/// figures' before it, as where nothing stands before 分别. 比重 and 比例 name a figure.
fn only_a_base(labels: &str) -> bool {
    let base = ["较", "比", "同比", "与"]
        .iter()
        .find_map(|w| labels.strip_prefix(w));
    base.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with(['重', '例', '率'])
            && (labels.starts_with('与') == rest.ends_with("相比"))
    }) || labels == "同比"
}

/// True when the words before a list of changes name nothing that changed: none, a base
/// (比上年, 较“十三五”时期) or a word a change may have before it (实际, 同比).
fn names_nothing(labels: &str) -> bool {
    labels.is_empty() || only_a_base(labels) || changes::BRIDGES.contains(&labels)
}

/// True when the words before 分别 are a year alone (今年分别力争达到1400万人次和170亿元):
/// they name none of the list's items, which the sentence before may, out of its reach.
fn year_alone(labels: &str) -> bool {
    matches!(labels, "今年" | "明年" | "去年" | "上年")
}

impl Reader<'_> {
    /// The items of a list from its `first`: the numbers after it that a list mark
    /// (and at most a change word or qualifier) joins to the one before.
    fn items(&self, first: Item) -> Vec<Item> {
        let mut items = vec![first];
        while let Some(last) = items.last() {
            let k = last.i + 1;
            let Some(next) = self.nums.get(k) else { break };
            let between = &self.s[last.unit.end..next.start];
            let Some(rest) = LIST.iter().find_map(|sep| between.strip_prefix(sep)) else {
                break;
            };
            let q = numbers::qualifier_before(rest);
            let bare = &rest[..rest.len() - q.map_or(0, |(_, len)| len)];
            // 、536亿元，比上年增长29.2%: a change after its base goes on the list too, where
            // it is one of as many changes as values ([`paired::changes_after_values`]).
            let is_word = bare.is_empty()
                || changes::word_before(bare).is_some_and(|(_, l)| l == bare.len())
                || paired::based_word(bare);
            let unit = self.unit(k).or_else(|| self.list_unit(k));
            // 分别增至37座、14座，6部作品获奖: a bare number in another unit after a comma
            // starts a clause of its own; after 、 or 和 it is the next item (分别达到8600家
            // 和1.52万家).
            let same_unit = unit.as_ref().is_some_and(|u| u.zh == last.unit.zh);
            let comma = between.starts_with(['，', ',']);
            let own_clause = bare.is_empty() && !same_unit && comma;
            match unit {
                Some(unit)
                    if is_word
                        && !own_clause
                        && not_figures::skip_reason(self.s, next, Some(&unit)).is_none() =>
                {
                    items.push(Item {
                        i: k,
                        unit,
                        words: rest.to_string(),
                    })
                }
                _ => break,
            }
        }
        shared_unit(&mut items);
        items
    }

    /// The numbers right after the last of `items` that a list mark, with only a sign or
    /// a change word, joins to it in the same unit, but that [`Self::items`] could not
    /// take (分别增长5.2%、-2.1%和3.0%: -2.1% and 3.0%); each with the byte offset after
    /// its unit. Empty when the list is whole.
    fn left_of_list(&self, items: &[Item]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let Some(first) = items.last() else {
            return out;
        };
        let (mut at, mut end) = (first.i, first.unit.end);
        while let Some(next) = self.nums.get(at + 1) {
            let between = self.s.get(end..next.start).unwrap_or_default();
            let Some(rest) = LIST.iter().find_map(|sep| between.strip_prefix(sep)) else {
                break;
            };
            let rest = rest.trim_end_matches(MINUS);
            let joined =
                rest.is_empty() || changes::word_before(rest).is_some_and(|(_, l)| l == rest.len());
            match self.unit(at + 1) {
                Some(u) if joined && u.zh == first.unit.zh => {
                    at += 1;
                    end = u.end;
                    out.push((at, end));
                }
                _ => break,
            }
        }
        out
    }

    /// True when number `i` opens a list of changes that prints no 分别 but names as
    /// many items before its change word as it has numbers after it, all in one unit:
    /// 游客人次、旅游花费增长5.6%、7.5% (and not 人次增长5.6%、花费7.5%).
    pub(super) fn unmarked_list(&self, i: usize, lead: &str) -> bool {
        let Some(at) = change_start(lead) else {
            return false;
        };
        let labels = list_labels(&lead[..at]);
        let Some(unit) = self.unit(i) else {
            return false;
        };
        // 城镇…15781元，农村…4761元，实际增长8.4%和8%: changes that name nothing go onto
        // as many figures right before them, one each, as after 分别.
        let unnamed = names_nothing(labels) && lead[..at].contains(['，', ',']);
        if !(labels.contains('、') || unnamed)
            || !matches!(unit.zh.as_str(), "%" | "个百分点" | "倍")
        {
            return false;
        }
        let items = self.items(Item {
            i,
            unit,
            words: lead[at..].to_string(),
        });
        let one_unit = items.iter().all(|it| it.unit.zh == items[0].unit.zh);
        let bare = items[1..].iter().all(|it| it.words.is_empty());
        let changes = self.list_changes(&items, &items[0].words);
        let named = match unnamed {
            true => self.previous_for(items.len(), &changes).is_some(),
            false => label::items::distribute(labels, items.len()).is_some(),
        };
        items.len() >= 2 && one_unit && bare && named && changes.iter().all(Option::is_some)
    }

    /// Reads the list that starts at number `i` (its lead holds 分别, or it is an
    /// [`Self::unmarked_list`]).
    pub(super) fn list(&mut self, i: usize) -> usize {
        let lead = self.s[self.cursor..self.nums[i].start].to_string();
        let (at, words_at) = match lead.rfind("分别") {
            Some(at) => (at, at + "分别".len()),
            None => {
                let at = change_start(&lead).unwrap_or(0);
                (at, at)
            }
        };
        let labels_text = list_labels(&lead[..at]).to_string();
        let Some(first_unit) = self.unit(i).or_else(|| self.list_unit(i)) else {
            return self.skip(i, SkipReason::Unread);
        };
        let mut items = self.items(Item {
            i,
            unit: first_unit,
            words: lead[words_at..].to_string(),
        });
        // 分别增长5.2%、-2.1%和3.0%: a list that goes on past what it could read is not
        // whole; which number is whose is the desk's, every one of them.
        let left = self.left_of_list(&items);
        if let Some(&(last, end)) = left.last() {
            self.unread_all(&items, end);
            for &(k, _) in &left {
                self.skip(k, SkipReason::Unread);
            }
            return last + 1;
        }
        // 分别达6.9万元、3.4万元，增长4.2%、5.3%: values, then as many changes.
        let tail = paired::changes_after_values(&mut items);
        let n = items.len();
        // None when the items cannot be named one to one (三大产业分别增长…): never
        // 三大产业（1）, a label the text does not print.
        // One number right after a list of several names (高新技术企业、科技型中小企业
        // 分别达到8600家…) is no one's: never both names on one value. A 分别 of a clause
        // before (…分别居全国第5、第6位，…等20个项目落地) names no list of this number.
        let own_clause = !lead[words_at..].contains(['，', ',', '；']);
        let one_name = || !own_clause || label::items::distribute(&labels_text, 2).is_none();
        // 今年分别力争达到1400万人次和170亿元: no item named; which is whose is the desk's.
        // 分别新增12项和44项，累计分别达到64项和288项: the totals of the items before.
        let unit = items[0].unit.zh.clone();
        let each = n == 1 && own_clause && one_rate_for_each(&unit, &items[0].words);
        let labels = label::items::distribute(&labels_text, n)
            .or_else(|| (n == 1 && (one_name() || each)).then(|| vec![labels_text.clone()]))
            .filter(|_| !year_alone(&labels_text))
            .or_else(|| self.totals_of_list(&lead[..at], n, &unit));
        let group = self.groups;
        self.groups += 1;
        // 分别增长3.1%、6.2%和6.0%: an item without a word of its own has the first's.
        let first_words = items[0].words.clone();
        let changes = self.list_changes(&items, &first_words);
        let all_changes = changes.iter().all(Option::is_some);
        let end = items.last().map_or(self.cursor, |it| it.unit.end);
        // 分别为A和B，分别增长x%和y%: the changes go onto the list before, in order.
        if all_changes && names_nothing(&labels_text) {
            if let Some(previous) = self.previous_for(n, &changes) {
                let compares = changes.iter().flatten().all(|c| c.kind.compares());
                for (k, c) in previous.into_iter().zip(changes) {
                    let f = &mut self.out.figures[k];
                    match compares {
                        true => f.compare = c,
                        false => f.change = c,
                    }
                }
                self.cursor = end;
                return items.last().map_or(i, |it| it.i) + 1;
            }
            // 1200亿元，同比分别增长11.2%和9.6%: more changes than figures to take them,
            // and nothing that names them. Which change is whose is the desk's to say.
            if n > 1 {
                return self.unread_all(&items, end);
            }
        }
        // A list whose numbers cannot be paired one to one with its items: which
        // number is whose is the desk's to say.
        let Some(labels) = labels else {
            return self.unread_all(&items, end);
        };
        for ((it, label), change) in items.iter().zip(labels).zip(changes) {
            let num = &self.nums[it.i];
            let start = num.start;
            let found = match change {
                // 分别提高25元、50元: an increase is in the figure's own unit, as a fall
                // in it is (分别减少1.2万亩、0.8万亩).
                Some(c) if matches!(c.kind, ChangeKind::Added | ChangeKind::Reduced) => {
                    self.added_item(label, c, &it.unit, start, group)
                }
                Some(c) => Found {
                    part: self.part(start),
                    list: Some(group),
                    ..Found::change_only(label, c, it.unit.end)
                },
                None if it.unit.zh.ends_with('倍')
                    && (changes::word_before(&it.words).is_some()
                        || changes::word_before(&first_words).is_some()) =>
                {
                    // 分别增长3.8倍、80.2%: a change in 倍 has no kind in the model.
                    self.out.skips.push((num.text.clone(), SkipReason::Unread));
                    continue;
                }
                None => {
                    let value = Some(num.value);
                    let kind = kind_of(self.g, &it.unit.zh, value);
                    Found {
                        qualifier: item_qualifier(it, &items),
                        part: self.part(start),
                        list: Some(group),
                        ..Found::new(label, value, &it.unit.zh, kind, it.unit.end)
                    }
                }
            };
            self.push(found);
        }
        if !tail.is_empty() {
            return self.pair_changes(&tail);
        }
        items.last().map_or(i, |it| it.i) + 1
    }

    /// Leaves every number of the clause a list of ranges opens at `i` to the desk
    /// (`unread`), but the end of the first range, which [`Reader::step`] skips beside
    /// its start; returns the first number of the next clause.
    pub(super) fn unread_ranges(&mut self, i: usize) -> usize {
        let from = self.nums[i].start;
        let mut k = i;
        while let Some((start, end)) = self.nums.get(k).map(|n| (n.start, n.end)) {
            if self.s[from..start].contains(['，', '；', ',', ';', '。']) {
                break;
            }
            if k != i + 1 {
                self.skip(k, SkipReason::Unread);
            }
            self.cursor = self.unit(k).map_or(end, |u| u.end);
            k += 1;
        }
        k
    }

    /// Leaves every number of `items` to the desk (`unread`); returns the one after.
    fn unread_all(&mut self, items: &[Item], end: usize) -> usize {
        for it in items {
            let num = self.nums[it.i].text.clone();
            self.out.skips.push((num, SkipReason::Unread));
        }
        self.cursor = end;
        items.last().map_or(0, |it| it.i) + 1
    }
}

/// The qualifier of the value `it` of the list `items`: its own, else the one before the
/// first item (分别达4.3万元、2.2万元: the first item's 达 is every item's), or what
/// [`about_first`] and [`around_last`] share.
fn item_qualifier(it: &Item, items: &[Item]) -> Option<Qualifier> {
    let first = &items.first()?.words;
    let before = numbers::qualifier_before(&it.words)
        .or_else(|| numbers::qualifier_before(first))
        .map(|(q, _)| q)
        .or_else(|| about_first(first));
    qualifier(before, &it.unit).or_else(|| around_last(items))
}

/// 分别约为全国平均的70%、60%: 约 right after 分别 is every item's, as 达 is.
fn about_first(words: &str) -> Option<Qualifier> {
    words.starts_with('约').then_some(Qualifier::About)
}

/// 分别稳定在310万吨和750万吨左右: 左右 printed once, after the last item of a list
/// whose other items print no word after their unit, is every item's.
fn around_last(items: &[Item]) -> Option<Qualifier> {
    let (last, others) = items.split_last()?;
    let bare = others
        .iter()
        .all(|it| it.unit.after.is_none() && it.unit.more.is_none());
    (bare && !others.is_empty() && last.unit.after == Some(Qualifier::Around))
        .then_some(Qualifier::Around)
}

/// True when a list's one number, in `unit` after `words` (what follows 分别), is a rate
/// of change each name before it had, said once (化学需氧量、氨氮排放量分别下降2%): the
/// names stand together on it, as printed. A count or an amount said once for several
/// names stays no one's.
fn one_rate_for_each(unit: &str, words: &str) -> bool {
    matches!(unit, "%" | "个百分点") && changes::word_before(words).is_some()
}
