#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The lead graphic holds the figures a reader of the register looks for first (issue
//! 19 §2, "one lead graphic": the report's headline figures): GDP where the text has it,
//! then income, investment, retail, budget revenue, industry (`data/glossary/headline.txt`),
//! and counts of people only where nothing else is, whatever order the text prints them
//! in. Bulletins of our own, in the shape of a county's 统计公报, which opens with its
//! population.

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::model::Report;

const PEOPLE_FIRST: &str = "云溪县2025年国民经济和社会发展统计公报

一、综合

年末全县户籍人口52.6万人，常住人口48.3万人。全年出生人口2860人，出生率5.92‰。

全年全县居民人均可支配收入35620元，比上年增长5.4%。

全年全县粮食总产量21.6万吨，比上年增长1.5%。

全年社会消费品零售总额98.6亿元，增长4.2%。全年一般公共预算收入12.3亿元，增长3.6%。
";

fn lead_labels(text: &str) -> Vec<String> {
    let json = draft::to_json(&draft::draft(text).unwrap()).unwrap();
    let r: Report = validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let lead = r.lead_chart().expect("a lead graphic");
    lead.figures
        .iter()
        .map(|&i| r.figures[i].label.zh.clone())
        .collect()
}

fn people(label: &str) -> bool {
    label.contains("人口") || label.contains("出生")
}

#[test]
fn a_bulletin_that_opens_with_its_population_leads_with_its_income() {
    let labels = lead_labels(PEOPLE_FIRST);
    assert_eq!(labels[0], "居民人均可支配收入", "{labels:?}");
    assert!(!labels.iter().any(|l| people(l)), "{labels:?}");
}

#[test]
fn a_bulletins_gdp_leads_and_its_population_counts_give_way_to_its_headline_figures() {
    let text = PEOPLE_FIRST.replace(
        "一、综合\n\n",
        "一、综合\n\n初步核算，全年全县地区生产总值186.4亿元，比上年增长5.8%。\n\n",
    );
    let labels = lead_labels(&text);
    assert_eq!(labels[0], "地区生产总值", "{labels:?}");
    assert!(!labels.iter().any(|l| people(l)), "{labels:?}");
}

#[test]
fn counts_of_people_lead_a_bulletin_that_has_nothing_else() {
    let text = "云溪县2025年人口统计公报\n\n一、人口\n\n年末全县户籍人口52.6万人，常住人口48.3万人。全年出生人口2860人，出生率5.92‰。\n";
    let labels = lead_labels(text);
    assert!(labels.iter().all(|l| people(l)), "{labels:?}");
}
