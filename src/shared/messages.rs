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
     shared links will show no card, and the pages carry no canonical or hreflang links: \
     build with make build SITE_URL=https://…/"
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
/// A skip whose number is not digits.
pub fn skip_not_a_number(number: &str) -> String {
    format!("\"{number}\" is not a number as the text prints it (digits, one decimal point)")
}

/// A skip whose number is not in its sentence.
pub fn skip_not_in_sentence(number: &str) -> String {
    format!("\"{number}\" does not occur in the skip's sentence")
}

/// The parts of a structure that do not make a whole.
pub fn structure_sum(sum: f64, percent: bool) -> String {
    if percent {
        format!("the parts of a \"structure\" chart in % add up to {sum}, not 100")
    } else {
        format!("the parts of a \"structure\" chart add up to {sum}: they need a positive whole")
    }
}

/// `draft` would overwrite a file.
pub fn draft_exists(out: &str, beside: &str) -> String {
    format!("{out} exists already and the draft never overwrites a file: write beside it with --out {beside}, then compare the two")
}

/// Numbers of the text that no figure covers and no skip explains.
pub fn uncovered(count: usize, text_file: &str) -> String {
    format!(
        "{count} number{} of {text_file} {} no figure and no skip (add a figure, or a skip with its reason):",
        if count == 1 { "" } else { "s" },
        if count == 1 { "has" } else { "have" }
    )
}

/// One uncovered number and its sentence.
pub fn uncovered_number(number: &str, sentence: &str) -> String {
    format!("{number} in: {sentence}")
}

/// How many texts (and figure labels among them) still lack English.
pub fn missing_english(count: usize, labels: usize, figures: usize) -> String {
    if count == 0 {
        "every text has its English: the English edition is built".to_string()
    } else {
        format!(
            "{count} text{} lack English ({labels} of {figures} figure labels): the page is built in Chinese only until each has its \"en\"",
            if count == 1 { "" } else { "s" }
        )
    }
}

/// `draft` wrote a data file.
pub fn drafted(out: &str, figures: usize, charts: usize, skips: usize) -> String {
    format!(
        "wrote {out}: {figures} figures, {charts} charts, {skips} skips; curate it, then run check"
    )
}

/// `check` found a data file right.
pub fn checked(file: &str, figures: usize, charts: usize, sections: usize, skips: usize) -> String {
    format!("{file}: ok: {figures} figures, {charts} charts, {sections} sections, {skips} skips")
}

/// `check` found every number of the text covered.
pub fn all_covered(text_file: &str) -> String {
    format!("{text_file}: every number is a figure or a skip")
}

// --- Texts the draft writes into a data file where the report has none: the desk
// --- replaces them while curating. Each is (zh, en), en `None` where none is written.

/// What the text does not say (publication, credits, byline).
pub const DRAFT_TO_FILL: &str = "待填写";

/// The label of a figure whose clause names nothing.
pub const DRAFT_UNNAMED: &str = "未命名";

/// The section of a text without headings.
pub const DRAFT_WHOLE: (&str, &str) = ("全文", "The report");

/// The section of the text before the first heading.
pub const DRAFT_LEAD: (&str, &str) = ("导语", "Introduction");

/// The topic of paragraph `n` (from 1).
pub fn draft_paragraph(n: usize) -> (String, String) {
    (format!("第{n}段"), format!("Paragraph {n}"))
}

/// The headline of a text without a title line.
pub fn draft_title(year: i64) -> String {
    if year > 0 {
        format!("{year}年报告图解")
    } else {
        "报告图解".to_string()
    }
}

/// The footer line of every chart until the desk names the source.
pub fn draft_source_line() -> String {
    format!("来源：{DRAFT_TO_FILL}")
}

/// A subtitle: the one unit of a chart, or 单位见各项 for several, and the year.
pub fn draft_subtitle(unit: Option<&str>, year: i64) -> String {
    let year = if year > 0 {
        format!("，{year}年")
    } else {
        String::new()
    };
    match unit {
        Some(u) => format!("单位：{u}{year}"),
        None => format!("单位见各项{year}"),
    }
}

/// The subtitle of a growth chart.
pub fn draft_growth_subtitle(year: i64) -> String {
    if year > 0 {
        format!("同比增长，%，{year}年")
    } else {
        "同比增长，%".to_string()
    }
}

/// The title of a growth chart: its fastest figure.
pub fn draft_fastest(label: &str, change: &str) -> String {
    format!("{label}{change}，增速最快")
}

/// The title of a structure chart: its largest part.
pub fn draft_largest_part(label: &str, value: &str) -> String {
    format!("{label}占{value}%")
}

/// The title of a part-whole chart: the whole, then the part.
pub fn draft_part_of(whole: &str, part: &str) -> String {
    format!("{whole}，其中{part}")
}

/// Skips the draft could not read: the desk decides each.
pub fn unread_skips(count: usize) -> String {
    format!(
        "{count} skip{} of reason \"unread\": the draft found no unit it knows; make each a figure or give it its reason",
        if count == 1 { "" } else { "s" }
    )
}

// --- the editor (issue 12) ------------------------------------------------------------

/// A figure's value that its sentence does not print.
pub fn value_not_in_sentence(value: f64) -> String {
    format!("the value {value} is not a number of its sentence: the text prints otherwise")
}

/// A figure's change that its sentence does not print.
pub fn change_not_in_sentence(value: f64) -> String {
    format!("the change {value} is not a number of its sentence: the text prints otherwise")
}

/// A figure whose sentence is not in the report's text.
pub fn source_not_in_text() -> String {
    "its sentence is not in the report's text".to_string()
}

/// The editor asked for a number its sentence does not have.
pub fn no_such_number(number: &str) -> String {
    format!("the sentence has no number \"{number}\"")
}
