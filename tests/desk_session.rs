//! The editor's session (src/edit/desk/session.rs), natively: one parse of a data file
//! gives the review, the marks and the charts to draw, and says what changed since the
//! last file, so that a keystroke redraws only what it changed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::edit::desk::{self, session::Session};
use report_charts::shared::model::Lang;

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

fn session() -> Session {
    Session::new("x.json", TEXT)
}

/// The data file with `edit` applied to its JSON value.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(DATA).unwrap();
    edit(&mut value);
    value.to_string()
}

/// The indices of the charts an update says changed.
fn changed(update: &desk::session::Update) -> Vec<usize> {
    (update.charts.iter().enumerate())
        .filter(|(_, c)| c.changed)
        .map(|(i, _)| i)
        .collect()
}

/// The indices of the charts that draw figure `k` of the curated file.
fn charts_of(k: usize) -> Vec<usize> {
    let value: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let id = value["figures"][k]["id"].clone();
    (value["charts"].as_array().unwrap().iter().enumerate())
        .filter(|(_, c)| c["figures"].as_array().unwrap().contains(&id))
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn the_first_update_draws_every_chart_and_marks_the_text() {
    let mut s = session();
    let u = s.update(DATA, Lang::Zh, Lang::Zh);
    assert!(u.review.done);
    assert!(u.error.is_none());
    assert!(u.marks.as_ref().is_some_and(|m| m.len() > 50));
    assert_eq!(changed(&u).len(), u.charts.len());
    let data: serde_json::Value = serde_json::from_str(DATA).unwrap();
    assert_eq!(
        Some(u.charts.len()),
        data["charts"].as_array().map(Vec::len)
    );
    assert_eq!(u.resolved.map(|r| r.charts.len()), Some(u.charts.len()));
}

#[test]
fn a_label_typed_into_redraws_only_the_charts_of_its_figure_and_leaves_the_marks() {
    let mut s = session();
    s.update(DATA, Lang::Zh, Lang::Zh);
    let k = (0..40).find(|&k| !charts_of(k).is_empty()).unwrap();
    let mut label = String::from("地区");
    for ch in ['生', '产'] {
        label.push(ch);
        let json = edited(|v| v["figures"][k]["label"]["zh"] = label.clone().into());
        let u = s.update(&json, Lang::Zh, Lang::Zh);
        assert_eq!(changed(&u), charts_of(k), "after {label}");
        assert_eq!(u.marks, None, "the marks did not change");
    }
    // The same file again changes nothing.
    let json = edited(|v| v["figures"][k]["label"]["zh"] = label.clone().into());
    assert_eq!(
        changed(&s.update(&json, Lang::Zh, Lang::Zh)),
        Vec::<usize>::new()
    );
}

/// An edit of a data file's JSON value, named.
type Edit = (&'static str, fn(&mut serde_json::Value));

#[test]
fn what_changes_the_marks_or_the_languages_says_so() {
    let cases: [Edit; 6] = [
        ("a figure confirmed as drafted again", |v| {
            v["figures"][0]["draft"] = true.into()
        }),
        ("a value its sentence does not print", |v| {
            v["figures"][0]["value"] = 123_456.5.into()
        }),
        ("a skip's reason", |v| {
            let to = if v["skips"][0]["reason"] == "year" {
                "date"
            } else {
                "year"
            };
            v["skips"][0]["reason"] = to.into();
        }),
        ("a chart's figures taken out", |v| {
            for c in v["charts"].as_array_mut().unwrap() {
                c["figures"] = serde_json::json!([]);
            }
        }),
        ("a figure taken out", |v| {
            v["figures"].as_array_mut().unwrap().remove(0);
        }),
        ("a skip taken out", |v| {
            v["skips"].as_array_mut().unwrap().remove(0);
        }),
    ];
    let typed = edited(|v| v["figures"][0]["label"]["zh"] = "改过的名称".into());
    for (what, edit) in cases {
        let mut s = session();
        s.update(DATA, Lang::Zh, Lang::Zh);
        // After a keystroke that left the marks as they were, they are worked out again.
        assert_eq!(s.update(&typed, Lang::Zh, Lang::Zh).marks, None, "{what}");
        let u = s.update(&edited(edit), Lang::Zh, Lang::Zh);
        assert!(u.marks.is_some(), "{what}");
    }
    let mut s = session();
    s.update(DATA, Lang::Zh, Lang::Zh);
    let u = s.update(DATA, Lang::Zh, Lang::En);
    assert_eq!(
        changed(&u).len(),
        u.charts.len(),
        "another language redraws all"
    );
    s.set_text(&TEXT.replacen("800", "900", 1));
    assert!(
        s.update(DATA, Lang::Zh, Lang::En).marks.is_some(),
        "a new text"
    );
}

#[test]
fn the_sessions_review_is_the_one_review_of_the_file() {
    let files = [
        DATA.to_string(),
        DATA.replacen("\"value\": 800,", "\"value\": 801,", 1),
        DATA.replacen("\"kind\": \"cards\"", "\"kind\": \"card\"", 1),
        "{".to_string(),
    ];
    for json in files {
        for lang in [Lang::Zh, Lang::En] {
            let u = session().update(&json, lang, Lang::Zh);
            assert_eq!(u.review, desk::review::review("x.json", TEXT, &json, lang));
        }
    }
}

#[test]
fn a_file_that_cannot_be_read_draws_nothing_and_the_next_one_draws_all_again() {
    let mut s = session();
    s.update(DATA, Lang::Zh, Lang::Zh);
    let bad = s.update("{\"meta\": ", Lang::En, Lang::Zh);
    assert!(bad
        .error
        .as_deref()
        .is_some_and(|e| e.starts_with("x.json")));
    assert!(bad
        .error
        .as_deref()
        .is_some_and(|e| e.contains("not valid JSON")));
    assert!(bad.charts.is_empty() && bad.resolved.is_none() && !bad.review.done);
    assert!(s.report().is_none());
    let good = s.update(DATA, Lang::En, Lang::Zh);
    assert_eq!(changed(&good).len(), good.charts.len());
    assert!(s.report().is_some());
}

#[test]
fn a_broken_chart_keeps_its_place_and_its_id_and_changes_when_it_breaks() {
    let mut s = session();
    let before = s.update(DATA, Lang::Zh, Lang::Zh);
    let json = edited(|v| v["charts"][1]["figures"][0] = "no-such-figure".into());
    let u = s.update(&json, Lang::Zh, Lang::Zh);
    let ids = |u: &desk::session::Update| -> Vec<(usize, Option<String>)> {
        u.charts.iter().map(|c| (c.index, c.id.clone())).collect()
    };
    assert_eq!(ids(&u), ids(&before));
    assert_eq!(changed(&u), vec![1]);
}

#[test]
fn a_session_told_which_marks_another_showed_gives_its_own_only_when_they_differ() {
    let (mut page, mut worker) = (session(), session());
    let first = page.update(DATA, Lang::Zh, Lang::Zh);
    // The worker's first update: the page shows these very marks, so none are sent.
    worker.shown_elsewhere(&first.marks_of);
    let same = worker.update(DATA, Lang::Zh, Lang::Zh);
    assert_eq!((same.marks, &same.marks_of), (None, &first.marks_of));
    // The worker reads a value typed: other marks, which the page shows.
    let k = (0..40).find(|&k| !charts_of(k).is_empty()).unwrap();
    let typed = edited(|v| v["figures"][k]["value"] = 97531.into());
    let after = worker.update(&typed, Lang::Zh, Lang::Zh);
    assert!(after.marks.is_some() && after.marks != first.marks);
    assert_ne!(after.marks_of, first.marks_of);
    // Undone on the page, whose own last marks were these: it sends them again.
    page.shown_elsewhere(&after.marks_of);
    let undone = page.update(DATA, Lang::Zh, Lang::Zh);
    assert_eq!(undone.marks, first.marks);
    assert_eq!(undone.marks_of, first.marks_of);
    assert_eq!(undone.review, first.review);
    // A name that is no name only costs the marks again.
    page.shown_elsewhere("not a name");
    assert_eq!(page.update(DATA, Lang::Zh, Lang::Zh).marks, first.marks);
}

#[test]
fn the_editors_lists_print_each_figure_as_the_text_prints_it_qualifier_included() {
    // A short file of our own: one value printed with 超 before it, one with 余 after it,
    // one printed only as a growth.
    let figure = |id: &str, value: serde_json::Value| {
        let mut f = serde_json::json!({
            "id": id, "section": "s", "label": { "zh": "企业", "en": "companies" },
            "unit": { "zh": "家", "en": "companies" }, "source": "新增企业超1万家，试点任务30余项。",
        });
        f.as_object_mut()
            .unwrap()
            .extend(value.as_object().unwrap().clone());
        f
    };
    let file = edited(|d| {
        d["figures"] = serde_json::json!([
            figure(
                "a",
                serde_json::json!({ "value": 1, "unit": { "zh": "万家", "en": "companies" }, "qualifier": "超" })
            ),
            figure(
                "b",
                serde_json::json!({ "value": 30, "unit": { "zh": "项", "en": "tasks" }, "qualifier": "余" })
            ),
            figure(
                "c",
                serde_json::json!({ "change": { "kind": "growth", "value": 6.1, "unit": "%" } })
            ),
        ]);
        d["charts"] = serde_json::json!([]);
    });
    let mut s = session();
    s.update(&file, Lang::Zh, Lang::Zh);
    let cases = [
        (Lang::Zh, ["超1万家", "30余项", "增长6.1%"]),
        (
            Lang::En,
            ["over 10,000 companies", "more than 30 tasks", "up 6.1%"],
        ),
    ];
    for (lang, want) in cases {
        assert_eq!(s.printed(lang), want, "{lang:?}");
    }
}

#[test]
fn a_preview_in_english_of_a_report_without_all_its_english_is_drawn_in_chinese_and_says_how_much_is_missing(
) {
    let mut s = session();
    let u = s.update(DATA, Lang::Zh, Lang::En);
    assert_eq!(u.english_missing, 0, "the curated file has all its English");
    assert_eq!(u.resolved.map(|r| r.lang), Some(Lang::En));
    // A report in Chinese only, as the draft writes it: no English text.
    fn chinese_only(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                o.remove("en");
                o.values_mut().for_each(chinese_only);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(chinese_only),
            _ => {}
        }
    }
    let u = s.update(&edited(chinese_only), Lang::Zh, Lang::En);
    assert!(u.english_missing > 50, "{}", u.english_missing);
    assert_eq!(changed(&u).len(), u.charts.len(), "drawn again in Chinese");
    let resolved = u.resolved.unwrap();
    assert_eq!(resolved.lang, Lang::Zh);
    let titles: Vec<&str> = (resolved.charts.iter())
        .filter_map(|e| match e {
            report_charts::shared::spec::Entry::Chart(c) => Some(c.title.as_str()),
            report_charts::shared::spec::Entry::Broken(_) => None,
        })
        .collect();
    assert_eq!(titles.len(), resolved.charts.len());
    assert!(titles.iter().all(|t| !t.is_empty()), "{titles:?}");
}
