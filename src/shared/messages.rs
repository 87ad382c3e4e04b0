//! Every message a user can see, in one place, so that their wording stays consistent
//! and can be reviewed (and one day translated) together.
//!
//! Data messages are written for the editor who edits `data/*.json`: they say what is
//! wrong and, where there is one, what would be right. Paths and files are added by
//! [`crate::validate::DataError`], not here.

use crate::model::{ChartKind, Lang};
use crate::wire::{WireError, FORMAT};

/// The file could not be read as JSON.
pub fn malformed_json(detail: &str) -> String {
    format!("is not valid JSON: {detail}")
}

/// Valid JSON, but a value of the wrong type (a string where a number belongs).
pub fn wrong_type(detail: &str) -> String {
    format!("has the wrong type: {detail}")
}

/// A key nobody declared: usually a typo.
pub fn unknown_key(key: &str) -> String {
    format!("has an unknown key \"{key}\" (misspelt?)")
}

/// A required field is absent.
pub fn missing() -> String {
    "is missing".to_string()
}

/// A text or id is present but empty.
pub fn empty() -> String {
    "is empty".to_string()
}

/// An id that is not ASCII kebab-case.
pub fn not_kebab(id: &str) -> String {
    format!("\"{id}\" is not an ASCII kebab-case id (like \"gdp-growth\")")
}

/// The same id twice.
pub fn duplicate_id(id: &str, first_path: &str) -> String {
    format!("\"{id}\" is used twice: first at {first_path}")
}

/// A reference to something that does not exist.
pub fn unknown_ref(what: &str, id: &str) -> String {
    format!("names {what} \"{id}\", which does not exist")
}

/// A number that JSON can carry but a chart cannot draw.
pub fn not_finite(value: f64) -> String {
    format!("{value} is not a finite number")
}

/// A count below zero.
pub fn negative_count(value: f64) -> String {
    format!("{value} is negative, but a count cannot be")
}

/// A negative change: the direction belongs in the kind.
pub fn negative_change(value: f64) -> String {
    format!("{value} is negative: write the number as printed and say the direction with kind \"decline\"")
}

/// A share outside 0–100.
pub fn share_out_of_range(value: f64) -> String {
    format!("{value} is a share of a whole and must lie between 0 and 100")
}

/// A figure with nothing to draw.
pub fn no_value_no_change() -> String {
    "has neither a value nor a change: a figure needs at least one".to_string()
}

/// A word outside a closed list.
pub fn not_one_of(value: &str, allowed: &[&str]) -> String {
    format!("\"{value}\" is not one of: {}", allowed.join(", "))
}

/// A change whose unit does not fit its kind.
pub fn change_unit(kind: &str, unit: &str, expected: &str) -> String {
    format!("a change of kind \"{kind}\" is in {expected}, not \"{unit}\"")
}

/// A chart with too few or too many figures for its kind.
pub fn figure_count(kind: ChartKind, count: usize, min: usize, max: usize) -> String {
    if max == usize::MAX {
        format!(
            "a \"{}\" chart needs at least {min} figures, not {count}",
            kind.name()
        )
    } else {
        format!(
            "a \"{}\" chart takes {min} to {max} figures, not {count}",
            kind.name()
        )
    }
}

/// A chart mixing units on one axis.
pub fn mixed_units(kind: ChartKind, first: &str, other: &str) -> String {
    format!(
        "a \"{}\" chart draws one unit on one axis, but mixes \"{first}\" and \"{other}\" (use \"multiples\" for unlike units)",
        kind.name()
    )
}

/// A figure that does not fit the chart kind that names it.
pub fn unfit_figure(kind: ChartKind, id: &str, needs: &str) -> String {
    format!(
        "figure \"{id}\" cannot be drawn by a \"{}\" chart: it needs {needs}",
        kind.name()
    )
}

/// A part larger than its whole.
pub fn part_exceeds_whole(part: &str, whole: &str) -> String {
    format!("part \"{part}\" is larger than its whole \"{whole}\"")
}

/// An accent on a figure the chart does not draw.
pub fn accent_not_drawn(id: &str) -> String {
    format!("accent \"{id}\" is not one of this chart's figures")
}

/// A chart id the page asked for but the data does not have.
pub fn no_such_chart(id: &str) -> String {
    format!("there is no chart \"{id}\" in the data")
}

/// A drawing surface failed (canvas lost, out of memory).
pub fn drawing_failed(detail: &str) -> String {
    format!("the chart could not be drawn: {detail}")
}

/// Why a resolved chart file (`data/SLUG.LANG.bin`) cannot be read at all.
pub fn unreadable_file(e: WireError) -> String {
    match e {
        WireError::NotOurs => {
            "is not a chart file written by this site's build (make build writes it)".to_string()
        }
        WireError::Format(found) => format!(
            "was written by another build (format {found}; this page reads format {FORMAT}): build the site again"
        ),
        WireError::CutShort(at) => format!("is cut short after {at} bytes"),
        WireError::Damaged(at) => format!("is damaged at byte {at}"),
    }
}

/// Why one chart of a resolved file cannot be drawn (the others still can).
pub fn damaged_chart(index: usize, e: WireError) -> String {
    format!("chart {} of the file {}", index + 1, unreadable_file(e))
}

// --- the build's outputs for sharing and for articles (issue 13) -----------------------

/// `SITE_URL` is not an absolute http(s) URL.
pub fn site_url_not_absolute(url: &str) -> String {
    format!(
        "SITE_URL \"{url}\" is not an absolute http:// or https:// URL without a query (e.g. https://news.example.org/report/)"
    )
}

/// The build was not told where the site is served.
pub fn site_url_unset() -> String {
    "warning: SITE_URL is not set, so og:image, og:url and twitter:image are relative and \
     shared links will show no card: build with make build SITE_URL=https://…/"
        .to_string()
}

/// A block of the long image taller than a slice may be.
pub fn block_too_tall(what: &str, height: u32, max: u32) -> String {
    format!(
        "{what} is {height} px tall at 2×, more than the {max} px a long-image slice may be: it cannot be cut between blocks"
    )
}

/// Characters the bundled font subset cannot draw.
pub fn glyphs_missing(chars: &str) -> String {
    format!(
        "warning: the font subset has no glyph for {chars} (drawn as boxes): run data/fonts/subset.sh"
    )
}
/// The key under a waffle chart: what one of its hundred cells stands for.
pub fn waffle_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每个小方代表1%",
        Lang::En => "Each square is 1%",
    }
}
