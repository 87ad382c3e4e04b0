//! The `skips` of a data file: numbers of the text that are not figures, each with the
//! sentence it stands in and a reason from a closed list, so that coverage can trust them.

use super::{Checker, JsonPath};
use crate::check::{printed, raw};
use crate::shared::messages as msg;
use crate::shared::model::Skip;

impl Checker {
    pub(super) fn skips(&mut self, raw: &[raw::Skip]) -> Vec<Skip> {
        raw.iter()
            .enumerate()
            .filter_map(|(i, s)| self.skip(&JsonPath::item("skips", i), s))
            .collect()
    }

    fn skip(&mut self, path: &JsonPath, s: &raw::Skip) -> Option<Skip> {
        self.extra(path, &s.extra);
        let number = self.string(&path.key("number"), s.number.as_ref());
        let sentence = self.string(&path.key("sentence"), s.sentence.as_ref());
        let reason_path = path.key("reason");
        if s.reason.is_none() {
            self.report(reason_path.clone(), msg::data::missing());
        }
        let reason = self.word(&reason_path, s.reason.as_ref());
        if !number.is_empty() && !is_number(&number) {
            self.report(path.key("number"), msg::data::skip_not_a_number(&number));
        } else if !number.is_empty() && !sentence.is_empty() && !sentence.contains(&number) {
            self.report(path.key("number"), msg::data::skip_not_in_sentence(&number));
        }
        Some(Skip {
            number,
            sentence,
            reason: reason?,
        })
    }
}

/// A number as the draft reads one off the text ([`printed::numbers`]): digits with at
/// most one decimal point inside, and its thousands grouped by commas where printed
/// (2024, 2.5, 206,000): a skip the draft wrote is one the check accepts.
fn is_number(s: &str) -> bool {
    let found = printed::numbers(s);
    matches!(found.as_slice(), [n] if n.start == 0 && n.end == s.len())
}
