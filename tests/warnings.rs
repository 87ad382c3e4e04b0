#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `check` and the editor say the same things (issue 18 §4): what `report-charts check`
//! warns of is what the editor's 问题 list shows after the file's problems, word for word
//! in both languages, and each names a figure by its label and a chart by its title,
//! never by an id. `tests/warnings/every-warning.json` (beside its text, of our own) is a
//! file that validates with one of each warning.

mod common;

use common::path;
use report_charts::edit::desk::review::review;
use report_charts::shared::messages::commands::warning;
use report_charts::shared::model::Lang;
use std::process::Command;

const FILE: &str = "tests/warnings/every-warning.json";

/// `check`'s warnings of the file, each as it prints one after `warning: `.
fn check_says() -> Vec<String> {
    let file = path(FILE);
    let out = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(["check", &file])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    let prefix = format!("{file}: warning: ");
    (stdout.lines())
        .filter_map(|l| l.strip_prefix(&prefix))
        .map(str::to_string)
        .collect()
}

/// The editor's 问题 list of the file (in Chinese, and in English), each problem as
/// `check` prints a warning after `warning: `.
fn editor_says() -> Vec<String> {
    let json = std::fs::read_to_string(path(FILE)).unwrap();
    let text = std::fs::read_to_string(path("tests/warnings/every-warning.txt")).unwrap();
    let [zh, en] = [Lang::Zh, Lang::En].map(|lang| review(FILE, &text, &json, lang).problems);
    assert_eq!(zh.len(), en.len());
    (zh.iter().zip(&en))
        .map(|(z, e)| {
            assert_eq!(z.path, e.path);
            let line = warning(&z.path.to_string(), &z.message, &e.message);
            line["warning: ".len()..].to_string()
        })
        .collect()
}

#[test]
fn check_and_the_editor_list_the_same_warnings_in_the_same_words() {
    let (check, editor) = (check_says(), editor_says());
    assert!(!check.is_empty());
    assert_eq!(check, editor);
}

#[test]
fn each_kind_of_warning_is_listed_at_its_field_naming_figures_by_label() {
    // (what is wrong, where, words of the Chinese, words of the English)
    let table = [
        (
            "a label that is a verb alone",
            "figures[1].label.zh",
            "标签“安排”只是动词",
            "the label \"安排\" is a verb alone",
        ),
        (
            "a placeholder of the draft",
            "meta.author.zh",
            "占位文字「待填写」",
            "placeholder “待填写”",
        ),
        (
            "a subtitle without the unit its figures share",
            "charts[2].subtitle.zh",
            "单位「个」",
            "share (个)",
        ),
        (
            "too many charts of cards",
            "charts",
            "4 张图中有 2 张是数字卡片",
            "2 of 4 charts are cards",
        ),
        (
            "one figure on two charts",
            "charts[1].figures[0]",
            "数字“地区生产总值”已在图“全区经济”中出现",
            "figure \"GDP\" is already on chart \"The economy\"",
        ),
        (
            "a multiples chart with a lone panel",
            "charts[3]",
            "分组小图“城市修缮”有只含一个数字的组",
            "multiples chart \"Repairs\" has a panel of one figure",
        ),
        (
            "a decimal its sentence prints and the data drops",
            "figures[0].decimals",
            "原句印作 800.0",
            "the sentence prints 800.0",
        ),
        (
            "a small count on a card",
            "charts[0].figures[1]",
            "小数字“安排”没有比较",
            "small count \"New greenways\" has no comparison",
        ),
    ];
    let editor = editor_says();
    for (what, at, zh, en) in table {
        let found = editor.iter().any(|l| {
            l.strip_prefix(&format!("{at}: "))
                .is_some_and(|m| m.contains(zh) && m.contains(en))
        });
        assert!(found, "{what}: no {at}: {zh} / {en} in\n{editor:#?}");
    }
    // Names, never ids: no message quotes an id of the file's figures or charts.
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path(FILE)).unwrap()).unwrap();
    let ids = ["figures", "charts"]
        .into_iter()
        .flat_map(|list| json[list].as_array().unwrap().clone())
        .map(|item| item["id"].as_str().unwrap().to_string());
    for id in ids {
        for quoted in [format!("\"{id}\""), format!("“{id}”")] {
            assert!(
                editor.iter().all(|l| !l.contains(&quoted)),
                "{quoted} named in\n{editor:#?}"
            );
        }
    }
}

#[test]
fn a_figure_whose_label_another_has_is_named_with_its_id_in_brackets() {
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path(FILE)).unwrap()).unwrap();
    // 城北's parks (on no chart) relabelled as 城东's: two figures, one label. (城西's,
    // beside 城东's on the parks bars, would be a problem of that chart.)
    json["figures"][7]["label"]["zh"] = "城东新建公园".into();
    let text = std::fs::read_to_string(path("tests/warnings/every-warning.txt")).unwrap();
    let r = review(FILE, &text, &json.to_string(), Lang::Zh);
    let repeated: Vec<&str> = (r.problems.iter())
        .filter(|p| p.path == "charts[2].figures[0]")
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(repeated.len(), 1, "{:#?}", r.problems);
    assert!(
        repeated[0].starts_with("数字“城东新建公园”（east-parks）已在图“经济与公园”中出现"),
        "{}",
        repeated[0]
    );
}

#[test]
fn advice_on_a_chart_after_a_broken_one_is_at_that_charts_own_place() {
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path(FILE)).unwrap()).unwrap();
    // The first chart names a figure that does not exist: it is broken, and left out of
    // the charts the advice reads.
    json["charts"][0]["figures"][1] = "no-such-figure".into();
    let text = std::fs::read_to_string(path("tests/warnings/every-warning.txt")).unwrap();
    let r = review(FILE, &text, &json.to_string(), Lang::Zh);
    let lone: Vec<String> = (r.problems.iter())
        .filter(|p| p.message.starts_with("分组小图"))
        .map(|p| p.path.to_string())
        .collect();
    assert_eq!(lone, ["charts[3]"], "{:#?}", r.problems);
}
