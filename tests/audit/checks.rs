//! The audit's own tests: that it reads numbers as a reader does, and that it finds the
//! wrong numbers this repository has printed (each fixed since, and put back here).

use crate::common::{self, chart, edited, AnySize};
use crate::outputs;
use crate::read::{self, Printed};
use crate::trace::{self, Finding};
use report_charts::check::validate;
use report_charts::publish::page;
use report_charts::publish::resolve;
use report_charts::shared::model::{Chart, Lang, Report, Text};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

pub(crate) fn amounts(text: &str) -> Vec<f64> {
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
    let cases: [(&str, &[f64]); 14] = [
        ("地区生产总值突破800亿元", &[8e10]),
        ("惠及经营主体120余万户", &[1.2e6]),
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
        // A range's lower end counts in its upper end's magnitude.
        ("年度计划投资120—130亿元", &[1.2e10, 1.3e10]),
        ("a target of 12–13 billion yuan", &[1.2e10, 1.3e10]),
        ("增长6%—6.5%", &[6.0, 6.5]),
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

/// The SVG of chart `id` of `r` at `width`, in `lang`, light.
pub(crate) fn svg_of(r: &Report, id: &str, lang: Lang, width: f64) -> String {
    let view = View {
        width,
        lang,
        theme: ThemeName::Light,
    };
    report_charts::publish::svg(r, id, view).unwrap()
}

/// The rows of chart `id`'s CSV in `lang`, its header first.
pub(crate) fn csv_rows(r: &Report, id: &str, lang: Lang) -> Vec<Vec<String>> {
    read::csv(&resolve::csv(r, r.chart(id).unwrap(), lang))
}

pub(crate) fn findings_of(text: &str, scope: &trace::Scope) -> Vec<Finding> {
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
pub(crate) fn csv_with_row(r: &Report, id: &str, lang: Lang, row: &str) -> Vec<Finding> {
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
    let row = |value: &str, unit: &str| {
        format!("gdp,GDP,{value},{unit},over,up 4.3%,result,2024,\"{source}\"")
    };
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
fn a_csv_row_that_calls_a_result_a_target_is_found() {
    let r = common::report();
    let source = &r.figures.iter().find(|f| f.id == "gdp").unwrap().source;
    let cases = [
        (Lang::En, "result", "target", "2024"),
        (Lang::Zh, "结果", "目标", "2024年"),
    ];
    for (lang, status, wrong, year) in cases {
        let row =
            |s: &str| format!("gdp,GDP,800,100 million yuan,over,up 4.3%,{s},{year},\"{source}\"");
        assert!(csv_with_row(&r, "headline", lang, &row(status)).is_empty());
        let found = csv_with_row(&r, "headline", lang, &row(wrong));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].problem.contains("status"), "{}", found[0]);
    }
}

#[test]
fn a_note_that_drops_the_magnitude_is_refused_by_check_and_found_in_the_chart_it_annotates() {
    // The English note as it was: 1226.3 beside a card of 122.63 billion yuan.
    let note = "1226.3 is the projects' total planned investment, not 2024 spending";
    let json = common::mutated(|v| chart(v, "investment")["note"]["en"] = note.into());
    let refused = validate::load("x.json", &json).unwrap_err();
    assert!(
        refused
            .problems
            .iter()
            .any(|p| p.path.to_string().ends_with(".note.en")),
        "{refused}"
    );
    // Were it to reach an output (a check of its own gone), the audit finds it there.
    let mut r = common::report();
    let k = r.charts.iter().position(|c| c.id == "investment").unwrap();
    if let Some(n) = r.charts[k].note.as_mut() {
        n.en = note.to_string();
    }
    let svg = svg_of(&r, "investment", Lang::En, 720.0);
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
    let with = edited(|v| {
        v["meta"]["image_credit"] =
            serde_json::json!({"zh": "图片：新华社", "en": "Photo: Xinhua"});
    });
    assert!(page::story(&with, &AnySize, Lang::En, None)
        .contains("<p class=\"credit\">Photo: Xinhua</p>"));
}

#[test]
fn both_csvs_of_a_chart_write_the_values_as_printed_and_name_the_unit_they_count_in() {
    let r = common::report();
    for c in &r.charts {
        let [zh, en] = [Lang::Zh, Lang::En].map(|l| csv_rows(&r, &c.id, l));
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
    let en = csv_rows(&r, "headline", Lang::En);
    assert_eq!(en[1][..4], ["gdp", "GDP", "800", "100 million yuan"]);
    let housing = csv_rows(&r, "housing-renewal", Lang::En);
    let households = housing
        .iter()
        .find(|row| row[0] == "old-estate-households")
        .unwrap();
    assert_eq!(households[2..4], ["1.64", "10,000 households"]);
}

#[test]
fn a_stray_number_in_a_title_subtitle_or_note_in_either_language_is_found_in_the_svg_and_the_page()
{
    // What check refuses (tests/captions.rs), put into the model past it: the audit finds
    // it in what a reader gets, in every field that prints it.
    fn side(t: &mut Text, lang: Lang) -> &mut String {
        match lang {
            Lang::Zh => &mut t.zh,
            Lang::En => &mut t.en,
        }
    }
    type Put = fn(&mut Chart, Lang, String);
    // (field, how it is set, whether the page's HTML prints it: a note is drawn only)
    let fields: [(&str, Put, bool); 3] = [
        ("title", |c, lang, s| *side(&mut c.title, lang) = s, true),
        (
            "subtitle",
            |c, lang, s| *side(&mut c.subtitle, lang) = s,
            true,
        ),
        (
            "note",
            |c, lang, s| {
                if let Some(n) = c.note.as_mut() {
                    *side(n, lang) = s;
                }
            },
            false,
        ),
    ];
    for (field, put, on_page) in fields {
        for (lang, stray) in [(Lang::Zh, "同比增长57.7%"), (Lang::En, "up 57.7%")] {
            let mut r = common::report();
            let k = r.charts.iter().position(|c| c.id == "investment").unwrap();
            put(&mut r.charts[k], lang, stray.to_string());
            let scope = trace::chart_scope(&r, &r.charts[k]);
            let mut found = Vec::new();
            let svg = svg_of(&r, "investment", lang, 720.0);
            outputs::svg(&svg, &scope, lang, "investment.svg", &mut found);
            let story = page::story(&r, &AnySize, lang, None);
            outputs::html(&story, &r, None, &[], "index.html", &mut found);
            let stray_found: Vec<&Finding> = found
                .iter()
                .filter(|f| f.printed.contains("57.7"))
                .collect();
            // In the SVG, and in the page where its HTML prints the field.
            let svg_found = stray_found
                .iter()
                .filter(|f| f.place.starts_with("investment.svg"));
            assert!(svg_found.count() >= 1, "{field} {lang:?}: {found:?}");
            let page_found = stray_found
                .iter()
                .filter(|f| f.place.starts_with("index.html"));
            assert_eq!(
                page_found.count() >= 1,
                on_page,
                "{field} {lang:?}: {found:?}"
            );
        }
    }
}
