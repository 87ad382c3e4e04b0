//! A figure for a number the desk adds from the text, proposed as `make draft` would
//! (the draft of the whole text, so that lists, 其中 parts and changes read the same), and
//! the reason the draft would give a number it skips. Both run in the drafter's wasm,
//! which carries the draft's sentence reader; the editor's own does not.

use super::marks::lines;
use crate::check::printed;
use crate::check::raw;
use crate::check::validate::trust;
use crate::draft::coverage::claims;
use crate::draft::{self, changes, glossary::Glossary, numbers, sentence};
use crate::shared::messages as msg;
use crate::shared::model::{FigureKind, Lang, Qualifier, SkipReason, Status};

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
    // A number the draft or the desk skipped as a goal is a target when the desk adds it,
    // whether or not a plan word stands before it (a list under 今年主要预期目标是：).
    let targeted = skipped_as_target(&drafted.skips, sentence, number)
        || skipped_as_target(&file.skips, sentence, number);
    let found = drafted
        .figures
        .into_iter()
        .find(|f| f.source.as_deref() == Some(sentence) && claims(f, sentence, &n));
    let year = file.meta.as_ref().and_then(|m| m.year).unwrap_or(0);
    let mut figure = found.unwrap_or_else(|| bare(sentence, &n, glossary, year));
    let result = figure
        .status
        .as_ref()
        .is_none_or(|s| s.word() == crate::shared::model::Vocabulary::name(Status::Result));
    if targeted && result {
        figure.status = Some(Status::Target.into());
    }
    place(&mut figure, text, file);
    Ok(figure)
}

/// Whether `skips` skips `number` of `sentence` as a goal (reason `target`).
fn skipped_as_target(skips: &[raw::Skip], sentence: &str, number: &str) -> bool {
    skips.iter().any(|x| {
        x.sentence.as_deref() == Some(sentence)
            && x.number.as_deref() == Some(number)
            && x.reason
                .as_ref()
                .is_some_and(|r| r.word() == SkipReason::Target.name())
    })
}

/// The reason the draft gives for skipping `number` of `sentence` (a line as the text pane
/// shows it), as its sentence reader reads that line alone; `None` where the draft would
/// not skip it. The editor offers it first when the desk skips an undecided number.
pub fn reason(sentence: &str, number: &str, glossary: &Glossary) -> Option<SkipReason> {
    (sentence::read(sentence, glossary).skips.into_iter())
        .find(|(n, _)| n == number)
        .map(|(_, r)| r)
}

/// A number the draft did not make a figure, as its sentence reads it (tester s-test21
/// E3): a change where a change word stands before it (增长5.5% is no level), with the
/// qualifier printed after it (左右, 以上), a target where a plan word opens its clause
/// (预期, 计划), a limit where the qualifier bounds it (以内), and the year its clause
/// names when that is not the report's. The label is left to the desk.
fn bare(sentence: &str, n: &printed::Number, glossary: &Glossary, year: i64) -> raw::Figure {
    let rest = &sentence[n.end..];
    let unit = numbers::unit(rest, n.end, glossary);
    let lead = &sentence[..n.start];
    // 6左右 in a table's cell: the qualifier without a unit.
    let bare_after = [("左右", Qualifier::Around), ("以上", Qualifier::OrMore)]
        .into_iter()
        .find_map(|(w, q)| rest.starts_with(w).then_some(q));
    let qualifier = (unit.as_ref())
        .and_then(|u| numbers::qualifier(None, u))
        .or(bare_after);
    let unit_zh = unit.map(|u| u.zh).unwrap_or_default();
    // With the sign the sentence prints: a count or amount is never negative, a rate may be.
    let value = numbers::signed(sentence, n);
    // 出生率7.12‰ is a rate, whatever its sign.
    let per_mille = glossary.unit_kind(&unit_zh) == "rate";
    let mut kind = if value < 0.0 || per_mille {
        FigureKind::Rate
    } else {
        FigureKind::Count
    };
    let change = changes::word_before(lead)
        .and_then(|(d, _)| changes::kind(d, &unit_zh, ""))
        .map(|k| raw::Change {
            kind: Some(k.into()),
            value: Some(value),
            unit: Some(unit_zh.clone()),
            qualifier: qualifier.map(Into::into),
            ..raw::Change::default()
        });
    if change.is_some() {
        kind = FigureKind::Rate;
    }
    let status = if qualifier.is_some_and(numbers::bounds) {
        Some(Status::Limit)
    } else {
        trust::plan_word(lead).map(|_| Status::Target)
    };
    let period =
        crate::shared::words::leading_year(lead.rsplit(['，', ',']).next().unwrap_or(lead))
            .filter(|(digits, _)| digits.parse::<i64>().ok() != Some(year))
            .map(|(digits, _)| raw::Text::zh(format!("{digits}年")));
    raw::Figure {
        id: Some("figure".to_string()),
        section: Some(String::new()),
        topic: Some(String::new()),
        label: Some(raw::Text::zh(msg::draft::DRAFT_UNNAMED)),
        value: change.is_none().then_some(value),
        qualifier: qualifier.filter(|_| change.is_none()).map(Into::into),
        unit: Some(raw::Text::zh(unit_zh)),
        kind: Some(kind.into()),
        status: status.map(Into::into),
        period,
        change,
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

#[cfg(test)]
mod tests {
    use super::bare;
    use crate::check::printed;
    use serde_json::Value;

    /// What [`bare`] proposes for `number` of `sentence` in a report of 2025, as JSON.
    fn proposed(sentence: &str, number: &str) -> Value {
        let g = super::super::glossary().unwrap();
        let n = printed::numbers(sentence)
            .into_iter()
            .find(|n| n.text == number);
        serde_json::to_value(bare(sentence, &n.unwrap(), g, 2025)).unwrap()
    }

    #[test]
    fn a_number_the_draft_left_is_proposed_as_its_sentence_says() {
        // (sentence, number, value, change, its qualifier, qualifier, status, period)
        let cases = [
            (
                "2026年预期增长5.5%左右",
                "5.5",
                None,
                Some(5.5),
                "左右",
                "",
                "target",
                "2026年",
            ),
            (
                "2026年计划增长6.5%以上",
                "6.5",
                None,
                Some(6.5),
                "以上",
                "",
                "target",
                "2026年",
            ),
            (
                "2026年仍控制在5.5%以内",
                "5.5",
                Some(5.5),
                None,
                "",
                "以内",
                "limit",
                "2026年",
            ),
            (
                "地区生产总值增长（%） 6左右 5.8 5.5左右",
                "6",
                Some(6.0),
                None,
                "",
                "左右",
                "",
                "",
            ),
            (
                "2025年新增城镇就业8.5万人",
                "8.5",
                Some(8.5),
                None,
                "",
                "",
                "",
                "",
            ),
        ];
        for (sentence, number, value, change, cq, q, status, period) in cases {
            let f = proposed(sentence, number);
            let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
            assert_eq!(f["value"].as_f64(), value, "{sentence}: {f}");
            assert_eq!(f["change"]["value"].as_f64(), change, "{sentence}: {f}");
            assert_eq!(text(&f["change"]["qualifier"]), cq, "{sentence}: {f}");
            assert_eq!(text(&f["qualifier"]), q, "{sentence}: {f}");
            assert_eq!(text(&f["status"]), status, "{sentence}: {f}");
            assert_eq!(text(&f["period"]["zh"]), period, "{sentence}: {f}");
            assert_eq!(f["label"]["zh"], "未命名", "{sentence}: {f}");
        }
    }
}
