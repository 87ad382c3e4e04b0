//! What the draft writes where it does not know (待填写 for a publication, a byline or a
//! source it did not find, 未命名 for a figure whose clause names nothing) is a problem
//! of the desk until replaced: a page must never go out saying 待填写 · 2025 or 来源：待填写.
//! Each is a finding at its field's path, in the one problems list, so that 发布 refuses
//! while one remains.

use super::review::{About, Warning};
use crate::check::raw;
use crate::check::validate::JsonPath;
use crate::shared::messages::{self as msg, Message};

/// Every text of `file` that still holds a placeholder of the draft, at its path.
pub fn placeholders(file: &raw::ReportFile) -> Vec<Warning> {
    let mut out = Vec::new();
    if let Some(m) = &file.meta {
        let texts = [
            ("title", &m.title),
            ("deck", &m.deck),
            ("publication", &m.publication),
            ("author", &m.author),
            ("place", &m.place),
            ("image_credit", &m.image_credit),
            ("source_line", &m.source_line),
        ];
        for (key, text) in texts {
            text_at(
                &mut out,
                &JsonPath::root().key("meta").key(key),
                text.as_ref(),
            );
        }
        // The draft's own title of a text that printed none (西湖区2025年报告图解): 发布
        // must not send it out as the report's headline.
        let place = m.place.as_ref().and_then(|p| p.zh.as_deref());
        let title = m.title.as_ref().and_then(|t| t.zh.as_deref());
        if title.is_some_and(|t| msg::draft::is_default_title(t, place, m.year.unwrap_or(0))) {
            out.push(Warning {
                path: JsonPath::root().key("meta").key("title").key("zh"),
                message: msg::draft::title_left(),
                about: About::File,
            });
        }
        // A year the draft could not tell is left 0 for the desk, like a text it did not find.
        if m.year == Some(0) {
            out.push(Warning {
                path: JsonPath::root().key("meta").key("year"),
                message: msg::draft::year_left(),
                about: About::File,
            });
        }
    }
    for (i, s) in file.sections.iter().enumerate() {
        let p = JsonPath::item("sections", i);
        text_at(&mut out, &p.key("title"), s.title.as_ref());
        text_at(&mut out, &p.key("short"), s.short.as_ref());
    }
    for (k, f) in file.figures.iter().enumerate() {
        let p = JsonPath::item("figures", k);
        text_at(&mut out, &p.key("label"), f.label.as_ref());
    }
    for (i, c) in file.charts.iter().enumerate() {
        let p = JsonPath::item("charts", i);
        text_at(&mut out, &p.key("title"), c.title.as_ref());
        text_at(&mut out, &p.key("subtitle"), c.subtitle.as_ref());
        text_at(&mut out, &p.key("note"), c.note.as_ref());
    }
    out
}

/// The findings of one text: each language that holds a placeholder, at `path.zh`/`.en`.
fn text_at(out: &mut Vec<Warning>, path: &JsonPath, text: Option<&raw::Text>) {
    let Some(text) = text else {
        return;
    };
    for (side, value) in [("zh", &text.zh), ("en", &text.en)] {
        let Some(value) = value else {
            continue;
        };
        if let Some(p) = msg::draft::placeholder_in(value) {
            out.push(Warning {
                path: path.key(side),
                message: Message::by(|lang| msg::draft::placeholder_left(lang, p)),
                about: About::File,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::model::Lang;

    fn file(json: &str) -> raw::ReportFile {
        serde_json::from_str(json).unwrap_or_default()
    }

    #[test]
    fn every_placeholder_of_the_draft_is_a_finding_at_its_field() {
        let f = file(
            r#"{"meta": {"publication": {"zh": "待填写"}, "author": {"zh": "李明"},
                "source_line": {"zh": "来源：待填写"}},
                "figures": [{"label": {"zh": "未命名", "en": "GDP"}}],
                "charts": [{"title": {"zh": "未命名等3项"}}]}"#,
        );
        let paths: Vec<String> = placeholders(&f)
            .into_iter()
            .map(|p| p.path.to_string())
            .collect();
        assert_eq!(
            paths,
            [
                "meta.publication.zh",
                "meta.source_line.zh",
                "figures[0].label.zh",
                "charts[0].title.zh"
            ]
        );
    }

    #[test]
    fn a_year_the_draft_left_at_0_is_a_finding_in_both_languages() {
        for (json, want) in [
            (r#"{"meta": {"year": 0}}"#, 1),
            (r#"{"meta": {"year": 2025}}"#, 0),
        ] {
            for lang in [Lang::Zh, Lang::En] {
                let found = placeholders(&file(json));
                assert_eq!(found.len(), want, "{json}");
                assert!(found.iter().all(|f| f.path == "meta.year"
                    && f.message.said_in(lang).contains(if lang == Lang::Zh {
                        "年份"
                    } else {
                        "year"
                    })));
            }
        }
    }

    #[test]
    fn the_drafts_default_title_is_a_finding_as_check_warns_of_it() {
        // (title, place, is the draft's default)
        let cases = [
            ("西湖区2025年报告图解", "西湖区", true),
            ("2025年报告图解", "西湖区", true),
            ("西湖区2025年经济运行图解", "西湖区", false),
        ];
        for (title, place, default) in cases {
            let json = format!(
                r#"{{"meta": {{"title": {{"zh": "{title}"}}, "place": {{"zh": "{place}"}}, "year": 2025}}}}"#
            );
            for lang in [Lang::Zh, Lang::En] {
                let found = placeholders(&file(&json));
                let want = msg::draft::title_left().said_in(lang).to_string();
                let at_title: Vec<&str> = (found.iter())
                    .filter(|f| f.path == "meta.title.zh")
                    .map(|f| f.message.said_in(lang))
                    .collect();
                assert_eq!(
                    at_title,
                    if default { vec![want.as_str()] } else { vec![] },
                    "{title}"
                );
            }
        }
    }

    #[test]
    fn a_file_the_desk_has_filled_in_has_no_placeholder() {
        let f = file(r#"{"meta": {"publication": {"zh": "南昌日报", "en": "Nanchang Daily"}}}"#);
        assert!(placeholders(&f).is_empty());
    }

    #[test]
    fn the_finding_names_the_placeholder_in_both_languages() {
        let f = file(r#"{"meta": {"publication": {"zh": "待填写"}}}"#);
        let found = placeholders(&f);
        assert_eq!(found.len(), 1);
        for lang in [Lang::Zh, Lang::En] {
            let said = found[0].message.said_in(lang);
            assert!(said.contains("待填写"), "{said}");
        }
        assert_ne!(found[0].message.zh, found[0].message.en);
    }
}
