#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A section's heading on the story page: its short name above its title, once; a
//! draft's section whose short name is its title (全文, 导语) shows it once, not twice
//! (the tester's M1). A short text of our own, drafted in memory.

mod common;

use common::AnySize;
use report_charts::publish::page;
use report_charts::shared::model::Lang;

#[test]
fn a_section_whose_short_name_is_its_title_shows_it_once() {
    let r = common::drafted(
        "baishi",
        "白石市两会观察：稳中求进\n本报记者 李明\n1月14日，白石市人代会开幕。过去一年，全市地区生产总值增长6.2%，一般公共预算收入增长4.1%。\n全年城镇新增就业4.3万人。\n",
    );
    let same: Vec<_> = (r.sections.iter())
        .filter(|s| s.short.zh == s.title.zh)
        .collect();
    assert!(!same.is_empty(), "the test needs a section named once");
    for lang in [Lang::Zh, Lang::En] {
        let html = page::story(&r, &AnySize, lang, None);
        for s in &same {
            // A draft writes the English of 全文 in its short name alone.
            let name = s.title.pick(lang);
            if name.is_empty() {
                continue;
            }
            let h2 = html
                .split("<h2 ")
                .find(|h| h.starts_with(&format!("id=\"h-{}\"", s.id)))
                .map(|h| &h[..h.find("</h2>").unwrap()])
                .unwrap_or_else(|| panic!("{lang:?}: no heading of {}", s.id));
            assert_eq!(h2.matches(name).count(), 1, "{lang:?}: {h2}");
        }
    }
    // A section with a short name of its own keeps it above its title.
    let xihu = common::report();
    let html = page::story(&xihu, &AnySize, Lang::Zh, None);
    let s = &xihu.sections[0];
    assert_ne!(s.short.zh, s.title.zh);
    assert!(html.contains(&format!(
        "<span class=\"short\">{}</span> <span class=\"title\">{}</span>",
        s.short.zh, s.title.zh
    )));
}
