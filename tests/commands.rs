#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The native command's draft and check, as a desk runs them: a text becomes a data file
//! that check accepts, a second draft never overwrites it, and check fails on a number
//! that nothing covers.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(args)
        .output()
        .expect("the command runs")
}

/// A fresh folder of this test's own under the target directory.
fn folder(name: &str) -> PathBuf {
    let dir = PathBuf::from(path("target/test-commands")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn a_drafted_report_passes_check_and_a_second_draft_refuses_to_overwrite_it() {
    let dir = folder("draft");
    let txt = dir.join("new.txt");
    std::fs::copy(path("tests/reports/qingshan-county-2024.txt"), &txt).unwrap();
    let txt = txt.to_str().unwrap();
    let first = run(&["draft", txt]);
    assert!(first.status.success(), "{}", text(&first));
    let json = dir.join("new.json");
    let written = std::fs::read_to_string(&json).unwrap();

    let check = run(&["check", json.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check));
    assert!(
        text(&check).contains("every number is a figure or a skip"),
        "{}",
        text(&check)
    );
    assert!(text(&check).contains("lack English"), "{}", text(&check));

    let again = run(&["draft", txt]);
    assert!(!again.status.success());
    let beside = dir.join("new.draft.json");
    assert!(
        text(&again).contains(&format!("--out {}", beside.display())),
        "{}",
        text(&again)
    );
    assert_eq!(
        std::fs::read_to_string(&json).unwrap(),
        written,
        "the file is untouched"
    );

    let out = run(&["draft", txt, "--out", beside.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_to_string(&beside).unwrap(),
        written,
        "the draft is deterministic"
    );
}

#[test]
fn check_fails_on_a_number_of_the_text_that_nothing_covers_and_prints_its_sentence() {
    let dir = folder("uncovered");
    let json = dir.join("r.json");
    std::fs::write(&json, data_text()).unwrap();
    let mut txt = report_text();
    txt.push_str("\n\n全年新建公园12座。\n");
    std::fs::write(dir.join("r.txt"), txt).unwrap();
    let o = run(&["check", json.to_str().unwrap()]);
    assert!(!o.status.success());
    let out = text(&o);
    assert!(out.contains("1 number of"), "{out}");
    assert!(out.contains("12 in: 全年新建公园12座"), "{out}");
}

#[test]
fn check_of_the_curated_report_reads_its_text_and_finds_every_number_covered() {
    let o = run(&["check", &path(DATA)]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("every number is a figure or a skip"),
        "{}",
        text(&o)
    );
    assert!(
        text(&o).contains("every text has its English"),
        "{}",
        text(&o)
    );
}

#[test]
fn check_passes_a_draft_and_warns_of_every_figure_and_chart_to_confirm_by_label_and_title() {
    let dir = folder("confirm");
    let txt = dir.join("songlin.txt");
    std::fs::copy(path("tests/reports/songlin-county-2025-plan.txt"), &txt).unwrap();
    assert!(run(&["draft", txt.to_str().unwrap()]).status.success());
    let json = dir.join("songlin.json");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let (figures, charts) = (
        doc["figures"].as_array().unwrap(),
        doc["charts"].as_array().unwrap(),
    );
    let o = run(&["check", json.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    let (f, c) = (figures.len(), charts.len());
    assert!(
        out.contains(&format!(
            "{f} 个数字、{c} 个图表待确认 / {f} figures and {c} charts to confirm"
        )),
        "{out}"
    );
    // Named as the desk sees them: a figure by its label, a chart by its title.
    let named =
        (figures.iter().map(|f| &f["label"]["zh"])).chain(charts.iter().map(|c| &c["title"]["zh"]));
    for name in named {
        assert!(
            out.contains(&format!("“{}”", name.as_str().unwrap())),
            "{out}"
        );
    }
    // Confirmed, nothing is left to warn of.
    let confirmed = std::fs::read_to_string(&json)
        .unwrap()
        .replace(",\n      \"draft\": true", "");
    assert!(!confirmed.contains("\"draft\""), "{confirmed}");
    std::fs::write(&json, confirmed).unwrap();
    let o = run(&["check", json.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!text(&o).contains("to confirm"), "{}", text(&o));
}

#[test]
fn check_warns_of_each_placeholder_the_draft_left_at_its_path_and_the_curated_report_of_none() {
    // A story with no publication or source line: the draft writes 待填写 for both, which
    // a page must never print (tester s-test15 on a 两会 story's kicker).
    let dir = folder("placeholders");
    let txt = dir.join("story.txt");
    let story = "东湖市两会开幕\n本报记者 李明\n2025年全市地区生产总值812.4亿元，增长5.7%。\n";
    std::fs::write(&txt, story).unwrap();
    assert!(run(&["draft", txt.to_str().unwrap()]).status.success());
    let o = run(&["check", dir.join("story.json").to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    for at in ["meta.publication.zh", "meta.source_line.zh"] {
        let said = format!("warning: {at}: 仍是占位文字「待填写」");
        assert!(text(&o).contains(&said), "{at}: {}", text(&o));
    }
    let curated = run(&["check", &path(DATA)]);
    assert!(!text(&curated).contains("占位"), "{}", text(&curated));
}

#[test]
fn check_of_the_curated_report_has_nothing_to_confirm() {
    let o = run(&["check", &path(DATA)]);
    assert!(!text(&o).contains("to confirm"), "{}", text(&o));
}

#[test]
fn check_stops_quietly_when_the_reader_of_its_output_has_gone() {
    // `report-charts check x.json | head -2`: the pipe is closed before check prints.
    let mut child = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(["check", &path("data/xihu-2024.json")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(o.status.success(), "{err}");
}

#[test]
fn the_site_commands_usage_names_the_default_of_every_folder_it_reads() {
    let o = run(&["site", "--www"]);
    assert!(!o.status.success());
    let said = text(&o);
    assert!(said.contains("usage: report-charts site"), "{said}");
    assert!(said.contains("(default: ./www)"), "{said}");
    // The same words reach the desk in Chinese.
    let zh = report_charts::shared::messages::site::site_usage().zh;
    assert!(zh.contains("默认 ./www"), "{zh}");
}

#[test]
fn a_site_run_outside_the_repository_says_to_pass_its_www_folder() {
    let dir = folder("site-no-www");
    let out = dir.join("dist");
    let data = path("data/xihu-2024.json");
    let o = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .current_dir(&dir)
        .args(["site", "--no-assets", "--no-images", &data])
        .arg(&out)
        .output()
        .unwrap();
    let said = text(&o);
    assert!(!o.status.success(), "{said}");
    assert!(
        said.contains("www/index.html") && said.contains("--www"),
        "{said}"
    );
    assert!(!out.exists(), "nothing is written without the templates");
}

#[test]
fn a_site_without_its_assets_is_refused_with_what_to_do_and_writes_nothing() {
    let dir = folder("site-no-assets");
    let out = dir.join("dist");
    let www = path("www");
    let data = path("data/xihu-2024.json");
    let bare = |extra: &[&str]| {
        let mut args = vec!["site", "--no-images", "--www", &www];
        args.extend_from_slice(extra);
        args.extend_from_slice(&[&data, out.to_str().unwrap()]);
        // Run where `make build`'s target/site-assets is not: the default must be refused.
        Command::new(env!("CARGO_BIN_EXE_report-charts"))
            .current_dir(&dir)
            .args(&args)
            .output()
            .unwrap()
    };
    let o = bare(&[]);
    let said = text(&o);
    assert!(!o.status.success(), "{said}");
    assert!(
        said.contains("target/site-assets") && said.contains("--no-assets"),
        "{said}"
    );
    assert!(
        !out.exists(),
        "nothing is written when the assets are missing"
    );

    // A folder that is not a built assets folder names the files it lacks.
    let empty = dir.join("empty-assets");
    std::fs::create_dir_all(&empty).unwrap();
    let o = bare(&["--assets", empty.to_str().unwrap()]);
    let said = text(&o);
    assert!(!o.status.success(), "{said}");
    assert!(
        said.contains("app.js") && said.contains("make assets"),
        "{said}"
    );

    // Pages alone, asked for by name, are written.
    let o = bare(&["--no-assets"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(out.join("index.html").exists());
}
