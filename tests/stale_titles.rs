#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A title written from a figure the desk has since changed (tester s-test11, finding 1):
//! 人口自然新增1.2‰, whose figure the desk made a rate of 1.2‰ with no change, still says
//! 新增. Every number of the title is a figure's, yet the change it prints is none: the
//! check reports it, the editor is not done while it stands, and it offers the title
//! written from the figure as it is now. A short text of our own.

use report_charts::check::validate::{self, JsonPath};
use report_charts::draft;
use report_charts::edit::desk::review::{self, About};
use report_charts::shared::messages as msg;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = "2025年东坪县国民经济和社会发展统计公报\n全年全县地区生产总值236.8亿元，比上年增长6.1%。年末常住人口41.2万人，比上年末增加0.3万人。\n";

/// The drafted file with one cards chart of the population, titled `title`, its figure
/// edited by `edit`.
fn edited(title: &str, edit: impl FnOnce(&mut Value)) -> String {
    let d = draft::draft(TEXT).unwrap();
    let mut v: Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    let figures = v["figures"].as_array_mut().unwrap();
    let k = figures
        .iter()
        .position(|f| f["value"] == json!(41.2))
        .unwrap();
    edit(&mut figures[k]);
    let id = figures[k]["id"].clone();
    let section = figures[k]["section"].clone();
    v["charts"] = json!([{
        "id": "people", "kind": "cards", "section": section, "figures": [id],
        "title": {"zh": title}, "subtitle": {"zh": "单位：万人，2025年"}
    }]);
    serde_json::to_string_pretty(&v).unwrap()
}

/// A title, the edit of its figure, and what the check reports at the title.
type Case = (&'static str, fn(&mut Value), Option<msg::Message>);

/// The path of the one chart's Chinese title.
fn title_path() -> JsonPath {
    JsonPath::item("charts", 0).key("title").key("zh")
}

/// The figure relabelled and its change taken out, as a desk does.
fn no_change(f: &mut Value) {
    f["label"] = json!({"zh": "年末常住人口"});
    f.as_object_mut().unwrap().remove("change");
}

#[test]
fn a_title_that_still_prints_a_change_its_figure_no_longer_has_is_reported() {
    // (title, its figure edited, what the check reports)
    let stale = msg::titles::title_change_not_a_figures;
    let cases: [Case; 5] = [
        // The value printed as a change: every number is the figure's.
        (
            "年末常住人口新增41.2万人",
            no_change,
            Some(stale("新增41.2万人")),
        ),
        (
            "年末常住人口增长41.2万人",
            no_change,
            Some(stale("增长41.2万人")),
        ),
        // A change printed with the verb of another kind.
        (
            "常住人口41.2万人，下降0.3万人",
            |_| {},
            Some(stale("下降0.3万人")),
        ),
        // A change no figure has any more is a number of none: reported once, as such.
        (
            "年末常住人口41.2万人，增加0.3万人",
            no_change,
            Some(msg::titles::title_number_not_a_figure("0.3")),
        ),
        ("常住人口41.2万人，增加0.3万人", |_| {}, None),
    ];
    for (title, edit, said) in cases {
        let json = edited(title, edit);
        let problems = match validate::load("x.json", &json) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems,
        };
        let at_title: Vec<String> = problems
            .iter()
            .filter(|p| p.path == title_path())
            .map(|p| p.message.said_in(Lang::Zh).to_string())
            .collect();
        let want: Vec<String> = said
            .map(|m| m.said_in(Lang::Zh).to_string())
            .into_iter()
            .collect();
        assert_eq!(at_title, want, "{title}");
    }
}

#[test]
fn the_editor_is_not_done_while_a_title_is_stale_and_offers_it_from_the_figure() {
    let json = edited("年末常住人口新增41.2万人", no_change);
    for lang in [Lang::Zh, Lang::En] {
        let r = review::review("x.json", TEXT, &json, lang);
        let stale = r
            .problems
            .iter()
            .find(|p| p.path == title_path())
            .unwrap_or_else(|| panic!("{:?}", r.problems));
        assert_eq!(stale.about, About::File);
        let wording = msg::titles::title_change_not_a_figures("新增41.2万人");
        // Its wording alone: the editor's problem is at its field, never at a line of a
        // JSON file the desk never saw (tester s-test20).
        assert_eq!(stale.message, wording.said_in(lang));
        assert!(!r.done);
        let [fix] = &r.retitles[..] else {
            panic!("{:?}", r.retitles)
        };
        assert_eq!(fix.path, title_path());
        assert_eq!(fix.title, "年末常住人口41.2万人");
        let action = msg::titles::rewrite_title("年末常住人口41.2万人");
        assert_eq!(fix.action, action.said_in(lang));
    }
    // Written as offered, the title is no problem any more.
    let fixed = edited("年末常住人口41.2万人", no_change);
    let r = review::review("x.json", TEXT, &fixed, Lang::Zh);
    assert!(
        r.problems
            .iter()
            .all(|p| !p.path.to_string().contains("title")),
        "{:?}",
        r.problems
    );
    assert!(r.retitles.is_empty());
}
