//! A figure as the sentence reader found it, in the model's types: its id, section,
//! topic, label and unit in both languages, and the digits its sentence prints.

use super::bilingual::period_text;
use super::glossary::Glossary;
use super::ids::{self, Ids};
use super::label;
use super::sentence::{Found, FoundChange};
use super::text;
use crate::check::printed;
use crate::shared::messages as msg;
use crate::shared::model::{self, Change, Qualifier, Section, Text};

/// Figure `f` of sentence `s` in the model's types, marked `draft`. 达 before a number
/// (其中税收收入占比达82.5%) is read as a qualifier so that it stays out of the label,
/// but written as none: a verb of reaching before an exact value, as 达到 is, neither a
/// bound nor an approximation (tester s-test24 F11); 达到…以上 keeps its 以上.
pub(super) fn figure(
    f: &Found,
    s: &text::Sentence,
    sections: &[(usize, Section)],
    g: &Glossary,
    ids: &mut Ids,
) -> model::Figure {
    let section = sections
        .iter()
        .find(|(k, _)| *k == s.section)
        .map_or_else(String::new, |(_, sec)| sec.id.clone());
    let label_zh = if f.label.is_empty() {
        msg::draft::DRAFT_UNNAMED.to_string()
    } else {
        label::curly_quotes(&f.label)
    };
    let term = g.term(&label_zh);
    let id = ids.unique(&ids::base_id(&label_zh, g, "figure"));
    let unit_en = g.unit_en(&f.unit, &label_zh);
    let mut figure = model::Figure {
        id,
        section,
        topic: format!("p{}", s.paragraph + 1),
        label: Text {
            zh: label_zh,
            en: term.map(|t| t.en.clone()).unwrap_or_default(),
        },
        value: f.value,
        to: f.to,
        decimals: printed::decimals_of_range(&s.text, [f.value, f.to]),
        unit: Text {
            zh: f.unit.clone(),
            en: unit_en.unwrap_or_default(),
        },
        qualifier: f.qualifier.filter(|q| *q != Qualifier::Reached),
        change: f.change.as_ref().map(|c| change(c, &s.text)),
        compare: f.compare.as_ref().map(|c| change(c, &s.text)),
        kind: f.kind,
        status: f.status,
        period: f.period.clone().map(period_text),
        cumulative: false,
        yearly: false,
        source: s.text.clone(),
        draft: true,
    };
    // 累计完成投资612.5亿元: a sum over the period, kept so that no output drops 累计.
    figure.cumulative = crate::check::validate::periods::printed_cumulative(&figure);
    // 城镇新增就业年均超过70万人: 70万 a year, never 70万 in five years.
    figure.yearly = crate::check::validate::periods::printed_yearly_value(&figure);
    // 年均增长5.7%: an average a year, kept in the model so that no output drops 年均.
    let yearly = crate::check::validate::periods::printed_yearly(&figure);
    if let Some(c) = figure.change.as_mut() {
        c.yearly = yearly && !c.kind.compares();
    }
    figure
}

/// A change found in `sentence`, with the digits it prints after the point (增长5.0%).
fn change(c: &FoundChange, sentence: &str) -> Change {
    Change {
        kind: c.kind,
        value: c.value,
        unit: c.unit.clone(),
        reference: c.reference.clone().map(super::bilingual::reference_text),
        to: c.to,
        qualifier: c.qualifier.filter(|q| *q != Qualifier::Reached),
        // Read off the sentence once the figure is whole (`figure`).
        yearly: false,
        decimals: printed::decimals_of_range(sentence, [Some(c.value), c.to]),
    }
}
