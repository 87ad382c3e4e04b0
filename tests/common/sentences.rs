//! One sentence read by the draft, as the draft's rule tests ask of it: what it finds
//! (`read`), its figures (`figures`), the one figure it must find (`only`), and that
//! figure's value, unit and change side by side for a table's row (`shape`), and why a
//! number is no figure (`skipped`).

use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Found, Read};
use report_charts::shared::model::{ChangeKind, SkipReason};
use std::sync::OnceLock;

/// The bundled glossary, read once for every sentence of a test binary.
fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| Glossary::bundled().unwrap())
}

/// What the draft reads in the sentence `s`: its figures and its skips.
pub fn read(s: &str) -> Read {
    sentence::read(s, glossary())
}

/// The figures the draft reads in the sentence `s`.
pub fn figures(s: &str) -> Vec<Found> {
    read(s).figures
}

/// The one figure of the sentence `s`; fails, naming what was read, unless there is
/// exactly one.
pub fn only(s: &str) -> Found {
    let f = figures(s);
    assert_eq!(f.len(), 1, "{s}: {f:?}");
    f.into_iter().next().unwrap()
}

/// A figure's value, unit, and change (kind and value), to compare with a table's row.
pub fn shape(f: &Found) -> (Option<f64>, String, Option<(ChangeKind, f64)>) {
    let c = f.change.as_ref().map(|c| (c.kind, c.value));
    (f.value, f.unit.clone(), c)
}

/// The reason the number `number` of `s` is skipped, or `None` when it is a figure's.
pub fn skipped(s: &str, number: &str) -> Option<SkipReason> {
    read(s)
        .skips
        .into_iter()
        .find(|(n, _)| n == number)
        .map(|(_, r)| r)
}
