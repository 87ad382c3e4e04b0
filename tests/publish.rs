#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The editor's 发布 (issue 21 §1): the site files it writes in the browser are the bytes
//! `make build` writes, and nothing is published while the data file has a problem.

mod common;

use common::*;
use report_charts::build::publish::{chart_files, site_zip, Publication};
use report_charts::model::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files of a stored ZIP archive, read from its local headers: name → bytes.
fn unzip(zip: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let le16 = |at: usize| usize::from(u16::from_le_bytes([zip[at], zip[at + 1]]));
    let le32 = |at: usize| u32::from_le_bytes(zip[at..at + 4].try_into().unwrap());
    let mut files = BTreeMap::new();
    let mut at = 0;
    while le32(at) == 0x0403_4b50 {
        let size = le32(at + 18) as usize;
        let (name_len, extra) = (le16(at + 26), le16(at + 28));
        let name = String::from_utf8(zip[at + 30..at + 30 + name_len].to_vec()).unwrap();
        let start = at + 30 + name_len + extra;
        let data = zip[start..start + size].to_vec();
        assert_eq!(crc32fast::hash(&data), le32(at + 14), "{name}: checksum");
        files.insert(name, data);
        at = start + size;
    }
    files
}

/// Every file under `dir`, by its path relative to `root`.
fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            walk(root, &p, out);
        } else {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(&p).unwrap());
        }
    }
}

fn publication<'a>(json: &'a str, text: &'a str) -> Publication<'a> {
    Publication {
        slug: "xihu-2024",
        json,
        text,
        readme: "已确认：全部数字\n",
    }
}

#[test]
fn the_published_svgs_and_csvs_are_the_bytes_of_the_site_command() {
    let out = PathBuf::from(path("target/test-publish/site"));
    let _ = std::fs::remove_dir_all(&out);
    let run = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args([
            "site",
            &path(DATA),
            &path("www/index.html"),
            &path("www/embed-chart.html"),
        ])
        .arg(&out)
        .env_remove("SITE_URL")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut built = BTreeMap::new();
    for dir in ["svg", "csv"] {
        walk(&out, &out.join(dir), &mut built);
    }
    let published: BTreeMap<String, Vec<u8>> =
        chart_files(&report()).unwrap().into_iter().collect();
    assert_eq!(
        published.keys().collect::<Vec<_>>(),
        built.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (name, bytes) in &built {
        assert!(
            published[name] == *bytes,
            "{name} differs from make build's"
        );
    }
}

#[test]
fn the_archive_holds_the_readme_every_chart_file_the_data_file_and_the_text() {
    let json = data_text();
    let text = report_text();
    let files = unzip(&site_zip(&publication(&json, &text), Lang::Zh).unwrap());
    assert_eq!(files["README.txt"], "已确认：全部数字\n".as_bytes());
    // The data file as the repository keeps it, and the text beside it.
    assert_eq!(files["data/xihu-2024.json"], json.as_bytes());
    assert_eq!(files["data/xihu-2024.txt"], text.as_bytes());
    for (name, bytes) in chart_files(&report()).unwrap() {
        assert_eq!(files.get(&name), Some(&bytes), "{name}");
    }
}

#[test]
fn nothing_is_published_while_the_data_file_has_a_problem() {
    let broken = mutated(|v| {
        chart(v, "growth")["figures"] = serde_json::json!(["no-such-figure"]);
    });
    let text = report_text();
    let error = site_zip(&publication(&broken, &text), Lang::Zh).unwrap_err();
    assert!(error.starts_with("xihu-2024.json:"), "{error}");
    assert!(error.contains("no-such-figure"), "{error}");
}
