//! A range prints both its ends in every output (issue 18 §5; the tester's s-test19
//! finding 9: the CSV row of 年度计划投资120亿—130亿元 said 120). A short text of our own.

use crate::checks::csv_rows;
use crate::common;
use crate::outputs;
use report_charts::publish::resolve;
use report_charts::shared::model::Lang;

/// A county's targets: an amount and a growth, each a range.
pub const TEXT: &str = "安平县2026年政府工作报告\n\n一、2025年工作回顾\n\n\
    2025年，全县地区生产总值完成312.5亿元，增长5.8%。固定资产投资完成118亿元，增长6.3%。\n\n\
    二、2026年主要目标\n\n\
    今年经济社会发展的主要预期目标是：地区生产总值增长6%—6.5%。\
    今年，全县年度计划投资120亿—130亿元。\n";

/// The CSV row, in `lang`, of the drafted figure whose sentence has `quote`.
fn row(lang: Lang, quote: &str) -> Vec<String> {
    let r = common::drafted("anping", TEXT);
    let f = r.figures.iter().find(|f| f.source.contains(quote)).unwrap();
    let chart = r
        .charts
        .iter()
        .find(|c| r.figures_of(c).any(|g| g.id == f.id))
        .unwrap();
    csv_rows(&r, &chart.id, lang)
        .into_iter()
        .find(|row| row[0] == f.id)
        .unwrap()
}

#[test]
fn both_csvs_write_both_ends_of_a_range_as_printed() {
    for (lang, change) in [(Lang::Zh, "增长6%—6.5%"), (Lang::En, "up 6–6.5%")] {
        let amount = row(lang, "120亿—130亿元");
        assert_eq!(amount[2], "120—130", "{lang:?}: {amount:?}");
        let growth = row(lang, "6%—6.5%");
        assert_eq!(growth[5], change, "{lang:?}: {growth:?}");
    }
}

#[test]
fn a_csv_row_that_drops_a_ranges_upper_end_is_found() {
    let r = common::drafted("anping", TEXT);
    let f = r.figures.iter().find(|f| f.to.is_some()).unwrap();
    let chart = r
        .charts
        .iter()
        .find(|c| r.figures_of(c).any(|g| g.id == f.id))
        .unwrap();
    let csv = resolve::csv(&r, chart, Lang::Zh);
    // The CSV with the range's value written as `value`, every other field as built.
    let with = |value: &str| {
        let (head, rest) = csv
            .split_once(&format!("{},{},", f.id, f.label.zh))
            .unwrap();
        let (_, tail) = rest.split_once(',').unwrap();
        let text = format!("{head}{},{},{value},{tail}", f.id, f.label.zh);
        let mut found = Vec::new();
        outputs::csv(&text, &r, &chart.id, "targets.csv", &mut found);
        found
    };
    assert!(with("120—130").is_empty(), "{:?}", with("120—130"));
    // What the CSV wrote before: the lower end alone.
    let found = with("120");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].problem.contains("upper end"), "{}", found[0]);
    for wrong in ["120—140", "110—130", "130"] {
        assert!(!with(wrong).is_empty(), "{wrong}");
    }
}

/// Each range of the seed report a desk might type, with what every output prints of it
/// in Chinese and in English: both ends, each in its magnitude.
const RANGES: [(&str, f64, &str, &str); 3] = [
    (
        "key-projects-investment",
        1300.0,
        "1226.3—1300",
        "122.63 billion–130 billion",
    ),
    (
        "digital-economy-revenue",
        130.0,
        "126—130",
        "12.6 billion–13 billion",
    ),
    ("old-estate-households", 1.8, "1.64—1.8", "16,400–18,000"),
];

#[test]
fn every_output_of_a_chart_prints_both_ends_of_its_ranges_in_both_languages() {
    use crate::checks::svg_of;
    use crate::common::{edited, figure, AnySize};
    use report_charts::publish::long::LongImage;
    use report_charts::publish::page;
    let r = edited(|v| {
        for (id, to, zh, _) in RANGES {
            let f = figure(v, id);
            f["to"] = to.into();
            // The sentence prints the range typed, as `check` holds a figure to it.
            let from = zh.split('—').next().unwrap();
            let source = f["source"].as_str().unwrap().replacen(from, zh, 1);
            f["source"] = source.into();
        }
    });
    for (id, _, zh, en) in RANGES {
        let chart = r
            .charts
            .iter()
            .find(|c| r.figures_of(c).any(|f| f.id == id))
            .unwrap();
        for (lang, printed) in [(Lang::Zh, zh), (Lang::En, en)] {
            let long: Vec<String> = LongImage::new(&r, lang)
                .unwrap()
                .scene()
                .texts()
                .map(|(t, _)| t.to_string())
                .collect();
            let outputs = [
                ("svg", svg_of(&r, &chart.id, lang, 640.0)),
                ("story page", page::story(&r, &AnySize, lang, None)),
                ("long image", long.join("\n")),
            ];
            for (what, text) in outputs {
                assert!(text.contains(printed), "{id} {lang:?} {what}: no {printed}");
            }
            let csv = resolve::csv(&r, chart, lang);
            let want = zh.replace(',', "");
            assert!(csv.contains(&format!(",{want},")), "{id} {lang:?}: {csv}");
        }
    }
}
