#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The rebuild of a site (issue 20 §3): a report from the cache is linked into the site,
//! not written again, gives the same files as when it was built, and a later write to
//! the site never reaches the cache through the link.

mod common;

use common::*;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const QINGHE: &str = "2025年青禾县政府工作报告\n\n一、2024年工作回顾\n\n\
过去一年，全县地区生产总值完成182.6亿元，增长5.8%。\n";

fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    std::fs::write(dir.join("reports/qinghe-2025.txt"), QINGHE).unwrap();
    for f in ["xihu-2024.json", "xihu-2024.txt"] {
        std::fs::copy(path(&format!("data/{f}")), dir.join("reports").join(f)).unwrap();
    }
    dir
}

/// Runs the site command with a cache, the site written afresh (as `make site` does).
fn site(dir: &Path) -> String {
    let _ = std::fs::remove_dir_all(dir.join("dist"));
    let out = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .current_dir(path(""))
        .args(["site", "--no-images", "--no-assets", "--cache"])
        .arg(dir.join("cache"))
        .arg(dir.join("reports"))
        .arg(dir.join("dist"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn page(dir: &Path, slug: &str) -> (Vec<u8>, u64) {
    let file = dir.join("dist").join(slug).join("index.html");
    (
        std::fs::read(&file).unwrap(),
        std::fs::metadata(&file).unwrap().nlink(),
    )
}

#[test]
fn a_report_from_the_cache_is_linked_with_the_files_it_was_built_with() {
    let dir = folder("site-rebuild-links");
    site(&dir);
    let (built, links) = page(&dir, "xihu-2024");
    assert_eq!(links, 1, "a report built in this run is written");
    std::fs::write(
        dir.join("reports/qinghe-2025.txt"),
        QINGHE.replace("182.6", "183.1"),
    )
    .unwrap();
    let said = site(&dir);
    assert!(said.contains("1 rebuilt and 1 from the cache"), "{said}");
    let (cached, links) = page(&dir, "xihu-2024");
    assert_eq!(cached, built);
    assert_eq!(links, 2, "the site's file and the cache entry's");
    let (rebuilt, links) = page(&dir, "qinghe-2025");
    assert_eq!(links, 1);
    assert!(String::from_utf8(rebuilt).unwrap().contains("183.1"));
}

#[test]
fn writing_over_a_linked_site_never_changes_the_cache() {
    let dir = folder("site-rebuild-over");
    site(&dir);
    site(&dir);
    // The site written again over itself, without removing it first: the files linked
    // to the cache are replaced, not written through.
    let out = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .current_dir(path(""))
        .args(["site", "--no-images", "--no-assets"])
        .arg(dir.join("reports"))
        .arg(dir.join("dist"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let entry = std::fs::read_dir(dir.join("cache"))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("xihu-2024-"))
        .unwrap()
        .path();
    let (site_page, links) = page(&dir, "xihu-2024");
    assert_eq!(links, 1, "the site's file is its own again");
    assert_eq!(
        std::fs::metadata(entry.join("index.html")).unwrap().nlink(),
        1
    );
    assert_eq!(std::fs::read(entry.join("index.html")).unwrap(), site_page);
}
