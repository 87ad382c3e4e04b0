//! A built site in memory: every output file as a path relative to the site's root and
//! its bytes. The build fills one and a writer puts it on disk (or, later, in a ZIP), so
//! that no stage reads back what another wrote.

use std::collections::BTreeMap;

/// Output files by path (`index.html`, `svg/gdp.en.svg`), in path order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dist {
    files: BTreeMap<String, Vec<u8>>,
}

impl Dist {
    /// An empty site.
    pub fn new() -> Dist {
        Dist::default()
    }

    /// Adds or replaces the file at `path`.
    pub fn put(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    /// The bytes of the file at `path`.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// The bytes of the file at `path`, or an error naming it.
    ///
    /// # Errors
    /// When the site has no such file.
    pub fn bytes(&self, path: &str) -> Result<&[u8], String> {
        self.get(path)
            .ok_or_else(|| crate::shared::messages::site::site_file_missing(path))
    }

    /// The file at `path` as text.
    ///
    /// # Errors
    /// When the site has no such file or it is not UTF-8.
    pub fn text(&self, path: &str) -> Result<&str, String> {
        std::str::from_utf8(self.bytes(path)?).map_err(|e| format!("{path}: {e}"))
    }

    /// Takes the file at `path` out of the site.
    pub fn take(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files.remove(path)
    }

    /// Whether the site has a file at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// The paths of every file, in order.
    pub fn paths(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }

    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_slice()))
    }

    /// How many files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the site has no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The bytes of every file together.
    pub fn size(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    /// Adds every file of `other` under the folder `prefix` (`"xihu-2024/"`, or `""`).
    pub fn merge(&mut self, prefix: &str, other: Dist) {
        for (p, b) in other.files {
            self.files.insert(format!("{prefix}{p}"), b);
        }
    }
}
