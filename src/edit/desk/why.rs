//! Why a number of the text is undecided, in the desk's words (tester s-test21 E4: 待决定
//! alone does not say what to look at): the cause `check` gives an `unread` skip
//! ([`unread::cause`]), read off its sentence with the draft's cues. It runs in the
//! drafter's wasm, which carries the draft's sentence reader; the editor's own does not,
//! and asks it for the undecided numbers its text pane shows.

use super::propose;
use crate::draft::{glossary::Glossary, unread};
use crate::shared::messages as msg;
use crate::shared::model::{Lang, Skip, SkipReason, UnreadCause, Vocabulary};
use serde::Serialize;

/// One undecided number the editor asks about: its sentence (a line as the text pane
/// shows it), the number as printed, and the reason of the skip that names it, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked<'a> {
    /// The line, verbatim, whitespace removed.
    pub sentence: &'a str,
    /// The number as printed in it.
    pub number: &'a str,
    /// The reason of its skip, by its name in the data file.
    pub reason: Option<&'a str>,
}

impl<'a> Asked<'a> {
    /// The numbers asked in `asked`: one a line, its sentence, number and reason (empty for
    /// none) parted by tabs. A line of the text pane has no tab nor line break (its
    /// whitespace is removed): plain text, so that the drafter's wasm links no JSON reader
    /// of its own for the question.
    ///
    /// # Errors
    ///
    /// The line that has not three fields.
    pub fn parse(asked: &'a str) -> Result<Vec<Asked<'a>>, String> {
        (asked.split('\n').filter(|l| !l.is_empty()))
            .map(|line| {
                let mut fields = line.split('\t');
                match (fields.next(), fields.next(), fields.next(), fields.next()) {
                    (Some(sentence), Some(number), Some(reason), None) => Ok(Asked {
                        sentence,
                        number,
                        reason: Some(reason).filter(|r| !r.is_empty()),
                    }),
                    _ => Err(format!("not a sentence, a number and a reason: {line}")),
                }
            })
            .collect()
    }
}

/// Why a number is undecided, in both languages (the desk may switch without asking again).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Why {
    /// In Chinese.
    pub zh: &'static str,
    /// In English.
    pub en: &'static str,
}

/// Why the draft left `number` of `sentence` for the desk, when it did: a skip of reason
/// `unread` says why its sentence made the draft unsure; a number nothing names says so
/// when the draft would leave it `unread` too. None for a skip of another reason (the
/// reason says why) and for a number the draft would make a figure or skip.
pub fn cause(
    sentence: &str,
    number: &str,
    reason: Option<SkipReason>,
    glossary: &Glossary,
) -> Option<UnreadCause> {
    let unread = match reason {
        Some(r) => r == SkipReason::Unread,
        None => propose::reason(sentence, number, glossary) == Some(SkipReason::Unread),
    };
    let skip = Skip {
        number: number.to_string(),
        sentence: sentence.to_string(),
        reason: SkipReason::Unread,
    };
    unread.then(|| unread::cause(&skip, glossary))
}

/// [`cause`] of each number `asked`, worded in both languages (`null` where none), in
/// the order asked.
pub fn whys(asked: &[Asked<'_>], glossary: &Glossary) -> Vec<Option<Why>> {
    asked
        .iter()
        .map(|a| {
            let reason = a.reason.and_then(SkipReason::from_name);
            cause(a.sentence, a.number, reason, glossary).map(|c| Why {
                zh: msg::draft::unread_cause(c, Lang::Zh),
                en: msg::draft::unread_cause(c, Lang::En),
            })
        })
        .collect()
}
