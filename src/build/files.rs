//! Output file names: what sets a language's files apart.

use crate::model::{Lang, Report};

/// What sets a language's files apart: `""` for Chinese, `".en"` for English
/// (`svg/ID.en.svg`, `csv/ID.en.csv`, `png/ID.en.png`).
pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    }
}

/// The languages a report's site is written in: Chinese, and English when every text has
/// its English (a page half in English would be worse than none).
pub fn languages(report: &Report) -> Vec<Lang> {
    if report.english_complete() {
        vec![Lang::Zh, Lang::En]
    } else {
        vec![Lang::Zh]
    }
}
