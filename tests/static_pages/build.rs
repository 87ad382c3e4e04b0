//! The site build: its warning without SITE_URL, each chart's English embed page, and the
//! demo article and embed forwarder filled from their report.

use super::*;

/// Runs `report-charts site` into a fresh folder, with `SITE_URL` set or not.
fn build_site(name: &str, site_url: Option<&str>) -> (std::path::PathBuf, String) {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&out);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_report-charts"));
    cmd.args(site_args());
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
        .args(site_args())
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

/// The site command's arguments for the data file, pages alone: these tests read the HTML.
fn site_args() -> [String; 6] {
    [
        "site",
        "--no-images",
        "--no-assets",
        "--www",
        &path("www"),
        &path(DATA),
    ]
    .map(String::from)
}
