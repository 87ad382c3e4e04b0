//! The reader's numbers beside the browser's own: Chinese compact numbers (万, 亿) and
//! English ones of a million and more as `Intl.NumberFormat` writes them.

use super::*;

/// `Intl.NumberFormat(locale, {notation: 'compact', maximumFractionDigits: 10, ...})`,
/// built from js_sys without eval; `long` adds `compactDisplay: 'long'`.
fn compact(locale: &str, long: bool) -> js_sys::Intl::NumberFormat {
    let options = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        js_sys::Reflect::set(&options, &JsValue::from_str(k), &v).unwrap();
    };
    set("notation", JsValue::from_str("compact"));
    set("maximumFractionDigits", JsValue::from_f64(10.0));
    if long {
        set("compactDisplay", JsValue::from_str("long"));
    }
    js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&JsValue::from_str(locale)), &options)
}

/// Formats the exact decimal `digits`×10^`exp` (passed as a string, so no float product
/// rounds it first; the value is the same f64 either way for these numbers).
fn intl(nf: &js_sys::Intl::NumberFormat, digits: &str, exp: i32) -> String {
    nf.format()
        .call1(
            &JsValue::NULL,
            &JsValue::from_str(&format!("{digits}e{exp}")),
        )
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn chinese_compact_numbers_match_the_browsers_intl_number_format() {
    use report_charts::shared::format::{magnitude, number, value_number};
    use report_charts::shared::model::Lang;
    let report = report_charts::check::validate::load(FILE, DATA).unwrap();
    let zh = compact("zh-CN", false);
    let mut checked = Vec::new();
    let mut differ = Vec::new();
    for f in &report.figures {
        let Some(v) = f.value else { continue };
        let mag = magnitude(&f.unit.zh);
        if mag == 0 {
            continue;
        }
        let ours = format!(
            "{}{}",
            value_number(f, Lang::Zh).unwrap(),
            f.unit.zh.chars().next().unwrap()
        );
        let theirs = intl(&zh, &number(v), mag);
        if ours != theirs {
            differ.push(format!("{}: ours {ours}, Intl {theirs}", f.id));
        }
        checked.push(ours);
    }
    // The data's 亿 and 万 figures, so the loop cannot pass by finding none.
    for known in [
        "800亿",
        "2739.63亿",
        "251.64亿",
        "3000万",
        "1.64万",
        "2671.5万",
    ] {
        assert!(
            checked.iter().any(|c| c == known),
            "{known} not among {checked:?}"
        );
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[wasm_bindgen_test]
fn english_numbers_of_a_million_and_more_match_the_browsers_compact_long_format() {
    use report_charts::shared::format::{magnitude, number, value_number};
    use report_charts::shared::model::Lang;
    let report = report_charts::check::validate::load(FILE, DATA).unwrap();
    let en = compact("en-US", true);
    let mut checked = Vec::new();
    let mut differ = Vec::new();
    for f in &report.figures {
        let Some(v) = f.value else { continue };
        let mag = magnitude(&f.unit.zh);
        // Values of a million and more: below that we print 16,400, Intl 16.4 thousand.
        let digits = number(v);
        let whole = format!("{digits}e{mag}").parse::<f64>().unwrap();
        if whole < 1e6 {
            continue;
        }
        let ours = value_number(f, Lang::En).unwrap();
        let theirs = intl(&en, &digits, mag);
        if ours != theirs {
            differ.push(format!("{}: ours {ours:?}, Intl {theirs:?}", f.id));
        }
        checked.push(ours);
    }
    for known in [
        "80 billion",
        "273.963 billion",
        "30 million",
        "25.164 billion",
        "69.12 million",
    ] {
        assert!(
            checked.iter().any(|c| c == known),
            "{known} not among {checked:?}"
        );
    }
    assert!(differ.is_empty(), "{differ:#?}");
}
