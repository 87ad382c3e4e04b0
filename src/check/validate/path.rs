//! Where in a data file a problem is: a JSON path kept as its steps, so that the chart or
//! figure a problem is about is read off it as a number, never parsed back from text. It
//! prints as `check-data` writes it: `charts[3].figures[1]`, and crosses to the editor's
//! script as its steps: `["charts",3,"figures",1]`.

use serde::{Serialize, Serializer};
use std::fmt;

/// One step of a [`JsonPath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A key of an object: `title`.
    Key(String),
    /// An index into an array: `[3]`.
    Index(usize),
}

/// A JSON path from the file's root; empty for the whole file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonPath(Vec<Step>);

impl JsonPath {
    /// The whole file.
    pub fn root() -> JsonPath {
        JsonPath::default()
    }

    /// Item `i` of the top-level list `list`: `charts[3]`.
    pub fn item(list: &str, i: usize) -> JsonPath {
        JsonPath::root().key(list).at(i)
    }

    /// This path, then key `key`.
    #[must_use]
    pub fn key(&self, key: &str) -> JsonPath {
        let mut out = self.clone();
        out.0.push(Step::Key(key.to_string()));
        out
    }

    /// This path, then index `i`.
    #[must_use]
    pub fn at(&self, i: usize) -> JsonPath {
        let mut out = self.clone();
        out.0.push(Step::Index(i));
        out
    }

    /// This path with `step` added.
    pub fn push(&mut self, step: Step) {
        self.0.push(step);
    }

    /// True when `self` is `other` or a path inside it (`figures[3].value.x` in
    /// `figures[3].value`).
    pub fn starts_with(&self, other: &JsonPath) -> bool {
        self.0.starts_with(&other.0)
    }

    /// True for the whole file.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Its steps, from the root.
    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    /// The index in top-level list `list` that this path is in: 3 for `list` `charts` and
    /// `charts[3].title`.
    pub fn index_in(&self, list: &str) -> Option<usize> {
        match self.0.as_slice() {
            [Step::Key(k), Step::Index(i), ..] if k == list => Some(*i),
            _ => None,
        }
    }

    /// This path with its index in top-level list `list` made `i`: a path said of a
    /// list that left items out (the charts a partial read kept) put at its place in
    /// the file. A path in no item of `list` is unchanged.
    #[must_use]
    pub fn moved_to(&self, list: &str, i: usize) -> JsonPath {
        let mut out = self.clone();
        if self.index_in(list).is_some() {
            out.0[1] = Step::Index(i);
        }
        out
    }

    /// The chart this path is in (its index in `charts`).
    pub fn chart(&self) -> Option<usize> {
        self.index_in("charts")
    }

    /// The figure this path is in (its index in `figures`).
    pub fn figure(&self) -> Option<usize> {
        self.index_in("figures")
    }
}

/// Where the parser stopped: a `?` (a key it never finished reading) is left out.
impl From<&serde_path_to_error::Path> for JsonPath {
    fn from(p: &serde_path_to_error::Path) -> JsonPath {
        use serde_path_to_error::Segment;
        JsonPath(
            p.iter()
                .filter_map(|s| match s {
                    Segment::Seq { index } => Some(Step::Index(*index)),
                    Segment::Map { key } => Some(Step::Key(key.clone())),
                    Segment::Enum { variant } => Some(Step::Key(variant.clone())),
                    Segment::Unknown => None,
                })
                .collect(),
        )
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(k) if n == 0 => f.write_str(k)?,
                Step::Key(k) => write!(f, ".{k}")?,
                Step::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// A key as a string, an index as a number.
impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Step::Key(k) => s.serialize_str(k),
            Step::Index(i) => i.serialize(s),
        }
    }
}

/// The editor's script reads a path as its steps (`["charts",3,"title"]`): it names a
/// field without printing the path and parsing it back.
impl Serialize for JsonPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&self.0)
    }
}

impl From<&JsonPath> for JsonPath {
    fn from(p: &JsonPath) -> JsonPath {
        p.clone()
    }
}

impl JsonPath {
    /// True when it prints as `text`.
    fn prints_as(&self, text: &str) -> bool {
        let printed = self.to_string();
        printed.as_str() == text
    }
}

/// Tests compare a path with the text `check-data` prints for it.
impl PartialEq<str> for JsonPath {
    fn eq(&self, other: &str) -> bool {
        self.prints_as(other)
    }
}

impl PartialEq<&str> for JsonPath {
    fn eq(&self, other: &&str) -> bool {
        self.prints_as(other)
    }
}

impl PartialEq<String> for JsonPath {
    fn eq(&self, other: &String) -> bool {
        self.prints_as(other)
    }
}
