#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The editor's 发布 (issue 21 §1): the site it builds in the browser, from the assets of
//! the site it was served from, is the site `make build` writes, byte for byte but for the
//! images; and nothing is published while the data file has a problem.

mod common;

use common::*;
use report_charts::publish::archive::{self as publish, Publication};
use report_charts::publish::files;
use report_charts::publish::site::manifest::{self, Manifest};
use report_charts::publish::site::{self, Assets, Dist, Input, Painter, Shot, Templates};
use report_charts::publish::social::Site;
use report_charts::shared::layout::{ApproxMeasure, Measure, Scene};
use report_charts::shared::model::Lang;
use std::collections::{BTreeMap, BTreeSet};

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

/// Assets shaped like `target/site-assets`: scripts that name the files the content
/// hashes rename, and the files the one-file edition inlines.
fn assets() -> Assets {
    let mut files = Dist::new();
    files.put(
        "app.js",
        "import init from './pkg/report_charts_bg.wasm';\n",
    );
    files.put("frame.js", "fetch('pkg/report_charts_bg.wasm');\n");
    files.put("story-tools.js", "export const tools = 1;\n");
    files.put(
        "embed.js",
        "const page = 'frame.js'; const css = \"style.css\";\n",
    );
    files.put("editor.js", "export const editor = 1;\n");
    files.put(
        "editor.html",
        "<link rel=\"stylesheet\" href=\"style.css\">\n",
    );
    files.put("style.css", "body { margin: 0; }\n");
    files.put(
        "favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    );
    files.put(
        "pkg/report_charts_bg.wasm",
        vec![0, 0x61, 0x73, 0x6d, 0xff, 0xfe],
    );
    files.put(
        "pkg/report_charts_editor_bg.wasm",
        vec![0, 0x61, 0x73, 0x6d, 1],
    );
    Assets {
        templates: Templates::read(path("www").as_ref()).unwrap(),
        files,
    }
}

/// Draws each image as a few bytes that name it: the browser's PNGs differ from the
/// fonts' in their glyphs only, and the rest of the site must not depend on them at all.
struct Named(ApproxMeasure);

impl Painter for Named {
    fn measure(&mut self) -> &mut dyn Measure {
        &mut self.0
    }
    fn missing_in(&self, _: &Scene) -> Vec<char> {
        Vec::new()
    }
    fn paint(&mut self, path: &str, _: &Scene, _: Shot) -> Result<Vec<u8>, String> {
        Ok(format!("drawn {path}").into_bytes())
    }
}

/// The site `make build` writes for the repository's report (`site::report` is
/// `site::build` with the fonts as its painter).
fn site_build(assets: &Assets) -> Dist {
    let (report, json, text) = (report(), data_text(), report_text());
    let input = Input {
        slug: "xihu-2024",
        report: &report,
        data: &json,
        text: Some(&text),
        draft: false,
    };
    let site = Site::parse("").unwrap();
    site::build(input, assets, &site, Some(&mut Named(ApproxMeasure)))
        .unwrap()
        .dist
}

/// What the editor fetches from that site: each asset by its served name.
fn served(built: &Dist) -> (Manifest, Dist) {
    let m = Manifest::parse(built.text(manifest::PATH).unwrap()).unwrap();
    let mut served = Dist::new();
    for (name, at) in &m.assets {
        served.put(name.clone(), built.bytes(at).unwrap());
    }
    (m, served)
}

#[test]
fn the_published_site_is_the_site_build_byte_for_byte_but_for_the_images() {
    let built = site_build(&assets());
    let (m, served) = served(&built);
    let (json, text) = (data_text(), report_text());
    let p = publication(&json, &text);
    // The browser draws what the sketches list: here, stand-in bytes per image.
    let sketches = publish::sketches(&p, &mut ApproxMeasure, Lang::Zh).unwrap();
    let mut pngs = Dist::new();
    for s in &sketches {
        pngs.put(s.path.clone(), format!("drawn {}", s.path));
    }
    let zip = publish::site_zip(&p, &m, served, Some(pngs), Lang::Zh).unwrap();
    let files = unzip(&zip);
    // The reader's site only: neither the editor nor the demo article.
    let mut expected: BTreeSet<String> = built
        .paths()
        .into_iter()
        .filter(|p| !files::for_the_desk(p))
        .collect();
    expected.insert("README.txt".into());
    for desk in [
        "editor.html",
        "editor.js",
        "pkg/report_charts_editor_bg.wasm",
        "publish.json",
        "demo/index.html",
    ] {
        assert!(built.has(desk), "the site build has {desk}");
        assert!(!files.contains_key(desk), "the published site has {desk}");
    }
    assert_eq!(files.keys().cloned().collect::<BTreeSet<_>>(), expected);
    assert_eq!(files["README.txt"], "已确认：全部数字\n".as_bytes());
    let images: BTreeSet<String> = built
        .paths()
        .into_iter()
        .filter(|p| p.ends_with(".png"))
        .collect();
    assert!(images.len() > 20, "{} images", images.len());
    let sketched: BTreeSet<String> = sketches.iter().map(|s| s.path.clone()).collect();
    assert_eq!(sketched, images, "every image is sketched for the browser");
    for (name, bytes) in built.iter().filter(|(p, _)| !files::for_the_desk(p)) {
        assert!(files[name] == bytes, "{name} differs from the site build's");
    }
    for kind in [".html", ".svg", ".csv", ".json", ".js"] {
        assert!(
            built.paths().iter().any(|p| p.ends_with(kind)),
            "the site has {kind} files to compare"
        );
    }
    assert!(built.len() > 100, "{} files compared", built.len());
}

#[test]
fn an_image_sketch_is_the_scene_at_its_pixel_size() {
    let (json, text) = (data_text(), report_text());
    let sketches =
        publish::sketches(&publication(&json, &text), &mut ApproxMeasure, Lang::Zh).unwrap();
    for s in &sketches {
        assert!(s.svg.starts_with("<svg"), "{}", s.path);
        assert!(s.background.starts_with('#') && s.background.len() == 7);
        if s.path.starts_with("og/") {
            assert_eq!((s.width, s.height), (1200, 630), "{}", s.path);
        }
        // The scene fits the image it is drawn on.
        assert!(
            s.x >= 0.0 && s.x + s.w <= f64::from(s.width) + 0.5,
            "{}",
            s.path
        );
        assert!(
            s.y >= 0.0 && s.y + s.h <= f64::from(s.height) + 1.0,
            "{}",
            s.path
        );
    }
    let slices = sketches.iter().filter(|s| s.path.starts_with("long/zh/"));
    assert!(slices.clone().count() > 0);
    assert!(
        slices.clone().all(|s| s.width == 1080),
        "slices are 1080 px wide"
    );
}

#[test]
fn assets_fetched_by_their_hashed_names_are_read_back_as_built() {
    let built = site_build(&assets());
    let (m, served) = served(&built);
    assert!(
        m.assets
            .iter()
            .any(|(old, new)| old == "app.js" && new != "app.js"),
        "app.js is served under its content hash"
    );
    let unhashed = manifest::unhash(&m, served);
    assert_eq!(unhashed, assets().files);
}

#[test]
fn nothing_is_published_while_the_data_file_has_a_problem() {
    let broken = mutated(|v| {
        chart(v, "growth")["figures"] = serde_json::json!(["no-such-figure"]);
    });
    let text = report_text();
    let p = publication(&broken, &text);
    let error = publish::sketches(&p, &mut ApproxMeasure, Lang::Zh).unwrap_err();
    assert!(error.starts_with("xihu-2024.json:"), "{error}");
    assert!(error.contains("no-such-figure"), "{error}");
    let (m, served) = (Manifest::default(), Dist::new());
    let error = publish::site_zip(&p, &m, served, None, Lang::Zh).unwrap_err();
    assert!(error.contains("no-such-figure"), "{error}");
}

#[test]
fn a_number_the_desk_left_undecided_is_published_as_an_unread_skip_so_check_accepts_the_file() {
    let built = site_build(&assets());
    let (m, served) = served(&built);
    let json = data_text();
    // A figure deleted in the editor leaves its number so: in the text, in no figure.
    let text = format!("{}\n全年新增口袋公园12个。\n", report_text().trim_end());
    let p = publication(&json, &text);
    let files = unzip(&publish::site_zip(&p, &m, served, None, Lang::Zh).unwrap());
    let data = String::from_utf8(files["data/xihu-2024.json"].clone()).unwrap();
    let report = report_charts::check::validate::load("xihu-2024.json", &data).unwrap();
    let left = report_charts::draft::coverage::uncovered(&text, &report);
    assert!(left.is_empty(), "{left:?}");
    let skip = report.skips.iter().find(|s| s.number == "12");
    assert_eq!(skip.map(|s| s.reason.name()), Some("unread"), "{data}");
}

#[test]
fn the_demo_article_of_a_report_without_english_embeds_no_english() {
    let template = std::fs::read_to_string(common::path("www/demo/index.html")).unwrap();
    let english = report_charts::publish::demo::article(&template, &common::report());
    assert!(
        english.contains("lang=en"),
        "Xihu's demo shows its English embed"
    );
    let text = "2026年南坪区政府工作报告\n一、2025年工作回顾\n全区地区生产总值520.4亿元，比上年增长5.1%。一般公共预算收入30.2亿元，增长3.5%。\n";
    let chinese =
        report_charts::publish::demo::article(&template, &common::drafted("nanping-2026", text));
    assert!(!chinese.contains("lang=en"), "{chinese}");
    assert!(!chinese.contains("English"), "{chinese}");
}
