//! The audit's own tests: that it reads numbers as a reader does, and that it finds the
//! wrong numbers this repository has printed (each fixed since, and put back here).

use crate::common::{self, chart, mutated};
use crate::outputs;
use crate::read::{self, Printed};
use crate::trace::{self, Finding};
use report_charts::check::validate;
use report_charts::publish::page::{self, SvgSizes};
use report_charts::publish::resolve;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

fn amounts(text: &str) -> Vec<f64> {
    read::numbers(text)
        .into_iter()
        .map(|(_, p)| match p {
            Printed::Number { value, .. } => value,
            Printed::Name(n) => panic!("{text}: {n} read as a name"),
        })
        .collect()
}

#[test]
fn numbers_are_read_with_the_magnitude_printed_after_them() {
    let cases: [(&str, &[f64]); 10] = [
        ("地区生产总值突破800亿元", &[8e10]),
        ("GDP passes 80 billion yuan", &[8e10]),
        ("for 16,400 households", &[16400.0]),
        ("新增停车泊位2.1万余个", &[21000.0]),
        ("30 million-plus visits", &[3e7]),
        ("高出全市1.9个百分点", &[1.9]),
        ("up 4.3%, 12 more", &[4.3, 12.0]),
        (
            "4,353 streetlights, over 3,600 road voids",
            &[4353.0, 3600.0],
        ),
        ("地区生产总值2.35万亿元", &[2.35e12]),
        ("1,2345 is two numbers", &[1.0, 2345.0]),
    ];
    for (text, want) in cases {
        let got = amounts(text);
        assert_eq!(got.len(), want.len(), "{text}: {got:?}");
        for (g, w) in got.iter().zip(want) {
            assert!(
                (g - w).abs() <= 1e-9 * w.abs(),
                "{text}: read {g}, want {w}"
            );
        }
    }
}

#[test]
fn digits_glued_to_latin_letters_are_a_name() {
    let got: Vec<Printed> = read::numbers("全年PM2.5浓度改善9.7%，5G基站")
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    assert_eq!(got[0], Printed::Name("PM2.5".into()));
    assert!(matches!(got[1], Printed::Number { value, .. } if value == 9.7));
    assert_eq!(got[2], Printed::Name("5G".into()));
}

fn findings_of(text: &str, scope: &trace::Scope) -> Vec<Finding> {
    let mut out = Vec::new();
    trace::audit(text, scope, "test", &mut out);
    out
}

#[test]
fn a_number_that_is_no_figure_of_its_chart_is_found_though_another_chart_has_it() {
    let r = common::report();
    let headline = trace::chart_scope(&r, r.chart("headline").unwrap());
    let investment = trace::chart_scope(&r, r.chart("investment").unwrap());
    assert_eq!(findings_of("111个重点项目全部开工", &headline).len(), 1);
    assert!(findings_of("111个重点项目全部开工", &investment).is_empty());
    assert!(findings_of("111个重点项目全部开工", &trace::page_scope(&r)).is_empty());
}

#[test]
fn only_the_reports_year_and_names_its_sentences_print_are_accounted_for() {
    // The figures of 全年PM2.5浓度改善9.7% and the paragraph after it, on one chart.
    let ids = ["pm25", "pocket-parks", "green-corridor", "water-quality"];
    let r = common::with_chart("cards", "ecology", &ids);
    let ecology = trace::chart_scope(&r, r.chart("ecology").unwrap());
    assert!(findings_of("2024年，PM2.5浓度改善9.7%", &ecology).is_empty());
    assert_eq!(
        findings_of("2023年", &ecology).len(),
        1,
        "a year other than meta.year"
    );
    assert_eq!(
        findings_of("PM10浓度", &ecology).len(),
        1,
        "a name no sentence prints"
    );
}

/// A CSV of chart `id` of the real report, with its first data row replaced.
fn csv_with_row(r: &Report, id: &str, lang: Lang, row: &str) -> Vec<Finding> {
    let csv = resolve::csv(r, r.chart(id).unwrap(), lang);
    let mut lines: Vec<&str> = csv.split("\r\n").collect();
    lines[1] = row;
    let mut out = Vec::new();
    outputs::csv(&lines.join("\r\n"), r, id, "headline.csv", &mut out);
    out
}

#[test]
fn a_csv_value_in_the_wrong_magnitude_is_found() {
    let r = common::report();
    let source = &r.figures.iter().find(|f| f.id == "gdp").unwrap().source;
    let row = |value: &str, unit: &str| format!("gdp,GDP,{value},{unit},over,up 4.3%,\"{source}\"");
    // What the English CSV of GDP said before: 800 yuan for 800亿元.
    let found = csv_with_row(&r, "headline", Lang::En, &row("800", "yuan"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].problem.contains("8e2"), "{}", found[0]);
    for (value, unit) in [
        ("800", "100 million yuan"),
        ("80000000000", "yuan"),
        ("800", "亿元"),
    ] {
        let found = csv_with_row(&r, "headline", Lang::En, &row(value, unit));
        assert!(found.is_empty(), "{value} {unit}: {found:?}");
    }
}

#[test]
fn a_note_that_drops_the_magnitude_is_found_in_the_chart_it_annotates() {
    // The English note as it was: 1226.3 beside a card of 122.63 billion yuan.
    let json = mutated(|v| {
        chart(v, "investment")["note"]["en"] =
            "1226.3 is the projects' total planned investment, not 2024 spending".into();
    });
    let r = validate::load("mutated.json", &json).unwrap();
    let view = View {
        width: 720.0,
        lang: Lang::En,
        theme: ThemeName::Light,
    };
    let svg = report_charts::publish::svg(&r, "investment", view).unwrap();
    let mut found = Vec::new();
    outputs::svg(
        &svg,
        &trace::chart_scope(&r, r.chart("investment").unwrap()),
        Lang::En,
        "investment.en.svg",
        &mut found,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].problem.contains("off by 10^8"), "{}", found[0]);
}

struct AnySize;

impl SvgSizes for AnySize {
    fn size(&self, _: &str, _: bool, _: Lang) -> (f64, f64) {
        (720.0, 400.0)
    }
}

#[test]
fn a_page_credits_images_only_where_its_data_gives_a_credit() {
    let r = common::report();
    assert!(r.meta.image_credit.is_none(), "Xihu's page shows no photos");
    for lang in page::languages(&r) {
        let story = page::story(&r, &AnySize, lang, None);
        assert!(
            !story.contains("class=\"credit\""),
            "{lang:?}: a credit for no image"
        );
        assert!(
            !story.contains("Photos") && !story.contains("图片"),
            "{lang:?}"
        );
    }
    let json = mutated(|v| {
        v["meta"]["image_credit"] =
            serde_json::json!({"zh": "图片：新华社", "en": "Photo: Xinhua"});
    });
    let with = validate::load("mutated.json", &json).unwrap();
    assert!(page::story(&with, &AnySize, Lang::En, None)
        .contains("<p class=\"credit\">Photo: Xinhua</p>"));
}

#[test]
fn both_csvs_of_a_chart_write_the_values_as_printed_and_name_the_unit_they_count_in() {
    let r = common::report();
    for c in &r.charts {
        let [zh, en] = [Lang::Zh, Lang::En].map(|l| read::csv(&resolve::csv(&r, c, l)));
        let column = |rows: &[Vec<String>], i: usize| {
            rows.iter()
                .skip(1)
                .map(|row| row[i].clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            column(&zh, 2),
            column(&en, 2),
            "{}: the two languages' values",
            c.id
        );
    }
    let en = read::csv(&resolve::csv(&r, r.chart("headline").unwrap(), Lang::En));
    assert_eq!(en[1][..4], ["gdp", "GDP", "800", "100 million yuan"]);
    let housing = read::csv(&resolve::csv(
        &r,
        r.chart("housing-renewal").unwrap(),
        Lang::En,
    ));
    let households = housing
        .iter()
        .find(|row| row[0] == "old-estate-households")
        .unwrap();
    assert_eq!(households[2..4], ["1.64", "10,000 households"]);
}
