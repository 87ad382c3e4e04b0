//! Output file names: what sets a language's files apart.

use crate::shared::model::{Lang, Report};

/// What sets a language's files apart: `""` for Chinese, `".en"` for English
/// (`svg/ID.en.svg`, `csv/ID.en.csv`, `png/ID.en.png`).
pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    }
}

/// The story page in `lang`: `index.html`, `en/index.html`.
pub fn story(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "index.html",
        Lang::En => "en/index.html",
    }
}

/// The static fallback of chart `id`: `svg/ID[.en][.narrow][.dark].svg`.
pub fn svg(id: &str, lang: Lang, narrow: bool, dark: bool) -> String {
    let narrow = if narrow { ".narrow" } else { "" };
    let dark = if dark { ".dark" } else { "" };
    format!("svg/{id}{}{narrow}{dark}.svg", suffix(lang))
}

/// The data of chart `id` as a table: `csv/ID[.en].csv`.
pub fn csv(id: &str, lang: Lang) -> String {
    format!("csv/{id}{}.csv", suffix(lang))
}

/// The iframe page of chart `id`: `embed/ID[.en].html`.
pub fn embed(id: &str, lang: Lang) -> String {
    format!("embed/{id}{}.html", suffix(lang))
}

/// The 1200 × 630 social card of chart `id`: `og/ID[.en].png`.
pub fn og(id: &str, lang: Lang) -> String {
    format!("og/{id}{}.png", suffix(lang))
}

/// The article image of chart `id`, 1080 px wide: `png/ID[.en].png`.
pub fn png(id: &str, lang: Lang) -> String {
    format!("png/{id}{}.png", suffix(lang))
}

/// The resolved charts file the reader draws: `data/charts.zh.bin`, `data/charts.en.bin`.
pub fn resolved(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data/charts.zh.bin",
        Lang::En => "data/charts.en.bin",
    }
}

/// The report's data and text beside the site (`data/SLUG.json`, `data/SLUG.txt`): the
/// editor opens them with `editor.html?report=SLUG`.
pub fn source(slug: &str, ext: &str) -> String {
    format!("data/{slug}.{ext}")
}

/// The one-file edition of the story: `SLUG.html`.
pub fn one_file(slug: &str) -> String {
    format!("{slug}.html")
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
