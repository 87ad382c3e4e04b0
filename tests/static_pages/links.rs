//! Cards, canonical and hreflang links: absolute with SITE_URL, relative or absent without
//! it, and the two languages' pages linking each other.

use super::*;

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
