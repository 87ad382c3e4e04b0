//! Someone's words quoted in the text: a delegate's or an official's quote (他说：“…”,
//! 「…」，一位代表表示) in a city paper's summary. A quote that restates a number the text
//! already gave (“地区生产总值增长5.5%左右的目标…”, after the report's own goals) is no
//! second figure: the draft leaves it a skip of reason `restated`, which the desk sees.
//! A quote may run over several sentences (“…。…。”代表说), so quotes are found in a
//! paragraph's sentences together.

use super::sentence::Found;
use super::text::Outline;
use super::Drafted;
use crate::shared::model::Status;

/// Verbs that say whose words a quote is: before its opening mark (说：“…”) or right
/// after its closing one (“…。”一位代表说).
const SPEECH: [&str; 9] = [
    "说", "表示", "认为", "指出", "介绍", "强调", "坦言", "谈到", "感慨",
];

/// The quotation marks of speech, opening and closing.
const MARKS: [(char, char); 2] = [('“', '”'), ('「', '」')];

/// True when `before` (the text up to an opening mark) ends with a verb of speech, a
/// colon or a comma between them: 市长表示：“….
pub(super) fn said_before(before: &str) -> bool {
    let t = before.trim_end_matches(['：', ':', '，', ',']);
    SPEECH.iter().any(|v| t.ends_with(v))
}

/// True when the clause right after a closing mark (`after`) names the speaker with a
/// verb of speech: ”一位来自园区的代表说，….
fn said_after(after: &str) -> bool {
    let clause = after
        .split(['，', ',', '。', '：', ':', '；'])
        .next()
        .unwrap_or_default();
    clause.chars().count() <= 24 && SPEECH.iter().any(|v| clause.ends_with(v))
}

/// The byte ranges of `joined` that stand inside quoted speech.
fn spoken_ranges(joined: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((open, (o, c))) = (joined[at..].char_indices())
        .find_map(|(i, ch)| MARKS.iter().find(|m| m.0 == ch).map(|m| (at + i, *m)))
    {
        let inner = open + o.len_utf8();
        let close = joined[inner..].find(c).map(|i| inner + i);
        let end = close.unwrap_or(joined.len());
        let after = close.map_or("", |i| &joined[i + c.len_utf8()..]);
        if said_before(&joined[..open]) || said_after(after) {
            out.push((inner, end));
        }
        at = close.map_or(joined.len(), |i| i + c.len_utf8());
    }
    out
}

/// The byte ranges of the sentences of `outline` that stand inside quoted speech, each
/// as (its sentence's index, start, end): one list, not one a sentence, as the
/// drafter's wasm is counted in bytes.
pub fn spoken(outline: &Outline) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < outline.sentences.len() {
        let paragraph = outline.sentences[k].paragraph;
        let end = (k..outline.sentences.len())
            .find(|&j| outline.sentences[j].paragraph != paragraph)
            .unwrap_or(outline.sentences.len());
        // The sentences as printed, each closed by its mark again, and where each starts.
        let mut joined = String::new();
        let mut starts = Vec::new();
        for s in &outline.sentences[k..end] {
            starts.push(joined.len());
            joined.push_str(&s.text);
            joined.push('。');
        }
        for (a, b) in spoken_ranges(&joined) {
            for (j, &start) in starts.iter().enumerate() {
                let len = outline.sentences[k + j].text.len();
                let (from, to) = (a.max(start), b.min(start + len));
                if from < to {
                    out.push((k + j, from - start, to - start));
                }
            }
        }
        k = end;
    }
    out
}

/// True when figure `f` of sentence `k` stands inside quoted speech (`spoken`, from
/// [`spoken`]) and [`restates`] a figure drafted before it.
pub fn restated(
    spoken: &[(usize, usize, usize)],
    k: usize,
    f: &Found,
    drafted: &[Drafted],
) -> bool {
    let at = f.end().saturating_sub(1);
    spoken.iter().any(|&(s, a, b)| s == k && a <= at && at < b) && restates(f, drafted)
}

/// True when `f` says again what a figure drafted before it says: the same label (or
/// one ending with the other: 全市地区生产总值 and 地区生产总值), value, range, unit,
/// qualifier, change and status. A quote rarely says 目标 again (「地区生产总值增长5%，
/// 要靠…」 after the goals): a result of the quote's words restates a target or a limit
/// as well, which would otherwise stand as a second figure, and a result at that.
pub fn restates(f: &Found, drafted: &[Drafted]) -> bool {
    drafted.iter().map(|d| &d.found).any(|d| {
        let (a, b) = (d.label.as_str(), f.label.as_str());
        let label = !a.is_empty() && !b.is_empty() && (a.ends_with(b) || b.ends_with(a));
        label
            && d.value == f.value
            && d.to == f.to
            && d.unit == f.unit
            && d.qualifier == f.qualifier
            && d.change == f.change
            && (d.status == f.status || f.status == Status::Result)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_speech_after_or_before_a_verb_of_speech_and_a_name_is_not() {
        // (the paragraph, the quoted text that is speech, if any)
        let cases = [
            ("市长表示：“增长5.5%左右。”", Some("增长5.5%左右。")),
            (
                "“目标积极稳妥。增长5%左右。”一位代表说，很有信心。",
                Some("目标积极稳妥。增长5%左右。"),
            ),
            (
                "他认为「增长6%的目标可以实现」。",
                Some("增长6%的目标可以实现"),
            ),
            ("编制“十五五”规划。", None),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = spoken_ranges(text)
                .iter()
                .map(|&(a, b)| &text[a..b])
                .collect();
            assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }
}
