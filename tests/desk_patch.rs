//! Typing in one item's field (src/edit/desk/session.rs, `Session::patch`): the desk is
//! sent that item, not the whole file, and says exactly what it would have said had it
//! read the whole file again: the same review, marks, charts to draw and resolved charts.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::{JsonPath, Step};
use report_charts::edit::desk::patch::Patch;
use report_charts::edit::desk::session::{Session, Update};
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

fn session() -> Session {
    Session::new("x.json", TEXT)
}

fn data() -> Value {
    serde_json::from_str(DATA).unwrap()
}

/// The index of the first figure that a chart draws.
fn charted() -> usize {
    let v = data();
    let ids: Vec<&Value> = (v["charts"].as_array().unwrap().iter())
        .flat_map(|c| c["figures"].as_array().unwrap())
        .collect();
    (v["figures"].as_array().unwrap().iter())
        .position(|f| ids.contains(&&f["id"]))
        .unwrap()
}

/// An edit typed into one item's field: what it does to the file, and the item's place.
type Typed = (&'static str, &'static str, fn(&mut Value, usize));

const EDITS: [Typed; 8] = [
    ("a figure's Chinese label", "figures", |v, k| {
        v["figures"][k]["label"]["zh"] = "改过的名称".into()
    }),
    ("a figure's label emptied", "figures", |v, k| {
        v["figures"][k]["label"]["zh"] = "".into()
    }),
    ("a figure's English label", "figures", |v, k| {
        v["figures"][k]["label"]["en"] = "Renamed".into()
    }),
    ("a figure's value", "figures", |v, k| {
        v["figures"][k]["value"] = 123_456.5.into()
    }),
    ("a figure's unit", "figures", |v, k| {
        v["figures"][k]["unit"]["en"] = "things".into()
    }),
    ("a chart's title", "charts", |v, _| {
        v["charts"][0]["title"]["zh"] = "新的标题".into()
    }),
    (
        "a chart's title with a number that is no figure of it",
        "charts",
        |v, _| v["charts"][0]["title"]["zh"] = "增长98765亿元".into(),
    ),
    ("the report's source line", "meta", |v, _| {
        v["meta"]["source_line"]["zh"] = "来源：另一份报告".into()
    }),
];

/// A path as the editor's script sends it: its steps, `["figures", 3]`.
fn at(steps: Value) -> JsonPath {
    let mut path = JsonPath::root();
    for s in steps.as_array().unwrap() {
        path.push(match s {
            Value::String(k) => Step::Key(k.clone()),
            _ => Step::Index(usize::try_from(s.as_u64().unwrap()).unwrap()),
        });
    }
    path
}

/// The patch of the item at `list` (`figures`, `charts` or `meta`) of `v`, figure `k`.
fn patch_of(v: &Value, list: &str, k: usize) -> Patch {
    let (steps, item) = match list {
        "meta" => (json!(["meta"]), v["meta"].clone()),
        "figures" => (json!(["figures", k]), v["figures"][k].clone()),
        _ => (json!(["charts", 0]), v["charts"][0].clone()),
    };
    Patch {
        at: at(steps),
        item: item.to_string(),
    }
}

/// What a patched session says of `file` against what reading it says: the resolved
/// charts of a session that reads it first (nothing kept from before), and the review,
/// the charts to draw and the marks of one that read the file before it whole (which
/// charts changed is told against the last update).
fn assert_as_read(
    got: Option<Update>,
    whole: &mut Session,
    file: &Value,
    (words, lang): (Lang, Lang),
    what: &str,
) {
    let got = got.unwrap_or_else(|| panic!("{what}: the patch was refused"));
    let fresh = session().update(&file.to_string(), words, lang);
    let want = whole.update(&file.to_string(), words, lang);
    assert_eq!(got.review, want.review, "{what}");
    assert_eq!(got.resolved, fresh.resolved, "{what}");
    assert_eq!(got.error, fresh.error, "{what}");
    assert_eq!(got.charts, want.charts, "{what}");
    assert_eq!(got.marks, want.marks, "{what}");
}

#[test]
fn a_patched_item_gives_the_update_the_whole_file_gives() {
    let k = charted();
    for (what, list, edit) in EDITS {
        for langs in [(Lang::Zh, Lang::Zh), (Lang::En, Lang::En)] {
            let mut v = data();
            edit(&mut v, k);
            let mut whole = session();
            whole.update(DATA, langs.0, langs.1);
            let mut typed = session();
            typed.update(DATA, langs.0, langs.1);
            let got = typed.patch(&[patch_of(&v, list, k)], langs.0, langs.1);
            assert_as_read(got, &mut whole, &v, langs, what);
            assert_eq!(typed.report(), whole.report(), "{what}");
            // Typing on: the next patch (three items) is read against the patched file.
            let mut back = data();
            back["figures"][k]["label"]["zh"] = v["figures"][k]["label"]["zh"].clone();
            back["charts"][0]["title"] = v["charts"][0]["title"].clone();
            let items = ["figures", "charts", "meta"].map(|list| patch_of(&back, list, k));
            let got = typed.patch(&items, langs.0, langs.1);
            assert_as_read(
                got,
                &mut whole,
                &back,
                langs,
                &format!("{what}, then more typing"),
            );
        }
    }
}

#[test]
fn a_label_typed_empty_or_a_title_number_that_is_no_figure_is_a_problem_at_its_field() {
    let k = charted();
    let mut s = session();
    assert!(s
        .update(DATA, Lang::En, Lang::Zh)
        .review
        .problems
        .is_empty());
    let cases = [
        (1, format!("figures[{k}].label.zh")),
        (6, "charts[0].title.zh".to_string()),
    ];
    for (n, path) in cases {
        let (what, list, edit) = EDITS[n];
        let mut v = data();
        edit(&mut v, k);
        let u = s
            .patch(&[patch_of(&v, list, k)], Lang::En, Lang::Zh)
            .unwrap();
        assert!(
            u.review.problems.iter().any(|p| p.path == path),
            "{what}: {:?}",
            u.review.problems
        );
        assert!(!u.review.done, "{what}");
        // Typed back, the problem is gone.
        let u = s
            .patch(&[patch_of(&data(), list, k)], Lang::En, Lang::Zh)
            .unwrap();
        assert!(u.review.problems.is_empty(), "{what} typed back");
    }
}

#[test]
fn a_patch_the_desk_cannot_place_is_refused_and_the_editor_sends_the_whole_file() {
    let k = charted();
    let item = |steps: Value, item: Value| Patch {
        at: at(steps),
        item: item.to_string(),
    };
    // No file read yet.
    assert!(session()
        .patch(&[patch_of(&data(), "figures", k)], Lang::Zh, Lang::Zh)
        .is_none());
    let unplaceable = [
        item(json!(["figures", 9999]), data()["figures"][k].clone()),
        item(json!(["skips", 0]), json!({})),
        item(json!(["figures"]), json!({})),
        item(json!(["figures", "0"]), data()["figures"][k].clone()),
        item(json!(["figures", 0, "label"]), json!({ "zh": "名称" })),
        item(json!(["figures", 0]), json!({ "value": "eight hundred" })),
        Patch {
            at: at(json!(["charts", 0])),
            item: "{\"title\": ".to_string(),
        },
        item(json!(["meta"]), json!("a headline")),
    ];
    for p in unplaceable {
        let mut s = session();
        s.update(DATA, Lang::Zh, Lang::Zh);
        let at = p.at.clone();
        assert!(s.patch(&[p], Lang::Zh, Lang::Zh).is_none(), "{at}");
        // Refused, it leaves the desk waiting for the whole file.
        assert!(
            s.patch(&[patch_of(&data(), "figures", k)], Lang::Zh, Lang::Zh)
                .is_none(),
            "{at}"
        );
        assert!(s.update(DATA, Lang::Zh, Lang::Zh).error.is_none());
        assert!(
            s.patch(&[patch_of(&data(), "figures", k)], Lang::Zh, Lang::Zh)
                .is_some(),
            "{at}"
        );
    }
}

#[test]
fn a_problem_after_a_field_the_desk_dropped_is_listed_as_a_whole_read_lists_it() {
    let k = charted();
    // The desk drops a field of a figure (one line fewer in the file), then types a
    // number no figure has into the title of a chart, which the file holds further down.
    let mut v = data();
    let f = v["figures"][k].as_object_mut().unwrap();
    let dropped = ["note", "qualifier", "kind"]
        .into_iter()
        .find(|key| f.contains_key(*key));
    f.remove(dropped.unwrap());
    let mut typed = session();
    typed.update(DATA, Lang::Zh, Lang::Zh);
    let first = typed.patch(&[patch_of(&v, "figures", k)], Lang::Zh, Lang::Zh);
    let lines = |u: &Update| -> Vec<String> {
        (u.review.problems.iter())
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    };
    let whole = session().update(&v.to_string(), Lang::Zh, Lang::Zh);
    assert_eq!(lines(&first.unwrap()), lines(&whole));
    v["charts"][0]["title"]["zh"] = "增长98765亿元".into();
    let got = typed
        .patch(&[patch_of(&v, "charts", k)], Lang::Zh, Lang::Zh)
        .unwrap();
    let want = session().update(&v.to_string(), Lang::Zh, Lang::Zh);
    // At its field, and at no line of a JSON file the desk never saw (tester s-test20).
    assert!(
        lines(&want)
            .iter()
            .any(|p| p.contains("charts[0].title.zh") && !p.contains("行")),
        "{:?}",
        lines(&want)
    );
    assert_eq!(lines(&got), lines(&want));
}
