//! The one table of chart kinds (`charts::ALL`): every kind has its own name and its own
//! wire code, and a code never changes while the resolved file's format stays the same.

use report_charts::shared::charts::{self, ChartKind};
use report_charts::shared::wire::FORMAT;
use std::collections::HashMap;

/// The wire codes as a page of format [`RECORDED_FORMAT`] reads them. A kind may be
/// added with a new code; changing or reusing a recorded one needs a bump of
/// `wire::FORMAT`, and then this record is written anew for the new format.
const RECORDED_FORMAT: u8 = 5;
const RECORDED: &[(&str, u8)] = &[
    ("cards", 0),
    ("bars", 1),
    ("growth", 2),
    ("share", 3),
    ("before-after", 4),
    ("part-whole", 5),
    ("multiples", 6),
    ("waffle", 7),
    ("structure", 8),
    ("targets", 9),
    ("comparison", 10),
    ("ranking", 11),
    ("target-result", 12),
    ("trend", 13),
];

#[test]
fn no_two_kinds_share_a_wire_code() {
    let mut seen: HashMap<u8, &str> = HashMap::new();
    for k in charts::ALL {
        if let Some(first) = seen.insert(k.code(), k.name()) {
            panic!(
                "kinds \"{first}\" and \"{}\" share wire code {}",
                k.name(),
                k.code()
            );
        }
    }
}

#[test]
fn no_two_kinds_share_a_name() {
    let mut names: Vec<&str> = ChartKind::names().collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n, "a name twice in the kinds table");
}

#[test]
fn no_wire_code_changes_without_a_format_bump() {
    assert_eq!(
        FORMAT, RECORDED_FORMAT,
        "wire::FORMAT changed: write RECORDED anew for format {FORMAT} (tests/kinds.rs)"
    );
    for &(name, code) in RECORDED {
        let kind = ChartKind::by_name(name)
            .unwrap_or_else(|| panic!("kind \"{name}\" of format {FORMAT} is gone: bump FORMAT"));
        assert_eq!(
            kind.code(),
            code,
            "kind \"{name}\" changed its wire code from {code} to {} without a bump of wire::FORMAT",
            kind.code()
        );
    }
    for k in charts::ALL {
        if let Some((other, _)) = RECORDED
            .iter()
            .find(|(n, c)| *c == k.code() && *n != k.name())
        {
            panic!(
                "kind \"{}\" reuses the wire code {} of \"{other}\" without a bump of wire::FORMAT",
                k.name(),
                k.code()
            );
        }
    }
}

#[test]
fn every_kind_is_found_by_its_name_and_by_its_code() {
    for &k in charts::ALL {
        assert_eq!(ChartKind::by_name(k.name()), Some(k));
        assert_eq!(ChartKind::by_code(k.code()), Some(k));
        let (min, max) = k.def().figures;
        assert!(1 <= min && min <= max, "{k:?}: figures {min}..={max}");
    }
}
