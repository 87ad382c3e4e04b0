//! One item of the data file as the editor typed it (a figure, a chart, the report's
//! texts), put into the last parse in place of reading the whole file again, and into
//! the last text read whole where a problem's line is wanted ([`splice`]).

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

/// The text of data file `json` with `patches` put in place of its items, in the layout
/// problems are located in ([`crate::check::pretty`]'s): a patch that adds or drops a
/// field (a qualifier cleared) moves every line after it, so a problem's line is found
/// in the file as it is now, never in the last one read whole. `None` when `json` is no
/// JSON or a patch's place is not in it.
pub fn splice(json: &str, patches: &[Patch]) -> Option<String> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut file: serde_json::Value = serde_json::from_str(json).ok()?;
    for p in patches {
        let item: serde_json::Value = serde_json::from_str(&p.item).ok()?;
        match p.at.steps() {
            [Step::Key(k)] => {
                file.as_object_mut()?.insert(k.clone(), item);
            }
            [Step::Key(k), Step::Index(i)] => *file.get_mut(k)?.get_mut(*i)? = item,
            _ => return None,
        }
    }
    let mut out = serde_json::to_string_pretty(&file).ok()?;
    out.push('\n');
    Some(out)
}
