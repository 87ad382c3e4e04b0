//! Publishing from the editor (issue 21 §1): the whole site of a report, built by the site
//! build of `make build` ([`crate::publish::site::build`]) from the assets and templates of
//! the site the editor was served from (its [`Manifest`]), with its images drawn by the
//! browser, and the ZIP that carries it.
//!
//! Two steps, because the browser draws the images between them: [`sketches`] lists every
//! image as its SVG and pixel size; the page rasterises each to a PNG; [`site_zip`] builds
//! the site with those PNGs and zips it. HTML, SVG, CSV and JSON are the bytes `make
//! build` writes for the same data file; images differ only in font rasterisation.

use crate::publish::card::{Placement, CARD_HEIGHT, CARD_WIDTH};
use crate::publish::files;
use crate::publish::pixels::pixel_size_at;
use crate::publish::site::manifest::{self, Manifest};
use crate::publish::site::{self, Assets, Built, Dist, Input, Painter, Shot};
use crate::shared::layout::{ApproxMeasure, Measure, Scene};
use crate::shared::model::{Lang, Report};
use serde::Serialize;

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

/// One image for the browser to draw: `svg` (the scene at its CSS size) drawn at
/// (`x`, `y`) and `w` × `h` pixels onto a `width` × `height` image filled with
/// `background`, saved as the PNG at `path`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sketch {
    /// The PNG's path under the site's root.
    pub path: String,
    /// The scene as an SVG document.
    pub svg: String,
    /// The image's width in pixels.
    pub width: u32,
    /// The image's height in pixels.
    pub height: u32,
    /// Where the scene's left edge lands, in image pixels.
    pub x: f64,
    /// Where the scene's top edge lands, in image pixels.
    pub y: f64,
    /// The scene's width on the image.
    pub w: f64,
    /// The scene's height on the image.
    pub h: f64,
    /// The image's background, `#rrggbb`.
    pub background: String,
}

/// A painter that draws nothing and notes each image as a [`Sketch`].
struct Sketcher<'m> {
    measure: &'m mut dyn Measure,
    sketches: Vec<Sketch>,
}

impl Painter for Sketcher<'_> {
    fn measure(&mut self) -> &mut dyn Measure {
        self.measure
    }

    fn missing_in(&self, _: &Scene) -> Vec<char> {
        Vec::new()
    }

    fn paint(&mut self, path: &str, scene: &Scene, shot: Shot) -> Result<Vec<u8>, String> {
        let ((width, height), (x, y, k)) = match shot {
            Shot::Card => {
                let p = Placement::fit(scene.width, scene.height);
                ((CARD_WIDTH, CARD_HEIGHT), (p.x, p.y, p.scale))
            }
            Shot::At(ratio) => (pixel_size_at(scene, ratio), (0.0, 0.0, ratio)),
        };
        let bg = scene.background;
        self.sketches.push(Sketch {
            path: path.to_string(),
            svg: crate::shared::render::svg(scene, "")?,
            width,
            height,
            x,
            y,
            w: scene.width * k,
            h: scene.height * k,
            background: format!("#{:02x}{:02x}{:02x}", bg.0, bg.1, bg.2),
        });
        Ok(Vec::new())
    }
}

/// A painter whose images were drawn already: the PNGs by path.
struct Drawn {
    pngs: Dist,
    /// The covers' layout only decides their pixels, which are drawn already.
    measure: ApproxMeasure,
}

impl Painter for Drawn {
    fn measure(&mut self) -> &mut dyn Measure {
        &mut self.measure
    }

    fn missing_in(&self, _: &Scene) -> Vec<char> {
        Vec::new()
    }

    fn paint(&mut self, path: &str, _: &Scene, _: Shot) -> Result<Vec<u8>, String> {
        self.pngs
            .take(path)
            .ok_or_else(|| crate::shared::messages::site::site_file_missing(path))
    }
}

fn load(p: &Publication, words: Lang) -> Result<Report, String> {
    let file = format!("{}.json", p.slug);
    crate::check::validate::load(&file, p.json).map_err(|e| e.problems_in(words))
}

/// Every image of the site of `p`, to be drawn by the browser; the covers' text is
/// measured with `measure`, as it will be drawn. Nothing while the data file has a
/// problem: the error lists every one, worded in `words`.
///
/// # Errors
/// The data file's problems, or a chart that cannot be laid out.
pub fn sketches(
    p: &Publication,
    measure: &mut dyn Measure,
    words: Lang,
) -> Result<Vec<Sketch>, String> {
    let report = load(p, words)?;
    let mut sketcher = Sketcher {
        measure,
        sketches: Vec::new(),
    };
    site::images(&report, &mut sketcher, &mut Built::default())?;
    Ok(sketcher.sketches)
}

/// The site of `p` as `make build` writes it, less the desk's files
/// ([`files::for_the_desk`]: the editor, the demo article), with the assets and templates of
/// manifest `m` (`served`: each asset by its name in the build, as fetched), the images
/// `pngs` (by path; none leaves the images out), and the README. Nothing while the data
/// file has a problem: the error lists every one, worded in `words`.
///
/// # Errors
/// The data file's problems, a manifest with a bad address, an image or asset missing.
pub fn site(
    p: &Publication,
    m: &Manifest,
    served: Dist,
    pngs: Option<Dist>,
    words: Lang,
) -> Result<Dist, String> {
    let report = load(p, words)?;
    let data = published_data(p, &report)?;
    let input = Input {
        slug: p.slug,
        report: &report,
        data: &data,
        text: (!p.text.is_empty()).then_some(p.text),
        draft: false,
    };
    let assets = Assets {
        templates: m.templates(),
        files: manifest::unhash(m, served),
    };
    let address = m.site()?;
    let mut drawn = pngs.map(|pngs| Drawn {
        pngs,
        measure: ApproxMeasure,
    });
    let built = site::build(
        input,
        &assets,
        &address,
        drawn.as_mut().map(|d| d as &mut dyn Painter),
    )?;
    // The reader's site only: the desk's tools stay on the desk's server.
    let mut dist = built.dist;
    for path in dist.paths() {
        if files::for_the_desk(&path) {
            dist.take(&path);
        }
    }
    dist.put("README.txt", p.readme);
    Ok(dist)
}

/// The data file of `p` as published: in the repository's layout, with every number of
/// its text that no figure covers and no skip explains written as a skip of reason
/// `unread` (issue 18 §4, H3). The desk was asked before publishing those undecided
/// numbers (a deleted figure's, a skip undone); the archive must still hold a file that
/// `check` and `make build` accept, and an `unread` skip is what the draft writes for a
/// number nobody decided: the editor counts it as undecided still.
///
/// # Errors
/// The malformed-JSON message when the data file is not JSON.
fn published_data(p: &Publication, report: &Report) -> Result<String, String> {
    let left = if p.text.is_empty() {
        Vec::new()
    } else {
        crate::draft::coverage::uncovered(p.text, report)
    };
    if left.is_empty() {
        return crate::check::pretty(p.json);
    }
    let json = p.json.strip_prefix('\u{feff}').unwrap_or(p.json);
    let mut file: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let skips = file
        .get_mut("skips")
        .and_then(serde_json::Value::as_array_mut);
    let unread = left.into_iter().map(
        |u| serde_json::json!({"number": u.number, "sentence": u.sentence, "reason": "unread"}),
    );
    match skips {
        Some(list) => list.extend(unread),
        None => {
            if let Some(map) = file.as_object_mut() {
                map.insert("skips".into(), unread.collect());
            }
        }
    }
    crate::check::pretty(&file.to_string())
}

/// [`site`](fn@site) as a stored ZIP archive.
///
/// # Errors
/// As [`site`](fn@site)'s.
pub fn site_zip(
    p: &Publication,
    m: &Manifest,
    served: Dist,
    pngs: Option<Dist>,
    words: Lang,
) -> Result<Vec<u8>, String> {
    let dist = site(p, m, served, pngs, words)?;
    let files: Vec<(String, Vec<u8>)> = dist
        .iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .collect();
    crate::publish::zip::stored(&files)
}
