//! The `skips` of a data file: numbers of the text that are not figures, each with the
//! sentence it stands in and a reason from a closed list, so that coverage can trust them.

use super::{Checker, JsonPath};
use crate::check::raw;
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

/// Digits with at most one decimal point inside: 2024, 2.5.
fn is_number(s: &str) -> bool {
    let mut parts = s.split('.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_none() && digits(whole) && frac.is_none_or(digits)
}
