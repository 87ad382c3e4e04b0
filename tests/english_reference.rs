#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An English comparison says what it compares with (issue 19, the tester's C5): the draft
//! gives a reference its English from `data/glossary/references.txt`, so a card reads "1.3
//! percentage points above the national average", never "1.3 percentage points higher"
//! than nothing; a reference the glossary lacks is named by `check` for the desk.

use report_charts::check::validate::{self, advice};
use report_charts::draft;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report};

fn drafted(text: &str) -> Report {
    let json = draft::to_json(&draft::draft(text).unwrap()).unwrap();
    validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

const TEXT: &str = "云溪市2025年商务运行情况\n\n一、消费\n\n全年全市社会消费品零售总额达到312.5亿元，同比增长5.3%，高于全国平均水平1.3个百分点。\n\n二、外贸\n\n全年全市货物贸易进出口86.4亿元，增长6.1%，高于周边县区平均水平0.8个百分点。\n";

fn with_value(r: &Report, v: f64) -> &report_charts::shared::model::Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(v))
        .expect("the figure")
}

#[test]
fn an_english_comparison_names_what_it_is_compared_with() {
    let r = drafted(TEXT);
    let retail = with_value(&r, 312.5);
    let compare = retail.compare.as_ref().expect("its comparison");
    let en = format::change_with_compare(retail.change.as_ref().unwrap(), retail, Lang::En);
    assert!(
        en.ends_with("1.3 percentage points above the national average"),
        "{en} ({:?})",
        compare.reference
    );
}

#[test]
fn a_reference_without_english_is_named_by_check_not_dropped_unseen() {
    let r = drafted(TEXT);
    let trade = with_value(&r, 86.4);
    assert!(
        !trade.label.en.is_empty(),
        "a glossary term: {:?}",
        trade.label
    );
    let said: Vec<String> = advice::advice(&r)
        .iter()
        .map(|p| p.message.zh.clone())
        .filter(|m| m.contains("没有英文"))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("周边县区平均水平"), "{said:?}");
}
