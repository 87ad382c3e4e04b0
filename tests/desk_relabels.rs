//! A title that still names a figure the desk relabelled or deleted (issue 18 §4): the
//! editor's session remembers the label a title may name, lists the title as a problem
//! in the editor's language until it no longer names it, is not done meanwhile, and
//! offers the title written from the figure as it is now. Xihu's curated file, and a
//! short text of our own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::JsonPath;
use report_charts::draft;
use report_charts::edit::desk::{self, session::Session};
use report_charts::shared::messages as msg;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

/// Xihu's file with the label of the figure labelled `old` set to `now`, and the title
/// of its chart `chart` set to `title` when given.
fn relabelled(old: &str, now: &str, title: Option<(&str, &str)>) -> String {
    let mut v: Value = serde_json::from_str(DATA).unwrap();
    for f in v["figures"].as_array_mut().unwrap() {
        if f["label"]["zh"] == json!(old) {
            f["label"]["zh"] = json!(now);
        }
    }
    if let Some((id, t)) = title {
        for c in v["charts"].as_array_mut().unwrap() {
            if c["id"] == json!(id) {
                c["title"]["zh"] = json!(t);
            }
        }
    }
    v.to_string()
}

/// The index of Xihu's chart `id`.
fn chart_at(id: &str) -> usize {
    let v: Value = serde_json::from_str(DATA).unwrap();
    let charts = v["charts"].as_array().unwrap();
    charts.iter().position(|c| c["id"] == json!(id)).unwrap()
}

#[test]
fn a_confirmed_title_naming_a_relabelled_figure_is_a_problem_until_rewritten() {
    const OLD: &str = "老旧小区改造惠及居民";
    const NOW: &str = "老旧小区改造受益居民";
    let at = JsonPath::item("charts", chart_at("housing-renewal"))
        .key("title")
        .key("zh");
    for lang in [Lang::Zh, Lang::En] {
        let mut s = Session::new("x.json", TEXT, desk::glossary().unwrap());
        let before = s.update(DATA, lang, lang).review;
        assert!(before.problems.iter().all(|p| p.path != at));
        // Typed one character at a time: one problem, naming the label before the first.
        let mut typed = s.update(&relabelled(OLD, "老旧小区改造", None), lang, lang);
        for label in ["老旧小区改造受", "老旧小区改造受益", NOW] {
            typed = s.update(&relabelled(OLD, label, None), lang, lang);
        }
        let r = typed.review;
        let found: Vec<&str> = (r.problems.iter())
            .filter(|p| p.path == at)
            .map(|p| p.message.as_str())
            .collect();
        // The check's own finding (the title names no label of its chart) stands for the
        // session's at the same title: it names the old words and the new label too.
        assert_eq!(found.len(), 1, "{lang:?}");
        assert!(
            found[0].contains(OLD) && found[0].contains(NOW),
            "{}",
            found[0]
        );
        assert!(!r.done);
        let fix = r.retitles.iter().find(|f| f.path == at).unwrap();
        assert!(fix.title.starts_with(NOW), "{}", fix.title);
        // Written as offered, the title names the figure as it is: no problem, and the
        // review is as it was before the relabel.
        let fixed = relabelled(OLD, NOW, Some(("housing-renewal", &fix.title)));
        let after = s.update(&fixed, lang, lang).review;
        assert!(
            after.problems.iter().all(|p| p.path != at),
            "{:?}",
            after.problems
        );
        assert_eq!(after.done, before.done);
    }
}

#[test]
fn a_relabel_the_title_still_fits_or_a_first_file_is_no_problem() {
    let at = JsonPath::item("charts", chart_at("housing-renewal"))
        .key("title")
        .key("zh");
    let mut s = Session::new("x.json", TEXT, desk::glossary().unwrap());
    // A first file has no label before it; a longer label still holds the title's.
    let first = s.update(
        &relabelled("老旧小区改造惠及居民", "x", None),
        Lang::Zh,
        Lang::Zh,
    );
    assert!(first
        .review
        .problems
        .iter()
        .all(|p| !p.message.contains("改名")));
    let mut s = Session::new("x.json", TEXT, desk::glossary().unwrap());
    s.update(DATA, Lang::Zh, Lang::Zh);
    let longer = relabelled("老旧小区改造惠及居民", "老旧小区改造惠及居民户数", None);
    let r = s.update(&longer, Lang::Zh, Lang::Zh).review;
    assert!(r.problems.iter().all(|p| p.path != at), "{:?}", r.problems);
}

#[test]
fn a_title_naming_a_deleted_figure_is_a_problem() {
    let text = "2025年东坪县国民经济和社会发展统计公报\n全年全县地区生产总值236.8亿元，比上年增长6.1%。年末常住人口41.2万人，比上年末增加0.3万人。\n";
    let d = draft::draft(text).unwrap();
    let mut v: Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    let ids: Vec<Value> = (v["figures"].as_array().unwrap().iter())
        .map(|f| f["id"].clone())
        .collect();
    let section = v["figures"][0]["section"].clone();
    v["charts"] = json!([{
        "id": "county", "kind": "cards", "section": section, "figures": ids,
        "title": {"zh": "地区生产总值和常住人口"}, "subtitle": {"zh": "单位见各项，2025年"}
    }]);
    let whole = v.to_string();
    // The population figure deleted, and taken off its chart: no number is left to check.
    v["figures"].as_array_mut().unwrap().remove(1);
    v["charts"][0]["figures"].as_array_mut().unwrap().remove(1);
    let mut s = Session::new("x.json", text, desk::glossary().unwrap());
    s.update(&whole, Lang::Zh, Lang::Zh);
    let r = s.update(&v.to_string(), Lang::Zh, Lang::Zh).review;
    let at = JsonPath::item("charts", 0).key("title").key("zh");
    let wording = msg::data::title_names_deleted_figure("常住人口");
    let found = r.problems.iter().find(|p| p.path == at);
    assert_eq!(
        found.map(|p| p.message.as_str()),
        Some(wording.said_in(Lang::Zh))
    );
    assert!(!r.done);
}
