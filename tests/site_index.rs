#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The site's index as a reader meets it (issue 20): each report's headline figure linked
//! to its sentence, the report's own year beside its data's, and the reports a ranking
//! leaves out named with why (未读出, 未提及). Short county reports written for these
//! tests, drafted in memory.

use report_charts::check::validate;
use report_charts::draft::{self, glossary::Glossary};
use report_charts::publish::register::charts::{self, Measure, Of};
use report_charts::publish::register::{self, Register, Source};
use report_charts::publish::site::index::{self, Entry};
use report_charts::shared::model::{Lang, Report};

/// A county's work report: last year's results, then this year's targets.
fn work_report(place: &str, plan: i64, result: &str, target: &str) -> String {
    let last = plan - 1;
    format!(
        "{plan}年{place}人民政府工作报告\n下载\n打印\n{plan}年{place}人民政府工作报告\n来源：{place}日报\n时间：{plan}-01-20\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、{last}年工作回顾\n过去一年，{result}\n二、{plan}年主要目标和重点工作\n{plan}年全县经济社会发展的主要预期目标是：{target}\n"
    )
}

/// Slug, text and report of each test report.
fn reports() -> Vec<(String, String, Report)> {
    let gdp = |v: &str, g: &str| {
        format!("全县地区生产总值达到{v}亿元，增长{g}%；一般公共预算收入30亿元，增长3%。")
    };
    let texts = [
        (
            "donghu-2026",
            "东湖县",
            gdp("512.6", "5.8"),
            "地区生产总值增长6%左右。",
        ),
        (
            "xishan-2026",
            "西山县",
            gdp("402.1", "4.6"),
            "地区生产总值增长5%左右。",
        ),
        (
            "nanhe-2026",
            "南河县",
            gdp("386.9", "6.3"),
            "地区生产总值增长6.5%以上。",
        ),
        (
            "beiling-2026",
            "北岭县",
            "全县地区生产总值达到300亿元，增长5.1%；全年地区生产总值增长4.8%。".to_string(),
            "地区生产总值增长5%左右。",
        ),
        (
            "qiaotou-2026",
            "桥头县",
            "全县地区生产总值稳步增长；一般公共预算收入20亿元，增长2%。".to_string(),
            "一般公共预算收入增长2%。",
        ),
        (
            "shiling-2026",
            "石岭县",
            "一般公共预算收入25亿元，增长1%。".to_string(),
            "一般公共预算收入增长2%。",
        ),
        (
            "liushu-2026",
            "柳树县",
            "全县地区生产总值增长5.2%；一般公共预算收入18亿元，增长2%。".to_string(),
            "地区生产总值增长5%左右。",
        ),
    ];
    texts
        .into_iter()
        .map(|(slug, place, result, target)| {
            let text = work_report(place, 2026, &result, target);
            let raw = draft::draft(&text).unwrap();
            let report = validate::validate(slug, &raw).unwrap_or_else(|e| panic!("{slug}: {e}"));
            (slug.to_string(), text, report)
        })
        .collect()
}

fn built(reports: &[(String, String, Report)]) -> Register {
    let sources: Vec<Source<'_>> = reports
        .iter()
        .map(|(slug, text, report)| Source {
            slug,
            report,
            place: None,
            text: Some(text),
        })
        .collect();
    let mut reg = register::register(&sources, &Glossary::bundled().unwrap());
    reg.link_sentences(|_, _| true);
    reg
}

#[test]
fn a_ranking_names_the_reports_of_its_year_it_leaves_out_and_why() {
    let list = reports();
    let reg = built(&list);
    let cases = [
        (
            Lang::Zh,
            "桥头县（未读出）",
            "石岭县（未提及）",
            "柳树县（未读出）",
        ),
        (
            Lang::En,
            "桥头县 (not read)",
            "石岭县 (not mentioned)",
            "柳树县 (not read)",
        ),
    ];
    for (lang, unread, unnamed, growth_only) in cases {
        let of = Of {
            id: "gdp",
            name: "地区生产总值",
            lang,
        };
        for measure in [Measure::Value, Measure::Growth] {
            let d = charts::ranking::draw(&reg, of, measure).expect("a ranking");
            // Liushu prints a growth rate and no value: ranked by growth only.
            let want = match measure {
                Measure::Value => vec![unread, unnamed, growth_only],
                Measure::Growth => vec![unread, unnamed],
            };
            assert_eq!(d.absent, want, "{lang:?} {measure:?}");
            // A place named in another note is not named twice.
            let noted: Vec<&String> = d.unsure.iter().chain(&d.bounds).collect();
            assert!(d
                .absent
                .iter()
                .all(|a| !noted.iter().any(|n| a.contains(n.as_str()))));
        }
    }
}

#[test]
fn the_index_heads_each_report_with_its_gdp_linked_to_its_sentence_or_with_nothing() {
    let list = reports();
    let reg = built(&list);
    let entry = |slug: &str| {
        let (_, _, r) = list.iter().find(|(s, _, _)| s == slug).unwrap();
        Entry::of(slug, r, true, &reg)
    };
    let donghu = entry("donghu-2026").headline.expect("a headline");
    assert_eq!(donghu.text, "地区生产总值 512.6亿元，增长5.8%");
    assert!(donghu.link.starts_with("donghu-2026/#"), "{}", donghu.link);
    // A report that prints only the growth rate is headed by it.
    let liushu = entry("liushu-2026").headline.map(|h| h.text);
    assert_eq!(liushu.as_deref(), Some("地区生产总值 增长5.2%"));
    // Two growth rates of one year: the desk decides, the index shows none.
    for slug in ["beiling-2026", "qiaotou-2026", "shiling-2026"] {
        assert_eq!(entry(slug).headline, None, "{slug}");
    }
}

#[test]
fn the_index_names_the_reports_year_beside_the_year_of_its_data() {
    let list = reports();
    let reg = built(&list);
    let entries: Vec<Entry> = list
        .iter()
        .map(|(slug, _, r)| Entry::of(slug, r, true, &reg))
        .collect();
    assert_eq!((entries[0].year, entries[0].title_year), (2025, Some(2026)));
    let page = index::page(&entries, &[], &[]);
    assert!(page.contains("<span class=\"year\">2026年报告 · 2025年数据</span>"));
    assert_eq!(
        report_charts::shared::messages::site::index_years(Lang::En, 2025, Some(2026)),
        "2026 report · 2025 data"
    );
    assert_eq!(
        report_charts::shared::messages::site::index_years(Lang::Zh, 2025, None),
        "2025年"
    );
}

/// A report of `place` whose data is of `year`, titled with `title_year`.
fn listed(slug: &str, place: &str, year: i64, title_year: Option<i64>) -> Entry {
    Entry {
        slug: slug.to_string(),
        place: Some(place.to_string()),
        year,
        title_year,
        title: format!("{place}报告"),
        headline: None,
        draft: false,
    }
}

/// The `data-year` of the index's line of report `slug`, and the filter's label of it.
fn year_of(page: &str, slug: &str) -> (String, String) {
    let line = page
        .lines()
        .find(|l| l.contains(&format!("href=\"{slug}/\"")))
        .unwrap_or_else(|| panic!("{slug} is not listed:\n{page}"));
    let at = line.find("data-year=\"").unwrap() + "data-year=\"".len();
    let i = &line[at..at + line[at..].find('"').unwrap()];
    let chip = format!("id=\"year-{i}\"> ");
    let label = page.find(&chip).map(|c| &page[c + chip.len()..]).unwrap();
    (i.to_string(), label[..label.find('<').unwrap()].to_string())
}

#[test]
fn a_reader_who_picks_a_data_year_finds_every_report_with_data_of_that_year() {
    // A 2026 work report reviews 2025, as a budget report titled 2025 does; a 2025 work
    // report reviews 2024.
    let entries = [
        listed("work-2026", "甲县", 2025, Some(2026)),
        listed("budget-2025", "乙区", 2025, Some(2025)),
        listed("news", "丙县", 2025, None),
        listed("work-2025", "甲县", 2024, Some(2025)),
    ];
    let page = index::page(&entries, &[], &[]);
    let table = [
        ("work-2026", "2025年"),
        ("budget-2025", "2025年"),
        ("news", "2025年"),
        ("work-2025", "2024年"),
    ];
    let mut filed = Vec::new();
    for (slug, label) in table {
        let (i, shown) = year_of(&page, slug);
        assert_eq!(shown, label, "{slug}");
        filed.push(i);
    }
    assert!(filed[..3].iter().all(|i| *i == filed[0]), "{filed:?}");
    assert_ne!(filed[0], filed[3]);
    // The filter says what it filters by; each card still names its report's own year.
    assert!(page.contains("<legend>数据年份</legend>"), "{page}");
    assert!(page.contains("<span class=\"year\">2026年报告 · 2025年数据</span>"));
    assert!(page.contains("<span class=\"year\">2025年</span>"));
}

/// The font stack that `property` (`--font:`, `body{font:` …) sets in `css`: the list of
/// families (a `font` shorthand's size and line height left out), without spaces after its
/// commas, in single quotes.
fn stack_in(css: &str, property: &str) -> String {
    let at = css
        .find(property)
        .unwrap_or_else(|| panic!("no {property} in {css}"));
    let rest = &css[at + property.len()..];
    let end = rest.find([';', '}']).unwrap();
    let value = rest[..end].trim();
    // A `font` shorthand starts with its size and line height: the stack is the rest.
    let value = value
        .find('\'')
        .map_or(value, |q| &value[q..])
        .replace(", ", ",");
    value.replace('"', "'")
}

#[test]
fn the_index_and_the_indicator_pages_read_in_the_story_pages_font_stack() {
    let story =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/style.css")).unwrap();
    let want = report_charts::shared::theme::FONT_STACK;
    assert_eq!(stack_in(&story, "--font:"), want, "www/style.css's --font");
    let index = index::style(&[]);
    assert_eq!(stack_in(&index, "body{font:"), want, "{index}");
    let indicators = report_charts::publish::register::page::style();
    assert_eq!(
        stack_in(&indicators, "body{font-family:"),
        want,
        "{indicators}"
    );
}
