//! The places of the glossary: the words a place's name ends in (省, 自治州, 盟:
//! `data/glossary/divisions.txt`), by which the draft reads a title's place and the
//! editor names a report's files, one list for both; and the places listed by short
//! name (`data/glossary/places.json`).

use serde::Deserialize;
use std::collections::BTreeMap;

const DIVISIONS: &str = include_str!("../../data/glossary/divisions.txt");
const PLACES: &str = include_str!("../../data/glossary/places.json");

/// The division words, in the file's order.
pub fn divisions() -> impl Iterator<Item = &'static str> {
    crate::shared::words::entries(DIVISIONS)
}

/// The longest division word for which `fits` holds (自治区, not the 区 inside it).
pub fn longest_division(fits: &dyn Fn(&str) -> bool) -> Option<&'static str> {
    divisions().filter(|d| fits(d)).max_by_key(|d| d.len())
}

#[derive(Deserialize)]
struct Place {
    short: String,
    id: String,
}

#[derive(Deserialize)]
struct PlacesFile {
    places: BTreeMap<String, Place>,
}

/// The word of `place`'s files, when the glossary lists it by its full or short name.
pub fn listed(place: &str) -> Option<String> {
    // The glossary is compiled in and tested to read: a failure here names no place,
    // and the pinyin names it instead.
    let file: PlacesFile = serde_json::from_str(PLACES).ok()?;
    (file.places.iter())
        .find(|(full, p)| full.as_str() == place || p.short == place)
        .map(|(_, p)| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glossary_of_places_reads_and_names_each_place_in_ascii() {
        let file: PlacesFile =
            serde_json::from_str(PLACES).expect("data/glossary/places.json reads");
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
    fn every_listed_place_ends_in_a_division_word() {
        let file: PlacesFile =
            serde_json::from_str(PLACES).expect("data/glossary/places.json reads");
        assert!(divisions().count() >= 12);
        for full in file.places.keys() {
            assert!(divisions().any(|d| full.ends_with(d)), "{full}");
        }
    }
}
