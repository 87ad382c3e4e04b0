//! A count taken among a pool (全市8个县（市、区）中有6个地区生产总值增速超过6%): the
//! numbers of such a clause say how many of the pool meet a condition, never the place's
//! own figure. The pool (8个), the count (6个) and the condition's threshold (超过6%)
//! are all left `unread` for the desk: drafted, the threshold read as the place's growth
//! and the two counts as figures named 全市 and 增速超过.

/// The words that open the count after its pool: 8个县中有6个, 8个县（市、区）中，有6个.
const AMONG: [&str; 4] = ["中有", "中，有", "之中有", "里有"];

/// True when the mark at byte `i` of `s` ends a clause: 8个县中，有6个 goes on after 中.
fn ends_clause(s: &str, i: usize) -> bool {
    s[i..].starts_with(['；', '。']) || s[i..].starts_with('，') && !s[..i].ends_with('中')
}

/// True when the number at byte `at` of `sentence` stands in a clause that counts among
/// a pool those that meet a threshold: a number, one of [`AMONG`] right before the count,
/// and a number after the count (8个县中有6个…增速超过6%).
pub fn counted_among(sentence: &str, at: usize) -> bool {
    let Some(lead) = sentence.get(..at) else {
        return false;
    };
    let start = lead
        .char_indices()
        .rfind(|&(i, _)| ends_clause(sentence, i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = sentence[at..]
        .char_indices()
        .map(|(i, _)| at + i)
        .find(|&i| ends_clause(sentence, i))
        .unwrap_or(sentence.len());
    let clause = &sentence[start..end];
    AMONG.iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let (before, after) = (&clause[..i], &clause[i + w.len()..]);
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            // The condition's own threshold after the count (增速超过6%): without one, the
            // counts are the text's (18个中有12个获评…), as the lists have them.
            let threshold = after[digits..].contains(|c: char| c.is_ascii_digit());
            before.contains(|c: char| c.is_ascii_digit()) && digits > 0 && threshold
        })
    })
}
