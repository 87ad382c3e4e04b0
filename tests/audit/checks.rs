//! The audit's own tests: that it reads numbers as a reader does, and that it finds the
//! wrong numbers this repository has printed (each fixed since, and put back here).

use crate::common::{self, chart, edited, figure};
use crate::outputs;
use crate::read::{self, Printed};
use crate::trace::{self, Finding};
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
    let cases: [(&str, &[f64]); 11] = [
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
fn svg_of(r: &Report, id: &str, lang: Lang, width: f64) -> String {
    let view = View {
        width,
        lang,
        theme: ThemeName::Light,
    };
    report_charts::publish::svg(r, id, view).unwrap()
}

/// The rows of chart `id`'s CSV in `lang`, its header first.
fn csv_rows(r: &Report, id: &str, lang: Lang) -> Vec<Vec<String>> {
    read::csv(&resolve::csv(r, r.chart(id).unwrap(), lang))
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
fn a_note_that_drops_the_magnitude_is_found_in_the_chart_it_annotates() {
    // The English note as it was: 1226.3 beside a card of 122.63 billion yuan.
    let r = edited(|v| {
        chart(v, "investment")["note"]["en"] =
            "1226.3 is the projects' total planned investment, not 2024 spending".into();
    });
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
fn a_number_printed_without_its_qualifier_is_found() {
    // 绿色产品产量均增长20%以上, drawn as "+20%".
    let scope = trace::Scope {
        facts: vec![trace::Fact {
            value: 20.0,
            what: "green: change 20%".into(),
            hedges: trace::hedges(Some(report_charts::shared::model::Qualifier::OrMore)),
            last: None,
            minus: None,
            down: false,
        }],
        ..trace::Scope::default()
    };
    let found = findings_of("绿色产品产量 +20%", &scope);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].problem.contains("qualifier"), "{}", found[0]);
    for shown in [
        "绿色产品产量 +20%以上",
        "Green products at least +20%",
        "up 20% or more",
    ] {
        assert!(findings_of(shown, &scope).is_empty(), "{shown}");
    }
}

#[test]
fn a_number_with_more_than_before_its_magnitude_is_read_whole_with_its_qualifier() {
    // 惠及经营主体120余万户: value 120, unit 万户, qualifier 余万 (the tester's s10 finding 8).
    let scope = trace::Scope {
        facts: vec![trace::Fact {
            value: 1.2e6,
            what: "business-entities: 120万户".into(),
            hedges: trace::hedges(Some(
                report_charts::shared::model::Qualifier::MoreThanBeforeMagnitude,
            )),
            last: None,
            minus: None,
            down: false,
        }],
        ..trace::Scope::default()
    };
    assert!(findings_of("惠及经营主体120余万户", &scope).is_empty());
    let found = findings_of("惠及经营主体120万户", &scope);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].problem.contains("qualifier"), "{}", found[0]);
}

#[test]
fn every_drawing_of_a_change_with_a_qualifier_shows_the_qualifier() {
    // GDP's growth as if printed 增长4.3%以上: every kind that draws it says 以上.
    let r = edited(|v| {
        figure(v, "gdp")["change"]["qualifier"] = "以上".into();
        chart(v, "headline")["title"] = serde_json::json!({
            "zh": "地区生产总值突破800亿元，增长4.3%以上",
            "en": "GDP passes 80 billion yuan, up 4.3% or more"
        });
    });
    let mut found = Vec::new();
    for id in ["headline", "growth"] {
        let scope = trace::chart_scope(&r, r.chart(id).unwrap());
        for lang in [Lang::Zh, Lang::En] {
            for width in [360.0, 720.0] {
                let svg = svg_of(&r, id, lang, width);
                outputs::svg(
                    &svg,
                    &scope,
                    lang,
                    &format!("{id} {lang:?} {width}"),
                    &mut found,
                );
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The English of a value reads as the same amount as its Chinese, in the words a reader
/// uses: 14.2万亿元 is 14.2 trillion yuan, never 14,200 billion.
fn english_amount_problems(r: &Report) -> Vec<String> {
    use report_charts::shared::format;
    let mut out = Vec::new();
    for f in &r.figures {
        let Some(v) = f.value else { continue };
        let [zh, en] = [Lang::Zh, Lang::En].map(|l| format::value_bare(v, &f.unit, l));
        let (a, b) = (amounts(&zh), amounts(&en));
        let same =
            a.len() == 1 && b.len() == 1 && (a[0] - b[0]).abs() <= 1e-9 * a[0].abs().max(1.0);
        if !same {
            out.push(format!("{}: {zh} is not {en}", f.id));
        }
        let thousands_of_billions = en
            .split_once(" billion")
            .is_some_and(|(n, _)| n.split('.').next().is_some_and(|i| i.len() > 3));
        if thousands_of_billions {
            out.push(format!("{}: {en} for {zh}: say trillion", f.id));
        }
    }
    out
}

#[test]
fn every_english_amount_of_xihu_is_the_chinese_amount() {
    let problems = english_amount_problems(&common::report());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_english_amount_of_a_drafted_corpus_report_is_the_chinese_amount() {
    let dir = std::path::PathBuf::from(common::path("../shared/corpus/gzbg-2026"));
    if !dir.exists() {
        eprintln!("no corpus at {}: skipped", dir.display());
        return;
    }
    let mut problems = Vec::new();
    for name in ["jiangsu", "guangdong", "anhui", "ningxia"] {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.txt"))) else {
            continue;
        };
        let r = common::drafted(name, &text);
        problems.extend(
            english_amount_problems(&r)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn both_csvs_carry_the_same_qualifiers_and_a_change_only_row_has_no_unit() {
    let r = common::report();
    for c in &r.charts {
        let [zh, en] = [Lang::Zh, Lang::En].map(|l| csv_rows(&r, &c.id, l));
        for (z, e) in zh.iter().zip(&en).skip(1) {
            assert_eq!(
                z[4].is_empty(),
                e[4].is_empty(),
                "{}: qualifier {:?} / {:?}",
                z[0],
                z[4],
                e[4]
            );
            for row in [z, e] {
                assert!(
                    !row[2].is_empty() || row[3].is_empty(),
                    "{}: a unit {:?} for no value",
                    row[0],
                    row[3]
                );
            }
        }
    }
    let investment = csv_rows(&r, "investment", Lang::En);
    let lending = investment
        .iter()
        .find(|row| row[0] == "bank-lending")
        .unwrap();
    assert_eq!(lending[4], "reached");
    let growth = csv_rows(&r, "growth", Lang::Zh);
    let income = growth.iter().find(|row| row[0] == "urban-income").unwrap();
    assert_eq!(income[2..6], ["", "", "", "增长4.2%"]);
}

/// Xihu with GDP printed as 突破800.0亿元，增长4.30%: digits after the point that the
/// numbers' shortest forms (800, 4.3) drop, kept by `decimals`.
fn xihu_with_printed_decimals() -> Report {
    edited(|v| {
        let gdp = figure(v, "gdp");
        let source = gdp["source"].as_str().unwrap().to_string();
        gdp["source"] = source
            .replace("800亿元", "800.0亿元")
            .replace("4.3%", "4.30%")
            .into();
        gdp["decimals"] = 1.into();
        gdp["change"]["decimals"] = 2.into();
        chart(v, "headline")["title"] = serde_json::json!({"zh": "地区生产总值突破800.0亿元，增长4.30%",
                "en": "GDP passes 80.00 billion yuan, up 4.30%"});
    })
}

#[test]
fn a_number_printed_without_the_zeros_its_sentence_prints_after_the_point_is_found() {
    let r = xihu_with_printed_decimals();
    let scope = trace::chart_scope(&r, r.chart("headline").unwrap());
    for dropped in [
        "地区生产总值突破800亿元",
        "增长4.3%",
        "GDP passes 80 billion yuan",
    ] {
        let found = findings_of(dropped, &scope);
        assert_eq!(found.len(), 1, "{dropped}: {found:?}");
        assert!(found[0].problem.contains("after the point"), "{}", found[0]);
    }
    for kept in [
        "突破800.0亿元，增长4.30%",
        "over 80.00 billion yuan, up 4.30%",
    ] {
        assert!(findings_of(kept, &scope).is_empty(), "{kept}");
    }
    let source = &r.figure("gdp").unwrap().source;
    let row = format!("gdp,GDP,800,100 million yuan,over,up 4.30%,2024,\"{source}\"");
    let found = csv_with_row(&r, "headline", Lang::En, &row);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn every_output_of_a_chart_prints_the_zeros_its_sentence_prints_after_the_point() {
    let r = xihu_with_printed_decimals();
    let mut found = Vec::new();
    for id in ["headline", "growth"] {
        let c = r.chart(id).unwrap();
        let scope = trace::chart_scope(&r, c);
        for lang in [Lang::Zh, Lang::En] {
            let spec = resolve::resolve(&r, c, lang);
            let mut texts = vec![spec.title.clone(), resolve::describe(&spec)];
            for it in &spec.items {
                let row = it.row();
                texts.extend([row.value, row.change]);
                texts.extend(it.change.iter().map(|c| c.short.clone()));
            }
            for t in &texts {
                trace::audit(t, &scope, &format!("{id} {lang:?}"), &mut found);
            }
            let csv = resolve::csv(&r, c, lang);
            outputs::csv(&csv, &r, id, &format!("{id} {lang:?} csv"), &mut found);
            let svg = svg_of(&r, id, lang, 360.0);
            outputs::svg(
                &svg,
                &scope,
                lang,
                &format!("{id} {lang:?} svg"),
                &mut found,
            );
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    let [zh, en] = [Lang::Zh, Lang::En].map(|l| csv_rows(&r, "headline", l));
    assert_eq!(zh[1][2], "800.0");
    assert_eq!(en[1][2..4], ["800.0", "100 million yuan"]);
}
