//! A figure for a number the desk adds from the text, proposed as `make draft` would
//! (the draft of the whole text, so that lists, 其中 parts and changes read the same).

use super::marks::lines;
use crate::build::coverage::same;
use crate::build::draft::{self, glossary::Glossary, numbers, out};
use crate::messages as msg;
use crate::raw;

/// The figure of number `number` of `sentence`, as the draft of `text` reads it, placed
/// in a section and topic that data file `file` has (those of the figures nearest it in
/// the text, when the draft's own are not the file's).
pub fn propose(
    text: &str,
    file: &raw::ReportFile,
    sentence: &str,
    number: &str,
    glossary: &Glossary,
) -> Result<out::Figure, String> {
    let n = numbers::numbers(sentence)
        .into_iter()
        .find(|n| n.text == number)
        .ok_or_else(|| msg::no_such_number(number))?;
    let drafted = draft::draft_with(text, glossary);
    let as_f64 = |v: &serde_json::Value| v.as_f64();
    let found = drafted.figures.into_iter().find(|f| {
        f.source == sentence
            && (f
                .value
                .as_ref()
                .and_then(as_f64)
                .is_some_and(|v| same(v, n.value))
                || f.change
                    .as_ref()
                    .and_then(|c| as_f64(&c.value))
                    .is_some_and(|v| same(v, n.value)))
    });
    let mut figure = found.unwrap_or_else(|| bare(sentence, &n, glossary));
    place(&mut figure, text, file);
    Ok(figure)
}

/// A number the draft did not make a figure: its value and unit, the label left to the desk.
fn bare(sentence: &str, n: &numbers::Number, glossary: &Glossary) -> out::Figure {
    let unit = numbers::unit(&sentence[n.end..], n.end, glossary);
    out::Figure {
        id: "figure".to_string(),
        section: String::new(),
        topic: String::new(),
        label: out::Text::zh(msg::DRAFT_UNNAMED),
        value: Some(out::number(n.value)),
        unit: out::Text::zh(unit.map(|u| u.zh).unwrap_or_default()),
        qualifier: None,
        change: None,
        kind: "count".to_string(),
        source: sentence.to_string(),
    }
}

/// Gives `figure` a section and topic of `file`.
fn place(figure: &mut out::Figure, text: &str, file: &raw::ReportFile) {
    let known = file.sections.iter().any(|s| {
        s.id.as_deref() == Some(figure.section.as_str())
            && s.topics
                .iter()
                .any(|t| t.id.as_deref() == Some(figure.topic.as_str()))
    });
    if known {
        return;
    }
    let order: Vec<String> = lines(text).into_iter().map(|l| l.text).collect();
    let line = |s: Option<&str>| s.and_then(|s| order.iter().position(|l| l == s));
    let here = line(Some(figure.source.as_str())).unwrap_or(usize::MAX);
    // The figure of the file quoting the nearest line before this one, else after it.
    let placed = file
        .figures
        .iter()
        .filter(|f| f.section.is_some() && f.topic.is_some());
    let near = placed
        .clone()
        .filter_map(|f| line(f.source.as_deref()).map(|l| (l, f)))
        .min_by_key(|(l, _)| {
            if *l <= here {
                (0, here - l)
            } else {
                (1, l - here)
            }
        })
        .map(|(_, f)| f)
        .or_else(|| placed.clone().next());
    let (section, topic) = match near {
        Some(f) => (f.section.clone(), f.topic.clone()),
        None => {
            let s = file.sections.first();
            (
                s.and_then(|s| s.id.clone()),
                s.and_then(|s| s.topics.first()).and_then(|t| t.id.clone()),
            )
        }
    };
    figure.section = section.unwrap_or_default();
    figure.topic = topic.unwrap_or_default();
}
