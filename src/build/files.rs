//! Output file names: what sets a language's files apart.

use crate::model::Lang;

/// What sets a language's files apart: `""` for Chinese, `".en"` for English
/// (`svg/ID.en.svg`, `csv/ID.en.csv`, `png/ID.en.png`).
pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    }
}
