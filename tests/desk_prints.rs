#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the desk sets is what the outputs print (tester s-test14, C5, C6, M5): a value's
//! qualifier on a figure that has no value is printed nowhere, and is reported; a change
//! has a qualifier of its own, which every output prints. A title that names its figure
//! by a tail of its label cut halfway through a word (以上工业增加值 over
//! 规模以上工业增加值) names it from a cut label: `check` reports it, and the editor after a relabel too, with the title
//! written from the figure offered. A subtitle's unit is the unit its figures print in,
//! in each language. Short texts of our own.

mod common;

use common::{confirmed_draft, reported_at};
use report_charts::check::validate::{self, JsonPath};
use report_charts::edit::desk::{review, session::Session};
use report_charts::shared::format;
use report_charts::shared::messages as msg;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

/// A county's bulletin: an amount with its growth, and a growth alone.
const BULLETIN: &str = "2025年东坪县国民经济和社会发展统计公报\n全年全县地区生产总值236.8亿元，比上年增长6.1%。全县规模以上工业增加值比上年增长7.4%。\n";
/// A county's plan: a growth target of about 5.5%.
const PLAN: &str =
    "2026年东坪县政府工作报告\n今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4000人以上。\n";

/// The index of the figure of `v` with id `id`.
fn at(v: &Value, id: &str) -> usize {
    let figures = v["figures"].as_array().unwrap();
    figures.iter().position(|f| f["id"] == json!(id)).unwrap()
}

#[test]
fn a_value_qualifier_without_a_value_is_reported_and_a_change_qualifier_is_printed() {
    let plan = confirmed_draft(PLAN);
    let k = at(&plan, "gdp");
    let path = JsonPath::item("figures", k).key("qualifier");
    // (the qualifier set on the value, on the change, what is reported, as printed)
    let cases = [
        (None, Some("左右"), false, "2026年目标增长5.5%左右"),
        (Some("左右"), None, true, "2026年目标增长5.5%"),
        (Some("左右"), Some("左右"), true, "2026年目标增长5.5%左右"),
        (None, None, false, "2026年目标增长5.5%"),
    ];
    for (on_value, on_change, flagged, printed) in cases {
        let mut v = plan.clone();
        let f = &mut v["figures"][k];
        f["change"].as_object_mut().unwrap().remove("qualifier");
        if let Some(q) = on_value {
            f["qualifier"] = json!(q);
        }
        if let Some(q) = on_change {
            f["change"]["qualifier"] = json!(q);
        }
        // A title that still says 左右 of a change that no longer does is a problem of its
        // own (tests/title_prints.rs): the desk took the title offered from the figure.
        if on_change.is_none() {
            for c in v["charts"].as_array_mut().unwrap() {
                let t = c["title"]["zh"]
                    .as_str()
                    .unwrap()
                    .replace("5.5%左右", "5.5%");
                c["title"]["zh"] = json!(t);
            }
        }
        for lang in [Lang::Zh, Lang::En] {
            let want: Vec<String> = (flagged.then(|| msg::trust::qualifier_without_value("左右")))
                .map(|m| m.said_in(lang).to_string())
                .into_iter()
                .collect();
            assert_eq!(
                reported_at(&v, &path, lang),
                want,
                "{on_value:?} {on_change:?}"
            );
            let r = review::review("x.json", PLAN, &v.to_string(), lang);
            assert_eq!(
                r.problems.iter().any(|p| p.path == path),
                flagged,
                "{:?}",
                r.problems
            );
            assert!(!flagged || !r.done);
        }
        // The page's table, tooltips, alt texts and live numbers print it as the text.
        if !flagged {
            let report = validate::load("x.json", &v.to_string()).unwrap();
            let gdp = report.figures.iter().find(|f| f.id == "gdp").unwrap();
            assert_eq!(format::printed(gdp, Lang::Zh).unwrap(), printed);
            let en = format::printed(gdp, Lang::En).unwrap();
            assert_eq!(en.contains("about"), on_change.is_some(), "{en}");
        }
    }
}

/// The bulletin with one cards chart of the industry figure, titled `title`.
fn titled(title: &str) -> Value {
    let mut v = confirmed_draft(BULLETIN);
    let section = v["figures"][0]["section"].clone();
    v["charts"] = json!([{
        "id": "industry", "kind": "cards", "section": section,
        "figures": ["industrial-value-added"],
        "title": {"zh": title}, "subtitle": {"zh": "单位见各项，2025年"}
    }]);
    v
}

#[test]
fn a_title_that_names_its_figure_by_a_tail_of_its_label_is_reported() {
    let label = "规模以上工业增加值";
    let part = |p: &'static str| Some(msg::trust::title_names_part_of_label(p, label));
    let named = |n: &'static str| Some(msg::trust::title_names_no_label(n, label));
    let cases = [
        ("以上工业增加值增长7.4%", part("以上工业增加值")),
        // A short name of whole words is the desk's own (办事窗口 for 区市民中心办事窗口).
        ("工业增加值增长7.4%", None),
        ("2025年以上工业增加值增长7.4%", part("以上工业增加值")),
        ("规模以上工业增加值增长7.4%", None),
        ("全县规模以上工业增加值增长7.4%", None),
        // Words that hold no label of the chart name what no figure is (tester s-test15 C5).
        ("全县工业生产增长7.4%", named("全县工业生产")),
        ("工业增加值稳步增长", None),
    ];
    let path = JsonPath::item("charts", 0).key("title").key("zh");
    for (title, want) in cases {
        for lang in [Lang::Zh, Lang::En] {
            let want: Vec<String> = (want.as_ref().map(|m| m.said_in(lang).to_string()))
                .into_iter()
                .collect();
            assert_eq!(reported_at(&titled(title), &path, lang), want, "{title}");
        }
    }
}

#[test]
fn a_title_that_names_a_label_no_figure_of_its_chart_has_is_reported_whoever_wrote_it() {
    // Tester s-test15 C5: 市县两级财政投入27.9亿元 over a figure relabelled 社会资本投入
    // passed `check`; the file alone says the title names what no figure is.
    let title = "规模以上工业增加值增长7.4%";
    let path = JsonPath::item("charts", 0).key("title").key("zh");
    let cases = [
        ("制造业增加值", true),
        ("工业投资", true),
        // The title's words are the label, or its end in whole words, or its start.
        ("规模以上工业增加值", false),
        ("全县规模以上工业增加值", false),
        ("规模以上工业增加值增速", false),
    ];
    for (label, stale) in cases {
        let mut v = titled(title);
        let k = at(&v, "industrial-value-added");
        v["figures"][k]["label"]["zh"] = json!(label);
        let message = msg::trust::title_names_no_label("规模以上工业增加值", label);
        let want: Vec<String> = (stale.then(|| message.said_in(Lang::En).to_string()))
            .into_iter()
            .collect();
        assert_eq!(reported_at(&v, &path, Lang::En), want, "{label}");
    }
}

#[test]
fn a_relabel_that_leaves_a_confirmed_title_naming_a_tail_is_a_problem_with_the_title_offered() {
    // The label a pasted line had cut, put right by the desk after 全部确认.
    let mut cut = titled("以上工业增加值增长7.4%");
    let k = at(&cut, "industrial-value-added");
    cut["figures"][k]["label"]["zh"] = json!("以上工业增加值");
    let path = JsonPath::item("charts", 0).key("title").key("zh");
    for lang in [Lang::Zh, Lang::En] {
        let mut s = Session::new("x.json", BULLETIN);
        let before = s.update(&cut.to_string(), lang, lang).review;
        assert!(before.problems.iter().all(|p| p.path != path));
        let mut relabelled = cut.clone();
        relabelled["figures"][k]["label"]["zh"] = json!("规模以上工业增加值");
        let r = s.update(&relabelled.to_string(), lang, lang).review;
        assert!(
            r.problems.iter().any(|p| p.path == path),
            "{:?}",
            r.problems
        );
        assert!(!r.done);
        let fix = r.retitles.iter().find(|f| f.path == path).unwrap();
        assert_eq!(fix.title, "规模以上工业增加值增长7.4%");
        // Written as offered, the title is no problem any more.
        relabelled["charts"][0]["title"]["zh"] = json!(fix.title);
        let after = s.update(&relabelled.to_string(), lang, lang).review;
        assert!(
            after.problems.iter().all(|p| p.path != path),
            "{:?}",
            after.problems
        );
    }
}

/// The bulletin with one cards chart of the amount (236.8亿元), subtitled `subtitle` in
/// `side`.
fn subtitled(side: &str, subtitle: &str) -> Value {
    let mut v = confirmed_draft(BULLETIN);
    let section = v["figures"][0]["section"].clone();
    let mut chart = json!({
        "id": "gdp", "kind": "cards", "section": section, "figures": ["gdp"],
        "title": {"zh": "地区生产总值236.8亿元"},
        "subtitle": {"zh": "单位：亿元，2025年", "en": "Yuan, 2025"}
    });
    chart["subtitle"][side] = json!(subtitle);
    v["charts"] = json!([chart]);
    v
}

#[test]
fn a_subtitle_names_the_unit_its_figures_print_in_in_each_language() {
    let wrong = msg::trust::subtitle_unit_not_printed;
    let cases = [
        (
            "en",
            "100 million yuan, 2025",
            Some(wrong("100 million yuan", "23.68 billion yuan")),
        ),
        ("en", "Yuan, 2025", None),
        ("en", "GDP, yuan, 2025", None),
        ("zh", "单位：万元，2025年", Some(wrong("万元", "236.8亿元"))),
        ("zh", "单位：元，2025年", Some(wrong("元", "236.8亿元"))),
        ("zh", "单位：亿元，2025年", None),
        (
            "zh",
            "单位：万亿元，2025年",
            Some(wrong("万亿元", "236.8亿元")),
        ),
    ];
    for (side, subtitle, want) in cases {
        let path = JsonPath::item("charts", 0).key("subtitle").key(side);
        let want: Vec<String> = (want.as_ref().map(|m| m.said_in(Lang::En).to_string()))
            .into_iter()
            .collect();
        let got = reported_at(&subtitled(side, subtitle), &path, Lang::En);
        assert_eq!(got, want, "{side}: {subtitle}");
    }
}

#[test]
fn a_note_may_still_name_the_ten_power_of_a_unit() {
    let mut v = subtitled("en", "Yuan, 2025");
    v["charts"][0]["note"] =
        json!({"zh": "单位按原文", "en": "The text counts in 100 million yuan"});
    let path = JsonPath::item("charts", 0).key("note").key("en");
    assert_eq!(reported_at(&v, &path, Lang::En), Vec::<String>::new());
}

#[test]
fn a_subtitle_in_its_figures_own_larger_unit_is_no_problem() {
    // 单位：千亿元 holds 亿元 as its end, which names no other unit.
    let mut v = subtitled("zh", "单位：千亿元，2025年");
    let k = at(&v, "gdp");
    v["figures"][k]["unit"]["zh"] = json!("千亿元");
    v["figures"][k]["value"] = json!(0.2);
    v["charts"][0]["title"]["zh"] = json!("地区生产总值");
    let path = JsonPath::item("charts", 0).key("subtitle").key("zh");
    assert_eq!(reported_at(&v, &path, Lang::Zh), Vec::<String>::new());
}
