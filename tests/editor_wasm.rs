//! The editor's exports in the browser (src/edit/web/mod.rs): what `www/editor.js` calls, with
//! no file system, answering with values or errors, never a panic. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features editor --test editor_wasm` (in `make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "editor"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::edit::web::desk::Desk;
// The draft's own exports are the publisher's (src/edit/press.rs), edges over these.
use report_charts::edit::desk::{draft_json as draft_data, propose_json as propose_figure};
use report_charts::edit::web::{format_data, vocabulary};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// A desk on `TEXT`'s report, and its update for data file `json` in `words`.
fn update(desk: &mut Desk, json: &str, words: &str) -> serde_json::Value {
    serde_json::from_str(&desk.update(json, words, "zh").ok().unwrap()).unwrap()
}

#[wasm_bindgen_test]
fn the_curated_file_saves_byte_for_byte_and_has_no_problems() {
    assert_eq!(format_data(DATA).ok().as_deref(), Some(DATA));
    let mut desk = Desk::new("xihu-2024.json", TEXT, Some(canvas()));
    let done = update(&mut desk, DATA, "zh");
    assert_eq!(done["done"], true);
    assert_eq!(done["error"], serde_json::Value::Null);
}

#[wasm_bindgen_test]
fn a_report_drafts_marks_proposes_and_draws_in_the_browser() {
    let json = draft_data(TEXT).ok().unwrap();
    let mut desk = Desk::new("draft.json", TEXT, Some(canvas()));
    let drafted = update(&mut desk, &json, "en");
    // The only problems: what the text does not say, left as placeholders for the desk,
    // and the draft's default title, which 发布 refuses until the desk writes its own.
    // Each at its field's path, as steps the page follows without parsing text.
    let placeholders: Vec<&serde_json::Value> = drafted["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["path"])
        .collect();
    assert_eq!(
        placeholders,
        [
            &serde_json::json!(["meta", "publication", "zh"]),
            &serde_json::json!(["meta", "source_line", "zh"]),
            &serde_json::json!(["meta", "title", "zh"])
        ]
    );
    let lines = drafted["marks"].as_array().unwrap();
    let count = |status: &str| {
        lines
            .iter()
            .flat_map(|l| l["marks"].as_array().unwrap())
            .filter(|m| m["status"] == status)
            .count()
    };
    // The draft charts a share of its figures (at most one chart in three is cards; small
    // counts, and figures no other one may share a chart with, stay in the text as live
    // numbers): every figure is marked, charted or not.
    // Ten or more: the draft charts fewer figures as its chart rules grow (amounts drawn
    // as bars leave the growth chart, a bound is never a bar), and none at all would be
    // a desk with nothing drawn.
    let (charted, figures) = (count("charted"), count("figure"));
    assert!(charted >= 10, "{charted} charted");
    assert!(
        charted + figures > 50,
        "{charted} charted, {figures} on no chart"
    );
    let first = lines
        .iter()
        .find(|l| !l["marks"].as_array().unwrap().is_empty())
        .unwrap();
    let sentence = first["text"].as_str().unwrap();
    let number = first["marks"][0]["number"].as_str().unwrap();
    let figure: serde_json::Value = serde_json::from_str(
        &propose_figure(TEXT, &json, sentence, number, "zh")
            .ok()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(figure["source"], sentence);
    assert!(vocabulary().contains("\"unread\""));
    // The preview draws from the same parse: every chart, each by its place in the file.
    for (i, c) in drafted["charts"].as_array().unwrap().iter().enumerate() {
        let height = desk.draw(i, canvas(), 360.0, 1.0, "light").ok().unwrap();
        assert!(height > 50.0, "{}: {height}", c["id"]);
    }
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_or_a_problem_not_a_panic() {
    assert!(format_data("{").is_err());
    let mut desk = Desk::new("x.json", TEXT, Some(canvas()));
    let broken = update(&mut desk, "{", "zh");
    assert!(broken.to_string().contains("不是有效的 JSON"), "{broken}");
    assert_eq!(broken["done"], false);
    assert!(broken["error"].as_str().unwrap().starts_with("x.json"));
    let wrong = update(&mut desk, "[1]", "zh");
    assert_eq!(wrong["done"], false);
    assert!(propose_figure(TEXT, DATA, "没有数字", "1", "zh").is_err());
    assert!(update(&mut desk, "not json", "zh")["done"] == false);
    let mut empty = Desk::new("x.json", "", Some(canvas()));
    assert!(empty.update(DATA, "zh", "en").is_ok());
    assert!(desk.draw(9999, canvas(), 360.0, 1.0, "dark").is_err());
}

#[wasm_bindgen_test]
fn a_desk_without_a_canvas_reads_the_file_and_the_page_desk_draws_its_charts() {
    // The worker's desk: no canvas. It hands its charts over as the resolved file's bytes.
    let mut worker = Desk::new("x.json", TEXT, None);
    let n = update(&mut worker, DATA, "zh")["charts"]
        .as_array()
        .unwrap()
        .len();
    let mut fresh = Desk::new("x.json", TEXT, Some(canvas()));
    assert_eq!(fresh.show(&worker.wire()).ok().unwrap(), vec![1; n]);
    for i in 0..n {
        assert!(fresh.draw(i, canvas(), 360.0, 1.0, "light").ok().unwrap() > 50.0);
    }
    // The page's desk read the same file itself: the worker's charts are the same.
    let mut page = Desk::new("x.json", TEXT, Some(canvas()));
    update(&mut page, DATA, "zh");
    assert_eq!(page.show(&worker.wire()).ok().unwrap(), vec![0; n]);
    // A title typed (read by the worker) changes its chart alone.
    let mut value: serde_json::Value = serde_json::from_str(DATA).unwrap();
    value["charts"][2]["title"]["zh"] = "另一个标题".into();
    update(&mut worker, &value.to_string(), "zh");
    let shown = page.show(&worker.wire()).ok().unwrap();
    assert_eq!((0..n).filter(|&i| shown[i] == 1).collect::<Vec<_>>(), [2]);
    // Undone, read by the page's desk: its own last update had that chart, but the page
    // shows the worker's, so the chart is drawn again.
    let back = update(&mut page, DATA, "zh");
    let changed: Vec<usize> = (0..n)
        .filter(|&i| back["charts"][i]["changed"] == true)
        .collect();
    assert_eq!(changed, [2]);
    assert!(page.show(b"not ours").is_err());
}

#[wasm_bindgen_test]
fn a_desk_patches_the_item_its_steps_name_and_refuses_steps_that_name_none() {
    let steps = |list: &str, i: Option<u32>| -> wasm_bindgen::JsValue {
        let a = js_sys::Array::of1(&list.into());
        if let Some(i) = i {
            a.push(&i.into());
        }
        a.into()
    };
    let mut desk = Desk::new("x.json", TEXT, Some(canvas()));
    update(&mut desk, DATA, "zh");
    let mut value: serde_json::Value = serde_json::from_str(DATA).unwrap();
    value["charts"][0]["title"]["zh"] = "增长98765亿元".into();
    let item = value["charts"][0].to_string();
    let patched = desk
        .patch(
            vec![steps("charts", Some(0))],
            vec![item.clone()],
            "zh",
            "zh",
        )
        .ok()
        .unwrap()
        .unwrap();
    let patched: serde_json::Value = serde_json::from_str(&patched).unwrap();
    // The problem it finds is at the steps of its field.
    let paths: Vec<&serde_json::Value> = patched["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["path"])
        .collect();
    assert_eq!(paths, [&serde_json::json!(["charts", 0, "title", "zh"])]);
    // Steps that name no item, or are no steps: the desk asks for the whole file.
    for wrong in [
        steps("charts", None),
        steps("skips", Some(0)),
        wasm_bindgen::JsValue::from_str("charts[0]"),
    ] {
        update(&mut desk, DATA, "zh");
        let refused = desk.patch(vec![wrong], vec![item.clone()], "zh", "zh");
        assert!(refused.ok().unwrap().is_none());
    }
}
