//! The model written back as the data file: what the draft (which reads the text into
//! the model's types) writes, so that no second definition of the file exists.

use super::{Change, Figure, Meta, Named, Section, Skip, Text, Topic};
use crate::shared::model;

impl From<&model::Text> for Text {
    /// An English left empty (nobody has written it yet) is left out.
    fn from(t: &model::Text) -> Text {
        Text {
            zh: Some(t.zh.clone()),
            en: (!t.en.is_empty()).then(|| t.en.clone()),
            ..Text::default()
        }
    }
}

impl From<&model::Meta> for Meta {
    fn from(m: &model::Meta) -> Meta {
        Meta {
            title: Some((&m.title).into()),
            deck: Some((&m.deck).into()),
            publication: Some((&m.publication).into()),
            // A bulletin issued by its bureau has no author: left out.
            author: (!m.author.zh.is_empty()).then(|| (&m.author).into()),
            year: Some(m.year),
            place: m.place.as_ref().map(Into::into),
            image_credit: m.image_credit.as_ref().map(Into::into),
            source_line: Some((&m.source_line).into()),
            ..Meta::default()
        }
    }
}

impl From<&model::Section> for Section {
    fn from(s: &model::Section) -> Section {
        Section {
            id: Some(s.id.clone()),
            title: Some((&s.title).into()),
            short: Some((&s.short).into()),
            lead: s.lead.as_ref().map(Into::into),
            topics: s
                .topics
                .iter()
                .map(|t| Topic {
                    id: Some(t.id.clone()),
                    title: Some((&t.title).into()),
                    ..Topic::default()
                })
                .collect(),
            ..Section::default()
        }
    }
}

impl From<&model::Change> for Change {
    fn from(c: &model::Change) -> Change {
        Change {
            kind: Some(c.kind.into()),
            value: Some(c.value),
            to: c.to,
            unit: Some(c.unit.clone()),
            qualifier: c.qualifier.map(Named::from),
            reference: c.reference.as_ref().map(Text::from),
            yearly: c.yearly.then_some(true),
            decimals: (c.decimals > 0).then_some(c.decimals),
            ..Change::default()
        }
    }
}

impl From<&model::Figure> for Figure {
    /// The default status (`result`) is left out, as a desk writes it.
    fn from(f: &model::Figure) -> Figure {
        Figure {
            id: Some(f.id.clone()),
            section: Some(f.section.clone()),
            topic: Some(f.topic.clone()),
            label: Some((&f.label).into()),
            value: f.value,
            to: f.to,
            decimals: (f.decimals > 0).then_some(f.decimals),
            unit: Some((&f.unit).into()),
            qualifier: f.qualifier.map(Named::from),
            change: f.change.as_ref().map(Change::from),
            compare: f.compare.as_ref().map(Change::from),
            kind: Some(f.kind.into()),
            status: (f.status != model::Status::Result).then_some(f.status.into()),
            period: f.period.as_ref().map(Text::from),
            cumulative: f.cumulative,
            yearly: f.yearly,
            source: Some(f.source.clone()),
            draft: f.draft,
            ..Figure::default()
        }
    }
}

impl From<&model::Skip> for Skip {
    fn from(s: &model::Skip) -> Skip {
        Skip {
            number: Some(s.number.clone()),
            sentence: Some(s.sentence.clone()),
            reason: Some(s.reason.into()),
            ..Skip::default()
        }
    }
}
