#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A site of many reports (`make site`): an index that lists every report with its place
//! and year, a report with only its text drafted in memory and marked as a draft, the
//! shared files written once, and a cache that rebuilds only what changed.

mod common;

use common::*;
use report_charts::publish::files;
use report_charts::publish::site::many::{self, Options};
use report_charts::publish::site::{Assets, Dist, Machine, Templates};
use report_charts::publish::social::Site;
use std::path::{Path, PathBuf};

/// A county work report of our own, text only: the draft reads it.
const QINGHE: &str = "2025年青禾县政府工作报告\n\n\
一、2024年工作回顾\n\n\
过去一年，全县地区生产总值完成182.6亿元，增长5.8%。一般公共预算收入12.4亿元，增长6.1%。\
城镇居民人均可支配收入45210元，增长4.9%。\n\n\
二、2025年主要目标\n\n\
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n";

fn assets() -> Assets {
    let mut files = Dist::new();
    files.put(
        "app.js",
        "new URL(\"pkg/report_charts_bg.wasm\", import.meta.url);",
    );
    files.put("frame.js", "export {};");
    files.put("story-tools.js", "export {};");
    files.put("style.css", "body{}");
    files.put("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    files.put("pkg/report_charts_bg.wasm", "reader");
    files.put("pkg/report_charts_editor_bg.wasm", "editor");
    Assets {
        templates: Templates::read(path("www").as_ref()).unwrap(),
        files,
    }
}

/// A fresh folder of this test's with Xihu (data and text) and 青禾县 (text only).
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    for f in ["xihu-2024.json", "xihu-2024.txt"] {
        std::fs::copy(path(&format!("data/{f}")), dir.join("reports").join(f)).unwrap();
    }
    std::fs::write(dir.join("reports/qinghe-2025.txt"), QINGHE).unwrap();
    dir
}

fn build(dir: &Path) -> many::ManySite {
    let site = Site::unknown();
    let assets = assets();
    let sources = many::sources(&[dir.join("reports")]).unwrap();
    let cache = dir.join("cache");
    let o = Options {
        assets: &assets,
        machine: Machine {
            site: &site,
            fonts: None,
        },
        cache: Some(&cache),
        code: "test",
    };
    many::build(&sources, &o).unwrap()
}

fn rebuilt(site: &many::ManySite) -> Vec<&str> {
    let r = site.reports.iter().filter(|r| r.rebuilt);
    r.map(|r| r.slug.as_str()).collect()
}

#[test]
fn the_index_lists_every_report_with_its_place_and_year_and_marks_the_draft() {
    let dir = folder("site-many-index");
    let site = build(&dir);
    let index = std::str::from_utf8(site.dist.get("index.html").unwrap()).unwrap();
    // Qinghe's title prints 2025, the year its figures are for is 2024: both are named.
    for (slug, place, year, headline) in [
        (
            "xihu-2024",
            "西湖区",
            "2024年",
            "xihu-2024/#t-gdp\">地区生产总值 突破800亿元，增长4.3%<",
        ),
        (
            "qinghe-2025",
            "青禾县",
            "2025年报告 · 2024年数据",
            "地区生产总值 182.6亿元，增长5.8%<",
        ),
    ] {
        let item = index
            .lines()
            .find(|l| l.contains(&format!("href=\"{slug}/\"")))
            .unwrap_or_else(|| panic!("{slug} is not listed:\n{index}"));
        assert!(
            item.contains(&format!("<span class=\"place\">{place}</span>")),
            "{item}"
        );
        assert!(
            item.contains(&format!("<span class=\"year\">{year}</span>")),
            "{item}"
        );
        let draft = slug == "qinghe-2025";
        assert_eq!(item.contains("未经编辑审核的草稿"), draft, "{item}");
        // The report's GDP of its data year, as printed, linked to its place on the page.
        assert!(item.contains(headline), "{item}");
    }
    // Filters by place and by the data's year: one choice per value (two places; one
    // year, since both reports' data are of 2024) and "all".
    assert_eq!(index.matches("name=\"place\"").count(), 3);
    assert_eq!(index.matches("name=\"year\"").count(), 2);
    let draft_page = std::str::from_utf8(site.dist.get("qinghe-2025/index.html").unwrap()).unwrap();
    assert!(draft_page.contains("class=\"draft-notice\""));
    assert!(draft_page.contains("未经编辑审核的草稿"));
    let curated = std::str::from_utf8(site.dist.get("xihu-2024/index.html").unwrap()).unwrap();
    assert!(!curated.contains("draft-notice"));
    // The draft's data is in the site, never beside the text it was read from.
    assert!(site.dist.has("qinghe-2025/data/qinghe-2025.json"));
    assert!(!dir.join("reports/qinghe-2025.json").exists());
}

#[test]
fn the_shared_files_are_written_once_with_content_hashes_and_the_pages_reach_them() {
    let dir = folder("site-many-shared");
    let site = build(&dir);
    let paths = site.dist.paths();
    let wasm: Vec<&String> = paths.iter().filter(|p| p.ends_with(".wasm")).collect();
    assert_eq!(wasm.len(), 2, "{wasm:?}");
    assert!(wasm.iter().all(|p| p.starts_with("pkg/")), "{wasm:?}");
    // The reports' stylesheet; the index and the indicators' pages have their own.
    let own = [files::INDEX_STYLE, files::INDICATORS_STYLE];
    let css: Vec<&String> = paths
        .iter()
        .filter(|p| p.ends_with(".css") && !own.contains(&p.as_str()))
        .collect();
    assert_eq!(css.len(), 1, "{css:?}");
    assert!(css[0].starts_with("style.") && css[0].len() == "style.0123456789.css".len());
    for slug in ["xihu-2024", "qinghe-2025"] {
        let page =
            std::str::from_utf8(site.dist.get(&format!("{slug}/index.html")).unwrap()).unwrap();
        assert!(page.contains(&format!("href=\"../{}\"", css[0])), "{slug}");
        let en = site.dist.get(&format!("{slug}/en/index.html"));
        if let Some(en) = en {
            assert!(std::str::from_utf8(en)
                .unwrap()
                .contains(&format!("href=\"../../{}\"", css[0])));
        }
        let app = paths
            .iter()
            .find(|p| p.starts_with(&format!("{slug}/app.")))
            .unwrap();
        let app = std::str::from_utf8(site.dist.get(app).unwrap()).unwrap();
        assert!(app.contains("\"../pkg/report_charts_bg."), "{app}");
        // The script embed's list of names reaches the shared stylesheet too.
        let names = site
            .dist
            .text(&format!("{slug}/{}", files::MANIFEST))
            .unwrap();
        assert!(names.contains(&format!("\"../{}\"", css[0])), "{names}");
    }
}

#[test]
fn the_cache_rebuilds_only_the_report_that_changed_and_the_register_follows_it() {
    let dir = folder("site-many-cache");
    let first = build(&dir);
    assert_eq!(rebuilt(&first), ["qinghe-2025", "xihu-2024"]);
    let second = build(&dir);
    assert!(rebuilt(&second).is_empty());
    // Reports from the cache give the same site, register included.
    assert_eq!(second.dist.paths(), first.dist.paths());
    assert_eq!(
        second.dist.get(files::INDICATORS_CSV),
        first.dist.get(files::INDICATORS_CSV)
    );
    let text = dir.join("reports/qinghe-2025.txt");
    std::fs::write(&text, QINGHE.replace("182.6亿元", "183.1亿元")).unwrap();
    let third = build(&dir);
    assert_eq!(rebuilt(&third), ["qinghe-2025"]);
    let data =
        std::str::from_utf8(third.dist.get("qinghe-2025/data/qinghe-2025.json").unwrap()).unwrap();
    assert!(data.contains("183.1"));
    let register = third.dist.text(files::INDICATORS_CSV).unwrap();
    assert!(register.contains(",183.1,") && !register.contains(",182.6,"));
}

#[test]
fn the_draft_names_the_place_its_title_names_and_never_guesses_one() {
    use report_charts::draft::meta::place;
    for (title, want) in [
        ("2026年江西省政府工作报告", Some("江西省")),
        ("2026年广西壮族自治区政府工作报告", Some("广西壮族自治区")),
        ("2026年内蒙古自治区政府工作报告", Some("内蒙古自治区")),
        ("2026年贵州省政府工作报告", Some("贵州省")),
        ("陕西省2026年政府工作报告", Some("陕西省")),
        ("湖滨区2024年生态环境状况公报", Some("湖滨区")),
        ("2026年政府工作报告", None),
        // A fragment before a division word is no place: the desk names it.
        ("前11个月我市经济运行稳中向好", None),
        ("前三季度全市经济运行情况", None),
        ("1—9月我区经济运行简况", None),
    ] {
        assert_eq!(place(title).as_deref(), want, "{title}");
    }
    let site = build(&folder("site-many-place"));
    let q = site
        .reports
        .iter()
        .find(|r| r.slug == "qinghe-2025")
        .unwrap();
    assert_eq!(
        q.report.meta.place.as_ref().map(|p| p.zh.as_str()),
        Some("青禾县")
    );
    let x = site.reports.iter().find(|r| r.slug == "xihu-2024").unwrap();
    let place = x.report.meta.place.as_ref().unwrap();
    assert_eq!(
        (place.zh.as_str(), place.en.as_str()),
        ("西湖区", "Xihu District")
    );
}

#[test]
fn a_data_file_the_desk_has_not_finished_is_marked_as_a_draft_wherever_it_is_built() {
    let dir = folder("site-many-unreviewed");
    // The draft of 青禾县 written as its data file, as `make draft` leaves it.
    let drafted = report_charts::draft::draft(QINGHE).unwrap();
    let json = report_charts::draft::to_json(&drafted).unwrap();
    std::fs::remove_file(dir.join("reports/qinghe-2025.txt")).unwrap();
    std::fs::write(dir.join("reports/qinghe-2025.json"), &json).unwrap();
    let site = build(&dir);
    let page = std::str::from_utf8(site.dist.get("qinghe-2025/index.html").unwrap()).unwrap();
    assert!(page.contains("class=\"draft-notice\""), "{page}");
    let index = std::str::from_utf8(site.dist.get("index.html").unwrap()).unwrap();
    let item = index
        .lines()
        .find(|l| l.contains("href=\"qinghe-2025/\""))
        .unwrap();
    assert!(item.contains("未经编辑审核的草稿"), "{item}");
}
