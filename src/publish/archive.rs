//! Publishing from the editor (issue 21 §1): the files of a report's site that the
//! library writes in the browser as well as natively, and the ZIP that carries them.
//!
//! Today these are every chart's SVG fallbacks and CSVs in each language, named (by
//! [`files`]) and drawn as the site build writes them (`publish::site::pages::fallbacks`,
//! native only: it sits beside the pages, cards and images, which need fonts and a
//! bitmap), with the data file and the report's text. The story pages, embeds, images
//! and the one-file edition join here once the site build's `Dist` compiles to wasm:
//! this module then zips that `Dist` instead of its own list.

use crate::publish::files::{self, languages};
use crate::shared::layout::ApproxMeasure;
use crate::shared::model::{Lang, Report};
use crate::shared::render;
use crate::shared::theme::ThemeName;
use crate::shared::view::View;

/// Width of the static fallbacks on a desktop: the page's column.
pub const WIDE: f64 = 720.0;
/// Width of the static fallbacks on a phone.
pub const NARROW: f64 = 360.0;

/// One file of the site: its path under the site's root, and its bytes.
pub type File = (String, Vec<u8>);

/// `svg/ID[.en][.narrow][.dark].svg` and `csv/ID[.en].csv` for every chart of `report`,
/// in each language of the site, as `make build` writes them.
///
/// # Errors
///
/// When a chart cannot be laid out or its SVG cannot be written.
pub fn chart_files(report: &Report) -> Result<Vec<File>, String> {
    let mut out = Vec::new();
    for lang in languages(report) {
        for c in &report.charts {
            for (narrow, dark) in [(false, false), (false, true), (true, false), (true, true)] {
                let width = if narrow { NARROW } else { WIDE };
                let theme = if dark {
                    ThemeName::Dark
                } else {
                    ThemeName::Light
                };
                let view = View { width, lang, theme };
                let scene = crate::publish::scene(report, &c.id, view, &mut ApproxMeasure)?;
                let svg = render::svg(&scene, c.title.pick(lang))?;
                out.push((files::svg(&c.id, lang, narrow, dark), svg.into_bytes()));
            }
            out.push((
                files::csv(&c.id, lang),
                crate::publish::resolve::csv(report, c, lang).into_bytes(),
            ));
        }
    }
    Ok(out)
}

/// What the desk publishes: the report's name, its data file and text, and the README
/// that says what was confirmed, by when.
pub struct Publication<'a> {
    /// The report's file name without `.json` (`xihu-2024`).
    pub slug: &'a str,
    /// The data file, as JSON text.
    pub json: &'a str,
    /// The report's text (empty when there is none).
    pub text: &'a str,
    /// The archive's `README.txt`.
    pub readme: &'a str,
}

/// The site of a publication as a ZIP archive. Nothing is written while the data file
/// has a problem: the error lists every one, worded in `words`.
///
/// # Errors
///
/// Every problem of the data file, worded in `words`; or a chart that cannot be drawn, or
/// an archive too large for a ZIP.
pub fn site_zip(p: &Publication, words: Lang) -> Result<Vec<u8>, String> {
    let file = format!("{}.json", p.slug);
    let report = crate::check::validate::load(&file, p.json).map_err(|e| e.problems_in(words))?;
    let mut files = vec![("README.txt".to_string(), p.readme.as_bytes().to_vec())];
    files.extend(chart_files(&report)?);
    let data = crate::edit::desk::pretty(p.json)?;
    files.push((format!("data/{file}"), data.into_bytes()));
    if !p.text.is_empty() {
        files.push((format!("data/{}.txt", p.slug), p.text.as_bytes().to_vec()));
    }
    crate::publish::zip::stored(&files)
}
