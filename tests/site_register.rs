#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The register joined into the site of many reports (issue 20 §2): `indicators.csv` and
//! the indicators' pages at the site's root, linked from the index; each page in both
//! languages with its charts' fallbacks, downloads and embeds, and every value linked to
//! the number in its sentence on its report's page. The reports are short county reports
//! written for these tests, text only (drafted in memory).

mod common;

use common::*;
use report_charts::publish::files;
use report_charts::publish::site::many::{self, Options};
use report_charts::publish::site::{Assets, Dist, Machine, Templates};
use report_charts::publish::social::Site;
use report_charts::shared::model::Lang;
use report_charts::shared::spec::Entry;
use report_charts::shared::wire;
use std::path::{Path, PathBuf};

/// A county's work report of our own: last year's GDP and its growth, this year's target.
fn county(place: &str, gdp: &str, growth: &str, target: &str) -> String {
    format!(
        "2026年{place}政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全县地区生产总值完成{gdp}亿元，增长{growth}%。\n\n\
二、2026年主要目标\n\n今年经济社会发展的主要预期目标是：地区生产总值增长{target}左右。\n"
    )
}

const COUNTIES: [(&str, &str, &str, &str, &str); 3] = [
    ("songlin-2026", "松林县", "212.4", "5.6", "6%"),
    ("shimen-2026", "石门县", "98.7", "4.9", "5.5%"),
    ("yuxi-2026", "玉溪县", "150.2", "6.1", "6.5%"),
];

fn assets() -> Assets {
    let mut files = Dist::new();
    files.put("app.js", "export {};");
    files.put("frame.js", "export {};");
    files.put("story-tools.js", "export {};");
    files.put("style.css", "body{}");
    files.put("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    files.put("pkg/report_charts_bg.wasm", "reader");
    files.put(files::REGISTER_WASM, "register");
    Assets {
        templates: Templates::read(path("www").as_ref()).unwrap(),
        files,
    }
}

fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    for (slug, place, gdp, growth, target) in COUNTIES {
        let text = county(place, gdp, growth, target);
        std::fs::write(dir.join(format!("reports/{slug}.txt")), text).unwrap();
    }
    dir
}

fn build(dir: &Path) -> many::ManySite {
    let site = Site::unknown();
    let assets = assets();
    let sources = many::sources(&[dir.join("reports")]).unwrap();
    let o = Options {
        assets: &assets,
        machine: Machine {
            site: &site,
            fonts: None,
        },
        cache: None,
        code: "test",
    };
    many::build(&sources, &o).unwrap()
}

/// Every `attr="…"` value of `html`.
fn values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    html.split(key.as_str())
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn the_site_writes_the_register_and_its_index_links_it() {
    let site = build(&folder("site-register-index"));
    assert!(site.dist.has(files::INDICATORS_CSV));
    let index = site.dist.text("index.html").unwrap();
    let links = values(index, "href");
    for want in [
        files::INDICATORS_CSV.to_string(),
        files::indicator("gdp", Lang::Zh),
        files::INDEX_STYLE.to_string(),
    ] {
        assert!(links.contains(&want.as_str()), "{want} not in {links:?}");
    }
    // No inline style: the pages keep to `style-src 'self'`.
    assert!(!index.contains("<style"));
    // A 2026 work report is filed under the year it reviews, as the register files it,
    // and named by its own year too.
    let both = "<span class=\"year\">2026年报告 · 2025年数据</span>";
    assert_eq!(index.matches(both).count(), 3);
    assert!(!index.contains("<span class=\"year\">2026年</span>"));
}

#[test]
fn an_indicator_page_in_each_language_reaches_every_file_it_names() {
    let site = build(&folder("site-register-files"));
    for lang in [Lang::Zh, Lang::En] {
        let page_path = files::indicator("gdp", lang);
        let page = site.dist.text(&page_path).unwrap();
        // No inline style or script: the story's module and stylesheet, as files.
        assert!(!page.contains("<style") && !page.contains("<script>"));
        assert!(values(page, "src").iter().any(|v| v.starts_with("app.")));
        // Every local address of the page (and of its charts' embed pages) is a file of
        // the site: pictures, scripts, styles, downloads, embeds, the other language, the
        // register.
        let mut pages = vec![page_path.clone()];
        let embeds: Vec<String> = values(page, "data-embed")
            .into_iter()
            .map(|v| format!("indicators/{v}"))
            .collect();
        assert!(!embeds.is_empty(), "{page_path}: no embed page");
        pages.extend(embeds);
        for p in &pages {
            let html = site.dist.text(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let dir = p.rsplit_once('/').map_or("", |(d, _)| d);
            let refs = values(html, "href")
                .into_iter()
                .chain(values(html, "src"))
                .chain(values(html, "srcset"));
            for r in refs {
                if let Some(anchor) = r.strip_prefix('#') {
                    assert!(html.contains(&format!(" id=\"{anchor}\"")), "{p}: {r}");
                    continue;
                }
                let target = r.split('#').next().unwrap_or(r);
                let resolved = resolve(dir, target);
                let found =
                    site.dist.has(&resolved) || site.dist.has(&format!("{resolved}index.html"));
                assert!(found, "{p}: {r} ({resolved}) is not in the site");
            }
        }
        assert!(page.contains("<img ") && page.contains(" alt=\""));
        assert!(page.contains("<caption>") && page.contains("scope=\"col\""));
    }
    let en = site.dist.text(&files::indicator("gdp", Lang::En)).unwrap();
    assert!(en.contains("<html lang=\"en\" "), "{en}");
    assert!(en.contains("targets and 2025 results"), "{en}");
}

#[test]
fn only_the_indicators_pages_load_the_wasm_that_draws_the_registers_kinds() {
    let site = build(&folder("site-register-wasm"));
    let page = site.dist.text(&files::indicator("gdp", Lang::Zh)).unwrap();
    let wasm = values(page, "data-wasm");
    assert_eq!(wasm.len(), 1, "{page}");
    let served = resolve("indicators", wasm[0]);
    assert!(files::is_register_wasm(&served), "{served}");
    assert_eq!(site.dist.get(&served), Some(&b"register"[..]));
    // Its embed pages and the script embed's list name the same.
    let embed = values(page, "data-embed")[0];
    let embed = site.dist.text(&format!("indicators/{embed}")).unwrap();
    assert_eq!(values(embed, "data-wasm"), wasm);
    let names: serde_json::Value =
        serde_json::from_str(site.dist.text("indicators/files.json").unwrap()).unwrap();
    assert_eq!(names["wasm"].as_str(), Some(wasm[0]));
    // A report's pages load the story page's wasm: they name none.
    let story = site
        .dist
        .text(&format!("{}/index.html", COUNTIES[0].0))
        .unwrap();
    assert!(values(story, "data-wasm").is_empty());
}

#[test]
fn an_indicator_page_draws_its_charts_from_its_own_charts_file_with_the_reports_scripts() {
    let site = build(&folder("site-register-canvas"));
    for lang in [Lang::Zh, Lang::En] {
        let page = site.dist.text(&files::indicator("gdp", lang)).unwrap();
        let key = if lang == Lang::Zh {
            "data-charts-zh"
        } else {
            "data-charts-en"
        };
        let data = values(page, key)[0];
        let bytes = site.dist.get(&format!("indicators/{data}")).unwrap();
        let resolved = wire::decode(bytes).unwrap();
        assert_eq!(resolved.lang, lang);
        let ids: Vec<String> = resolved
            .charts
            .iter()
            .map(|e| match e {
                Entry::Chart(c) => c.id.clone(),
                Entry::Broken(b) => panic!("chart {} is broken", b.index),
            })
            .collect();
        // Each figure of the page is a chart of the file, with a canvas over its SVG.
        assert_eq!(values(page, "data-chart"), ids);
        assert_eq!(page.matches("<canvas role=\"img\"").count(), ids.len());
        assert_eq!(
            page.matches("<picture class=\"fallback\">").count(),
            ids.len()
        );
        assert!(ids.iter().any(|id| id == "gdp-target-result"), "{ids:?}");
    }
    // The scripts are the reports' own, beside the pages; the script embed finds each
    // chart's files, its charts file included, in indicators/files.json.
    let app = values(site.dist.text("indicators/gdp.html").unwrap(), "src")
        .into_iter()
        .find(|v| v.starts_with("app."))
        .unwrap();
    assert_eq!(
        site.dist.get(&format!("indicators/{app}")),
        site.dist.get(&format!("{}/{app}", COUNTIES[0].0))
    );
    let names: serde_json::Value =
        serde_json::from_str(site.dist.text("indicators/files.json").unwrap()).unwrap();
    let chart = &names["en"]["charts"]["gdp-target-result"];
    for key in ["svg", "narrow", "embed", "data"] {
        let file = chart[key].as_str().unwrap();
        assert!(
            site.dist.has(&format!("indicators/{file}")),
            "{key}: {file}"
        );
    }
}

/// `target` relative to the folder `dir`, as a path of the site.
fn resolve(dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if target.ends_with('/') {
        format!("{joined}/")
    } else {
        joined
    }
}

#[test]
fn every_value_of_an_indicator_links_to_its_number_in_its_sentence() {
    let site = build(&folder("site-register-links"));
    let page = site.dist.text(&files::indicator("gdp", Lang::Zh)).unwrap();
    let links: Vec<&str> = values(page, "href")
        .into_iter()
        .filter(|h| h.starts_with("../") && h.contains("/#"))
        .collect();
    // Each place's result and target, in the target-result chart's table at least.
    for (slug, _, gdp, growth, target) in COUNTIES {
        let mine: Vec<&&str> = links
            .iter()
            .filter(|l| l.starts_with(&format!("../{slug}/#t-")))
            .collect();
        assert!(mine.len() >= 2, "{slug}: {links:?}");
        let story = site.dist.text(&format!("{slug}/index.html")).unwrap();
        for l in mine {
            let anchor = l.rsplit('#').next().unwrap();
            let at = story
                .find(&format!(" id=\"{anchor}\""))
                .unwrap_or_else(|| panic!("{slug}: no {anchor}"));
            // The mark is a number of the sentence the value comes from.
            let mark = &story[at..story[at..].find("</").map_or(story.len(), |e| at + e)];
            let number = mark.rsplit('>').next().unwrap();
            assert!(
                [gdp, growth, target.trim_end_matches('%')]
                    .iter()
                    .any(|n| number.contains(n)),
                "{slug}: {anchor} marks {number}"
            );
        }
    }
}

#[test]
fn the_scripts_get_their_file_names_from_the_build() {
    let site = build(&folder("site-register-names"));
    let slug = COUNTIES[0].0;
    let story = site.dist.text(&format!("{slug}/index.html")).unwrap();
    assert!(story.contains(" data-charts-zh=\"data/charts.zh.bin\""));
    let names = site
        .dist
        .text(&format!("{slug}/{}", files::MANIFEST))
        .unwrap();
    let names: serde_json::Value = serde_json::from_str(names).unwrap();
    let charts = names["zh"]["charts"].as_object().unwrap();
    assert!(!charts.is_empty());
    for (id, f) in charts {
        for key in ["svg", "narrow", "embed"] {
            let file = f[key].as_str().unwrap();
            assert!(site.dist.has(&format!("{slug}/{file}")), "{id}: {file}");
        }
        assert!(story.contains(&format!("data-embed=\"{}\"", f["embed"].as_str().unwrap())));
    }
    assert!(site
        .dist
        .has(&format!("{slug}/{}", names["zh"]["data"].as_str().unwrap())));
    // The reader's scripts build no file name of their own.
    for script in [
        "app.js",
        "story-tools.js",
        "charts.js",
        "chart-load.js",
        "chart-tips.js",
        "chart-page.js",
        "chart-order.js",
        "chart-watch.js",
        "chart-redraw.js",
        "embed.js",
        "frame.js",
    ] {
        let code = std::fs::read_to_string(path(&format!("www/{script}"))).unwrap();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for built in [
                ".svg`",
                ".png`",
                ".csv`",
                ".html`",
                "'.en'",
                "embed/${",
                "charts.${",
            ] {
                assert!(!line.contains(built), "{script}: {line}");
            }
        }
    }
}
