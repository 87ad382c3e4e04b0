//! How the register prints a report's place: as the report names it, or, for a report
//! that names none, as the site's index says (未注明地区 / "Place not named"), in every
//! output alike (tables, cards, chart labels, CSVs), never a blank cell or label that a
//! reader takes for the row above's.

use super::Entry;
use crate::publish::files;
use crate::shared::messages::site::index_words;
use crate::shared::model::Lang;

impl Entry {
    /// Its report's place in `lang`'s outputs: its English name on an English page
    /// where the data gives one (Xihu District), else the place as printed (江苏省, on
    /// either page), else 未注明地区 / "Place not named".
    pub fn place_in(&self, lang: Lang) -> String {
        if self.place.is_empty() {
            index_words(lang).no_place.to_string()
        } else if lang == Lang::En && !self.place_en.is_empty() {
            self.place_en.clone()
        } else {
            self.place.clone()
        }
    }

    /// Its place on its report's page in `lang`: an English page links the report's
    /// English page (`SLUG/en/#t-ID`) where the report has one, the Chinese page else.
    pub fn link_in(&self, lang: Lang) -> String {
        let page = format!("{}/", self.slug);
        match self.link.strip_prefix(&page) {
            Some(rest) if self.english => format!("{page}{}{rest}", files::story_folder(lang)),
            _ => self.link.clone(),
        }
    }

    /// Its report as one place, to tell places apart and name them in notes: the place
    /// as printed, or the slug of a report that names none (each such report is a place
    /// of its own, never a blank name).
    pub fn place_or_slug(&self) -> &str {
        place_or_slug(&self.place, &self.slug)
    }
}

/// A report's place as printed, or its `slug` where it names none.
pub(super) fn place_or_slug<'a>(place: &'a str, slug: &'a str) -> &'a str {
    if place.is_empty() {
        slug
    } else {
        place
    }
}
