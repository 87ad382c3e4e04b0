//! 发布 at the wasm edge (see [`crate::publish::archive`]), in the publisher's own wasm: the images
//! to draw, then the site's ZIP from the served assets and the drawn images. Converts types
//! and errors only.

use crate::edit::js;
use crate::publish::archive::{self as publish, Publication};
use crate::publish::site::manifest::Manifest;
use crate::publish::site::Dist;
use crate::read::canvas::{context_2d, CanvasMeasure};
use crate::shared::model::Lang;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Every image of the site of report `slug` (data file `json`, text `text`) as JSON, for
/// the page to draw (see [`crate::publish::archive::Sketch`]); the covers' text measured on
/// `measure`. While the data file has a problem the error lists every one, in `lang`.
///
/// # Errors
///
/// Every problem of the data file, worded in `lang`; or a chart that cannot be laid out.
#[wasm_bindgen]
pub fn publish_sketches(
    slug: &str,
    json: &str,
    text: &str,
    lang: &str,
    measure: HtmlCanvasElement,
) -> Result<String, JsError> {
    let ctx = context_2d(&measure).ok_or_else(|| JsError::new("canvas: no 2d context"))?;
    let mut m = CanvasMeasure::new(ctx);
    let p = Publication {
        slug,
        json,
        text,
        readme: "",
    };
    let sketches = publish::sketches(&p, &mut m, Lang::parse(lang)).map_err(js)?;
    serde_json::to_string(&sketches).map_err(|e| JsError::new(&e.to_string()))
}

/// The files a publication is built from: the served site's assets and the drawn images,
/// handed over one by one (bytes cross the edge best one array at a time).
#[wasm_bindgen]
pub struct Press {
    manifest: Manifest,
    assets: Dist,
    pngs: Dist,
}

#[wasm_bindgen]
impl Press {
    /// A press for the site whose `publish.json` is `manifest`.
    ///
    /// # Errors
    ///
    /// When `manifest` is not a site's `publish.json`.
    #[wasm_bindgen(constructor)]
    pub fn new(manifest: &str) -> Result<Press, JsError> {
        Ok(Press {
            manifest: Manifest::parse(manifest).map_err(js)?,
            assets: Dist::new(),
            pngs: Dist::new(),
        })
    }

    /// Every asset to fetch, as JSON `[[name in the build, name as served], …]`.
    ///
    /// # Errors
    ///
    /// When the asset list cannot be written as JSON.
    pub fn assets(&self) -> Result<String, JsError> {
        serde_json::to_string(&self.manifest.assets).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Asset `path` (its name in the build), as fetched.
    pub fn asset(&mut self, path: &str, bytes: &[u8]) {
        self.assets.put(path, bytes);
    }

    /// The drawn image at `path`.
    pub fn image(&mut self, path: &str, bytes: &[u8]) {
        self.pngs.put(path, bytes);
    }

    /// The site of report `slug` as a ZIP archive, with `readme` as its README.txt. While
    /// the data file has a problem nothing is written: the error lists every one, in `lang`.
    ///
    /// # Errors
    ///
    /// Every problem of the data file, worded in `lang`; a file that cannot be built; or an archive too large for a ZIP.
    pub fn zip(
        &mut self,
        slug: &str,
        json: &str,
        text: &str,
        readme: &str,
        lang: &str,
    ) -> Result<Vec<u8>, JsError> {
        let p = Publication {
            slug,
            json,
            text,
            readme,
        };
        let assets = std::mem::take(&mut self.assets);
        let pngs = std::mem::take(&mut self.pngs);
        publish::site_zip(&p, &self.manifest, assets, Some(pngs), Lang::parse(lang)).map_err(js)
    }
}

/// A ZIP archive put together file by file: the long image alone.
#[wasm_bindgen]
#[derive(Default)]
pub struct Archive {
    files: Vec<(String, Vec<u8>)>,
}

#[wasm_bindgen]
impl Archive {
    /// An empty archive.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Archive {
        Archive::default()
    }

    /// Adds the file `path`.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        self.files.push((path.to_string(), bytes.to_vec()));
    }

    /// The files added, in order, as a stored ZIP archive.
    ///
    /// # Errors
    ///
    /// When the archive is too large for a ZIP.
    pub fn zip(&self) -> Result<Vec<u8>, JsError> {
        crate::publish::zip::stored(&self.files).map_err(js)
    }
}
