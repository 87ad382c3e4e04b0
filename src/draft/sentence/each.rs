//! A list of labels before 均 (规上工业增加值、固定资产投资均增长5%以上): one number said of
//! every item. The truth lists write it as one figure, so the draft does too, named by
//! the whole list (规上工业增加值、固定资产投资), never by its last item and 均
//! (固定资产投资均), which names one item and a word that is no name.

use super::lists::list_labels;
use super::Reader;
use crate::draft::changes;
use crate::draft::numbers;

/// The characters that make 均 part of a word (人均, 年均, 平均 …), no 均 of a list.
const AVERAGES: [char; 8] = ['人', '年', '日', '月', '亩', '平', '户', '地'];

/// Words of a level between 均 and its number (均为100%, 均达60%以上).
const LEVELS: [&str; 7] = ["为", "达", "达到", "在", "保持在", "稳定在", "居"];

/// The label of the items `head` (a sentence up to the end of a figure) says its number
/// of with 均: `None` where no 均 of a list stands in the figure's clause right before
/// its number's words (均衡县23个 is a word; 均增长3倍以上，…17.3万标箱 another clause).
fn list_before_each(head: &str) -> Option<&str> {
    let at = head.rfind('均')?;
    if head[..at].ends_with(AVERAGES) {
        return None;
    }
    let after = &head[at + '均'.len_utf8()..];
    if after.contains(['，', '；', ',', ';', '、']) {
        return None;
    }
    let words = &after[..after.find(|c: char| c.is_ascii_digit())?];
    let q = numbers::qualifier_before(words).map_or(0, |(_, len)| len);
    let bare = &words[..words.len() - q];
    let verb = bare.is_empty()
        || LEVELS.contains(&bare)
        || changes::word_before(bare).is_some_and(|(_, len)| len == bare.len());
    let labels = list_labels(&head[..at]);
    let listed = labels.contains(['、', '和', '与']) || labels.starts_with("城乡");
    (verb && listed).then_some(labels)
}

impl Reader<'_> {
    /// Names each figure said of a list of items with 均 by the whole list.
    pub(super) fn each_of_list(&mut self) {
        for f in &mut self.out.figures {
            if f.list.is_some() {
                continue;
            }
            let head = self.s.get(..f.end).unwrap_or_default();
            if let Some(labels) = list_before_each(head) {
                f.label = labels.to_string();
            }
        }
    }
}
