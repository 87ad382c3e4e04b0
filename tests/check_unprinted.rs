#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A figure's value or change that its sentence does not print is refused by `check`, and
//! so left out of a `site`, as the editor refuses 发布 for it (tester s-test24 F7): the
//! file, the JSON path and both numbers, from the one reading the editor uses.

mod common;

use common::path;
use report_charts::check::validate;
use report_charts::edit::desk::review::{review, About};
use report_charts::shared::model::Lang;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Xihu's data with `from` replaced by `to` once, in a fresh folder `name` of this test's,
/// beside its text: the file's path.
fn xihu_with(name: &str, from: &str, to: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let json = std::fs::read_to_string(path("data/xihu-2024.json")).unwrap();
    let changed = json.replacen(from, to, 1);
    assert_ne!(changed, json, "the test changes one number");
    let file = dir.join("xihu-2024.json");
    std::fs::write(&file, changed).unwrap();
    let text = std::fs::read_to_string(path("data/xihu-2024.txt")).unwrap();
    std::fs::write(dir.join("xihu-2024.txt"), text).unwrap();
    file
}

/// 数字经济营业收入126亿元，增长6.5%: its value typed as 1126.
const VALUE: (&str, &str) = ("\"value\": 126,", "\"value\": 1126,");

fn check(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .arg("check")
        .arg(file)
        .output()
        .unwrap()
}

#[test]
fn check_refuses_a_value_its_sentence_does_not_print_naming_file_path_and_both_numbers() {
    let file = xihu_with("unprinted-value", VALUE.0, VALUE.1);
    let out = check(&file);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    let line = said
        .lines()
        .find(|l| l.contains("figures[5].value"))
        .unwrap_or_else(|| panic!("the field's path: {said}"));
    assert!(line.contains("1126") && line.contains("126亿元"), "{line}");
    assert!(said.contains(&file.display().to_string()), "{said}");
}

#[test]
fn check_refuses_a_change_its_sentence_does_not_print() {
    let json = std::fs::read_to_string(path("data/xihu-2024.json")).unwrap();
    // The same figure's growth 6.5%, typed 5.6.
    let at = json.find(VALUE.0).unwrap();
    let rest = &json[at..];
    let change = rest.find("\"value\": 6.5").unwrap();
    let changed = format!(
        "{}\"value\": 5.6{}",
        &json[..at + change],
        &rest[change + 12..]
    );
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("unprinted-change");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("xihu-2024.json");
    std::fs::write(&file, changed).unwrap();
    let out = check(&file);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains("figures[5].change.value") && said.contains("5.6"),
        "{said}"
    );
}

#[test]
fn the_refusal_is_worded_in_both_languages() {
    let file = xihu_with("unprinted-words", VALUE.0, VALUE.1);
    let json = std::fs::read_to_string(&file).unwrap();
    let e = validate::load("xihu-2024.json", &json).unwrap_err();
    let zh = e.problems_in(Lang::Zh);
    let en = e.problems_in(Lang::En);
    assert!(
        zh.contains("数值 1126 不是原句印出的数字") && zh.contains("原句印作 126亿元"),
        "{zh}"
    );
    assert!(
        en.contains("the value 1126 is not a number its sentence prints"),
        "{en}"
    );
}

#[test]
fn check_refuses_exactly_the_numbers_the_editor_refuses_to_publish() {
    let file = xihu_with("unprinted-same", VALUE.0, VALUE.1);
    // A second one: the first figure's growth 4.3% typed 3.4.
    let json = std::fs::read_to_string(&file).unwrap();
    let json = json.replacen("\"value\": 4.3,", "\"value\": 3.4,", 1);
    let text = std::fs::read_to_string(path("data/xihu-2024.txt")).unwrap();
    let checked: Vec<String> = validate::load("x.json", &json)
        .unwrap_err()
        .problems
        .iter()
        .filter(|p| p.message.zh.contains("不是原句印出的数字"))
        .map(|p| p.path.to_string())
        .collect();
    let r = review("x.json", &text, &json, Lang::Zh);
    let refused: Vec<String> = (r.problems.iter())
        .filter(|p| p.about == About::Text && !p.warning)
        .map(|p| p.path.to_string())
        .collect();
    assert_eq!(checked.len(), 2, "{checked:?}");
    assert_eq!(checked, refused);
    // 发布's refusal names the first and counts the other.
    assert!(
        r.refusal.contains("3.4") && r.refusal.contains("另有 1 处"),
        "{}",
        r.refusal
    );
    // Listed once, at its field, not again as a problem of the file.
    let at_value = (r.problems.iter())
        .filter(|p| p.path == "figures[5].value")
        .count();
    assert_eq!(at_value, 1);
}

#[test]
fn site_leaves_out_a_report_whose_figure_says_a_number_its_sentence_does_not() {
    let file = xihu_with("unprinted-site/reports", VALUE.0, VALUE.1);
    let reports = file.parent().unwrap();
    let dist = reports.parent().unwrap().join("dist");
    let out = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .current_dir(path(""))
        .args(["site", "--no-images", "--no-assets"])
        .arg(reports)
        .arg(&dist)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("xihu-2024.json") && err.contains("figures[5].value") && err.contains("1126"),
        "{err}"
    );
    assert!(
        !dist.join("xihu-2024").exists(),
        "no page of the refused report"
    );
}
