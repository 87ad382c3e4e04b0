//! A title that still names a figure the desk relabelled or deleted (issue 18 §4, testers
//! s-test15 C5 and s-test16 C4): the chart's `title_for` remembers the label its title
//! was written for, so that the native `check` and an editor opened on the file (a
//! reload) list the same problem, in the editor's language, until the title no longer
//! names it; the editor offers the title written from the figure as it is now. Xihu's
//! curated file, and a short text of our own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::{self, JsonPath};
use report_charts::draft;
use report_charts::edit::desk::session::Session;
use report_charts::shared::messages as msg;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

/// Xihu's file with the figure labelled `old` labelled `now`; its charts remember `old`
/// in `title_for` when `remembered`; chart `title`'s title set when given.
fn relabelled(old: &str, now: &str, remembered: bool, title: Option<(&str, &str)>) -> String {
    let mut v: Value = serde_json::from_str(DATA).unwrap();
    let mut id = Value::Null;
    for f in v["figures"].as_array_mut().unwrap() {
        if f["label"]["zh"] == json!(old) {
            f["label"]["zh"] = json!(now);
            id = f["id"].clone();
        }
    }
    for c in v["charts"].as_array_mut().unwrap() {
        let draws = c["figures"].as_array().unwrap().contains(&id);
        if remembered && draws {
            c["title_for"] = json!({ id.as_str().unwrap(): {"zh": old} });
        }
        if let Some((_, t)) = title.filter(|(chart, _)| c["id"] == json!(chart)) {
            c["title"]["zh"] = json!(t);
        }
    }
    v.to_string()
}

/// The path of the Chinese title of Xihu's chart `id`.
fn title_of(id: &str) -> JsonPath {
    let v: Value = serde_json::from_str(DATA).unwrap();
    let charts = v["charts"].as_array().unwrap();
    let i = charts.iter().position(|c| c["id"] == json!(id)).unwrap();
    JsonPath::item("charts", i).key("title").key("zh")
}

/// What the native check says at `at` of `json`, in `lang`.
fn checked(json: &str, at: &JsonPath, lang: Lang) -> Vec<String> {
    let problems = validate::load("x.json", json).err().map(|e| e.problems);
    (problems.unwrap_or_default().iter())
        .filter(|p| &p.path == at)
        .map(|p| p.message.said_in(lang).to_string())
        .collect()
}

/// What an editor opened on `json` (a reload: a session with no past) lists at `at`.
fn reloaded(json: &str, at: &JsonPath, lang: Lang) -> (Vec<String>, bool) {
    let mut s = Session::new("x.json", TEXT);
    let r = s.update(json, lang, lang).review;
    let found = (r.problems.iter())
        .filter(|p| &p.path == at)
        .map(|p| p.message.clone())
        .collect();
    (found, r.done)
}

#[test]
fn a_title_naming_the_label_it_was_written_for_is_a_problem_of_the_file_itself() {
    // (chart, label before, label now, remembered, what the check says at its title)
    let old = msg::titles::title_names_old_label;
    let cases = [
        // The new label inside the old (锚定地区生产总值 → 地区生产总值, tester C4).
        (
            "housing-renewal",
            "老旧小区改造惠及居民",
            "惠及居民",
            true,
            Some(old("老旧小区改造惠及居民", "惠及居民")),
        ),
        // The old label inside the new, at its end: a wider indicator (s-test15 C5).
        (
            "headline",
            "地区生产总值",
            "全区地区生产总值",
            true,
            Some(old("地区生产总值", "全区地区生产总值")),
        ),
        // The new label begins with the old: the same thing, counted.
        (
            "housing-renewal",
            "老旧小区改造惠及居民",
            "老旧小区改造惠及居民户数",
            true,
            None,
        ),
        // Nothing remembered: one file cannot say what a label was.
        ("headline", "地区生产总值", "全区地区生产总值", false, None),
    ];
    for (chart, before, now, remembered, said) in cases {
        let json = relabelled(before, now, remembered, None);
        let at = title_of(chart);
        for lang in [Lang::Zh, Lang::En] {
            let want: Vec<String> = said.iter().map(|m| m.said_in(lang).to_string()).collect();
            assert_eq!(checked(&json, &at, lang), want, "{before} → {now}");
            // The editor, reloaded, lists what the check says (with the title's line).
            let (found, done) = reloaded(&json, &at, lang);
            assert_eq!(found.len(), want.len(), "{before} → {now}: {found:?}");
            for (f, w) in found.iter().zip(&want) {
                assert!(f.starts_with(w.as_str()), "{f}");
            }
            if !want.is_empty() {
                assert!(!done);
            }
        }
    }
}

#[test]
fn a_title_rewritten_from_the_figure_as_offered_is_no_problem_any_more() {
    const OLD: &str = "老旧小区改造惠及居民";
    const NOW: &str = "老旧小区改造受益居民";
    let at = title_of("housing-renewal");
    for lang in [Lang::Zh, Lang::En] {
        let mut s = Session::new("x.json", TEXT);
        let r = s
            .update(&relabelled(OLD, NOW, true, None), lang, lang)
            .review;
        let found: Vec<&str> = (r.problems.iter())
            .filter(|p| p.path == at)
            .map(|p| p.message.as_str())
            .collect();
        // One problem a title, naming the old words and the new label.
        assert_eq!(found.len(), 1, "{lang:?}");
        assert!(
            found[0].contains(OLD) && found[0].contains(NOW),
            "{}",
            found[0]
        );
        let fix = r.retitles.iter().find(|f| f.path == at).unwrap();
        assert!(fix.title.starts_with(NOW), "{}", fix.title);
        let fixed = relabelled(OLD, NOW, true, Some(("housing-renewal", &fix.title)));
        let after = s.update(&fixed, lang, lang).review;
        assert!(
            after.problems.iter().all(|p| p.path != at),
            "{:?}",
            after.problems
        );
        assert!(checked(&fixed, &at, lang).is_empty());
    }
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
    // The population figure deleted, and taken off its chart, as the editor does: the
    // chart remembers its label.
    let gone = v["figures"].as_array_mut().unwrap().remove(1);
    v["charts"][0]["figures"].as_array_mut().unwrap().remove(1);
    let id = gone["id"].as_str().unwrap().to_string();
    v["charts"][0]["title_for"] = json!({ id: {"zh": "常住人口"} });
    let json = v.to_string();
    let at = JsonPath::item("charts", 0).key("title").key("zh");
    let wording = msg::titles::title_names_deleted_figure("常住人口");
    assert_eq!(
        checked(&json, &at, Lang::Zh),
        [wording.said_in(Lang::Zh).to_string()]
    );
    let mut s = Session::new("x.json", text);
    let r = s.update(&json, Lang::Zh, Lang::Zh).review;
    let found = r.problems.iter().find(|p| p.path == at).unwrap();
    assert!(found.message.starts_with(wording.said_in(Lang::Zh)));
    assert!(!r.done);
}

/// A case of `retitle::follow`: the title, the old label, the new, the chart's other labels, the
/// figure's unit, the language, and the title after the relabel (none: left as it is).
type Follow<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a str,
    Lang,
    Option<&'a str>,
);

#[test]
fn a_drafted_title_follows_a_relabel_only_where_the_old_label_stands_as_the_figures_label() {
    use report_charts::edit::desk::retitle::follow;
    // (title, old label, new label, other labels of the chart, unit, lang) → the title
    // after the relabel, or none: left as it is, and flagged through `title_for`.
    let cases: [Follow; 8] = [
        // Tester s-test20 E2: 增长 is the label and the verb of the change; which is which
        // cannot be told, and 地区生产总值6.3% would say GDP is 6.3%.
        (
            "目标：增长386.2亿元，增长6.3%",
            "增长",
            "地区生产总值",
            &[],
            "亿元",
            Lang::Zh,
            None,
        ),
        // Once, but the verb of the change before its number.
        ("增长6.3%", "增长", "地区生产总值", &[], "%", Lang::Zh, None),
        // Once, as the label: followed.
        (
            "地区生产总值386.2亿元，增长6.3%",
            "地区生产总值",
            "全县地区生产总值",
            &[],
            "亿元",
            Lang::Zh,
            Some("全县地区生产总值386.2亿元，增长6.3%"),
        ),
        (
            "投资增长8.5%",
            "投资",
            "固定资产投资",
            &[],
            "亿元",
            Lang::Zh,
            Some("固定资产投资增长8.5%"),
        ),
        // Only inside another figure's label: not this figure's.
        (
            "工业投资增长12.4%",
            "投资",
            "固定资产投资",
            &["工业投资"],
            "亿元",
            Lang::Zh,
            None,
        ),
        // A word of the unit as the title prints it.
        ("收入21.4亿元", "亿元", "金额", &[], "亿元", Lang::Zh, None),
        // Twice: which one names the figure cannot be told.
        (
            "收入与收入增速",
            "收入",
            "一般公共预算收入",
            &[],
            "亿元",
            Lang::Zh,
            None,
        ),
        (
            "Industrial output rose 6.1%",
            "Industrial output",
            "Industrial value added",
            &[],
            "100 million yuan",
            Lang::En,
            Some("Industrial value added rose 6.1%"),
        ),
    ];
    for (title, old, now, others, unit, lang, want) in cases {
        assert_eq!(
            follow(title, (old, now), others, unit, lang).as_deref(),
            want,
            "{title}: {old} → {now}"
        );
    }
}
