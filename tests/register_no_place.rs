#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report that names no place is said to, in every output of the register: the
//! indicators' CSV, a chart's CSV and its labels (SVG), as its tables already do
//! (未注明地区 / "Place not named"), never an empty cell or label that reads as the row
//! above's. Short texts written for this test, drafted in memory.

mod common;

use report_charts::publish::register;
use report_charts::shared::model::{Lang, Report};

/// Three reports of one year with one indicator: a ranking holds them all.
fn reports() -> Vec<(String, Report)> {
    common::drafted_reports([
        (
            "jiashi",
            "甲市2025年经济运行情况\n全年，全市规模以上工业增加值增长6.9%。\n",
        ),
        (
            "yixian",
            "乙县2025年经济运行情况\n全年，全县规模以上工业增加值增长7.8%。\n",
        ),
        (
            "wuming",
            "2025年经济运行情况\n全年，规模以上工业增加值增长5.2%。\n",
        ),
    ])
}

#[test]
fn every_output_of_the_register_says_a_report_names_no_place() {
    let reports = reports();
    assert!(
        register::place_of(&reports[2].1).is_empty(),
        "the test needs a report of no place"
    );
    let reg = common::register_of(&reports);
    let csv = register::csv::csv(&reg);
    let row = csv.lines().find(|l| l.starts_with("wuming,")).unwrap();
    assert!(
        row.starts_with("wuming,未注明地区,"),
        "indicators.csv: {row}"
    );
    for (lang, no_place) in [(Lang::Zh, "未注明地区"), (Lang::En, "Place not named")] {
        let written = common::industry_page(&reg, "industrial-value-added", lang);
        assert!(!written.charts.is_empty(), "{lang:?}: a ranking");
        let text = |p: &str| {
            String::from_utf8(written.files.iter().find(|f| f.0 == p).unwrap().1.clone()).unwrap()
        };
        let csvs: Vec<&String> = (written.files.iter().map(|f| &f.0))
            .filter(|p| p.ends_with(".csv"))
            .collect();
        assert!(!csvs.is_empty(), "{lang:?}: a chart's CSV");
        for p in csvs {
            let csv = text(p);
            let row = csv.lines().find(|l| l.starts_with("wuming,")).unwrap();
            assert!(
                row.starts_with(&format!("wuming,{no_place},")),
                "{p}: {row}"
            );
        }
        let svgs: Vec<&String> = (written.files.iter().map(|f| &f.0))
            .filter(|p| p.ends_with(".svg"))
            .collect();
        assert!(!svgs.is_empty(), "{lang:?}: the charts' SVGs");
        for p in svgs {
            assert!(text(p).contains(no_place), "{p}: the label of no place");
        }
    }
}

/// The page's files in `lang` joined into one text.
fn page_text(reg: &register::Register, lang: Lang) -> String {
    let written = common::industry_page(reg, "industrial-value-added", lang);
    (written.files.iter())
        .map(|f| String::from_utf8_lossy(&f.1).into_owned())
        .collect()
}

#[test]
fn a_note_of_places_left_out_names_a_report_of_no_place_and_is_never_an_empty_list() {
    // The report of no place prints two different growth rates for one year.
    let mut texts = vec![
        (
            "jiashi",
            "甲市2025年经济运行情况\n全年，全市规模以上工业增加值增长6.9%。\n",
        ),
        (
            "yixian",
            "乙县2025年经济运行情况\n全年，全县规模以上工业增加值增长7.8%。\n",
        ),
        (
            "bingshi",
            "丙市2025年经济运行情况\n全年，全市规模以上工业增加值增长6.1%。\n",
        ),
    ];
    texts.push((
        "wuming",
        "2025年经济运行情况\n全年，规模以上工业增加值增长5.2%。\n\n全年，规模以上工业增加值增长5.8%。\n",
    ));
    let reg = common::register_of(&common::drafted_reports(texts));
    for (lang, note) in [
        (Lang::Zh, "待编辑确认）："),
        (Lang::En, "left for the desk): "),
    ] {
        let html = page_text(&reg, lang);
        let at = html
            .find(note)
            .unwrap_or_else(|| panic!("{lang:?}: no note"));
        assert!(
            html[at + note.len()..].starts_with("wuming"),
            "{lang:?}: {}",
            &html[at..at + 60]
        );
    }
}

#[test]
fn an_english_page_names_a_place_by_its_english_name_where_the_data_gives_one() {
    let r = common::report();
    let place = r.meta.place.clone().expect("Xihu names its place");
    let sources = [register::Source {
        slug: "xihu-2024",
        report: &r,
        place: Some(&place.zh),
        text: None,
    }];
    let reg = register::register(
        &sources,
        &report_charts::draft::glossary::Glossary::bundled().unwrap(),
    );
    let e = reg.entries.first().expect("Xihu's figures");
    assert_eq!(e.place_in(Lang::En), place.en);
    assert_eq!(e.place_in(Lang::Zh), place.zh);
    // The table of numbers on no chart too: its place cell, not only the charts.
    let gdp = report_charts::publish::register::page::Indicator {
        register: &reg,
        id: "gdp",
        zh: "地区生产总值",
        en: "GDP",
        scripts: &Default::default(),
    };
    let written = report_charts::publish::register::page::page(&gdp, Lang::En).unwrap();
    let html: String = (written.files.iter())
        .filter(|f| f.0.ends_with(".html"))
        .map(|f| String::from_utf8_lossy(&f.1).into_owned())
        .collect();
    assert!(
        html.contains(&format!("<td><span>{}</span>", place.en)),
        "{html}"
    );
    assert!(!html.contains("<span lang=\"zh-CN\">西湖区</span>"));
}

#[test]
fn an_english_indicator_page_says_that_the_sites_index_it_links_to_is_in_chinese() {
    // The site's index has no English version: its link says where it leads.
    let reg = common::register_of(&reports());
    let html = page_text(&reg, Lang::En);
    let at = html
        .find("href=\"../index.html\"")
        .expect("a link to the index");
    let link = &html[at..at + html[at..].find("</a>").unwrap()];
    assert!(link.contains("hreflang=\"zh-CN\""), "{link}");
    assert!(link.contains("Chinese"), "{link}");
}
