//! Browser tests of the wasm build: drawing into a real canvas in headless Chromium,
//! and errors reaching JavaScript as errors. Run by `make test-wasm` with the editor's
//! feature, so that both ways in are tested: the reader's resolved file (`Charts::new`)
//! and the editor's unvalidated data file (`Desk::update`, then `Desk::draw`).
#![cfg(all(target_arch = "wasm32", feature = "editor"))]

use report_charts::check::validate;
use report_charts::edit::web::desk::Desk;
use report_charts::publish::resolve;
use report_charts::read::web::Charts;
use report_charts::shared::model::Lang;
use report_charts::shared::wire;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/numbers.rs"]
mod numbers;
#[path = "browser/pixels.rs"]
mod pixels;

const FILE: &str = "data/xihu-2024.json";
const DATA: &str = include_str!("../data/xihu-2024.json");

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// Share of pixels that differ from the top-left (background) pixel.
fn inked_share(canvas: &HtmlCanvasElement) -> f64 {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx
        .get_image_data(0.0, 0.0, w as f64, h as f64)
        .unwrap()
        .data();
    let bg = &data[0..4];
    let inked = data.chunks_exact(4).filter(|px| *px != bg).count();
    inked as f64 / (w * h) as f64
}

/// The charts as the reader gets them: resolved at build time, decoded in the browser.
fn reader() -> Charts {
    reader_of(DATA)
}

/// The charts of data file `json` as the reader gets them.
fn reader_of(json: &str) -> Charts {
    let report = validate::load(FILE, json).unwrap();
    let bytes = wire::encode(&resolve::resolved(&report, &[], FILE, Lang::Zh));
    Charts::new("data/charts.zh.bin", &bytes, canvas()).unwrap()
}

/// Xihu with one more cards chart `id` of the figures `ids` (in the first one's section),
/// accenting `accent`, as a desk might add it: the card pictures of figures Xihu's own
/// charts leave to the text. Only the accented card draws its picture in the accent colour
/// (but a share's ring, which is always in it).
fn with_cards(id: &str, ids: &[&str], accent: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let first = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == ids[0])
        .unwrap();
    let chart = serde_json::json!({
        "id": id,
        "kind": "cards",
        "section": first["section"].clone(),
        "figures": ids,
        "accent": accent,
        "title": {"zh": id, "en": id},
        "subtitle": {"zh": "2024年", "en": "2024"},
    });
    v["charts"].as_array_mut().unwrap().push(chart);
    v.to_string()
}

/// The charts as the editor gets them, from the data file itself: its `update` as JSON.
fn editor(json: &str) -> (Desk, serde_json::Value) {
    let mut desk = Desk::new(FILE, "", Some(canvas()));
    let update = desk.update(json, "en", "zh").unwrap();
    (desk, serde_json::from_str(&update).unwrap())
}

/// Every chart id of the data, in page order.
fn ids() -> Vec<String> {
    let report = validate::load(FILE, DATA).unwrap();
    report.charts.iter().map(|c| c.id.clone()).collect()
}

fn message(err: wasm_bindgen::JsError) -> String {
    let value = JsValue::from(err);
    value.dyn_into::<js_sys::Error>().unwrap().message().into()
}

#[wasm_bindgen_test]
fn every_chart_draws_ink_into_its_canvas() {
    let mut charts = reader();
    for id in ids() {
        let c = canvas();
        let height = charts.draw(&id, c.clone(), 640.0, 1.0, "light").unwrap();
        assert!(height > 100.0, "{id}: height {height}");
        let share = inked_share(&c);
        assert!(
            share > 0.01,
            "{id}: only {share:.4} of the pixels are drawn"
        );
    }
}

#[wasm_bindgen_test]
fn the_backing_store_follows_the_pixel_ratio() {
    let mut charts = reader();
    let c = canvas();
    let height = charts
        .draw("growth", c.clone(), 360.0, 3.0, "light")
        .unwrap();
    assert_eq!(c.width(), 1080);
    assert_eq!(c.height(), (height * 3.0).round() as u32);
    let c1 = canvas();
    charts
        .draw("growth", c1.clone(), 360.0, 1.0, "light")
        .unwrap();
    assert_eq!(c1.width(), 360);
}

#[wasm_bindgen_test]
fn a_narrow_chart_is_laid_out_again_not_scaled() {
    let mut charts = reader();
    // The growth chart's six bars: key-amounts has two since it compares only what may
    // be compared, too few for the phone's smaller type to be outgrown.
    let wide = charts
        .draw("growth", canvas(), 1280.0, 1.0, "light")
        .unwrap();
    let narrow = charts
        .draw("growth", canvas(), 360.0, 1.0, "light")
        .unwrap();
    // Labels move above the bars on a phone, so the chart grows taller, not shorter.
    assert!(
        narrow > wide,
        "narrow {narrow} should be taller than wide {wide}"
    );
}

#[wasm_bindgen_test]
fn the_dark_theme_paints_a_dark_background() {
    let mut charts = reader();
    let c = canvas();
    charts
        .draw("headline", c.clone(), 640.0, 1.0, "dark")
        .unwrap();
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let px = ctx.get_image_data(0.0, 0.0, 1.0, 1.0).unwrap().data();
    assert!(
        px[0] < 60 && px[1] < 60 && px[2] < 60,
        "background {:?}",
        &px[..3]
    );
}

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
