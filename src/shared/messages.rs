//! Every message a user can see, in one place, so that their wording stays consistent
//! and can be reviewed (and one day translated) together.
//!
//! Data messages ([`data`]) are written for the editor who edits `data/*.json`, in both
//! languages ([`Message`]): `check` prints the English, the editor the desk's language.
//!
//! Callers name the submodule a message lives in (`messages::data::missing`,
//! `messages::site::site_pages`): nothing is re-exported flat, so a call says which
//! stage's message it is, and each has one path.

use crate::shared::model::Lang;
use std::fmt;

// What the reader's wasm says and draws, besides its data.
pub mod charts;
// The desk's review: ungated, as messages::draft names what is left to confirm.
pub mod desk;
pub mod draft;
pub mod reader;
pub mod score;
// The data file's problems and words name what the reader's wasm does not carry (what a
// kind asks of its figures, how a desk names it): they are the build's and the editor's.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod commands;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod data;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod kinds;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod names;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod outputs;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod page;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod parser;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod period_en;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod periods;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod register;
// The site build (src/publish/site/): natively, and in the editor's 发布.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod site;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod titles;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod trust;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod words;

/// A message in both languages. It reads as its English (`check` and the tests print
/// that); [`Message::said_in`] gives the desk's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its two wordings.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Message {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// A message from a wording by language.
    pub fn by(word: impl Fn(Lang) -> String) -> Message {
        Message {
            zh: word(Lang::Zh),
            en: word(Lang::En),
        }
    }

    /// The wording in `lang`.
    pub fn said_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A text written in one language only (a parser's detail): the same in both.
impl From<String> for Message {
    fn from(s: String) -> Message {
        Message {
            zh: s.clone(),
            en: s,
        }
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.en
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.en == *other
    }
}

impl PartialEq<String> for Message {
    fn eq(&self, other: &String) -> bool {
        self.en == *other
    }
}
