//! The data file as written by editors: lenient types that serde can always read.
//!
//! Every field an editor might forget is optional here, so that one missing label does
//! not hide the next forty problems: [`crate::check::validate`] turns these into the strict
//! [`crate::shared::model`] types and reports every problem it finds, each with its JSON path.
//! The JSON Schema in `dist/report.schema.json` is generated from these types, and the
//! draft writes its data file with them: one definition serves reading, writing and the
//! schema. Closed lists are [`Named`]: the draft writes the model's enums, and a word
//! outside the list is kept, so that validation names it with its path.

use crate::shared::model::{ChangeKind, FigureKind, Qualifier, SkipReason, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod from_model;
mod named;
pub use named::{number, Named};

/// Keys nobody declared; kept so that validation can name each misspelt one.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// A text in both languages of the page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Text {
    /// Chinese, as printed in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// English, as a person would write it; left out where nobody has written it yet
    /// (the report then builds in Chinese only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// The whole data file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ReportFile {
    /// Title, byline and source of the report.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Meta {
    /// Headline of the story page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The sentence under the headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deck: Option<Text>,
    /// The newspaper that printed the report (南昌日报).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publication: Option<Text>,
    /// The byline (范志刚).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Text>,
    /// The year the figures describe.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i64>,
    /// The place the report is about (西湖区 / Xihu District); optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// The credit for the photos or images the page shows; left out when it shows none
    /// (the printed page's 本版图片由…提供 does not belong on a page of charts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_credit: Option<Text>,
    /// The line every chart carries in its footer (来源：南昌日报).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// One of the report's parts.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Section {
    /// Kebab-case id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The report's own heading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// A short name (经济发展).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    /// The desk's own short lead for the section, shown on the story page instead of the
    /// report's paragraphs (and, in English, before them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<Text>,
    /// Topics inside the section.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A topic inside a section.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Topic {
    /// Kebab-case id, unique within its section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// One number of the report.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Figure {
    /// ASCII kebab-case, unique and stable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A section id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// A topic id of that section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// What is counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The number exactly as printed (the lower end of a range).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub value: Option<f64>,
    /// The upper end of a range, as printed: 6—6.5 is `value` 6, `to` 6.5.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub to: Option<f64>,
    /// The digits after the point as printed, where the number's shortest form has fewer
    /// (191.0亿元: `value` 191, `decimals` 1); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
    /// The unit: `zh` as printed (亿元, 万人次 …), `en` the counted noun.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// 突破, 跨越, 迈上, 超, 近, 达, 约, 不超过, 不高于, 不低于 (before the number), 余 (after it), 左右,
    /// 以上, 以内, 以下 (after the unit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Named<Qualifier>>,
    /// The growth or change printed with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// A second change: a comparison (`above`, `below`) or a contribution (`pull`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compare: Option<Change>,
    /// `count` (default), `amount`, `share` or `rate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Named<FigureKind>>,
    /// `result` (default), `target` or `limit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Named<Status>>,
    /// Where the figure is not for the report's year: 上半年, “十四五”时期, 2026年.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    /// A sum over the figure's period, as its sentence prints 累计 before the number.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cumulative: bool,
    /// A value that is an average a year over the figure's period, as its sentence
    /// prints 年均 before the number.
    #[serde(default, skip_serializing_if = "is_false")]
    pub yearly: bool,
    /// The sentence it comes from, verbatim, whitespace removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Written by the draft and not yet confirmed by the desk.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A growth or change printed with a figure.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Change {
    /// `growth`, `decline`, `improve`, `rise`, `above`, `below`, `added`, `reduced`,
    /// `from`, `pull` or `times`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Named<ChangeKind>>,
    /// The number as printed (the lower end of a range), never negative but for a growth
    /// printed with a minus sign (增长-3.5%: -3.5).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub value: Option<f64>,
    /// The upper end of a range: 增长6%—6.5%.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub to: Option<f64>,
    /// The digits after the point as printed, where the shortest form has fewer
    /// (增长5.0%: `value` 5, `decimals` 1); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
    /// `%`, `个百分点`, or the figure's own unit for `added`, `reduced` and `from`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// As printed with the change: 增长5%左右 (`左右`), 增长6%以上 (`以上`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Named<Qualifier>>,
    /// For `above` and `below`: what the figure is compared with; for `pull`, what it
    /// pulled (全部投资).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
    /// `true` for an average a year (年均增长5.7%); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yearly: Option<bool>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A chart of the page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Chart {
    /// Kebab-case, unique.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// One of the kinds of the table in `charts` (`cards`, `bars`, …).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(schema_with = "chart_kind_schema")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The section it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Figure ids, in drawing order.
    #[serde(default)]
    pub figures: Vec<String>,
    /// The message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Unit and year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Text>,
    /// Printed in the footer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The figure the story is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    /// Proposed by the draft and not yet confirmed by the desk.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// The lead graphic: the report's headline figures, drawn first on the page, before
    /// the first section (only the first chart may be it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub lead: bool,
    /// A targets chart of a work plan's goals: its rows say 计划 / plan, not 目标 / target.
    #[serde(default, skip_serializing_if = "is_false")]
    pub plan: bool,
    /// What its title was written for, by figure id: the label a figure of it had before
    /// the desk relabelled or deleted it (`{"gdp-2": {"zh": "锚定地区生产总值"}}`), kept
    /// by the editor while the title still names it. `check` reports the title until it
    /// names the figure as it is now.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub title_for: BTreeMap<String, Text>,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// A number of the report's text that is not a figure, and why.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Skip {
    /// The number as printed: `"2024"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The sentence it stands in, verbatim, whitespace removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
    /// `year`, `date`, `ordinal`, `rank`, `duration`, `name`, `label`, `ratio`,
    /// `heading`, `unread` or `target`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Named<SkipReason>>,
    /// Decided by the draft on grounds the desk must check (a number it took for part of
    /// a label, a heading's): undecided for the desk until it picks a reason.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// Misspelt keys.
    #[serde(flatten)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub extra: Extra,
}

/// For `skip_serializing_if`: a `false` flag is the default and is left out.
fn is_false(b: &bool) -> bool {
    !*b
}

impl Text {
    /// Chinese only: the English is written by the desk.
    pub fn zh(zh: impl Into<String>) -> Text {
        Text {
            zh: Some(zh.into()),
            ..Text::default()
        }
    }

    /// Both languages.
    pub fn both(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: Some(zh.into()),
            en: Some(en.into()),
            ..Text::default()
        }
    }
}

/// The schema of a chart's `kind`: the names of the kinds table that a story page draws,
/// so that the schema never lists a kind the page does not draw.
#[cfg(not(target_arch = "wasm32"))]
fn chart_kind_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let names: Vec<&str> = crate::shared::charts::ChartKind::story_names().collect();
    schemars::json_schema!({
        "type": "string",
        "enum": names,
    })
}
