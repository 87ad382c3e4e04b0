//! A 分别 list of totals after a 分别 list of the same items: 分别新增12项和44项，累计分别
//! 达到64项和288项. The second clause names no items, only that its numbers are totals;
//! they are the totals of the items the list before named, in order.

use super::super::Reader;

/// Words that say a number is a total so far, the whole of a clause before 分别.
const TOTALS: [&str; 4] = ["累计", "总计", "合计", "共计"];

impl Reader<'_> {
    /// The labels of the `n` numbers of a 分别 list whose clause before 分别 (`before`)
    /// is only a word of [`TOTALS`]: the labels of the `n` figures of the list right
    /// before, in one unit, each with that word (“上海标准”（累计）). `None` where the
    /// list before has another count, no values or another unit than `unit`.
    pub(super) fn totals_of_list(&self, before: &str, n: usize, unit: &str) -> Option<Vec<String>> {
        let word = before.trim_start_matches(['，', '、', ',']);
        if !TOTALS.contains(&word) || n < 2 {
            return None;
        }
        let group = self.out.figures.last()?.list?;
        let members: Vec<_> = (self.out.figures.iter().rev())
            .take_while(|f| f.list == Some(group))
            .collect();
        let alike = members
            .iter()
            .all(|f| f.value.is_some() && f.change.is_none() && f.unit == unit);
        (members.len() == n && alike).then(|| {
            members
                .iter()
                .rev()
                .map(|f| format!("{}（{word}）", f.label))
                .collect()
        })
    }
}
