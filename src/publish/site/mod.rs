//! One site build: a validated report and the built assets in, every file of its `dist/`
//! out, in memory ([`Dist`]). The command only parses arguments and [`write`](mod@write)s the
//! result; a site of many reports ([`many`]) calls [`report`] once per report; the editor's
//! 发布 calls [`build`] in wasm with the browser as its [`Painter`], so that a published
//! ZIP holds the files `make build` writes.
//!
//! Only [`many`] (every core, a cache on disk) and [`write`](mod@write) (the disk) are native only.

pub mod dist;
#[cfg(not(target_arch = "wasm32"))]
mod hoist;
#[cfg(not(target_arch = "wasm32"))]
pub mod index;
#[cfg(not(target_arch = "wasm32"))]
pub mod joined;
pub mod manifest;
#[cfg(not(target_arch = "wasm32"))]
pub mod many;
mod pages;
pub mod paint;
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

pub use dist::Dist;
pub use paint::{Painter, Shot};

#[cfg(not(target_arch = "wasm32"))]
use crate::publish::fonts::Fonts;
use crate::publish::social::Site;
use crate::publish::{article, bundle, card, files};
use crate::publish::{page, resolve};
use crate::shared::model::{Lang, Report};
use crate::shared::theme::ThemeName;
use crate::shared::wire;

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

#[cfg(not(target_arch = "wasm32"))]
impl Templates {
    /// The templates of the folder `www`; the forwarder and the demo are optional.
    ///
    /// # Errors
    ///
    /// When the story page's or the embed page's template cannot be read.
    pub fn read(www: &std::path::Path) -> Result<Templates, String> {
        let text = |name: &str| {
            let path = www.join(name);
            std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))
        };
        Ok(Templates {
            page: text("index.html")?,
            embed_chart: text("embed-chart.html")?,
            forwarder: text("embed.html").unwrap_or_default(),
            demo: text("demo/index.html").unwrap_or_default(),
        })
    }
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
#[cfg(not(target_arch = "wasm32"))]
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
#[cfg(not(target_arch = "wasm32"))]
pub fn report(input: Input<'_>, assets: &Assets, machine: Machine<'_>) -> Result<Built, String> {
    match machine.fonts {
        Some(fonts) => {
            let mut painter = paint::FontPainter::new(fonts);
            build(input, assets, machine.site, Some(&mut painter))
        }
        None => build(input, assets, machine.site, None),
    }
}

/// [`report`] with the images drawn by `painter` (none without one).
///
/// # Errors
/// As [`report`]'s, and when the painter cannot draw an image.
pub fn build(
    input: Input<'_>,
    assets: &Assets,
    site: &Site,
    painter: Option<&mut dyn Painter>,
) -> Result<Built, String> {
    let mut built = Built {
        dist: assets.files.clone(),
        ..Built::default()
    };
    let r = input.report;
    let sizes = pages::fallbacks(r, &mut built.dist)?;
    pages::pages(input, &assets.templates, &sizes, site, &mut built.dist);
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
    if let Some(painter) = painter {
        images(r, painter, &mut built)?;
    }
    built.log.push(crate::shared::messages::site::site_pages(
        page::languages(r).len(),
        r.charts.len(),
    ));
    if !assets.files.is_empty() {
        let one = bundle::one_file(&built.dist)?;
        built.dist.put(files::one_file(input.slug), one);
        let renames = bundle::fingerprint(&mut built.dist)?;
        let m = manifest::manifest(assets, site, &renames);
        built.dist.put(manifest::PATH, m.to_json()?);
    }
    Ok(built)
}

/// Puts the social cards, article images, covers and long images of `r` into `built`.
///
/// # Errors
/// When a chart cannot be laid out, or the painter cannot draw an image.
pub fn images(r: &Report, painter: &mut dyn Painter, built: &mut Built) -> Result<(), String> {
    for lang in page::languages(r) {
        for c in &r.charts {
            let scene = card::card_scene(r, &c.id, lang, ThemeName::Light)?;
            note(&mut built.missing, painter.missing_in(&scene));
            let file = files::og(&c.id, lang);
            let png = painter
                .paint(&file, &scene, Shot::Card)
                .map_err(|e| format!("{}: {e}", c.id))?;
            built.dist.put(file, png);
        }
    }
    let w = article::files(r, painter, &mut built.dist)?;
    note(&mut built.missing, w.missing);
    built.log.push(crate::shared::messages::site::site_images(
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

/// True while the desk has not finished with report `r`'s draft: see
/// [`crate::publish::cover::unreviewed`], which the WeChat images read too.
pub fn unreviewed(r: &Report) -> bool {
    crate::publish::cover::unreviewed(r)
}
