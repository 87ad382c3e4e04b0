//! The audit finds a number printed other than as its sentence prints it: without its
//! qualifier (20%以上 drawn as +20%), in another magnitude in English, or without the
//! zeros its sentence prints after the point.

use crate::checks::{amounts, csv_rows, csv_with_row, findings_of, svg_of};
use crate::common::{self, chart, edited, figure};
use crate::facts;
use crate::outputs;
use crate::trace;
use report_charts::publish::resolve;
use report_charts::shared::charts::shown::describe;
use report_charts::shared::model::{Lang, Report};

#[test]
fn a_number_printed_without_its_qualifier_is_found() {
    // 绿色产品产量均增长20%以上, drawn as "+20%".
    let scope = trace::Scope {
        facts: vec![facts::Fact {
            value: 20.0,
            what: "green: change 20%".into(),
            hedges: facts::hedges(Some(report_charts::shared::model::Qualifier::OrMore)),
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
        facts: vec![facts::Fact {
            value: 1.2e6,
            what: "business-entities: 120万户".into(),
            hedges: facts::hedges(Some(
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
            let mut texts = vec![spec.title.clone(), describe(&spec)];
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
