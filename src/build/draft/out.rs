//! The draft as the data file writes it: the shape of [`crate::raw::ReportFile`], with
//! `en` left out where the glossary has no English.

use serde::Serialize;

/// A text; `en` only where it is known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English, when the glossary knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// Chinese only.
    pub fn zh(zh: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: None,
        }
    }

    /// Both languages.
    pub fn both(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: Some(en.into()),
        }
    }
}

/// `meta`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// Headline.
    pub title: Text,
    /// The sentence under it.
    pub deck: Text,
    /// The publication.
    pub publication: Text,
    /// The byline.
    pub author: Text,
    /// The year the figures describe.
    pub year: i64,
    /// Image credits.
    pub image_credit: Text,
    /// Every chart's footer.
    pub source_line: Text,
}

/// A topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// Id within its section.
    pub id: String,
    /// Name.
    pub title: Text,
}

/// A section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Id.
    pub id: String,
    /// The heading.
    pub title: Text,
    /// A short name.
    pub short: Text,
    /// One topic a paragraph with figures.
    pub topics: Vec<Topic>,
}

/// A change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Its kind.
    pub kind: String,
    /// As printed.
    pub value: serde_json::Value,
    /// Its unit.
    pub unit: String,
    /// For `above`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Text>,
}

/// A figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// What is counted.
    pub label: Text,
    /// As printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Unit.
    pub unit: Text,
    /// Qualifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// Change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Kind.
    pub kind: String,
    /// Source sentence.
    pub source: String,
}

/// A chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: String,
    /// Section id.
    pub section: String,
    /// Figure ids.
    pub figures: Vec<String>,
    /// Message title.
    pub title: Text,
    /// Unit and year.
    pub subtitle: Text,
    /// The lead figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
}

/// A skip.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skip {
    /// As printed.
    pub number: String,
    /// Its sentence.
    pub sentence: String,
    /// Why.
    pub reason: String,
}

/// The whole draft data file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    /// Metadata.
    pub meta: Meta,
    /// Sections.
    pub sections: Vec<Section>,
    /// Figures.
    pub figures: Vec<Figure>,
    /// Charts.
    pub charts: Vec<Chart>,
    /// Skips.
    pub skips: Vec<Skip>,
}

/// A number as JSON: an integer where it is one (800, not 800.0).
pub fn number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Value::from(v)
    }
}
