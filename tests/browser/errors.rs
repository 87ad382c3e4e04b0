//! Errors reach JavaScript as errors naming the file, never as a panic: malformed JSON,
//! bytes that are no charts file, a file cut short, a broken chart, an unknown id, nonsense
//! sizes.

use super::*;

#[wasm_bindgen_test]
fn malformed_json_is_an_error_naming_the_file_not_a_panic() {
    let (mut desk, update) = editor("{\"meta\": ");
    let text = update["error"].as_str().unwrap();
    assert!(text.starts_with(FILE), "{text}");
    assert!(text.contains("not valid JSON"), "{text}");
    assert_eq!(update["charts"], serde_json::json!([]));
    assert!(desk.draw(0, canvas(), 640.0, 1.0, "light").is_err());
}

#[wasm_bindgen_test]
fn bytes_that_are_not_a_charts_file_raise_an_error_naming_the_file_not_a_panic() {
    for bytes in [&b""[..], b"RCHT", b"{\"meta\": 1}", &[0xff; 64]] {
        let err = Charts::new("data/charts.zh.bin", bytes, canvas())
            .err()
            .expect("an error");
        let text = message(err);
        assert!(text.starts_with("data/charts.zh.bin: "), "{text}");
    }
}

#[wasm_bindgen_test]
fn a_charts_file_cut_short_draws_the_charts_before_the_cut_and_explains_the_rest() {
    let report = validate::load(FILE, DATA).unwrap();
    let bytes = wire::encode(&resolve::resolved(&report, &[], FILE, Lang::Zh));
    let mut charts = Charts::new("x.bin", &bytes[..bytes.len() / 2], canvas()).unwrap();
    let ids = ids();
    let drawn: Vec<bool> = ids
        .iter()
        .map(|id| charts.draw(id, canvas(), 640.0, 1.0, "light").is_ok())
        .collect();
    assert!(drawn[0], "the first chart is before the cut");
    assert!(!drawn[ids.len() - 1], "the last chart is after it");
    let err = charts
        .draw(&ids[ids.len() - 1], canvas(), 640.0, 1.0, "light")
        .err()
        .expect("an error");
    assert!(message(err).contains("cut short"));
}

#[wasm_bindgen_test]
fn a_broken_chart_raises_its_problems_and_the_others_still_draw() {
    let mut value: serde_json::Value = serde_json::from_str(DATA).unwrap();
    value["charts"][1]["figures"][0] = serde_json::Value::String("no-such-figure".into());
    let (mut desk, update) = editor(&value.to_string());
    let drawn: Vec<(u64, &str)> = (update["charts"].as_array().unwrap().iter())
        .map(|c| (c["index"].as_u64().unwrap(), c["id"].as_str().unwrap()))
        .collect();
    let expected: Vec<(u64, String)> = (0..).zip(ids()).collect();
    let expected: Vec<(u64, &str)> = expected.iter().map(|(i, id)| (*i, id.as_str())).collect();
    assert_eq!(
        drawn, expected,
        "every chart keeps its place and id, the broken one too"
    );
    let err = desk
        .draw(1, canvas(), 640.0, 1.0, "light")
        .err()
        .expect("an error");
    let text = message(err);
    assert!(text.contains(FILE), "{text}");
    assert!(text.contains("charts[1].figures[0]"), "{text}");
    assert!(text.contains("no-such-figure"), "{text}");
    for i in (0..ids().len()).filter(|i| *i != 1) {
        assert!(desk.draw(i, canvas(), 640.0, 1.0, "light").is_ok(), "{i}");
    }
}

#[wasm_bindgen_test]
fn an_unknown_chart_id_is_an_error() {
    let mut charts = reader();
    let err = charts
        .draw("nope", canvas(), 640.0, 1.0, "light")
        .err()
        .expect("an error");
    assert!(message(err).contains("nope"));
}

#[wasm_bindgen_test]
fn nonsense_sizes_do_not_panic() {
    let mut charts = reader();
    for (w, dpr) in [
        (0.0, 1.0),
        (-5.0, 2.0),
        (f64::NAN, 1.0),
        (640.0, f64::NAN),
        (640.0, 0.0),
        (4000.0, 9.0),
    ] {
        let _ = charts.draw("headline", canvas(), w, dpr, "light");
    }
}
