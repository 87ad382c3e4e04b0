//! Shared by the integration tests: the real data file, and small broken copies of it.
//!
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::validate::{self, DataError, Problem};
use report_charts::draft::{self, glossary::Glossary};
use report_charts::publish::register::{self, figure::Scripts, page, Register, Source};
use report_charts::shared::model::{Figure, Lang, Report, Status, Text};
use serde_json::{json, Value};

pub mod sentences;
pub mod snapshot;
pub mod story;

/// The data file, as the tests name it in messages.
pub const DATA: &str = "data/xihu-2024.json";

/// A path inside the crate.
pub fn path(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

/// A file of the score's fixtures, `tests/truth-fixtures/REL`: short texts of our own and
/// their truth lists.
pub fn truth_fixture(rel: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(path(&format!("tests/truth-fixtures/{rel}")))
}

/// The text of the real data file.
pub fn data_text() -> String {
    std::fs::read_to_string(path(DATA)).expect("data/xihu-2024.json is readable")
}

/// The text of the report the data comes from.
pub fn report_text() -> String {
    std::fs::read_to_string(path("data/xihu-2024.txt")).expect("data/xihu-2024.txt is readable")
}

/// The real data file, validated.
pub fn report() -> Report {
    match validate::load(DATA, &data_text()) {
        Ok(r) => r,
        Err(e) => panic!("the real data file does not validate:\n{e}"),
    }
}

/// One curated report of `data/`: its data file beside its text.
pub struct Curated {
    /// The data file as messages name it: `data/SLUG.json`.
    pub file: String,
    /// The data file's text.
    pub json: String,
    /// The report's text, `data/SLUG.txt`.
    pub text: String,
    /// The data file, validated.
    pub report: Report,
}

/// Every report of `data/` (each `data/*.json` beside its `.txt`), in file-name order,
/// so that the data tests hold for each report the repository carries, not one.
pub fn reports() -> Vec<Curated> {
    let mut files: Vec<String> = std::fs::read_dir(path("data"))
        .expect("data/ is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .map(|name| format!("data/{name}"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "data/ holds no report");
    files
        .into_iter()
        .map(|file| {
            let json = std::fs::read_to_string(path(&file)).expect("a data file is readable");
            let txt = format!("{}.txt", file.trim_end_matches(".json"));
            let text = std::fs::read_to_string(path(&txt))
                .unwrap_or_else(|e| panic!("{txt}, the text beside {file}: {e}"));
            let report = validate::load(&file, &json)
                .unwrap_or_else(|e| panic!("{file} does not validate:\n{e}"));
            Curated {
                file,
                json,
                text,
                report,
            }
        })
        .collect()
}

/// `text` drafted, and its data file validated as `NAME.json` (the name its problems are
/// told under): what `make draft`, then `check`, give a desk. Fails, with every problem,
/// where the draft does not pass check.
pub fn drafted(name: &str, text: &str) -> Report {
    drafted_json(name, text).0
}

/// [`drafted`], with the drafted data file's text.
pub fn drafted_json(name: &str, text: &str) -> (Report, String) {
    let d = draft::draft(text).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load(&format!("{name}.json"), &json)
        .unwrap_or_else(|e| panic!("the draft of {name} does not pass check:\n{e}"));
    (r, json)
}

/// The status of the figure of `r` whose source has `quote`.
pub fn status_in(r: &Report, quote: &str) -> Status {
    r.figures
        .iter()
        .find(|f| f.source.contains(quote))
        .unwrap_or_else(|| panic!("no figure in «{quote}»: {:#?}", r.figures))
        .status
}

/// `n` lines of filler, so that a text reads as single-line paragraphs.
pub fn filler_lines(n: usize) -> String {
    (1..=n)
        .map(|k| format!("第{k}段文字没有数字。\n"))
        .collect()
}

/// The real data file as a JSON tree.
pub fn data_value() -> Value {
    serde_json::from_str(&data_text()).expect("the data file is JSON")
}

/// The real data file with `edit` applied, as JSON text.
pub fn mutated(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = data_value();
    edit(&mut v);
    serde_json::to_string_pretty(&v).expect("a JSON tree serialises")
}

/// The real data file with `edit` applied, validated: a report as a desk's edit leaves it.
pub fn edited(edit: impl FnOnce(&mut Value)) -> Report {
    validate::load(DATA, &mutated(edit))
        .unwrap_or_else(|e| panic!("the edited data file does not validate:\n{e}"))
}

/// Xihu with one more chart of `kind` drawing the figures `ids` (in the first one's
/// section), as a desk might add it, validated: the layouts and rules of charts that
/// Xihu's own choice of charts no longer draws.
pub fn with_chart(kind: &str, id: &str, ids: &[&str]) -> Report {
    let json = mutated(|v| {
        let section = v["figures"][figure_index(v, ids[0])]["section"].clone();
        let chart = json!({
            "id": id,
            "kind": kind,
            "section": section,
            "figures": ids,
            "title": {"zh": id, "en": id},
            "subtitle": {"zh": "2024年", "en": "2024"},
        });
        v["charts"].as_array_mut().expect("charts").push(chart);
    });
    validate::load(DATA, &json).unwrap_or_else(|e| panic!("{id} does not validate:\n{e}"))
}

/// The index of the figure `id` in the data file.
pub fn figure_index(v: &Value, id: &str) -> usize {
    index_of(v, "figures", id)
}

/// The index of the chart `id` in the data file.
pub fn chart_index(v: &Value, id: &str) -> usize {
    index_of(v, "charts", id)
}

fn index_of(v: &Value, list: &str, id: &str) -> usize {
    v[list]
        .as_array()
        .and_then(|a| a.iter().position(|x| x["id"] == id))
        .unwrap_or_else(|| panic!("the data file has no {list} entry \"{id}\""))
}

/// The figure `id` of a JSON tree, to edit.
pub fn figure<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    let i = figure_index(v, id);
    &mut v["figures"][i]
}

/// The chart `id` of a JSON tree, to edit.
pub fn chart<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    let i = chart_index(v, id);
    &mut v["charts"][i]
}

/// Removes `key` from an object, failing if it was not there (so an edit cannot silently miss).
pub fn remove(v: &mut Value, key: &str) {
    let removed = v.as_object_mut().and_then(|o| o.remove(key));
    assert!(removed.is_some(), "no key \"{key}\" to remove in {v}");
}

/// Loads `json`, which must fail validation, and returns its problems.
pub fn problems(json: &str) -> Vec<Problem> {
    match validate::load("broken.json", json) {
        Ok(_) => panic!("a broken file validated without problems"),
        Err(e) => e.problems,
    }
}

/// Loads `json`, which must fail, and returns the whole error.
pub fn error(json: &str) -> DataError {
    match validate::load("broken.json", json) {
        Ok(_) => panic!("a broken file validated without problems"),
        Err(e) => e,
    }
}

/// Every problem, one a line, for failure messages.
pub fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {}: {}", p.path, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that `problems` holds one with exactly this path and message.
pub fn assert_problem(problems: &[Problem], path: &str, message: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path == path && p.message == message),
        "expected the problem\n  {path}: {message}\nbut got\n{}",
        list(problems)
    );
}

/// The real data file with a `targets` chart (预期目标) added to its economy section: a
/// growth target beside the year's result (GDP), a range, an at-least target and a
/// limit, in words of our own.
pub fn with_targets(v: &mut Value) {
    let t = |zh: &str, en: &str| serde_json::json!({"zh": zh, "en": en});
    let next = t("2025年", "2025");
    let figures = [
        serde_json::json!({
            "id": "gdp-target", "section": "economy", "topic": "output",
            "label": t("地区生产总值", "GDP"), "unit": t("%", "%"),
            "change": {"kind": "growth", "value": 5, "unit": "%", "qualifier": "左右"},
            "kind": "rate", "status": "target", "period": next,
            "source": "力争2025年地区生产总值增长5%左右",
        }),
        serde_json::json!({
            "id": "investment-target", "section": "economy", "topic": "momentum",
            "label": t("固定资产投资", "Fixed-asset investment"), "unit": t("%", "%"),
            "change": {"kind": "growth", "value": 6, "to": 6.5, "unit": "%"},
            "kind": "rate", "status": "target", "period": next,
            "source": "固定资产投资增长6%—6.5%",
        }),
        serde_json::json!({
            "id": "retail-target", "section": "economy", "topic": "consumption",
            "label": t("社会消费品零售总额", "Retail sales"), "unit": t("%", "%"),
            "change": {"kind": "growth", "value": 5, "unit": "%", "qualifier": "以上"},
            "kind": "rate", "status": "target", "period": next,
            "source": "社会消费品零售总额增长5%以上",
        }),
        serde_json::json!({
            "id": "jobless-limit", "section": "economy", "topic": "output",
            "label": t("城镇调查失业率", "Surveyed urban unemployment"), "value": 5.5,
            "unit": t("%", "%"), "qualifier": "以内",
            "kind": "share", "status": "limit", "period": next,
            "source": "城镇调查失业率控制在5.5%以内",
        }),
    ];
    v["figures"].as_array_mut().unwrap().extend(figures);
    v["charts"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "targets", "kind": "targets", "section": "economy",
        "figures": ["gdp", "gdp-target", "investment-target", "retail-target", "jobless-limit"],
        "title": t("2025年预期目标：地区生产总值增长5%左右", "2025 targets: GDP growth of about 5%"),
        "subtitle": t("预期目标，2025年", "Targets, 2025"),
        "accent": "gdp-target",
    }));
}

/// The register of `reports` (slug, report), as the site builds it from reports with no
/// place of their own and no text.
pub fn register_of(reports: &[(String, Report)]) -> Register {
    let sources: Vec<Source<'_>> = reports
        .iter()
        .map(|(slug, report)| Source {
            slug,
            report,
            place: None,
            text: None,
        })
        .collect();
    register::register(&sources, &Glossary::bundled().unwrap())
}

/// Short texts of our own, `(slug, text)`, each [`drafted`] under its slug: the reports
/// a register test files together.
pub fn drafted_reports<S: AsRef<str>>(
    texts: impl IntoIterator<Item = (&'static str, S)>,
) -> Vec<(String, Report)> {
    (texts.into_iter())
        .map(|(slug, text)| (slug.to_string(), drafted(slug, text.as_ref())))
        .collect()
}

/// The files of the page in `lang` of the indicator 规模以上工业增加值 as `reg` files it
/// under `id`, its shared scripts left unnamed (a static page).
pub fn industry_page(
    reg: &Register,
    id: &str,
    lang: report_charts::shared::model::Lang,
) -> page::Written {
    let ind = page::Indicator {
        register: reg,
        id,
        zh: "规模以上工业增加值",
        en: "value added of industry above designated size",
        scripts: &Scripts::default(),
    };
    page::page(&ind, lang).unwrap()
}

/// SVG fallback sizes for page tests that do not look at them: every chart 720×400.
pub struct AnySize;

impl report_charts::publish::page::SvgSizes for AnySize {
    fn size(&self, _: &str, _: bool, _: report_charts::shared::model::Lang) -> (f64, f64) {
        (720.0, 400.0)
    }
}

/// Fails with every offender listed, not only the first.
pub fn assert_none(what: &str, offenders: &[String]) {
    assert!(
        offenders.is_empty(),
        "{} {what}:\n  {}",
        offenders.len(),
        offenders.join("\n  ")
    );
}

/// The Chinese story page of report `r`, whose text is `text`, as the site writes it
/// (`story::page`).
pub fn zh_story_page(r: &Report, text: &str) -> String {
    story::page(r, Lang::Zh, Some(text))
}

/// What `check` reports at `path` of the data file `v`, in `lang`.
pub fn reported_at(v: &Value, path: &validate::JsonPath, lang: Lang) -> Vec<String> {
    let problems = match validate::load("x.json", &v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    };
    (problems.iter())
        .filter(|p| &p.path == path)
        .map(|p| p.message.said_in(lang).to_string())
        .collect()
}

/// A county's work report of `plan`: last year's review, then this year's targets.
pub fn work_report(place: &str, plan: i64, review: &str, targets: &str) -> String {
    let last = plan - 1;
    format!(
        "{plan}年{place}政府工作报告\n一、{last}年工作回顾\n{review}\n二、{plan}年主要目标任务\n今年主要预期目标是：{targets}\n"
    )
}

/// The draft of `text` as JSON, each figure and chart confirmed.
pub fn confirmed_draft(text: &str) -> Value {
    let d = draft::draft(text).unwrap();
    let mut v: Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    for list in ["figures", "charts"] {
        for item in v[list].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("draft");
        }
    }
    v
}

/// Figure `id` of data file `json` as a problem names it (its label; its id beside it
/// only where another figure has that label).
pub fn named_in(json: &str, id: &str) -> Text {
    let r = validate::partial::load_partial("named.json", json)
        .unwrap()
        .report;
    let f = r.figure(id).unwrap();
    report_charts::shared::messages::names::figure(&r.figures, f)
}

/// Figure `id` of the curated data file as a problem names it.
pub fn named(id: &str) -> Text {
    named_in(&data_text(), id)
}

/// The figure of `r` whose value, or whose change's value, is `value`.
pub fn by_value(r: &Report, value: f64) -> Option<&Figure> {
    (r.figures.iter())
        .find(|f| f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
}

/// The Chinese period of `f`, if it has one.
pub fn period(f: &Figure) -> Option<&str> {
    f.period.as_ref().map(|p| p.zh.as_str())
}
