#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An indicator's page holds every number its lead promises: the numbers no chart of it
//! can set beside the others (a month's growth, a five-year average, a target) are listed
//! with their place, value as printed and sentence, never left out of a page the site's
//! index lists. The reports are short texts written for this test, drafted in memory.

mod common;

use report_charts::publish::register::{self, Register};
use report_charts::shared::model::{Lang, Report, Text};

/// Three reports that share an indicator, each of another period or status: no ranking,
/// no targets beside results and no trend can hold them.
fn reports() -> Vec<(String, Report)> {
    common::drafted_reports([
        (
            "jiashi",
            "甲市经济运行简况\n1—11月，全市规模以上工业增加值同比增长6.9%。\n",
        ),
        (
            "yixian",
            "乙县“十四五”发展回顾\n“十四五”以来，全县规模以上工业增加值年均增长7.8%。\n",
        ),
        (
            "bingqu",
            "2026年丙区人民政府工作报告\n2026年主要预期目标是：规模以上工业增加值增长7%以上。\n",
        ),
    ])
}

fn page_of(reg: &Register, id: &str, lang: Lang) -> String {
    let written = common::industry_page(reg, id, lang);
    let html = &written
        .files
        .iter()
        .find(|(p, _)| p.ends_with(".html") && !p.contains("embed"))
        .unwrap()
        .1;
    String::from_utf8(html.clone()).unwrap()
}

#[test]
fn every_number_of_a_listed_indicator_is_on_its_page_with_its_sentence_and_link() {
    let reports = reports();
    let reg = common::register_of(&reports);
    let listed: Vec<String> = register::pages(&reg).into_iter().map(|p| p.0).collect();
    let id = "industrial-value-added";
    assert!(listed.iter().any(|x| x == id), "{listed:?}");
    let entries: Vec<_> = reg.of(id).collect();
    assert!(entries.len() >= 3, "{}", entries.len());
    for lang in [Lang::Zh, Lang::En] {
        let html = page_of(&reg, id, lang);
        for e in &entries {
            let link = format!("href=\"../{}\"", e.link);
            assert!(
                html.contains(&e.figure.source),
                "{lang:?}: {}",
                e.figure.source
            );
            assert!(html.contains(&link), "{lang:?}: {link}");
            let printed = report_charts::shared::format::printed(&e.figure, lang).unwrap();
            assert!(html.contains(&printed), "{lang:?}: {printed}");
        }
        // Three reports are no "too few reports".
        assert!(!html.contains("报告数量不足") && !html.contains("Too few reports"));
    }
    // A target is listed as one.
    assert!(page_of(&reg, id, Lang::Zh).contains("<td>目标</td>"));
}

/// The period cells of an indicator page's tables, in order.
fn period_cells(html: &str) -> Vec<String> {
    // Each row: place, then period (`<td>…</td>` right after the place's cell).
    html.split("<tr>")
        .skip(1)
        .filter_map(|row| {
            let cells: Vec<&str> = row.split("<td").skip(1).collect();
            let cell = cells.get(1)?;
            let text = cell.split_once('>')?.1.split("</td>").next()?;
            Some(text.to_string())
        })
        .collect()
}

#[test]
fn an_english_page_names_each_period_in_english_or_says_it_is_printed_in_chinese() {
    let mut reports = reports();
    // Periods without English in the data (a report the desk has not translated): the
    // page names a shape it knows in English, and says when it cannot.
    for (slug, r) in &mut reports {
        let zh = match slug.as_str() {
            "jiashi" => "1—11月",
            "yixian" => "“十四五”时期",
            _ => continue,
        };
        for f in &mut r.figures {
            f.period = Some(Text {
                zh: zh.to_string(),
                en: String::new(),
            });
        }
    }
    let reg = common::register_of(&reports);
    let html = page_of(&reg, "industrial-value-added", Lang::En);
    let cells = period_cells(&html);
    assert!(cells.iter().any(|c| c == "January–November"), "{cells:?}");
    // “十四五” has no English here: printed as the report prints it, and said so.
    let five = cells.iter().find(|c| c.contains("十四五")).unwrap();
    assert!(five.ends_with("(as printed in Chinese)"), "{five}");
    // Its Chinese is marked as Chinese, the note is not: a screen reader reads each in
    // its own language.
    assert!(
        five.starts_with("<span lang=\"zh-CN\">“十四五”时期</span> ("),
        "{five}"
    );
    // No other period cell is Chinese.
    for c in cells.iter().filter(|c| !c.contains("十四五")) {
        assert!(
            !c.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{c}"
        );
    }
    // The Chinese page prints them as printed.
    let zh = period_cells(&page_of(&reg, "industrial-value-added", Lang::Zh));
    assert!(zh.iter().any(|c| c == "1—11月"), "{zh:?}");
}

#[test]
fn a_report_that_names_no_place_says_so_and_its_title_on_every_row() {
    let mut reports = reports();
    let text = "政府工作报告\n2026年主要预期目标是：规模以上工业增加值增长7%以上。\n";
    let report = common::drafted("wuming", text);
    assert!(
        register::place_of(&report).is_empty(),
        "the test needs a report of no place"
    );
    reports.push(("wuming".to_string(), report));
    let reg = common::register_of(&reports);
    let id = "industrial-value-added";
    for (lang, no_place) in [(Lang::Zh, "未注明地区"), (Lang::En, "Place not named")] {
        let html = page_of(&reg, id, lang);
        let rows: Vec<&str> = html
            .split("<tr>")
            .skip(1)
            .filter(|r| r.contains("<td"))
            .collect();
        assert!(!rows.is_empty());
        for row in &rows {
            // The first cell names a place (or says there is none) and the report's title.
            let first = row.split("</td>").next().unwrap();
            assert!(
                !first.contains("<span></span>"),
                "{lang:?}: an empty place: {row}"
            );
            assert!(
                first.contains("class=\"r\""),
                "{lang:?}: no report title: {row}"
            );
        }
        let unnamed: Vec<&&str> = rows.iter().filter(|r| r.contains("wuming/")).collect();
        assert!(
            !unnamed.is_empty(),
            "{lang:?}: the report of no place has no row"
        );
        for row in unnamed {
            assert!(
                row.contains(no_place) && row.contains("政府工作报告"),
                "{lang:?}: {row}"
            );
        }
    }
}

#[test]
fn an_english_page_links_each_number_to_its_reports_english_page_where_it_has_one() {
    // Xihu's data is English-complete (its site has xihu-2024/en/); 甲市's draft is not.
    let mut reports = common::drafted_reports([(
        "jiashi",
        "甲市经济运行简况\n全年全市地区生产总值2418.6亿元，增长6.2%。\n",
    )]);
    reports.push(("xihu-2024".to_string(), common::report()));
    let reg = common::register_of(&reports);
    let entries: Vec<_> = reg.of("gdp").collect();
    assert!(["jiashi", "xihu-2024"]
        .iter()
        .all(|s| entries.iter().any(|e| e.slug == *s)));
    for lang in [Lang::Zh, Lang::En] {
        let html = page_of(&reg, "gdp", lang);
        for e in &entries {
            let (page, anchor) = e.link.split_once('/').unwrap();
            let english = lang == Lang::En && e.slug == "xihu-2024";
            let folder = if english { "en/" } else { "" };
            let link = format!("href=\"../{page}/{folder}{anchor}\"");
            assert!(html.contains(&link), "{lang:?}: {link}");
        }
        let chinese = html.contains("href=\"../xihu-2024/#");
        assert_eq!(chinese, lang == Lang::Zh, "{lang:?}");
    }
}
