//! The checker's primitives: each reads one value of the file at a JSON path, and
//! reports what is missing, empty or not one of the allowed words there.

use super::{is_kebab, JsonPath, Problem};
use crate::check::raw;
use crate::shared::messages::{self as msg, Message};
use crate::shared::model::{Text, Vocabulary};
use std::collections::HashMap;

#[derive(Default)]
/// Collects the problems of one file as it is read.
pub(super) struct Checker {
    /// Every problem found so far.
    pub(super) problems: Vec<Problem>,
    /// The report's year, which a chart's title may print (2024年).
    pub(super) year: i64,
}

impl Checker {
    pub(super) fn report(&mut self, path: impl Into<JsonPath>, message: impl Into<Message>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
            line: None,
        });
    }

    pub(super) fn extra(&mut self, path: &JsonPath, extra: &raw::Extra) {
        for key in extra.keys() {
            self.report(path, msg::data::unknown_key(key));
        }
    }

    pub(super) fn text(&mut self, path: &JsonPath, t: Option<&raw::Text>) -> Text {
        let Some(t) = t else {
            self.report(path, msg::data::missing());
            return Text::default();
        };
        self.extra(path, &t.extra);
        let mut side = |lang: &str, s: &Option<String>| match s {
            // English is written last, by the desk: without it the report builds in
            // Chinese only (see `Report::english_complete`).
            None if lang == "en" => String::new(),
            None => {
                self.report(path.key(lang), msg::data::missing());
                String::new()
            }
            Some(s) if s.trim().is_empty() => {
                self.report(path.key(lang), msg::data::empty());
                String::new()
            }
            Some(s) => s.clone(),
        };
        Text {
            zh: side("zh", &t.zh),
            en: side("en", &t.en),
        }
    }

    pub(super) fn string(&mut self, path: &JsonPath, s: Option<&String>) -> String {
        match s {
            None => {
                self.report(path, msg::data::missing());
                String::new()
            }
            Some(s) if s.trim().is_empty() => {
                self.report(path, msg::data::empty());
                String::new()
            }
            Some(s) => s.clone(),
        }
    }

    pub(super) fn id(
        &mut self,
        path: &JsonPath,
        s: Option<&String>,
        seen: &mut HashMap<String, String>,
    ) -> String {
        let id = self.string(path, s);
        if id.is_empty() {
            return id;
        }
        if !is_kebab(&id) {
            self.report(path, msg::data::not_kebab(&id));
        }
        if let Some(first) = seen.get(&id) {
            self.report(path, msg::data::duplicate_id(&id, first));
        } else {
            seen.insert(id.clone(), path.to_string());
        }
        id
    }

    /// A word of a closed list: the model's value, or `None` (and a problem naming the
    /// words of the list) when the file has another word.
    pub(super) fn word<T: Vocabulary>(
        &mut self,
        path: &JsonPath,
        w: Option<&raw::Named<T>>,
    ) -> Option<T> {
        match w? {
            raw::Named::Known(k) => Some(*k),
            raw::Named::Other(other) => {
                self.report(path, msg::data::not_one_of(other, &T::names()));
                None
            }
        }
    }

    pub(super) fn number(&mut self, path: &JsonPath, v: f64) -> bool {
        if v.is_finite() {
            true
        } else {
            self.report(path, msg::data::not_finite(v));
            false
        }
    }
}
