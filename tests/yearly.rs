#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! 年均: a change that is an average a year is said so in the model (`yearly`), kept by
//! the data file, printed back as 年均增长 / "average annual growth" in every text of a
//! figure, and kept in the draft's titles. A short text of our own.

mod common;

use report_charts::check::validate;
use report_charts::draft;
use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report};

const TEXT: &str = "一、2025年工作回顾
过去一年，全县地区生产总值达到286.4亿元，增长5.8%。
这五年，全县地区生产总值年均增长6.1%，城乡居民人均可支配收入年均分别增长5.9%、7.2%，工业用水量年均下降2.3%。
去年，全县细颗粒物年均浓度为28微克/立方米，下降6.7%。
";

fn drafted() -> (Report, String) {
    common::drafted_json("yearly", TEXT)
}

#[test]
fn a_change_printed_with_nianjun_is_yearly_in_the_model_and_the_file() {
    let (r, json) = drafted();
    let yearly: Vec<(f64, bool)> = r
        .figures
        .iter()
        .filter_map(|f| f.change.as_ref().map(|c| (c.value, c.yearly)))
        .collect();
    assert_eq!(
        yearly,
        [
            (5.8, false),
            (6.1, true),
            (5.9, true),
            (7.2, true),
            (2.3, true),
            (6.7, false)
        ],
        "{json}"
    );
    assert_eq!(json.matches("\"yearly\": true").count(), 4, "{json}");
}

#[test]
fn every_text_of_a_yearly_change_prints_nianjun() {
    let (r, _) = drafted();
    let cases = [
        (6.1, Lang::Zh, "年均增长6.1%"),
        (6.1, Lang::En, "average annual growth of 6.1%"),
        (2.3, Lang::Zh, "年均下降2.3%"),
        (2.3, Lang::En, "average annual decline of 2.3%"),
        (5.8, Lang::Zh, "增长5.8%"),
        (5.8, Lang::En, "up 5.8%"),
    ];
    for (v, lang, printed) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == v))
            .unwrap();
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, lang), printed);
        assert!(resolve::item(f, false, lang)
            .change
            .unwrap()
            .text
            .contains(printed));
    }
    // Every chart's CSV row of a yearly change, and every title that prints its number,
    // says 年均.
    for chart in &r.charts {
        for lang in [Lang::Zh, Lang::En] {
            let csv = resolve::csv(&r, chart, lang);
            let said = if lang == Lang::Zh { "年均" } else { "annual" };
            for f in r.figures_of(chart) {
                let Some(c) = f.change.as_ref().filter(|c| c.yearly) else {
                    continue;
                };
                let row = csv
                    .lines()
                    .find(|l| l.starts_with(&format!("{},", f.id)))
                    .unwrap();
                let printed = format::change(c, f, lang);
                assert!(printed.contains(said) && row.contains(&printed), "{row}");
            }
        }
        let title = &chart.title.zh;
        if title.contains("6.1%") {
            assert!(title.contains("年均增长6.1%"), "{title}");
        }
    }
}

#[test]
fn a_growth_chart_of_yearly_averages_says_nianjun_and_no_single_year() {
    // Averages a year whose sentences name no period: the subtitle says 年均 and states
    // no year the text does not (an average over one year is no average).
    let t = "一、2025年工作回顾
全县农业增加值年均增长2.1%，工业增加值年均增长7.3%，服务业增加值年均增长6.4%，建筑业增加值年均增长9.2%。
";
    let d = draft::draft(t).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("yearly.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let growth = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "growth")
        .unwrap_or_else(|| panic!("no growth chart: {json}"));
    assert_eq!(growth.subtitle.zh, "年均增长，%", "{json}");
}

#[test]
fn a_bar_of_a_yearly_change_says_nianjun_where_its_value_is_printed() {
    let (r, _) = drafted();
    let cases = [
        (6.1, Lang::Zh, "年均+6.1%"),
        (6.1, Lang::En, "+6.1% avg. a year"),
        (2.3, Lang::Zh, "年均−2.3%"),
        (5.8, Lang::Zh, "+5.8%"),
        (5.8, Lang::En, "+5.8%"),
    ];
    for (v, lang, short) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == v))
            .unwrap();
        let item = resolve::item(f, false, lang);
        assert_eq!(item.change.unwrap().short, short, "{v} {lang:?}");
    }
}
