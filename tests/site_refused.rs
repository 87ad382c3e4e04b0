#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! One refused report does not stop a site of many (issue 20): the command builds every
//! other report, the index and the register, leaves the refused one out whole, says so on
//! the index in a reader's words, names the file, the JSON path and what is wrong, and
//! exits non-zero so that CI notices.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A county work report of our own, text only: the draft reads it.
const QINGHE: &str = "2025年青禾县政府工作报告\n\n\
一、2024年工作回顾\n\n\
过去一年，全县地区生产总值完成182.6亿元，增长5.8%。一般公共预算收入12.4亿元，增长6.1%。\n\n\
二、2025年主要目标\n\n\
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n";

/// A fresh folder of this test's with 青禾县 (text only, good) and Xihu's data with one
/// bad field: the first figure's kind is a word the data contract does not know.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    std::fs::write(dir.join("reports/qinghe-2025.txt"), QINGHE).unwrap();
    let xihu = std::fs::read_to_string(path("data/xihu-2024.json")).unwrap();
    let broken = xihu.replacen("\"kind\": \"amount\"", "\"kind\": \"amout\"", 1);
    assert_ne!(broken, xihu, "the test breaks one field");
    std::fs::write(dir.join("reports/xihu-2024.json"), broken).unwrap();
    dir
}

fn site(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .current_dir(path(""))
        .args(["site", "--no-images", "--no-assets"])
        .arg(dir.join("reports"))
        .arg(dir.join("dist"))
        .output()
        .expect("the command runs")
}

#[test]
fn a_refused_report_is_left_out_and_the_others_are_built_and_the_command_fails() {
    let dir = folder("site-refused");
    let out = site(&dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the run fails so that CI notices");
    // The file, the JSON path of the bad field and what is wrong.
    assert!(err.contains("xihu-2024.json"), "{err}");
    assert!(
        err.contains("figures[0].kind") || err.contains("figures/0/kind"),
        "{err}"
    );
    assert!(err.contains("amout"), "{err}");
    let dist = dir.join("dist");
    assert!(
        dist.join("qinghe-2025/index.html").is_file(),
        "the good report is built"
    );
    assert!(
        dist.join("indicators.csv").is_file(),
        "the register is built"
    );
    assert!(
        !dist.join("xihu-2024").exists(),
        "no folder, whole or half, of the refused"
    );
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        index.contains("qinghe-2025/"),
        "the index lists the good report"
    );
    let left = index
        .split("class=\"left-out\"")
        .nth(1)
        .expect("a left-out section");
    assert!(
        left.contains("<li>西湖区2024年经济社会发展图解</li>") && left.contains("数据有误"),
        "{left}"
    );
    // A reader's words: no JSON path, no error text.
    assert!(
        !left.contains("figures") && !left.contains("amout"),
        "{left}"
    );
}

#[test]
fn a_site_whose_reports_are_all_good_has_no_left_out_section_and_succeeds() {
    let dir = folder("site-refused-none");
    std::fs::remove_file(dir.join("reports/xihu-2024.json")).unwrap();
    let out = site(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = std::fs::read_to_string(dir.join("dist/index.html")).unwrap();
    assert!(!index.contains("left-out"));
}
