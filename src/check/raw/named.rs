//! A word of a closed list as the data file holds it, and numbers as the data file
//! prints them.

use crate::shared::model::Vocabulary;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A word of a closed list ([`Vocabulary`]): the model's value when the list has the
/// word, else the word as written, kept so that validation can name it with its path
/// (one misspelt kind must not hide the file's other problems behind a parse error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named<T> {
    /// A word of the list.
    Known(T),
    /// A word the list does not have, as written.
    Other(String),
}

impl<T: Vocabulary> Named<T> {
    /// The word as the data file writes it.
    pub fn word(&self) -> &str {
        match self {
            Named::Known(k) => k.name(),
            Named::Other(s) => s,
        }
    }

    /// The model's value, if the list has the word.
    pub fn known(&self) -> Option<T> {
        match self {
            Named::Known(k) => Some(*k),
            Named::Other(_) => None,
        }
    }
}

impl<T> From<T> for Named<T> {
    fn from(t: T) -> Self {
        Named::Known(t)
    }
}

impl<T: Vocabulary> Serialize for Named<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.word())
    }
}

impl<'de, T: Vocabulary> Deserialize<'de> for Named<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Ok(match T::from_name(&word) {
            Some(k) => Named::Known(k),
            None => Named::Other(word),
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: Vocabulary> schemars::JsonSchema for Named<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        // The model's type name: Qualifier, ChangeKind, Status …
        let name = std::any::type_name::<T>();
        name.rsplit("::").next().unwrap_or(name).to_string().into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": T::names() })
    }
}

/// Writes a number as printed: an integer where it is one (800, not 800.0).
pub fn number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => s.serialize_i64(*v as i64),
        Some(v) => s.serialize_f64(*v),
        None => s.serialize_none(),
    }
}
