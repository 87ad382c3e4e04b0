#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The register across years (issue 18, the fourteenth tester's H2 and H4): a number a
//! report prints twice alike counts once, a real conflict is named where a ranking is not
//! drawn, an indicator is named by its glossary term whatever a report prints, and last
//! year's target stands beside this year's result. Short county reports written for these
//! tests, drafted in memory.

mod common;

use common::work_report;

use report_charts::draft::glossary::Glossary;
use report_charts::publish::register::charts::{self, Measure, Of};
use report_charts::publish::register::page::{self, Indicator};
use report_charts::publish::register::{self, figure::Scripts, Register};
use report_charts::publish::site::index::Entry;
use report_charts::shared::model::{Lang, Report, Status};

/// A county's 2026 report with a five-year review that prints 2025's GDP too.
fn five_years(place: &str, start: &str, end: &str, growth: &str) -> String {
    work_report(
        place,
        2026,
        &format!(
            "“十四五”时期，全县地区生产总值由2020年的{start}亿元增加到2025年的{end}亿元，年均增长5.9%。\n2025年，全县地区生产总值完成{end}亿元，增长{growth}%。"
        ),
        "地区生产总值增长6%左右。",
    )
}

/// A county's 2026 report that prints 2025's GDP once.
fn plain(place: &str, value: &str, growth: &str) -> String {
    work_report(
        place,
        2026,
        &format!("2025年，全县地区生产总值完成{value}亿元，增长{growth}%。"),
        "地区生产总值增长5.5%左右。",
    )
}

fn of(id: &str) -> Of<'_> {
    Of {
        id,
        name: "地区生产总值",
        lang: Lang::Zh,
    }
}

#[test]
fn a_value_printed_twice_alike_counts_once_in_the_ranking_the_trend_and_the_index() {
    let reports = common::drafted_reports([
        (
            "lintang-2026",
            five_years("林塘县", "150.2", "201.7", "5.6"),
        ),
        ("shahe-2026", plain("沙河县", "320.5", "5.2")),
        ("meiling-2026", plain("梅岭县", "180.4", "6.0")),
    ]);
    let reg = common::register_of(&reports);
    let d = charts::ranking::draw(&reg, of("gdp"), Measure::Value).expect("a ranking");
    let lintang = d.spec.items.iter().find(|it| it.label == "林塘县");
    // The ranking shows the sentence with the year's growth, not the change from 2020.
    let shown = lintang.map(|it| it.value_text.clone().unwrap_or_default());
    assert_eq!(shown.as_deref(), Some("201.7亿元"), "{:?}", d.spec.items);
    assert!(d.unsure.is_empty(), "{:?}", d.unsure);
    let (_, r) = &reports[0];
    let headline = Entry::of("lintang-2026", r, true, &reg)
        .headline
        .map(|h| h.text);
    assert_eq!(
        headline.as_deref(),
        Some("地区生产总值 201.7亿元，增长5.6%")
    );
}

#[test]
fn a_ranking_left_undrawn_by_a_real_conflict_names_the_place_and_why() {
    // 林塘县 prints 199.3 and 201.7 for one year: the desk decides, and the page says so.
    let conflict =
        five_years("林塘县", "150.2", "199.3", "5.6").replace("完成199.3亿元", "完成201.7亿元");
    let reports = common::drafted_reports([
        ("lintang-2026", conflict),
        ("shahe-2026", plain("沙河县", "320.5", "5.2")),
        ("meiling-2026", plain("梅岭县", "180.4", "6.0")),
    ]);
    let reg = common::register_of(&reports);
    assert!(charts::ranking::draw(&reg, of("gdp"), Measure::Value).is_none());
    let table = [
        (Lang::Zh, "2025年各地地区生产总值", "林塘县", "两个不同数字"),
        (
            Lang::En,
            "by place, 2025",
            "林塘县",
            "two different numbers",
        ),
    ];
    for (lang, title, place, why) in table {
        let of = Of { lang, ..of("gdp") };
        let note = charts::ranking::not_drawn(&reg, of, Measure::Value).expect("a note");
        for want in [title, place, why] {
            assert!(note.contains(want), "{lang:?}: {want} in {note}");
        }
        let page = page_html(&reg, "gdp", lang);
        assert!(page.contains(place) && page.contains(why), "{lang:?}");
    }
    // The growth ranking, whose numbers agree, is drawn and needs no such note.
    assert!(charts::ranking::not_drawn(&reg, of("gdp"), Measure::Growth).is_none());
}

/// The page of indicator `id` in `lang`, named as the site names it.
fn page_html(reg: &Register, id: &str, lang: Lang) -> String {
    let (_, zh, en) = register::pages(reg)
        .into_iter()
        .find(|p| p.0 == id)
        .unwrap_or_else(|| panic!("{id} has no page"));
    let ind = Indicator {
        register: reg,
        id,
        zh: &zh,
        en: &en,
        scripts: &Scripts::default(),
    };
    let written = page::page(&ind, lang).unwrap();
    let html = written
        .files
        .iter()
        .find(|(p, _)| p == &report_charts::publish::files::indicator(id, lang));
    String::from_utf8(html.unwrap().1.clone()).unwrap()
}

/// Last year's report of 柳塘县 (its labels 生产总值, 地方一般公共预算收入, 新增城镇就业),
/// this year's (地区生产总值, 一般公共预算收入, 城镇新增就业) and a neighbour's.
fn two_years() -> Vec<(String, Report)> {
    common::drafted_reports([
        (
            "liutang-2025",
            work_report(
                "柳塘县",
                2025,
                "2024年，全县生产总值完成188.6亿元，增长5.4%；地方一般公共预算收入12.1亿元，增长2.6%；新增城镇就业3600人。",
                "生产总值增长6%左右；地方一般公共预算收入增长3%；新增城镇就业3500人以上。",
            ),
        ),
        (
            "liutang-2026",
            work_report(
                "柳塘县",
                2026,
                "2025年，全县地区生产总值完成199.8亿元，增长6.2%；一般公共预算收入12.6亿元，增长4.1%；城镇新增就业3700人。",
                "地区生产总值增长6%左右；一般公共预算收入增长3.5%；城镇新增就业3500人以上。",
            ),
        ),
        (
            "shahe-2026",
            work_report(
                "沙河县",
                2026,
                "2025年，全县地区生产总值完成320.5亿元，增长5.2%；一般公共预算收入20.3亿元，增长3.0%；城镇新增就业5100人。",
                "地区生产总值增长5.5%左右。",
            ),
        ),
    ])
}

#[test]
fn an_indicator_is_named_by_its_glossary_term_and_its_page_lists_the_labels_it_gathers() {
    let reg = common::register_of(&two_years());
    let pages = register::pages(&reg);
    let table = [
        ("gdp", "地区生产总值", "生产总值、地区生产总值"),
        (
            "general-budget-revenue",
            "一般公共预算收入",
            "地方一般公共预算收入、一般公共预算收入",
        ),
    ];
    for (id, name, labels) in table {
        let named = pages.iter().find(|p| p.0 == id).map(|p| p.1.as_str());
        assert_eq!(named, Some(name), "{id}");
        let html = page_html(&reg, id, Lang::Zh);
        assert!(html.contains(&format!("<h1>指标：{name}</h1>")), "{id}");
        let shown = html.split("<p class=\"labels\">").nth(1).unwrap();
        let shown: String = shown[..shown.find("</p>").unwrap()]
            .replace("<span>", "")
            .replace("</span>", "");
        assert_eq!(shown, format!("本页汇集各报告的这些写法：{labels}"), "{id}");
    }
}

#[test]
fn both_wordings_of_an_indicator_reach_one_id() {
    let g = Glossary::bundled().unwrap();
    let table = [
        ("城镇新增就业", "new-urban-jobs"),
        ("新增城镇就业", "new-urban-jobs"),
        ("全县新增城镇就业", "new-urban-jobs"),
        ("生产总值", "gdp"),
        ("地方一般公共预算收入", "general-budget-revenue"),
    ];
    for (label, id) in table {
        assert_eq!(
            g.indicator(label).map(|t| t.id.as_str()),
            Some(id),
            "{label}"
        );
    }
    // The jobs series keeps both years of 柳塘县.
    let reg = common::register_of(&two_years());
    let years: Vec<_> = reg
        .of("new-urban-jobs")
        .filter(|e| e.place == "柳塘县" && e.figure.status == Status::Result)
        .map(|e| e.period.clone())
        .collect();
    assert_eq!(years.len(), 2, "{years:?}");
}

#[test]
fn every_indicator_of_several_labels_is_named_by_one_of_them() {
    let g = Glossary::bundled().unwrap();
    let mut ids: Vec<(&str, Vec<&str>)> = Vec::new();
    for (label, t) in g.labels() {
        match ids.iter_mut().find(|(id, _)| *id == t.id) {
            Some((_, labels)) => labels.push(label),
            None => ids.push((&t.id, vec![label])),
        }
    }
    for (label, t) in g.labels() {
        let labels = &ids.iter().find(|(id, _)| *id == t.id).unwrap().1;
        assert!(labels.contains(&t.zh.as_str()), "{label}: {}", t.zh);
        let mut others = g.labels().filter(|(_, o)| o.id == t.id);
        assert!(others.all(|(_, o)| o.zh == t.zh), "{}: two names", t.id);
    }
}

#[test]
fn last_years_target_stands_beside_this_years_result_as_target_and_result() {
    let reg = common::register_of(&two_years());
    for (lang, target) in [
        (Lang::Zh, "2025年目标增长6%左右"),
        (Lang::En, "2025 target"),
    ] {
        let of = Of { lang, ..of("gdp") };
        let d = charts::outcome::draw(&reg, of).expect("target and outcome");
        let items: Vec<(&str, &str, Status)> = d
            .spec
            .items
            .iter()
            .map(|it| {
                (
                    it.label.as_str(),
                    it.value_text.as_deref().unwrap_or(""),
                    it.status,
                )
            })
            .collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].0, "柳塘县");
        assert_eq!(items[0].2, Status::Result);
        assert!(items[0].1.contains("6.2%"), "{items:?}");
        assert_eq!(items[1].2, Status::Target);
        assert!(items[1].1.starts_with(target), "{items:?}");
        // Each from its own report: the target from last year's, the result from this year's.
        let slugs: Vec<&str> = d.entries.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(slugs, ["liutang-2026", "liutang-2025"]);
    }
    let html = page_html(&reg, "gdp", Lang::Zh);
    assert!(
        html.contains("2025年地区生产总值增长：目标与实绩"),
        "{html}"
    );
}
