//! A chart's subtitle says its unit and year (`data/README.md`, "Charts"): where every
//! figure of a chart has a value in one unit, a subtitle that does not name it (a new
//! chart's 2025年 alone) leaves the reader to guess what the numbers count. Each such
//! subtitle is a finding at its field, in the one problems list. Targets print each
//! row's unit beside its value, and are left out; so are cards whose subtitle says that
//! each card prints its own (单位见各项): a card's number stands with its unit.

use super::review::{About, Warning};
use crate::check::raw;
use crate::check::validate::JsonPath;
use crate::shared::charts::{self, ChartKind};
use crate::shared::messages::{self as msg, Message};

/// Kinds whose rows each print their unit, or that draw changes in % whatever the
/// values' unit (growth): a subtitle need not name the values' unit.
const OWN_UNITS: [&str; 3] = ["targets", "target-result", "growth"];

/// The unit every figure of `chart` has a value in, when they share one.
fn shared_unit(chart: &raw::Chart, figures: &[raw::Figure]) -> Option<String> {
    let mut unit: Option<&str> = None;
    for id in &chart.figures {
        let f = figures
            .iter()
            .find(|f| f.id.as_deref() == Some(id.as_str()))?;
        f.value?;
        let u = f.unit.as_ref()?.zh.as_deref()?.trim();
        if u.is_empty() || unit.is_some_and(|x| x != u) {
            return None;
        }
        unit = Some(u);
    }
    unit.map(str::to_string)
}

/// Every chart of `file` whose figures share a unit that its Chinese subtitle does not
/// name, at the subtitle's path.
pub fn without_unit(file: &raw::ReportFile) -> Vec<Warning> {
    let mut out = Vec::new();
    for (i, c) in file.charts.iter().enumerate() {
        if c.kind.as_deref().is_some_and(|k| OWN_UNITS.contains(&k)) {
            continue;
        }
        let Some(unit) = shared_unit(c, &file.figures) else {
            continue;
        };
        let subtitle = c
            .subtitle
            .as_ref()
            .and_then(|s| s.zh.as_deref())
            .unwrap_or("");
        // A placeholder (a new chart's 待填写) is a problem of its own at this field.
        if msg::draft::placeholder_in(subtitle).is_some() {
            continue;
        }
        let cards = c.kind.as_deref().and_then(ChartKind::by_name) == Some(charts::cards::KIND);
        let named = subtitle.contains(&unit)
            || (unit == "%" && subtitle.contains('％'))
            || (cards && subtitle.contains(msg::draft::UNITS_WITH_EACH));
        if !named {
            out.push(Warning {
                path: JsonPath::item("charts", i).key("subtitle").key("zh"),
                message: Message::by(|lang| msg::desk::subtitle_without_unit(lang, &unit)),
                about: About::File,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(subtitle: &str, kind: &str, units: [&str; 2]) -> raw::ReportFile {
        let json = format!(
            r#"{{"figures": [{{"id": "a", "value": 1, "unit": {{"zh": "{}"}}}},
                {{"id": "b", "value": 2, "unit": {{"zh": "{}"}}}}],
                "charts": [{{"kind": "{kind}", "figures": ["a", "b"], "subtitle": {{"zh": "{subtitle}"}}}}]}}"#,
            units[0], units[1]
        );
        serde_json::from_str(&json).unwrap_or_default()
    }

    #[test]
    fn a_subtitle_without_the_unit_its_figures_share_is_a_finding_at_its_field() {
        let cases = [
            ("2025年", "bars", ["亿元", "亿元"], true),
            ("2025年", "cards", ["%", "%"], true),
            ("单位：亿元，2025年", "bars", ["亿元", "亿元"], false),
            ("％，2025年", "share", ["%", "%"], false),
            ("单位见各项，2025年", "cards", ["亿元", "个"], false),
            ("单位见各项，2025年", "cards", ["个", "个"], false),
            ("单位见各项，2025年", "bars", ["个", "个"], true),
            ("预期目标", "targets", ["%", "%"], false),
            ("待填写", "bars", ["家", "家"], false),
        ];
        for (subtitle, kind, units, flagged) in cases {
            let found = without_unit(&file(subtitle, kind, units));
            assert_eq!(found.len(), usize::from(flagged), "{subtitle} {kind}");
            if flagged {
                assert_eq!(found[0].path, "charts[0].subtitle.zh");
                assert!(
                    found[0].message.zh.contains(units[0]),
                    "{}",
                    found[0].message.zh
                );
            }
        }
    }
}
