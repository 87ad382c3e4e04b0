//! What the command line's `check` and `draft` print: English, as the tool's other
//! command-line messages.

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

/// A warning of `check` at JSON path `at` (the whole file where empty), worded `zh` and
/// `en`: what the editor lists among its problems, which never fails the check.
pub fn warning(at: &str, zh: &str, en: &str) -> String {
    if at.is_empty() {
        format!("warning: {zh} / {en}")
    } else {
        format!("warning: {at}: {zh} / {en}")
    }
}

/// How many numbers of the text the data file leaves for the desk to decide, as the
/// editor counts and words them ([`crate::shared::messages::desk::to_decide`], one count
/// for one list), in both languages.
pub fn to_decide(n: usize) -> String {
    format!(
        "{} / {}",
        super::desk::to_decide(crate::shared::model::Lang::Zh, n),
        super::desk::to_decide(crate::shared::model::Lang::En, n)
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
