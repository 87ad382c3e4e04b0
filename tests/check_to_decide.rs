#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `check` and the editor count the numbers a desk must decide as one list, by one
//! function, and word it alike (tester s-test25's F22: check said 2 个数字未能读出
//! …待编辑决定 while the editor said 5 个数字待决定 for the same draft). The skips of
//! reason `unread` are named as a part of that list, never as the list.

mod common;

use common::path;
use report_charts::draft;
use report_charts::edit::desk::review;
use report_charts::shared::model::Lang;
use std::process::Command;

const TEXT: &str = "一、2025年工作回顾
全县地区生产总值增长5.2%，景气指数达12。三大产业分别增长3.1%、6.2%。全县工业总产值突破2千亿元，成为全省首个工业总产值超过2千亿元的县。
";

#[test]
fn check_says_the_editors_count_of_numbers_to_decide_in_the_editors_words() {
    let dir = std::path::PathBuf::from(path("target/test-commands/to-decide"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let json = draft::to_json(&draft::draft(TEXT).unwrap()).unwrap();
    std::fs::write(dir.join("r.txt"), TEXT).unwrap();
    std::fs::write(dir.join("r.json"), &json).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(["check", &dir.join("r.json").to_string_lossy()])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let editor = review::review("r.json", TEXT, &json, Lang::Zh).to_decide;
    let editor_en = review::review("r.json", TEXT, &json, Lang::En).to_decide;
    assert!(!editor.is_empty(), "the draft leaves numbers to decide");
    let line = format!("{editor} / {editor_en}");
    assert!(out.contains(&line), "check does not say «{line}»:\n{out}");
    // Its count of `unread` skips is no second count of the same list.
    assert!(!out.contains("待编辑决定"), "{out}");
    assert_eq!(out.matches("待决定").count(), 2, "{out}");
}
