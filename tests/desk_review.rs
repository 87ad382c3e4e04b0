//! The editor's review of a file (src/edit/desk/review.rs), natively: each problem at
//! the field it names, in the desk's language, the file's problems before the text's,
//! what is left to confirm, and when a file is done or may be published. Apart from
//! desk.rs (marks, proposals, the draft), which asks what the text holds, not whether
//! the file is right.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::{self, JsonPath};
use report_charts::edit::desk;
use report_charts::edit::desk::review::{About, Review};
use report_charts::shared::model::Lang;

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

fn review(json: &str, lang: Lang) -> Review {
    desk::review::review("x.json", TEXT, json, lang)
}

#[test]
fn the_curated_report_is_done_with_nothing_to_fix_or_confirm() {
    let r = review(DATA, Lang::Zh);
    assert_eq!(r.problems, vec![]);
    assert_eq!(r.to_confirm, "");
    assert!(r.done);
}

#[test]
fn a_value_the_sentence_does_not_print_is_a_problem_at_its_field_in_the_desks_language() {
    let changed = DATA.replacen("\"value\": 800,", "\"value\": 801,", 1);
    assert_ne!(changed, DATA);
    let k = serde_json::from_str::<serde_json::Value>(&changed).unwrap()["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["value"] == 801)
        .unwrap();
    for (lang, words) in [
        (Lang::Zh, "与原文不符"),
        (Lang::En, "the text prints otherwise"),
    ] {
        let r = review(&changed, lang);
        assert!(!r.done);
        let flagged: Vec<_> = r
            .problems
            .iter()
            .filter(|p| p.about == About::Text)
            .collect();
        assert_eq!(flagged.len(), 1, "{:?}", r.problems);
        let p = flagged[0];
        assert_eq!(p.path, format!("figures[{k}].value"));
        assert!(
            p.message.contains("801") && p.message.contains(words),
            "{p:?}"
        );
    }
}

/// The value of `doc` at `steps` (a problem's path as the page is sent it), if any.
fn at_steps<'a>(
    doc: &'a serde_json::Value,
    steps: &[serde_json::Value],
) -> Option<&'a serde_json::Value> {
    steps.iter().try_fold(doc, |v, s| match s {
        serde_json::Value::String(k) => v.get(k.as_str()),
        serde_json::Value::Number(n) => v.get(usize::try_from(n.as_u64()?).ok()?),
        _ => None,
    })
}

#[test]
fn a_problems_steps_reach_the_field_it_names_in_the_file() {
    // The page is sent each problem's path as steps, keys and indices, and follows them
    // to the field: nothing prints a path for the page to parse back.
    let cases = [
        ("a value", "\"value\": 800,", "\"value\": 801,"),
        ("a sentence", "\"source\": \"", "\"source\": \"改过的"),
        (
            "a placeholder",
            "\"zh\": \"来源：",
            "\"zh\": \"待填写来源：",
        ),
    ];
    for (what, from, to) in cases {
        let changed = DATA.replacen(from, to, 1);
        assert_ne!(changed, DATA, "{what}");
        let doc: serde_json::Value = serde_json::from_str(&changed).unwrap();
        let r = review(&changed, Lang::En);
        assert!(!r.problems.is_empty(), "{what}");
        for p in &r.problems {
            let sent = serde_json::to_value(p).unwrap();
            let steps = sent["path"].as_array().unwrap();
            let field = at_steps(&doc, steps).unwrap_or_else(|| panic!("{what}: {sent}"));
            // A field the desk types into: a text or a number, never an item or a list.
            assert!(field.is_string() || field.is_number(), "{what}: {sent}");
            assert_eq!(steps.len(), p.path.steps().len(), "{what}: {sent}");
        }
    }
    // The value typed is the value the steps reach.
    let changed = DATA.replacen("\"value\": 800,", "\"value\": 801,", 1);
    let doc: serde_json::Value = serde_json::from_str(&changed).unwrap();
    let r = review(&changed, Lang::Zh);
    let flag = r.problems.iter().find(|p| p.about == About::Text).unwrap();
    let steps = serde_json::to_value(&flag.path).unwrap();
    assert_eq!(at_steps(&doc, steps.as_array().unwrap()), Some(&801.into()));
}

#[test]
fn a_title_whose_number_is_no_figure_of_its_chart_keeps_the_file_from_being_done() {
    // The headline chart's title says 800亿元; its GDP figure now says 801.
    let changed = DATA.replacen("\"value\": 800,", "\"value\": 801,", 1);
    let r = review(&changed, Lang::Zh);
    let titles: Vec<_> = r
        .problems
        .iter()
        .filter(|p| p.path.to_string().ends_with(".title.zh"))
        .collect();
    assert_eq!(titles.len(), 1, "{:?}", r.problems);
    assert_eq!(titles[0].about, About::File);
    assert!(
        titles[0].message.contains("标题中的 800"),
        "{:?}",
        titles[0]
    );
    assert!(!r.done);
}

#[test]
fn a_sentence_that_is_not_in_the_text_is_a_problem_at_the_figures_source() {
    let changed = DATA.replacen("\"source\": \"", "\"source\": \"改过的", 1);
    let r = review(&changed, Lang::Zh);
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert!(r.problems[0].path.to_string().ends_with("].source"));
    assert_eq!(r.problems[0].message, "原句不在报告原文中");
}

#[test]
fn the_files_problems_come_first_and_a_file_that_is_not_json_has_only_its_one() {
    let broken = DATA
        .replacen("\"kind\": \"cards\"", "\"kind\": \"card\"", 1)
        .replacen("\"value\": 800,", "\"value\": 801,", 1);
    let r = review(&broken, Lang::En);
    let about: Vec<About> = r.problems.iter().map(|p| p.about).collect();
    assert_eq!(about.last(), Some(&About::Text), "{:?}", r.problems);
    assert!(about[..about.len() - 1].iter().all(|a| *a == About::File));
    let r = review("{", Lang::Zh);
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].about, About::File);
    assert!(!r.done);
}

#[test]
fn a_broken_rule_of_the_file_is_worded_in_the_desks_language() {
    let broken = DATA.replacen("\"kind\": \"cards\"", "\"kind\": \"card\"", 1);
    let zh = review(&broken, Lang::Zh);
    let en = review(&broken, Lang::En);
    assert_eq!(zh.problems.len(), 1);
    assert_eq!(zh.problems[0].path, en.problems[0].path);
    assert!(
        zh.problems[0].message.contains("不是可选的词"),
        "{:?}",
        zh.problems
    );
    assert!(
        en.problems[0].message.contains("is not one of"),
        "{:?}",
        en.problems
    );
    // check's own words are the English; check names the line, the editor the field.
    let checked = validate::load("x.json", &broken).err().unwrap();
    assert_eq!(
        checked.problems[0].message.said_in(Lang::En),
        en.problems[0].message
    );
    assert!(checked.problems[0].said_in(Lang::En).contains("(line "));
}

#[test]
fn a_draft_is_not_done_until_the_desk_confirms_every_figure_and_chart() {
    let text = include_str!("reports/songlin-county-2025-plan.txt");
    let json = desk::draft_json(text).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (f, c) = (
        doc["figures"].as_array().unwrap().len(),
        doc["charts"].as_array().unwrap().len(),
    );
    let r = desk::review::review("songlin.json", text, &json, Lang::Zh);
    // The only problems: the placeholders the draft wrote where the text says nothing.
    let paths: Vec<String> = r.problems.iter().map(|p| p.path.to_string()).collect();
    assert_eq!(
        paths,
        [
            "meta.publication.zh",
            "meta.author.zh",
            "meta.source_line.zh"
        ]
    );
    assert_eq!(r.figures_to_confirm, (0..f).collect::<Vec<_>>());
    assert_eq!(r.charts_to_confirm, (0..c).collect::<Vec<_>>());
    assert_eq!(r.to_confirm, format!("{f} 个数字、{c} 个图表待确认"));
    assert!(!r.done);
    // One figure confirmed: one fewer.
    let mut one = doc.clone();
    one["figures"][0].as_object_mut().unwrap().remove("draft");
    let r = desk::review::review("songlin.json", text, &one.to_string(), Lang::En);
    assert_eq!(
        r.to_confirm,
        format!("{} figures and {c} charts to confirm", f - 1)
    );
    // All confirmed, the placeholders written: done, and nothing to say.
    let mut all = doc.clone();
    for key in ["publication", "author"] {
        all["meta"][key] = serde_json::json!({ "zh": "青石日报" });
    }
    all["meta"]["source_line"] = serde_json::json!({ "zh": "来源：青石日报" });
    for list in ["figures", "charts"] {
        for x in all[list].as_array_mut().unwrap() {
            x.as_object_mut().unwrap().remove("draft");
        }
    }
    let r = desk::review::review("songlin.json", text, &all.to_string(), Lang::Zh);
    assert_eq!(r.to_confirm, "");
    assert!(r.done);
}

#[test]
fn the_editors_problems_are_at_their_fields_and_name_no_line_of_a_json_file_that_check_names() {
    // The editor sends its file compact: a value of the wrong type, then a chart naming a
    // figure that is not there. A desk who pasted a text never saw a JSON file: the
    // editor's problem is at its field (the form it opens), while `check` on the saved
    // file names the line (tester s-test20). The parser's own detail of a value of the
    // wrong type keeps its place, which is the parser's words.
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    v["figures"][1]["value"] = serde_json::json!("236.8亿");
    v["charts"][7]["figures"][1] = serde_json::json!("no-such-figure");
    let compact = serde_json::to_string(&v).unwrap();
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    let line = |needle: &str| pretty.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let missing = JsonPath::item("charts", 7).key("figures").at(1);
    let checked = validate::load("x.json", &pretty).unwrap_err().problems;
    let at_line = checked.iter().find(|p| p.path == missing).unwrap();
    for (lang, first, line_word) in [
        (Lang::Zh, format!("（第 {} 行第", line("236.8亿")), "行"),
        (
            Lang::En,
            format!("at line {} column", line("236.8亿")),
            "line",
        ),
    ] {
        let r = review(&compact, lang);
        let of_file: Vec<(&JsonPath, &str)> = (r.problems.iter())
            .filter(|p| p.about == About::File)
            .map(|p| (&p.path, p.message.as_str()))
            .collect();
        assert_eq!(of_file.len(), 2, "{of_file:?}");
        assert!(of_file[0].1.contains(&first), "{of_file:?}");
        assert_eq!(of_file[1].0, &missing, "{of_file:?}");
        assert!(of_file[1].1.contains("no-such-figure"), "{of_file:?}");
        assert!(!of_file[1].1.contains(line_word), "{of_file:?}");
        let said = at_line.said_in(lang);
        assert!(said.contains(&line("no-such-figure").to_string()), "{said}");
        assert!(said.contains(line_word), "{said}");
    }
}

#[test]
fn only_what_check_refuses_a_wrong_number_or_the_draft_left_to_write_refuses_publishing_and_other_warnings_never_do(
) {
    // A label that is a verb alone is a warning of `check` (rc 0): listed, and no error;
    // a chart naming a figure that is not there is an error (tester s-test20 E4).
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    v["figures"][1]["label"]["zh"] = serde_json::json!("筹措");
    let warned = review(&v.to_string(), Lang::Zh);
    assert!(!warned.problems.is_empty());
    assert!(
        warned.problems.iter().all(|p| p.warning),
        "{:?}",
        warned.problems
    );
    assert_eq!(warned.blocking, 0);
    assert!(!warned.done);
    assert!(validate::load("x.json", &v.to_string()).is_ok());
    // A value its sentence does not print is an error of `check`, and refuses 发布
    // (tester s-test24 F7).
    let mut wrong: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let was = wrong["figures"][1]["value"].as_f64().unwrap();
    wrong["figures"][1]["value"] = serde_json::json!(was + 1000.5);
    assert!(validate::load("x.json", &wrong.to_string()).is_err());
    let r = review(&wrong.to_string(), Lang::Zh);
    let at = JsonPath::item("figures", 1).key("value");
    assert!(r.problems.iter().any(|p| p.path == at && !p.warning));
    assert!(r.blocking >= 1 && !r.refusal.is_empty(), "{:?}", r.problems);
    v["charts"][7]["figures"][1] = serde_json::json!("no-such-figure");
    let refused = review(&v.to_string(), Lang::Zh);
    assert_eq!(refused.blocking, 1, "{:?}", refused.problems);
    assert_eq!(refused.problems.iter().filter(|p| !p.warning).count(), 1);
    assert!(validate::load("x.json", &v.to_string()).is_err());
    // A draft's placeholders (待填写) are warnings of `check`, yet left for the desk to
    // write as its unconfirmed figures are: they refuse 发布 until written.
    let text = include_str!("reports/songlin-county-2025-plan.txt");
    let drafted = desk::draft_json(text).unwrap();
    assert!(validate::load("x.json", &drafted).is_ok());
    let r = desk::review::review("x.json", text, &drafted, Lang::Zh);
    assert!(r.problems.iter().all(|p| p.warning), "{:?}", r.problems);
    assert!(r.blocking > 0, "{:?}", r.problems);
}
