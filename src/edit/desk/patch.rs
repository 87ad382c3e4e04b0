//! One item of the data file as the editor typed it (a figure, a chart, the report's
//! texts), put into the last parse in place of reading the whole file again.

use crate::check::raw;
use crate::check::validate::{JsonPath, Step};

/// One item of the data file as the editor has it now, for [`super::session::Session::patch`]: `at` is
/// `meta`, `figures[N]` or `charts[N]`, `item` its whole JSON text. (Text, not a JSON
/// value: read as the whole file is read, it adds no second reader to the wasm.)
#[derive(Debug, Clone)]
pub struct Patch {
    /// Where the item is, as steps: `["meta"]`, `["figures",3]`, `["charts",0]`.
    pub at: JsonPath,
    /// The item, as JSON.
    pub item: String,
}

impl Patch {
    /// Puts the item in its place in `raw`; `None` when it has none or does not read.
    pub fn put(&self, raw: &mut raw::ReportFile) -> Option<()> {
        let item = self.item.as_str();
        match self.at.steps() {
            [Step::Key(meta)] if meta == "meta" => {
                raw.meta = Some(serde_json::from_str(item).ok()?)
            }
            [Step::Key(list), Step::Index(k)] if list == "figures" => {
                *raw.figures.get_mut(*k)? = serde_json::from_str(item).ok()?;
            }
            [Step::Key(list), Step::Index(k)] if list == "charts" => {
                *raw.charts.get_mut(*k)? = serde_json::from_str(item).ok()?;
            }
            _ => return None,
        }
        Some(())
    }
}
