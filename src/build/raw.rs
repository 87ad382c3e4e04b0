//! The data file as written by editors: lenient types that serde can always read.
//!
//! Every field an editor might forget is optional here, so that one missing label does
//! not hide the next forty problems: [`crate::validate`] turns these into the strict
//! [`crate::model`] types and reports every problem it finds, each with its JSON path.
//! The JSON Schema in `dist/report.schema.json` is generated from these types.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Keys nobody declared; kept so that validation can name each misspelt one.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// A text in both languages of the page.
#[derive(Debug, Clone, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Text {
    /// Chinese, as printed in the report.
    #[serde(default)]
    pub zh: Option<String>,
    /// English, as a person would write it; left out where nobody has written it yet
    /// (the report then builds in Chinese only).
    #[serde(default)]
    pub en: Option<String>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// The whole data file.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ReportFile {
    /// Title, byline and source of the report.
    pub meta: Option<Meta>,
    /// The report's parts, in its order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Every figure of the report, in its order.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// What the page draws, in page order.
    #[serde(default)]
    pub charts: Vec<Chart>,
    /// Numbers of the text that are deliberately not figures (years, ordinals …).
    #[serde(default)]
    pub skips: Vec<Skip>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// Report metadata.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Meta {
    /// Headline of the story page.
    pub title: Option<Text>,
    /// The sentence under the headline.
    pub deck: Option<Text>,
    /// The newspaper that printed the report (南昌日报).
    pub publication: Option<Text>,
    /// The byline (范志刚).
    pub author: Option<Text>,
    /// The year the figures describe.
    pub year: Option<i64>,
    /// Image credits as printed.
    pub image_credit: Option<Text>,
    /// The line every chart carries in its footer (来源：南昌日报).
    pub source_line: Option<Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// One of the report's parts.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Section {
    /// Kebab-case id.
    pub id: Option<String>,
    /// The report's own heading.
    pub title: Option<Text>,
    /// A short name (经济发展).
    pub short: Option<Text>,
    /// Topics inside the section.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A topic inside a section.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Topic {
    /// Kebab-case id, unique within its section.
    pub id: Option<String>,
    /// Its name.
    pub title: Option<Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// One number of the report.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Figure {
    /// ASCII kebab-case, unique and stable.
    pub id: Option<String>,
    /// A section id.
    pub section: Option<String>,
    /// A topic id of that section.
    pub topic: Option<String>,
    /// What is counted.
    pub label: Option<Text>,
    /// The number exactly as printed.
    pub value: Option<f64>,
    /// The unit: `zh` as printed (亿元, 万人次 …), `en` the counted noun.
    pub unit: Option<Text>,
    /// 突破, 超, 近, 达, 约 (before the number), 余 (after it) or 左右 (after the unit).
    pub qualifier: Option<String>,
    /// The growth or change printed with it.
    pub change: Option<Change>,
    /// `count` (default), `amount`, `share` or `rate`.
    pub kind: Option<String>,
    /// The sentence it comes from, verbatim, whitespace removed.
    pub source: Option<String>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A growth or change printed with a figure.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Change {
    /// `growth`, `decline`, `improve`, `rise`, `above`, `added` or `from`.
    pub kind: Option<String>,
    /// The number as printed, never negative.
    pub value: Option<f64>,
    /// `%`, `个百分点`, or the figure's own unit for `added` and `from`.
    pub unit: Option<String>,
    /// For `above`: what the figure is compared with.
    pub reference: Option<Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A chart of the page.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Chart {
    /// Kebab-case, unique.
    pub id: Option<String>,
    /// One of the kinds of the table in `charts` (`cards`, `bars`, …).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "chart_kind_schema")
    )]
    pub kind: Option<String>,
    /// The section it belongs to.
    pub section: Option<String>,
    /// Figure ids, in drawing order.
    #[serde(default)]
    pub figures: Vec<String>,
    /// The message.
    pub title: Option<Text>,
    /// Unit and year.
    pub subtitle: Option<Text>,
    /// Printed in the footer.
    pub note: Option<Text>,
    /// The figure the story is about.
    pub accent: Option<String>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A number of the report's text that is not a figure, and why.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Skip {
    /// The number as printed: `"2024"`.
    pub number: Option<String>,
    /// The sentence it stands in, verbatim, whitespace removed.
    pub sentence: Option<String>,
    /// `year`, `date`, `ordinal`, `rank`, `duration`, `name`, `label`, `ratio` or `unread`.
    pub reason: Option<String>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// The schema of a chart's `kind`: the names of the kinds table, so that the schema
/// never lists a kind the code does not draw.
#[cfg(not(target_arch = "wasm32"))]
fn chart_kind_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let names: Vec<&str> = crate::charts::ChartKind::names().collect();
    schemars::json_schema!({
        "type": "string",
        "enum": names,
    })
}
