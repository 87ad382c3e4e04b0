//! One site build (native only): a validated report and the built assets in, every file of
//! its `dist/` out, in memory ([`Dist`]). The command only parses arguments and
//! [`write`]s the result; a site of many reports ([`many`]) calls [`report`] once per report.
//!
//! Native only for now: the social cards and article images draw with the machine's fonts
//! ([`Fonts::for_build`]) and the schema comes from `schemars`. Everything else here is
//! free of `std::fs`, so the editor's wasm can produce the same files for a ZIP once those
//! two are passed in.

mod dist;
pub mod index;
pub mod many;
mod pages;
pub mod write;

pub use dist::Dist;

use crate::build::{article, bundle, files};
use crate::model::{Lang, Report};
use crate::raster::{self, Fonts};
use crate::social::Site;
use crate::theme::ThemeName;
use crate::{page, resolve, wire};

/// The page templates of `www/`, filled per report.
#[derive(Debug, Clone, Default)]
pub struct Templates {
    /// `www/index.html`: the story page.
    pub page: String,
    /// `www/embed-chart.html`: a chart's iframe page.
    pub embed_chart: String,
    /// `www/embed.html`: the `embed.html?chart=ID` forwarder.
    pub forwarder: String,
    /// `www/demo/index.html`: the demo article around the embeds.
    pub demo: String,
}

/// What every report's site is built with besides the report.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// The page templates.
    pub templates: Templates,
    /// Files copied as they are (the bundled scripts, the wasm, the stylesheet, the icon,
    /// the editor): empty for a build of the report's own files only, which then has no
    /// one-file edition and no content hashes.
    pub files: Dist,
}

/// One report to build.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The report's name in file names (`xihu-2024`).
    pub slug: &'a str,
    /// The validated report.
    pub report: &'a Report,
    /// Its data file as written, copied beside the site for the editor.
    pub data: &'a str,
    /// Its text, when it has one.
    pub text: Option<&'a str>,
    /// Whether the data is the draft's, unreviewed: the pages say so.
    pub draft: bool,
}

/// What the build needs from the machine: where the site is served, and the fonts
/// the images are drawn with.
#[derive(Clone, Copy)]
pub struct Machine<'a> {
    /// The site's public address, if known.
    pub site: &'a Site,
    /// The fonts of the social cards and article images; `None` leaves the images out.
    pub fonts: Option<&'a Fonts>,
}

/// A built report: its files and what the build has to tell.
#[derive(Debug, Clone, Default)]
pub struct Built {
    /// Every file.
    pub dist: Dist,
    /// Characters the fonts lack (drawn as boxes).
    pub missing: Vec<char>,
    /// One line per stage, for the command to print.
    pub log: Vec<String>,
}

/// Every file of the site of one report: the assets, the story pages and embeds, the
/// fallbacks and tables, the charts files, the data, the images, the one-file edition;
/// with content hashes in the cacheable assets' names when the assets are there.
///
/// # Errors
/// When a chart cannot be laid out or drawn, or an asset the one-file edition inlines
/// is missing.
pub fn report(input: Input<'_>, assets: &Assets, machine: Machine<'_>) -> Result<Built, String> {
    let mut built = Built {
        dist: assets.files.clone(),
        ..Built::default()
    };
    let r = input.report;
    let sizes = pages::fallbacks(r, &mut built.dist)?;
    pages::pages(
        input,
        &assets.templates,
        &sizes,
        machine.site,
        &mut built.dist,
    );
    for lang in page::languages(r) {
        let bytes = wire::encode(&resolve::resolved(r, &[], input.slug, lang));
        built.dist.put(files::resolved(lang), bytes);
    }
    built.dist.put(files::MANIFEST, files::manifest(r));
    built
        .dist
        .put(files::source(input.slug, "json"), input.data);
    if let Some(text) = input.text {
        built.dist.put(files::source(input.slug, "txt"), text);
    }
    if let Some(fonts) = machine.fonts {
        images(r, fonts, &mut built)?;
    }
    built.log.push(crate::messages::site_pages(
        page::languages(r).len(),
        r.charts.len(),
    ));
    if !assets.files.is_empty() {
        let one = bundle::one_file(&built.dist)?;
        built.dist.put(files::one_file(input.slug), one);
        bundle::fingerprint(&mut built.dist)?;
    }
    Ok(built)
}

/// The social cards, article images, covers and long images of `r`.
fn images(r: &Report, fonts: &Fonts, built: &mut Built) -> Result<(), String> {
    for lang in page::languages(r) {
        for c in &r.charts {
            let scene = raster::card_scene(r, &c.id, lang, ThemeName::Light)?;
            note(&mut built.missing, fonts.missing_in(&scene));
            let png = raster::card_png(&scene, fonts).map_err(|e| format!("{}: {e}", c.id))?;
            built.dist.put(files::og(&c.id, lang), png);
        }
    }
    let w = article::files(r, fonts, &mut built.dist)?;
    note(&mut built.missing, w.missing);
    built.log.push(crate::messages::site_images(
        w.charts,
        w.covers,
        w.slices.iter().map(|(_, s)| s.len()).sum(),
    ));
    Ok(())
}

fn note(missing: &mut Vec<char>, new: Vec<char>) {
    for c in new {
        if !missing.contains(&c) {
            missing.push(c);
        }
    }
}

/// The languages' story pages, for the index of many reports.
pub fn story_paths(r: &Report) -> Vec<(Lang, &'static str)> {
    page::languages(r)
        .into_iter()
        .map(|l| (l, files::story(l)))
        .collect()
}
