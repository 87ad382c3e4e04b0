#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The editor's 发布 (issue 21 §1): the site files it writes in the browser are the bytes
//! `make build` writes, and nothing is published while the data file has a problem.

mod common;

use common::*;
use report_charts::publish::archive::{chart_files, site_zip, Publication};
use report_charts::publish::site::{self, Assets, Dist, Input, Machine, Templates};
use report_charts::publish::social::Site;
use report_charts::shared::model::Lang;
use std::collections::BTreeMap;

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

fn publication<'a>(json: &'a str, text: &'a str) -> Publication<'a> {
    Publication {
        slug: "xihu-2024",
        json,
        text,
        readme: "已确认：全部数字\n",
    }
}

#[test]
fn the_published_svgs_and_csvs_are_the_bytes_of_the_site_build() {
    let read = |name: &str| std::fs::read_to_string(path(&format!("www/{name}"))).unwrap();
    let assets = Assets {
        templates: Templates {
            page: read("index.html"),
            embed_chart: read("embed-chart.html"),
            forwarder: read("embed.html"),
            demo: read("demo/index.html"),
        },
        files: Dist::new(),
    };
    let (report, json, text) = (report(), data_text(), report_text());
    let input = Input {
        slug: "xihu-2024",
        report: &report,
        data: &json,
        text: Some(&text),
        draft: false,
    };
    let site = Site::parse("").unwrap();
    let machine = Machine {
        site: &site,
        fonts: None,
    };
    let built = site::report(input, &assets, machine).unwrap().dist;
    let fallbacks: BTreeMap<&str, &[u8]> = built
        .iter()
        .filter(|(name, _)| name.starts_with("svg/") || name.starts_with("csv/"))
        .collect();
    let published = chart_files(&report).unwrap();
    assert_eq!(
        published
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<std::collections::BTreeSet<_>>(),
        fallbacks.keys().copied().collect(),
        "the same files"
    );
    for (name, bytes) in &published {
        assert!(
            fallbacks[name.as_str()] == bytes.as_slice(),
            "{name} differs from the site build's"
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
