//! The glossary of places (`data/glossary/places.json`): the words a place's name ends in
//! (省, 自治州, 盟), by which the draft reads a title's place and the editor names a
//! report's files, and the places it lists by short name. One list for both, so that a
//! place the draft reads is a place the editor can name.

use serde::Deserialize;
use std::collections::BTreeMap;

const PLACES: &str = include_str!("../../data/glossary/places.json");

/// A place the glossary lists, by its full name.
#[derive(Debug, Clone, Deserialize)]
pub struct Place {
    /// What a text calls it for short (广西 for 广西壮族自治区).
    pub short: String,
    /// The word its files take (`guangxi`).
    pub id: String,
}

/// The glossary as its file holds it.
#[derive(Debug, Deserialize)]
pub struct Places {
    /// The division words a place's name ends in, in the file's order.
    pub divisions: Vec<String>,
    /// The places listed, by full name.
    pub places: BTreeMap<String, Place>,
}

/// The bundled glossary of places.
///
/// # Errors
///
/// A message naming the file and what is wrong, should it not read (a test reads it).
pub fn bundled() -> Result<Places, String> {
    serde_json::from_str(PLACES).map_err(|e| format!("data/glossary/places.json: {e}"))
}

/// The division words, longest first, so that 自治区 is found before the 区 inside it.
/// None should the bundled glossary not read: then no place is read from a title, and
/// none guessed.
pub fn divisions() -> Vec<String> {
    let mut out = bundled().map(|p| p.divisions).unwrap_or_default();
    out.sort_by_key(|d| std::cmp::Reverse(d.chars().count()));
    out
}

/// The word of `place`'s files, when the glossary lists it by its full or short name.
pub fn listed(place: &str) -> Option<String> {
    let file = bundled().ok()?;
    (file.places.iter())
        .find(|(full, p)| full.as_str() == place || p.short == place)
        .map(|(_, p)| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glossary_of_places_reads_and_names_each_place_in_ascii() {
        let file = bundled().expect("data/glossary/places.json reads");
        assert!(file.places.len() >= 34);
        for (full, p) in &file.places {
            assert!(full.starts_with(&p.short), "{full}");
            assert!(
                p.id.chars().all(|c| c.is_ascii_lowercase()),
                "{full}: {}",
                p.id
            );
        }
    }

    #[test]
    fn every_listed_place_ends_in_a_division_word_of_the_same_glossary() {
        let file = bundled().expect("data/glossary/places.json reads");
        for full in file.places.keys() {
            assert!(
                file.divisions.iter().any(|d| full.ends_with(d.as_str())),
                "{full}"
            );
        }
    }

    #[test]
    fn the_divisions_come_longest_first() {
        let d = divisions();
        assert!(d.len() >= 12, "{d:?}");
        let at = |w: &str| d.iter().position(|x| x == w).expect(w);
        for (long, short) in [
            ("自治区", "区"),
            ("自治州", "州"),
            ("特别行政区", "区"),
            ("自治旗", "旗"),
        ] {
            assert!(at(long) < at(short), "{long} before {short}");
        }
    }
}
