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

/// The English of what comparisons are made with: data, `data/glossary/references.txt`.
const REFERENCES: &str = include_str!("../../data/glossary/references.txt");

/// What a comparison is made with (全国平均水平), with its English where the glossary
/// knows its place: "the national average" where it says 平均, "the national figure"
/// where it names the place alone (全国); else the desk writes it.
pub(super) fn reference_text(zh: String) -> Text {
    // 比2002年: the year a change is reckoned from, the same digits in English.
    if let Some((digits, "")) = crate::shared::words::leading_year(&zh) {
        return Text {
            en: digits.to_string(),
            zh,
        };
    }
    let en = REFERENCES.lines().find_map(|l| {
        let (place, en) = l.split_once(' ')?;
        let what = match zh.strip_prefix(place)? {
            "" => "figure",
            "平均" | "平均水平" => "average",
            _ => return None,
        };
        Some(format!("{en} {what}"))
    });
    Text {
        en: en.unwrap_or_default(),
        zh,
    }
}

/// A figure's period, with its English where its shape is known (上半年 → first half).
pub(super) fn period_text(zh: String) -> Text {
    let en = msg::period_en::english(&zh).unwrap_or_default();
    Text { zh, en }
}
