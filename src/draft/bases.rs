//! The earlier year a change is reckoned from, where it is not the year before: 2007年，
//! 国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6% is five years' growth,
//! never 2007's. The year named (比2002年, 较2020年, 与2020年相比) holds for the changes
//! after it in its sentence, across its ；, until a clause names another base or time
//! (…；全国财政收入达到5.13万亿元，增长1.71倍: also since 2002). The change keeps it as
//! its `reference` (`format::basis::since`), which every output prints back.

use super::sentence::Found;
use super::Drafted;
use crate::shared::model::ChangeKind;
use crate::shared::words::{leading_year, OVER_SPAN};

/// The year under review as a new value's words print it (增加到去年的98亿元).
const LAST_YEAR: [&str; 2] = ["去年", "上年"];

/// Words that open the base of a change before its year: 比2002年, 较2002年, 与2002年相比.
const OPENERS: [char; 3] = ['比', '较', '与'];

/// Bases that name no earlier year and end the one carried: the year before (比上年,
/// 同比), the start of the year (比年初), the month before (环比).
const OTHER_BASES: [&str; 10] = [
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "同比",
    "环比",
    "比年初",
    "较年初",
    "比上月",
    "比前",
];

/// Times that open a clause of their own and end the base carried: 今年, 去年, 2025年.
const OWN_TIMES: [&str; 4] = ["今年", "去年", "当年", "上年"];

/// The base carried through a sentence, and the time a figure of it printed.
#[derive(Debug, Default)]
pub(super) struct Bases {
    carried: Option<String>,
    /// [`printed_time`] of a figure before in the sentence (its ；-part).
    time: Option<String>,
}

/// What the words of a figure say of its change's base.
#[derive(Debug, PartialEq)]
enum Said {
    /// An earlier year, as printed (2002年).
    Year(String),
    /// Another base or a time of its own: nothing is carried over it.
    Other,
    /// Nothing.
    Nothing,
}

/// The last base `words` print: a year after 比, 较 or 与, or another base or time.
fn said(words: &str) -> Said {
    let mut last: Option<(usize, Said)> = None;
    let mut keep = |at: usize, s: Said| {
        if last.as_ref().is_none_or(|(k, _)| at >= *k) {
            last = Some((at, s));
        }
    };
    for (at, c) in words.char_indices() {
        let rest = &words[at + c.len_utf8()..];
        if OPENERS.contains(&c) {
            if let Some((digits, _)) = leading_year(rest) {
                keep(at, Said::Year(format!("{digits}年")));
            }
        } else if c.is_ascii_digit() && leading_year(&words[at..]).is_some() {
            // A year of its own (2025年增长6%), not one after 比.
            let after_opener = words[..at].ends_with(OPENERS);
            if !after_opener && (at == 0 || !words[..at].ends_with(|c: char| c.is_ascii_digit())) {
                keep(at, Said::Other);
            }
        }
    }
    for w in OTHER_BASES.iter().chain(OWN_TIMES.iter()) {
        if let Some(at) = words.rfind(w) {
            keep(at, Said::Other);
        }
    }
    last.map_or(Said::Nothing, |(_, s)| s)
}

impl Bases {
    /// A sentence that opens after a 。 carries no base from the one before; one that
    /// opens after a ； (`clause`) goes on with it.
    pub fn next_sentence(&mut self, clause: bool) {
        if !clause {
            self.carried = None;
        }
        self.time = None;
    }

    /// Applies paragraph context `ctx` to figure `f` of `sentence`, whose words start at
    /// byte `start` (`opened`: the period the sentence opens with), then gives it the
    /// time a figure before it printed ([`own_time`]).
    pub fn apply(
        &mut self,
        f: &mut Found,
        ctx: &super::context::Context,
        (sentence, start): (&str, usize),
        opened: Option<&str>,
    ) {
        let printed = printed_time(f);
        ctx.apply(f, sentence, opened);
        own_time(f, sentence, start, self.time.as_deref());
        if printed.is_some() {
            self.time = printed;
        }
    }

    /// Gives figure `f` of `sentence`, whose words start at byte `start`, the earlier
    /// year its change is reckoned from: named in its words (a change-only figure's label
    /// included: 全国国有企业资产总额比2002年, which then names the indicator alone), or
    /// carried from a change before it in the sentence.
    pub fn settle(&mut self, f: &mut Found, sentence: &str, start: usize) {
        let words = sentence
            .get(start..f.end().min(sentence.len()))
            .unwrap_or("");
        let said = said(words);
        let Some(c) = f.change.as_mut() else {
            if said != Said::Nothing {
                self.carried = None;
            }
            return;
        };
        if c.kind.compares() || matches!(c.kind, ChangeKind::From | ChangeKind::Pull) {
            return;
        }
        match said {
            Said::Year(y) => {
                if let Some(l) = f.label.strip_suffix(&format!("比{y}")) {
                    f.label = l.to_string();
                }
                c.reference = Some(y.clone());
                self.carried = Some(y);
                // 2006年，全国国有企业资产总额比2002年增长60.98%: with its base kept on
                // the change, the year its sentence opens with is the figure's, never
                // the paragraph's five years.
                let several = f
                    .period
                    .as_deref()
                    .is_some_and(super::years::of_several_years);
                let opened = leading_year(sentence).filter(|(_, r)| r.starts_with('，'));
                if let Some((digits, _)) = opened.filter(|_| several) {
                    f.period = Some(format!("{digits}年"));
                }
            }
            Said::Other => self.carried = None,
            Said::Nothing => c.reference.clone_from(&self.carried),
        }
    }
}

/// The time a figure's own words print with its new value (增加到2007年的3664亿元,
/// 增加到去年的98亿元), read before its paragraph's period is applied; None for any other.
fn printed_time(f: &Found) -> Option<String> {
    let from = f
        .change
        .as_ref()
        .is_some_and(|c| c.kind == ChangeKind::From);
    f.period.clone().filter(|_| from)
}

/// Gives figure `f` of `sentence`, whose words start at byte `start`, the time a figure
/// before it in the sentence printed (`time`, [`printed_time`]) where its paragraph gave
/// it a period of several years (五年来): …增加到去年的98亿元，高校资助面超过20% is of the
/// year under review, never of the five years. A clause that says it counts over the
/// years (累计, 年均, 五年, 比2002年) keeps them.
fn own_time(f: &mut Found, sentence: &str, start: usize, time: Option<&str>) {
    let Some(time) = time else { return };
    let several = f
        .period
        .as_deref()
        .is_some_and(super::years::of_several_years);
    let words = sentence
        .get(start..f.end().min(sentence.len()))
        .unwrap_or("");
    if several && !OVER_SPAN.iter().any(|w| words.contains(w)) {
        f.period = Some(time.to_string());
    }
}

/// Leaves no base on a change reckoned from the year before its figure's year (比2024年
/// in a review of 2025 is 比上年, which no output needs to say), nor where the report's
/// year `year` is unknown (0); and a new value of 去年 (增加到去年的98亿元) the report's
/// year, no period.
pub(super) fn settle(drafted: &mut [Drafted], year: i64) {
    for d in drafted.iter_mut() {
        // 增加到去年的98亿元: the year under review, the report's own.
        if d.found
            .period
            .as_deref()
            .is_some_and(|p| LAST_YEAR.contains(&p))
        {
            d.found.period = None;
            d.figure.period = None;
        }
    }
    for d in drafted {
        let own = (d.figure.period.as_ref())
            .and_then(|p| leading_year(&p.zh).filter(|(_, rest)| rest.is_empty()))
            .and_then(|(digits, _)| digits.parse::<i64>().ok())
            .unwrap_or(year);
        let Some(c) = d.figure.change.as_mut() else {
            continue;
        };
        if crate::shared::format::basis::since(c).is_none() {
            continue;
        }
        let base = (c.reference.as_ref())
            .and_then(|r| leading_year(&r.zh))
            .and_then(|(digits, _)| digits.parse::<i64>().ok());
        if year == 0 || base.is_none_or(|b| b + 1 >= own) {
            c.reference = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_is_the_last_one_the_words_print() {
        assert_eq!(
            said("，比2002年增长65.5%"),
            Said::Year("2002年".to_string())
        );
        assert_eq!(said("，年均增长10.6%"), Said::Nothing);
        assert_eq!(said("，比上年增长6%"), Said::Other);
        assert_eq!(said("，2025年增长6%"), Said::Other);
        assert_eq!(
            said("与2020年相比下降13%"),
            Said::Year("2020年".to_string())
        );
        assert_eq!(said("比2020年增长1倍，比上年增长6%"), Said::Other);
    }
}
