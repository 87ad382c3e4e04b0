#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The static pages as crawlers and readers without script get them: the English page
//! written whole in English, the two pages linking each other, and social cards whose
//! URLs are absolute when the build knows the site's address.

mod common;

use common::*;
use report_charts::publish::html;
use report_charts::publish::page::{self, SvgSizes};
use report_charts::publish::social::Site;
use report_charts::shared::model::{Lang, Report};

struct AnySize;

impl SvgSizes for AnySize {
    fn size(&self, _: &str, narrow: bool, _: Lang) -> (f64, f64) {
        if narrow {
            (360.0, 300.0)
        } else {
            (720.0, 400.0)
        }
    }
}

fn template() -> String {
    std::fs::read_to_string(path("www/index.html")).unwrap()
}

fn story(r: &Report, lang: Lang, site: &Site) -> String {
    let cx = page::Context {
        sizes: &AnySize,
        site,
        text: Some(&report_text()),
    };
    page::fill(&template(), r, lang, &cx)
}

/// The `content` of `<meta property|name="key">`, if any.
fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let start = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(i) = html.find(&start) {
            let rest = &html[i + start.len()..];
            return rest.split('"').next().map(str::to_string);
        }
    }
    None
}

/// The `href` of `<link rel="REL"…>` whose attributes contain `with`.
fn link(html: &str, rel: &str, with: &str) -> Option<String> {
    html.split("<link ")
        .skip(1)
        .map(|l| l.split('>').next().unwrap_or_default())
        .find(|l| l.contains(&format!("rel=\"{rel}\"")) && l.contains(with))
        .and_then(|l| l.split("href=\"").nth(1))
        .and_then(|h| h.split('"').next())
        .map(str::to_string)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// `html` without the elements marked `lang="zh-CN"` (the quoted source sentences and
/// the 中文 link), which are meant to be Chinese.
fn without_chinese_elements(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(" lang=\"zh-CN\"") {
        let open = rest[..i].rfind('<').unwrap();
        let tag: String = rest[open + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let close = format!("</{tag}>");
        let end = rest[i..].find(&close).map(|j| i + j + close.len()).unwrap();
        out.push_str(&rest[..open]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn with_site_url_the_cards_and_canonical_links_are_absolute() {
    let r = report();
    let site = Site::parse("https://news.example.org/xihu").unwrap();
    let zh = story(&r, Lang::Zh, &site);
    let first = &r.charts[0].id;
    let root = "https://news.example.org/xihu/";
    assert_eq!(
        meta(&zh, "og:image").unwrap(),
        format!("{root}og/{first}.png")
    );
    assert_eq!(
        meta(&zh, "twitter:image").unwrap(),
        format!("{root}og/{first}.png")
    );
    assert_eq!(meta(&zh, "og:url").unwrap(), root);
    assert_eq!(link(&zh, "canonical", "").unwrap(), root);
    assert_eq!(
        link(&zh, "alternate", "hreflang=\"en\"").unwrap(),
        format!("{root}en/")
    );

    let en = story(&r, Lang::En, &site);
    assert_eq!(
        meta(&en, "og:image").unwrap(),
        format!("{root}og/{first}.en.png")
    );
    assert_eq!(
        meta(&en, "twitter:image").unwrap(),
        format!("{root}og/{first}.en.png")
    );
    assert_eq!(meta(&en, "og:url").unwrap(), format!("{root}en/"));
    assert_eq!(link(&en, "canonical", "").unwrap(), format!("{root}en/"));
    assert_eq!(link(&en, "alternate", "hreflang=\"zh-CN\"").unwrap(), root);
    assert_eq!(
        link(&en, "alternate", "hreflang=\"x-default\"").unwrap(),
        root
    );
}

#[test]
fn without_site_url_the_cards_are_relative_and_no_page_claims_a_url() {
    let r = report();
    let first = &r.charts[0].id;
    let zh = story(&r, Lang::Zh, &Site::unknown());
    assert_eq!(meta(&zh, "og:image").unwrap(), format!("og/{first}.png"));
    assert_eq!(meta(&zh, "og:url"), None);
    assert_eq!(link(&zh, "canonical", ""), None);
    let en = story(&r, Lang::En, &Site::unknown());
    assert_eq!(
        meta(&en, "og:image").unwrap(),
        format!("../og/{first}.en.png")
    );
}

#[test]
fn hreflang_links_are_absolute_with_site_url_and_absent_without() {
    let r = report();
    let root = "https://news.example.org/xihu/";
    let site = Site::parse(root).unwrap();
    // (page, its language's alternates: hreflang and the URL each names)
    let alternates = [
        ("zh-CN", root.to_string()),
        ("x-default", root.to_string()),
        ("en", format!("{root}en/")),
    ];
    for lang in [Lang::Zh, Lang::En] {
        let known = story(&r, lang, &site);
        for (code, url) in &alternates {
            let href = link(&known, "alternate", &format!("hreflang=\"{code}\""));
            assert_eq!(href.as_deref(), Some(url.as_str()), "{lang:?} page, {code}");
        }
        // Relative hreflang links are invalid: without the site's address there are none.
        let unknown = story(&r, lang, &Site::unknown());
        assert!(
            !unknown.contains("<link rel=\"alternate\""),
            "{lang:?} page without SITE_URL has alternate links"
        );
        // The language switch still links the two pages for readers.
        assert!(unknown.contains("class=\"lang-switch\""), "{lang:?}");
    }
}

#[test]
fn the_english_page_is_english_from_its_lang_to_its_tables() {
    let r = report();
    let en = story(&r, Lang::En, &Site::unknown());
    assert!(en.contains("<html lang=\"en\" data-charts-"));
    assert!(en.contains(&format!(
        "<title>{}</title>",
        html::escape(&r.meta.title.en)
    )));
    assert!(en.contains(&format!("<h1>{}</h1>", html::escape(&r.meta.title.en))));
    let english = without_chinese_elements(&en);
    let han: Vec<String> = english
        .lines()
        .filter(|l| l.chars().any(is_han))
        .map(|l| l.chars().take(160).collect())
        .collect();
    assert!(
        han.is_empty(),
        "Chinese outside quoted sources on the English page:\n{}",
        han.join("\n")
    );
    // Every chart with its English fallbacks, table, caption and downloads.
    for c in &r.charts {
        let id = &c.id;
        for file in [
            format!("../svg/{id}.en.svg"),
            format!("../svg/{id}.en.narrow.svg"),
            format!("../svg/{id}.en.dark.svg"),
            format!("../svg/{id}.en.narrow.dark.svg"),
            format!("../csv/{id}.en.csv"),
            format!("../png/{id}.en.png"),
        ] {
            assert!(
                en.contains(&format!("\"{file}\"")),
                "{id}: no link to {file}"
            );
        }
        assert!(en.contains(&format!(
            "<table id=\"table-{id}\"><caption>{}</caption>",
            html::escape(&c.title.en)
        )));
        let rows = report_charts::publish::resolve::rows(&r, c, Lang::En);
        for row in rows {
            assert!(
                en.contains(&format!(
                    "<tr><th scope=\"row\">{}</th>",
                    html::escape(&row.label)
                )),
                "{id}: row {}",
                row.label
            );
        }
    }
    // The quoted sources are still there, marked as Chinese.
    assert!(en.contains("<li lang=\"zh-CN\">") && en.contains("<p lang=\"zh-CN\">"));
    // Assets one folder up.
    for asset in [
        "../style.css",
        "../app.js",
        "../favicon.svg",
        "../pkg/report_charts_bg.wasm",
        "../data/charts.en.bin",
    ] {
        assert!(
            en.contains(&format!("\"{asset}\"")),
            "the English page does not load {asset}"
        );
    }
}

#[test]
fn the_two_pages_link_each_other_with_hreflang() {
    let r = report();
    let zh = story(&r, Lang::Zh, &Site::unknown());
    let en = story(&r, Lang::En, &Site::unknown());
    assert!(zh.contains("<a href=\"en/\" hreflang=\"en\" lang=\"en\">English</a>"));
    assert!(zh.contains(
        "<a href=\"./\" hreflang=\"zh-CN\" lang=\"zh-CN\" aria-current=\"page\">中文</a>"
    ));
    assert!(en.contains("<a href=\"../\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"));
    assert!(
        en.contains("<a href=\"./\" hreflang=\"en\" lang=\"en\" aria-current=\"page\">English</a>")
    );
}

#[test]
fn a_report_without_english_has_no_english_page_to_link() {
    let mut r = report();
    r.meta.title.en.clear();
    assert!(!page::has_english(&r));
    assert_eq!(page::languages(&r), vec![Lang::Zh]);
    let zh = story(&r, Lang::Zh, &Site::unknown());
    assert!(!zh.contains("lang-switch"));
    assert!(!zh.contains("hreflang"));
}

/// The part of `html` from the figure of chart `id` to its end.
fn figure_of<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("<figure class=\"chart\" data-chart=\"{id}\""))
        .unwrap();
    let len = html[start..].find("</figure>").unwrap();
    &html[start..start + len]
}

#[test]
fn each_chart_quotes_each_of_its_source_sentences_once_and_numbers_them_when_there_are_several() {
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let html = story(&r, lang, &Site::unknown());
        for c in &r.charts {
            let figure = figure_of(&html, &c.id);
            assert_eq!(
                figure.matches("<details").count(),
                2,
                "{}: one disclosure, one embed code inside",
                c.id
            );
            assert_eq!(figure.matches("<summary>").count(), 2, "{}", c.id);
            let rows = report_charts::publish::resolve::rows(&r, c, lang);
            let mut sentences: Vec<&str> = rows.iter().map(|row| row.source.as_str()).collect();
            sentences.dedup();
            sentences.sort_unstable();
            sentences.dedup();
            for s in &sentences {
                assert_eq!(figure.matches(&html::escape(s)).count(), 1, "{}: {s}", c.id);
            }
            let numbered = figure.matches("<td class=\"ref\"").count();
            assert_eq!(
                numbered,
                if sentences.len() > 1 { rows.len() } else { 0 },
                "{}",
                c.id
            );
        }
    }
}

#[test]
fn the_section_list_links_each_charted_sections_heading_which_takes_focus() {
    let r = report();
    let zh = story(&r, Lang::Zh, &Site::unknown());
    let nav = zh
        .split("<nav class=\"sections\"")
        .nth(1)
        .unwrap()
        .split("</nav>")
        .next()
        .unwrap();
    let charted: Vec<_> = r
        .sections
        .iter()
        .filter(|s| r.charts.iter().any(|c| c.section == s.id))
        .collect();
    assert!(!charted.is_empty());
    assert_eq!(nav.matches("<a ").count(), charted.len());
    for s in charted {
        assert!(nav.contains(&format!(
            "<a href=\"#h-{}\">{}</a>",
            s.id,
            html::escape(&s.short.zh)
        )));
        assert!(zh.contains(&format!("<h2 id=\"h-{}\" tabindex=\"-1\">", s.id)));
    }
}

/// Runs `report-charts site` into a fresh folder, with `SITE_URL` set or not.
fn build_site(name: &str, site_url: Option<&str>) -> (std::path::PathBuf, String) {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&out);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_report-charts"));
    cmd.args(["site", "--no-images", "--www", &path("www"), &path(DATA)]);
    cmd.arg(&out);
    match site_url {
        Some(url) => cmd.env("SITE_URL", url),
        None => cmd.env_remove("SITE_URL"),
    };
    let result = cmd.output().unwrap();
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    (out, String::from_utf8_lossy(&result.stderr).to_string())
}

#[test]
fn the_build_warns_without_site_url_and_writes_absolute_cards_with_it() {
    let (out, stderr) = build_site("site-without-url", None);
    assert!(
        stderr.contains("SITE_URL is not set"),
        "no warning: {stderr:?}"
    );
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(meta(&html, "og:image").unwrap().starts_with("og/"));
    assert!(out.join("en/index.html").exists());

    let (out, stderr) = build_site("site-with-url", Some("https://news.example.org/r/"));
    assert!(
        !stderr.contains("SITE_URL"),
        "warned although SITE_URL is set: {stderr:?}"
    );
    let en = std::fs::read_to_string(out.join("en/index.html")).unwrap();
    assert!(meta(&en, "og:image")
        .unwrap()
        .starts_with("https://news.example.org/r/og/"));
    let id = &report().charts[1].id;
    let embed = std::fs::read_to_string(out.join(format!("embed/{id}.html"))).unwrap();
    assert_eq!(
        meta(&embed, "og:url").unwrap(),
        format!("https://news.example.org/r/embed/{id}.html")
    );
    assert_eq!(
        meta(&embed, "twitter:image").unwrap(),
        format!("https://news.example.org/r/og/{id}.png")
    );

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(["site", "--no-images", "--www", &path("www"), &path(DATA)])
        .arg(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-bad-url"))
        .env("SITE_URL", "news.example.org")
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr)
        .contains("SITE_URL \"news.example.org\" is not an absolute"));
}

#[test]
fn each_chart_has_an_english_embed_page_with_its_english_card() {
    let r = report();
    let template = std::fs::read_to_string(path("www/embed-chart.html")).unwrap();
    let site = Site::parse("https://news.example.org/r/").unwrap();
    let cx = page::Context {
        sizes: &AnySize,
        site: &site,
        text: None,
    };
    for c in &r.charts {
        let id = &c.id;
        let en = page::embed_page(&template, &r, id, Lang::En, &cx);
        assert!(en.contains("<html lang=\"en\" data-charts-"), "{id}");
        assert!(en.contains(&format!("<title>{}</title>", html::escape(&c.title.en))));
        assert!(en.contains(&format!("<img src=\"../svg/{id}.en.svg\"")));
        assert_eq!(
            meta(&en, "og:url").unwrap(),
            format!("https://news.example.org/r/embed/{id}.en.html")
        );
        assert_eq!(
            meta(&en, "og:image").unwrap(),
            format!("https://news.example.org/r/og/{id}.en.png")
        );
        let english = without_chinese_elements(&en);
        assert!(
            !english.chars().any(is_han),
            "{id}: Chinese on its English embed page"
        );
        let zh = page::embed_page(&template, &r, id, Lang::Zh, &cx);
        assert!(zh.contains("<html lang=\"zh-CN\" data-charts-"));
        assert!(zh.contains(&format!("<img src=\"../svg/{id}.svg\"")));
    }
}

#[test]
fn the_demo_article_and_the_embed_forwarder_are_filled_from_the_report_they_are_built_for() {
    let r = report();
    let read = |p: &str| std::fs::read_to_string(path(p)).unwrap();
    let demo = report_charts::publish::demo::article(&read("www/demo/index.html"), &r);
    let forwarder = report_charts::publish::demo::forwarder(&read("www/embed.html"), &r);
    for page in [&demo, &forwarder] {
        assert!(!page.contains("{{"), "a placeholder is left: {page}");
        assert!(page.contains(&html::escape(&r.meta.title.zh)));
    }
    // Every chart the demo embeds is one of this report's.
    for src in demo.split("embed/").skip(1) {
        let id = src.split(['.', '"']).next().unwrap();
        assert!(
            r.chart(id).is_some(),
            "the demo embeds {id}, not in the data"
        );
    }
    for div in demo.split("data-report-chart=\"").skip(1) {
        let id = div.split('"').next().unwrap();
        assert!(
            r.chart(id).is_some(),
            "the demo embeds {id}, not in the data"
        );
    }
}
