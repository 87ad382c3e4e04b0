//! Data file → model: read a data file leniently ([`raw`]), check every rule and build the
//! validated [`crate::shared::model::Report`] ([`validate`]). The numbers a sentence
//! prints are read once, in [`printed`], which the draft and the editor read them with
//! too; whether every number of the report's text is covered is read with the draft's
//! scanners, in [`crate::draft::coverage`]. Natively in `make build` and `check`,
//! and in the editor's wasm; the reader's wasm has none of this. [`pretty`] writes a data
//! file as the repository keeps its files (the editor's saves, 发布's archive).

pub mod printed;
pub mod raw;
pub mod validate;

use crate::shared::messages as msg;

/// `json` written as the repository writes its data files: serde_json's pretty printer
/// (two-space indent, keys in the order they came), and a final newline. Opening a file
/// written so and writing it again gives the same bytes.
///
/// # Errors
///
/// The malformed-JSON message when `json` is not JSON.
pub fn pretty(json: &str) -> Result<String, String> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| msg::data::malformed_json(&e.to_string()).en)?;
    let mut out = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::pretty;

    const XIHU: &str = include_str!("../../data/xihu-2024.json");

    #[test]
    fn the_curated_file_is_written_back_byte_for_byte() {
        assert_eq!(pretty(XIHU).as_deref(), Ok(XIHU));
    }

    #[test]
    fn a_compact_file_gets_the_repositorys_layout_with_keys_in_their_order() {
        let out = pretty(r#"{"b":1,"a":[],"c":{"z":22.67,"y":800}}"#);
        let want =
            "{\n  \"b\": 1,\n  \"a\": [],\n  \"c\": {\n    \"z\": 22.67,\n    \"y\": 800\n  }\n}\n";
        assert_eq!(out.as_deref(), Ok(want));
    }

    #[test]
    fn malformed_json_is_an_error_in_the_checks_words() {
        let e = pretty("{\"a\": ").err().unwrap_or_default();
        assert!(e.starts_with("is not valid JSON"), "{e}");
    }
}
