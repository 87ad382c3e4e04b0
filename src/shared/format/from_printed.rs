//! How a report prints a `from` change around its old value (由37个压缩为10个,
//! 从上半年5.5%降到5.3%, 提高到2025年的49870元): read off the figure's sentence, so that
//! [`super::changes`] prints the change with the text's own words.

use super::decimal;
use crate::shared::model::{Change, Figure};

/// How the text prints a `from` change around its old value: the old value's own period
/// (从上半年5.5%降到5.3%: 上半年) and the words between the old and the new value
/// (压缩为), where the figure's sentence prints them next to the numbers.
#[derive(Default)]
pub(super) struct FromPrinted {
    /// The old value's own period, as printed.
    pub(super) period: Option<String>,
    /// The words between the old and the new value, as printed.
    pub(super) bridge: Option<String>,
    /// The new value's year as printed between the bridge and it (提高到2025年的49870元:
    /// 2025年的): a text that names the old value's year names the new one's too.
    pub(super) new_year: Option<String>,
    /// 从 where the sentence prints it before the old value (从4276.8亿元增加到…).
    pub(super) cong: bool,
}

/// The periods an old value may carry, as printed between 由/从 and its number; a base
/// of the previous year needs none.
const BASE_PERIODS: [&str; 6] = ["上半年", "一季度", "前三季度", "上年末", "年初", "去年"];

/// A year printed at the start of `text` before a value (2025年的49870元, 2025年49870元):
/// 2025年的 or 2025年.
fn printed_year(text: &str) -> Option<&str> {
    let (_, rest) = crate::shared::words::leading_year(text)?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    text.get(..text.len() - rest.len())
}

/// The year printed at the end of `text`, right before an old value (从2020年的): 2020年的.
fn year_before(text: &str) -> Option<String> {
    ["年的", "年"].iter().find_map(|w| {
        let head = text.strip_suffix(w)?;
        let digits = head.get(head.len().checked_sub(4)?..)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| format!("{digits}{w}"))
    })
}

/// The longest bridge kept as printed (优化整合为); a longer one holds more than a verb
/// (园区整合优化为) and gives way to a neutral one.
const BRIDGE_CHARS: usize = 5;

/// True for words printed between an old and a new value that are a verb of change
/// alone: Chinese characters ending in 为, 至 or 到 (压缩为, 降到, 提升至).
fn is_bridge(words: &str) -> bool {
    let n = words.chars().count();
    (2..=BRIDGE_CHARS).contains(&n)
        && words.ends_with(['为', '至', '到'])
        && words
            .chars()
            .all(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
}

/// Reads [`FromPrinted`] off `f`'s sentence.
pub(super) fn from_printed(c: &Change, f: &Figure) -> FromPrinted {
    let old = format!("{}{}", decimal(c.value, c.decimals), c.unit);
    let new = f.value.map(|v| decimal(v, f.decimals)).unwrap_or_default();
    let mut out = FromPrinted::default();
    for (at, _) in f.source.match_indices(&old) {
        let before = &f.source[..at];
        let after = &f.source[at + old.len()..];
        let year_len = |rest: &str| printed_year(rest).map_or(0, str::len);
        let Some(bridge) = after
            .char_indices()
            .map(|(i, _)| &after[..i])
            .take(BRIDGE_CHARS + 1)
            .find(|b| {
                let rest = &after[b.len()..];
                is_bridge(b) && rest[year_len(rest)..].starts_with(&new)
            })
        else {
            continue;
        };
        out.bridge = Some(bridge.to_string());
        let rest = &after[bridge.len()..];
        out.new_year = printed_year(rest).map(str::to_string);
        let opened = |p: &str| {
            ["由", "从"]
                .iter()
                .any(|w| before.ends_with(&format!("{w}{p}")))
        };
        out.period = BASE_PERIODS
            .iter()
            .copied()
            .find(|p| opened(p))
            .map(str::to_string)
            // 从2020年的38210元: the old value's year, as printed.
            .or_else(|| year_before(before).filter(|p| opened(p)));
        let opener = before
            .strip_suffix(out.period.as_deref().unwrap_or_default())
            .unwrap_or(before);
        out.cong = opener.ends_with('从');
        break;
    }
    out
}
