//! Someone's words quoted in the text: a delegate's or an official's quote (他说：“…”,
//! 「…」，一位代表表示) in a city paper's summary. A quote that restates a number the text
//! already gave (“地区生产总值增长5.5%左右的目标…”, after the report's own goals) is no
//! second figure: the draft leaves it a skip of reason `restated`, which the desk sees.
//! A quote may run over several sentences (“…。…。”代表说), so quotes are found in a
//! paragraph's sentences together.

use super::changes;
use super::glossary::Glossary;
use super::sentence::Found;
use super::text::Outline;
use super::Drafted;
use crate::shared::model::{Qualifier, Status};

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

/// The clause right after a closing mark (`after`) when it names the speaker with a
/// verb of speech: ”一位来自园区的代表说，….
fn said_after(after: &str) -> Option<&str> {
    let clause = after
        .split(['，', ',', '。', '：', ':', '；'])
        .next()
        .unwrap_or_default();
    (clause.chars().count() <= 24 && SPEECH.iter().any(|v| clause.ends_with(v))).then_some(clause)
}

/// The byte ranges of `joined` (a paragraph) that stand inside quoted speech, each with
/// the clause that names its speaker after it, if one does. `next` is the paragraph
/// after it: a quote that closes its paragraph may name its speaker on the next line
/// (“…增长7.2%。”⏎北湖区区长说。).
fn spoken_ranges<'a>(joined: &'a str, next: &'a str) -> Vec<(usize, usize, &'a str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((open, (o, c))) = (joined[at..].char_indices())
        .find_map(|(i, ch)| MARKS.iter().find(|m| m.0 == ch).map(|m| (at + i, *m)))
    {
        let inner = open + o.len_utf8();
        let close = joined[inner..].find(c).map(|i| inner + i);
        let end = close.unwrap_or(joined.len());
        let after = close.map_or("", |i| &joined[i + c.len_utf8()..]);
        let after = if close.is_some() && after.trim_end_matches('。').is_empty() {
            next
        } else {
            after
        };
        let speaker = said_after(after);
        if said_before(&joined[..open]) || speaker.is_some() {
            out.push((inner, end, speaker.unwrap_or_default()));
        }
        at = close.map_or(joined.len(), |i| i + c.len_utf8());
    }
    out
}

/// A stretch of a sentence inside quoted speech.
#[derive(Debug, Clone)]
pub struct Spoken {
    /// The sentence's index.
    pub sentence: usize,
    /// Byte offsets of the stretch in the sentence.
    pub start: usize,
    /// The end of the stretch.
    pub end: usize,
    /// The clause after the quote that names its speaker (北湖区区长说), or "" where the
    /// speaker is named before it (that clause is in the sentence, `whose` reads it).
    pub speaker: String,
}

/// The stretches of the sentences of `outline` that stand inside quoted speech: one
/// list, not one a sentence, as the drafter's wasm is counted in bytes.
pub fn spoken(outline: &Outline) -> Vec<Spoken> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < outline.sentences.len() {
        let paragraph = outline.sentences[k].paragraph;
        let end = (k..outline.sentences.len())
            .find(|&j| outline.sentences[j].paragraph != paragraph)
            .unwrap_or(outline.sentences.len());
        // The sentences as printed, each closed by its mark and its closing quotation
        // marks again, and where each starts.
        let mut joined = String::new();
        let mut starts = Vec::new();
        for s in &outline.sentences[k..end] {
            starts.push(joined.len());
            joined.push_str(&s.text);
            joined.push('。');
            joined.push_str(&s.closes);
        }
        let next = outline.sentences.get(end).map_or("", |s| s.text.as_str());
        for (a, b, speaker) in spoken_ranges(&joined, next) {
            for (j, &start) in starts.iter().enumerate() {
                let len = outline.sentences[k + j].text.len();
                let (from, to) = (a.max(start), b.min(start + len));
                if from < to {
                    out.push(Spoken {
                        sentence: k + j,
                        start: from - start,
                        end: to - start,
                        speaker: speaker.to_string(),
                    });
                }
            }
        }
        k = end;
    }
    out
}

/// True when figure `f` of sentence `k` (`sentence`) stands inside quoted speech
/// (`spoken`, from [`spoken`]) and [`restates`] a figure drafted before it.
pub fn restated(
    spoken: &[Spoken],
    (k, sentence): (usize, &str),
    f: &Found,
    drafted: &[Drafted],
    g: &Glossary,
) -> bool {
    let at = f.end().saturating_sub(1);
    let mark = sentence
        .get(f.end()..)
        .is_some_and(|after| changes::MARKS.iter().any(|m| after.starts_with(m)));
    let inside = |r: &Spoken| r.sentence == k && r.start <= at && at < r.end;
    spoken.iter().any(inside) && restates(f, mark, drafted, g)
}

/// Words by which someone's quoted words name the size of the whole economy (全县经济
/// 总量突破300亿元): the 地区生产总值 the text prints.
const ECONOMY: [&str; 2] = ["经济总量", "经济规模"];

/// The id of the indicator `label` names: the longest term of the glossary it ends with,
/// whatever words of the speaker's stand before it (去年我们外贸进出口); 经济总量 names
/// 地区生产总值.
fn indicator<'g>(label: &str, g: &'g Glossary) -> Option<&'g str> {
    let label = if ECONOMY.contains(&label) {
        "地区生产总值"
    } else {
        label
    };
    g.labels()
        .filter(|(k, _)| label.ends_with(k))
        .max_by_key(|(k, _)| k.len())
        .map(|(_, t)| t.id.as_str())
}

/// True when labels `a` and `b` name one indicator: one ends with the other (全市地区生产
/// 总值 and 地区生产总值), or both name the same term of the glossary ([`indicator`]).
fn same_indicator(a: &str, b: &str, g: &Glossary) -> bool {
    let suffix = !a.is_empty() && !b.is_empty() && (a.ends_with(b) || b.ends_with(a));
    suffix || indicator(a, g).is_some_and(|i| indicator(b, g) == Some(i))
}

/// True when `f` says again what a figure drafted before it says: the same indicator
/// ([`same_indicator`]) and status, its change (if it prints one) the same, and its
/// value (if it prints one) the same, with its range, unit and qualifier, or a mark the
/// figure's value passed (`mark`: 总额迈上1400亿元台阶, 经济总量突破300亿元 after
/// 318.6亿元). A quote rarely says 目标 again (「地区生产总值增长5%，要靠…」 after the
/// goals): a result of the quote's words restates a target or a limit as well, which
/// would otherwise stand as a second figure, and a result at that.
pub fn restates(f: &Found, mark: bool, drafted: &[Drafted], g: &Glossary) -> bool {
    let passed = mark
        || f.qualifier.is_some_and(|q| {
            matches!(
                q,
                Qualifier::Passed
                    | Qualifier::Crossed
                    | Qualifier::SteppedOnto
                    | Qualifier::Over
                    | Qualifier::OverFully
            )
        });
    drafted.iter().map(|d| &d.found).any(|d| {
        let value = match (f.value, d.value) {
            (None, _) => true,
            (Some(v), Some(w)) if d.unit == f.unit && f.to.is_none() => {
                let same = v == w && d.to.is_none() && d.qualifier == f.qualifier;
                same || passed && v <= w
            }
            _ => false,
        };
        let change = f.change.is_none() || d.change == f.change;
        same_indicator(&d.label, &f.label, g)
            && value
            && change
            && (f.value.is_some() || f.change.is_some())
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
            let got: Vec<&str> = spoken_ranges(text, "")
                .iter()
                .map(|&(a, b, _)| &text[a..b])
                .collect();
            assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }
}
