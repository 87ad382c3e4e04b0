//! A figure for a number the desk adds from the text, proposed as `make draft` would
//! (the draft of the whole text, so that lists, 其中 parts and changes read the same), and
//! the reason the draft would give a number it skips. Both run in the drafter's wasm,
//! which carries the draft's sentence reader; the editor's own does not.

use super::marks::lines;
use crate::check::printed;
use crate::check::raw;
use crate::draft::coverage::claims;
use crate::draft::{self, glossary::Glossary, numbers, sentence};
use crate::shared::messages as msg;
use crate::shared::model::{FigureKind, Lang, SkipReason};

/// The number the desk asked for: `number` of `sentence`, in the interface's `lang`.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    /// The sentence, verbatim.
    pub sentence: &'a str,
    /// The number as printed in it.
    pub number: &'a str,
    /// The language the editor's interface speaks, for its messages.
    pub lang: Lang,
}

/// The figure of the number `asked`, as the draft of `text` reads it, placed in a section
/// and topic that data file `file` has (those of the figures nearest it in the text, when
/// the draft's own are not the file's).
///
/// # Errors
///
/// The no-such-number message when the sentence has no such number; the
/// already-a-figure message when a figure of `file` holds it already (one press of
/// 添加为数字 adds one figure, however often it is pressed); each in `asked.lang`.
pub fn propose(
    text: &str,
    file: &raw::ReportFile,
    asked: Asked<'_>,
    glossary: &Glossary,
) -> Result<raw::Figure, String> {
    let Asked {
        sentence,
        number,
        lang,
    } = asked;
    let n = printed::numbers(sentence)
        .into_iter()
        .find(|n| n.text == number)
        .ok_or_else(|| msg::desk::no_such_number(number, lang))?;
    let held = (file.figures.iter())
        .any(|f| f.source.as_deref() == Some(sentence) && claims(f, sentence, &n));
    if held {
        return Err(msg::desk::already_a_figure(number, lang));
    }
    let drafted = draft::draft_with(text, glossary);
    let found = drafted
        .figures
        .into_iter()
        .find(|f| f.source.as_deref() == Some(sentence) && claims(f, sentence, &n));
    let mut figure = found.unwrap_or_else(|| bare(sentence, &n, glossary));
    place(&mut figure, text, file);
    Ok(figure)
}

/// The reason the draft gives for skipping `number` of `sentence` (a line as the text pane
/// shows it), as its sentence reader reads that line alone; `None` where the draft would
/// not skip it. The editor offers it first when the desk skips an undecided number.
pub fn reason(sentence: &str, number: &str, glossary: &Glossary) -> Option<SkipReason> {
    (sentence::read(sentence, glossary).skips.into_iter())
        .find(|(n, _)| n == number)
        .map(|(_, r)| r)
}

/// A number the draft did not make a figure: its value and unit, the label left to the desk.
fn bare(sentence: &str, n: &printed::Number, glossary: &Glossary) -> raw::Figure {
    let unit = numbers::unit(&sentence[n.end..], n.end, glossary);
    // With the sign the sentence prints: a count or amount is never negative, a rate may be.
    let value = numbers::signed(sentence, n);
    // 出生率7.12‰ is a rate, whatever its sign.
    let per_mille = unit
        .as_ref()
        .is_some_and(|u| glossary.unit_kind(&u.zh) == "rate");
    let kind = if value < 0.0 || per_mille {
        FigureKind::Rate
    } else {
        FigureKind::Count
    };
    raw::Figure {
        id: Some("figure".to_string()),
        section: Some(String::new()),
        topic: Some(String::new()),
        label: Some(raw::Text::zh(msg::draft::DRAFT_UNNAMED)),
        value: Some(value),
        unit: Some(raw::Text::zh(unit.map(|u| u.zh).unwrap_or_default())),
        kind: Some(kind.into()),
        source: Some(sentence.to_string()),
        draft: true,
        ..raw::Figure::default()
    }
}

/// Gives `figure` a section and topic of `file`.
fn place(figure: &mut raw::Figure, text: &str, file: &raw::ReportFile) {
    let known = file.sections.iter().any(|s| {
        s.id.is_some()
            && s.id == figure.section
            && s.topics
                .iter()
                .any(|t| t.id.is_some() && t.id == figure.topic)
    });
    if known {
        return;
    }
    let order: Vec<String> = lines(text).into_iter().map(|l| l.text).collect();
    let line = |s: Option<&str>| s.and_then(|s| order.iter().position(|l| l == s));
    let here = line(figure.source.as_deref()).unwrap_or(usize::MAX);
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
    figure.section = Some(section.unwrap_or_default());
    figure.topic = Some(topic.unwrap_or_default());
}
