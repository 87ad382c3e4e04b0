//! The deck a draft writes where the text prints none: the clauses of the first figure,
//! never its whole sentence. A report's first sentence of figures often opens with a
//! hundred characters of whose leadership it was (在以习近平同志为核心的党中央坚强领导
//! 下，…) before 全市地区生产总值达到33757.93亿元、增长5.3%; the deck under the title is
//! the figures' clause.

use crate::draft::Drafted;
use crate::shared::format::decimal;

/// The longest deck in characters: two lines under a title on a phone.
const MOST: usize = 60;

/// Marks that end a clause.
const CUT: [char; 6] = ['，', '；', '：', ',', ';', ':'];

/// The clause of `s` around byte range `from..to`: from the mark before `from` to the
/// mark after `to`.
fn around(s: &str, from: usize, to: usize) -> &str {
    let start = s
        .get(..from)
        .and_then(|h| h.rfind(CUT))
        .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
    let end = s
        .get(to..)
        .and_then(|t| t.find(CUT))
        .map_or(s.len(), |i| to + i);
    s.get(start..end).unwrap_or(s)
}

/// The deck drafted from figure `d`: the clauses from its value to its change
/// (地区生产总值520.4亿元，增长6.8%), or its value's clause alone where those are longer
/// than [`MOST`]; its whole sentence where it is no longer than that.
pub(super) fn clauses(d: &Drafted) -> String {
    let f = &d.figure;
    let s = f.source.as_str();
    if s.chars().count() <= MOST {
        return s.to_string();
    }
    let at = |v: Option<f64>, decimals: u8, from: usize| {
        let printed = decimal(v?, decimals);
        let found = s.get(from..)?.find(&printed)?;
        Some((from + found, from + found + printed.len()))
    };
    let Some((from, value_end)) = at(f.value, f.decimals, 0).or_else(|| {
        f.change
            .as_ref()
            .and_then(|c| at(Some(c.value), c.decimals, 0))
    }) else {
        return s.to_string();
    };
    let change_end = (f.change.as_ref())
        .and_then(|c| at(Some(c.value), c.decimals, value_end))
        .map_or(value_end, |(_, end)| end);
    let with_change = around(s, from, change_end);
    match with_change.chars().count() <= MOST {
        true => with_change,
        false => around(s, from, value_end),
    }
    .to_string()
}
