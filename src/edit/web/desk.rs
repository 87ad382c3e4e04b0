//! The editor's stateful core at the wasm edge: [`Desk`] keeps the report's text read once
//! and the last data file's parse (a [`Session`]), and draws the preview from that same
//! parse with the reader's drawing code. Converts types and errors only.
//!
//! The editor runs two desks on one report (issue 21 §4, typing speed): one in a worker,
//! which reads what is typed (validation, review, marks, resolving) off the page's
//! thread and hands over its charts in the resolved file's bytes ([`Desk::wire`]), and
//! one on the page, which draws them ([`Desk::show`]) and reads every other edit itself.
//! Either desk's update says which charts changed from what *it* holds for drawing, so
//! that a chart is drawn again whichever desk read the file last.

use crate::check::validate::{JsonPath, Step};
use crate::edit::desk::patch::Patch;
use crate::edit::desk::session::Session;
use crate::read::web::{Canvas, Charts};
use crate::shared::model::Lang;
use crate::shared::spec::Resolved;
use crate::shared::{messages, wire};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// One report open in the editor: `update` with each version of its data file, then draw
/// the charts that changed.
#[wasm_bindgen]
pub struct Desk {
    /// The data file's name in messages.
    file: String,
    session: Session,
    /// The charts of the last data file that could be read, as the preview draws them.
    charts: Charts,
}

#[wasm_bindgen]
impl Desk {
    /// A desk for the report `text`, its data files named `file` in messages, measuring
    /// the preview's text on `measure`, a canvas that is the desk's alone (none in a
    /// worker, which draws nothing).
    #[wasm_bindgen(constructor)]
    pub fn new(file: &str, text: &str, measure: Option<HtmlCanvasElement>) -> Desk {
        let empty = Resolved {
            lang: Lang::Zh,
            charts: Vec::new(),
        };
        Desk {
            file: file.to_string(),
            session: Session::new(file, text),
            charts: Charts::with(empty, measure),
        }
    }

    /// Each figure of the last file read as the pages print it in `lang`, in file order
    /// (see [`Session::printed`]): the editor's lists show figures so.
    pub fn printed(&self, lang: &str) -> Vec<String> {
        self.session.printed(Lang::parse(lang))
    }

    /// The report's text changed: it is read again (nothing happens if it is the same).
    pub fn set_text(&mut self, text: &str) {
        self.session.set_text(text);
    }

    /// Everything data file `json` gives the editor, as JSON (see
    /// [`crate::edit::desk::session::Update`]): the review worded in `words`, the text's
    /// marks when they changed, and each chart's place and id with whether it changed, its
    /// charts resolved in `lang` for [`Desk::draw`].
    ///
    /// # Errors
    ///
    /// The serializer's message, should the update not serialise; the file's own problems
    /// are in the update.
    pub fn update(&mut self, json: &str, words: &str, lang: &str) -> Result<String, JsError> {
        let mut update = self
            .session
            .update(json, Lang::parse(words), Lang::parse(lang));
        self.hold(&mut update);
        serde_json::to_string(&update).map_err(|e| JsError::new(&e.to_string()))
    }

    /// What [`Desk::update`] gives for the last file read with its items at `places`
    /// (each its path's steps: `["meta"]`, `["figures", 3]`, `["charts", 0]`) replaced by
    /// `items`, each a whole item as JSON: typing in one item's field sends that item, not
    /// the whole file (see [`Session::patch`]). `None` when the desk cannot patch: then
    /// the editor sends the whole file to [`Desk::update`].
    ///
    /// # Errors
    ///
    /// The serializer's message, should the update not serialise.
    pub fn patch(
        &mut self,
        places: Vec<JsValue>,
        items: Vec<String>,
        words: &str,
        lang: &str,
    ) -> Result<Option<String>, JsError> {
        if places.len() != items.len() {
            return Ok(None);
        }
        let mut patches = Vec::with_capacity(items.len());
        for (steps, item) in places.iter().zip(items) {
            let Some(at) = path_of(steps) else {
                return Ok(None);
            };
            patches.push(Patch { at, item });
        }
        let Some(mut update) = self
            .session
            .patch(&patches, Lang::parse(words), Lang::parse(lang))
        else {
            return Ok(None);
        };
        self.hold(&mut update);
        serde_json::to_string(&update)
            .map(Some)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The charts this desk holds for drawing, as the resolved file's bytes (the format
    /// the story page reads, `src/shared/wire/`): what a desk in a worker hands the
    /// page's desk after an update, for [`Desk::show`].
    pub fn wire(&self) -> Vec<u8> {
        wire::encode(self.charts.resolved())
    }

    /// Draws from now on the charts of `bytes` ([`Desk::wire`] of the other desk, after
    /// its update of the file as it is now). Returns, for each place, 1 when its chart
    /// differs from the one this desk held there (to be drawn again), else 0.
    ///
    /// # Errors
    ///
    /// When `bytes` are not a resolved file of this build.
    pub fn show(&mut self, bytes: &[u8]) -> Result<Vec<u8>, JsError> {
        let resolved = wire::decode(bytes).map_err(|e| {
            JsError::new(&format!(
                "{}: {}",
                self.file,
                messages::reader::unreadable_file(e)
            ))
        })?;
        Ok(self
            .charts
            .replace(resolved)
            .into_iter()
            .map(u8::from)
            .collect())
    }

    /// The page shows what the other desk read last, the marks named `marks_of` (its
    /// update's): this desk's next update gives its marks unless they are those.
    pub fn shown_elsewhere(&mut self, marks_of: &str) {
        self.session.shown_elsewhere(marks_of);
    }

    /// Draws the chart at place `index` of the last update's file into `canvas` at
    /// `css_width` CSS pixels and pixel ratio `dpr`; returns its height in CSS pixels
    /// (see [`Charts::draw`]).
    ///
    /// # Errors
    ///
    /// As [`Charts::draw`]: there is no chart at `index` or it is broken, or the canvas
    /// cannot be drawn on.
    pub fn draw(
        &mut self,
        index: usize,
        canvas: HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
        theme: &str,
    ) -> Result<f64, JsError> {
        let to = Canvas {
            canvas,
            css_width,
            dpr,
            theme,
        };
        self.charts.draw_at(index, to)
    }

    /// The index of the figure region under (`x`, `y`) of the chart at place `index` as
    /// last drawn, or -1.
    pub fn hit(&self, index: usize, x: f64, y: f64) -> i32 {
        self.charts.hit_at(index, x, y)
    }

    /// Every figure region of the chart at place `index` as last drawn (see
    /// [`Charts::regions`]).
    pub fn regions(&self, index: usize) -> Vec<f64> {
        self.charts.regions_at(index)
    }

    /// The texts of the chart at place `index` (see [`Charts::texts`]).
    ///
    /// # Errors
    ///
    /// As [`Charts::texts`]: there is no chart at `index`, or it is broken.
    pub fn texts(&self, index: usize) -> Result<String, JsError> {
        self.charts.texts_at(index)
    }

    /// Holds `update`'s charts for drawing; each chart that differs from the one held at
    /// its place is marked changed (the session marks those that differ from its own
    /// last update, which the other desk may have replaced meanwhile).
    fn hold(&mut self, update: &mut crate::edit::desk::session::Update) {
        let Some(resolved) = update.resolved.take() else {
            return;
        };
        let changed = self.charts.replace(resolved);
        for (c, now) in update.charts.iter_mut().zip(changed) {
            c.changed |= now;
        }
    }

    /// Forgets measured text widths; call when web fonts finish loading.
    pub fn fonts_changed(&mut self) {
        self.charts.fonts_changed();
    }
}

/// A path as the editor's script sends it, an array of its steps (`["figures", 3]`);
/// `None` unless each step is a string or a whole number.
fn path_of(steps: &JsValue) -> Option<JsonPath> {
    let steps: &js_sys::Array = steps.dyn_ref()?;
    let mut path = JsonPath::root();
    for step in steps.iter() {
        match (step.as_string(), step.as_f64()) {
            (Some(key), _) => path.push(Step::Key(key)),
            (None, Some(i)) if i >= 0.0 && i.fract() == 0.0 && i <= f64::from(u32::MAX) => {
                path.push(Step::Index(i as usize));
            }
            _ => return None,
        }
    }
    Some(path)
}
