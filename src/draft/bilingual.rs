//! The data file's texts as the draft writes them: Chinese only where the desk writes
//! the English, both where the draft knows it (a glossary's term, a period of a known
//! shape).

use crate::shared::messages as msg;
use crate::shared::model::Text;

/// Text in Chinese only: the desk writes the English.
pub(super) fn zh(s: impl Into<String>) -> Text {
    Text {
        zh: s.into(),
        en: String::new(),
    }
}

/// Text in both languages.
pub(super) fn both(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

/// A figure's period, with its English where its shape is known (上半年 → first half).
pub(super) fn period_text(zh: String) -> Text {
    let en = msg::period_en::english(&zh).unwrap_or_default();
    Text { zh, en }
}
