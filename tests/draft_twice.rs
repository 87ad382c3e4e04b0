#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A figure the text prints again with another value, for the same period, is left to the
//! desk (`unread`): the draft never writes a file that its own check refuses. Short texts
//! of our own; the first is the property test's (`draft_props.rs`) shrunk input.

use report_charts::check::validate;
use report_charts::draft;

/// The draft of `text`, loaded by the check: its figures' values, or the check's error.
fn drafted(text: &str) -> Result<Vec<Option<f64>>, String> {
    let d = draft::draft(text)?;
    let json = draft::to_json(&d).map_err(|e| e.to_string())?;
    let r = validate::load("twice.json", &json).map_err(|e| format!("{e:?}"))?;
    Ok(r.figures.iter().map(|f| f.value).collect())
}

#[test]
fn a_label_printed_again_with_another_value_keeps_the_first_and_leaves_the_second_to_the_desk() {
    let values = drafted("1万元楼宇。0万元楼宇0").unwrap();
    assert_eq!(values, [Some(1.0)]);
}

#[test]
fn a_report_that_prints_one_indicator_twice_with_two_values_still_drafts_a_file_that_passes() {
    let text = "青溪县2025年经济运行情况\n\n全年全县地区生产总值386.2亿元，增长5.1%。\n\n\
                全县上下共同努力，全年地区生产总值368.2亿元。\n";
    let values = drafted(text).unwrap();
    assert!(values.contains(&Some(386.2)), "{values:?}");
    assert!(!values.contains(&Some(368.2)), "{values:?}");
}
