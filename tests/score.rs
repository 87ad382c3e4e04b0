#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The score (`report-charts score`): matching drafted figures to a truth list, the
//! classes of wrong figures, headings, the ratchet, and the errors of a broken list. The
//! texts and lists are the short ones of tests/truth-fixtures/; the drafts of the class
//! tests are written here, so that they test the score, not today's draft.

mod common;

use common::path;
use report_charts::draft::score::matching::{self, unnumbered, Class, TextScore};
use report_charts::draft::score::ratchet::{self, Measured, Ratchet};
use report_charts::draft::score::truth::{self, TruthList};
use report_charts::draft::score::{self, Misses, Options};
use report_charts::shared::messages as msg;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(path(&format!("tests/truth-fixtures/{rel}")))
}

fn qingshan() -> (TruthList, String) {
    let file = fixture("truth/county/qingshan.json");
    let json = std::fs::read_to_string(&file).unwrap();
    let list = truth::parse("qingshan.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(fixture("corpus/county/qingshan.txt")).unwrap();
    (list, text)
}

/// A drafted figure as the data file writes it: `label`, `unit` as texts, and `extra`.
fn drafted(source: &str, unit: &str, extra: Value) -> Value {
    let mut f = json!({"id": "f", "label": {"zh": "某项"}, "unit": {"zh": unit}, "source": source});
    for (k, v) in extra.as_object().unwrap() {
        f[k] = v.clone();
    }
    f
}

/// The fixture scored against a draft of `figures`.
fn scored(figures: Vec<Value>) -> TextScore {
    let (list, text) = qingshan();
    matching::score("qingshan", &list, &text, &json!({"figures": figures}))
}

const GDP: &str = "全县地区生产总值实现310.5亿元，可比增长6.1%";
const BUDGET: &str = "一般公共预算收入18.6亿元，增长3.2%";
const TARGETS: &str =
    "今年主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长6%—6.5%，城镇调查失业率控制在5.5%以内";

fn growth(v: f64) -> Value {
    json!({"kind": "growth", "value": v, "unit": "%"})
}

fn classes(s: &TextScore) -> Vec<Class> {
    s.wrong.iter().map(|w| w.class).collect()
}

#[test]
fn a_figure_drafted_as_the_truth_says_is_found_right() {
    let s = scored(vec![drafted(
        GDP,
        "亿元",
        json!({"value": 310.5, "change": growth(6.1)}),
    )]);
    assert_eq!(s.right[0], Some(0));
    assert_eq!((s.found(), classes(&s)), (1, vec![]));
}

#[test]
fn a_figure_with_every_key_of_the_contract_is_read_and_found_right() {
    // period as a Text, status, qualifier after the unit: the model's coming keys.
    let s = scored(vec![drafted(
        TARGETS,
        "%",
        json!({"value": 5.5, "qualifier": "以内", "status": "limit", "period": {"zh": "2026年"}}),
    )]);
    assert_eq!(s.right[6], Some(0), "{:?}", s.wrong);
}

#[test]
fn a_range_is_found_right_only_with_both_ends() {
    let range = |to: Value| {
        let change = json!({"kind": "growth", "value": 6, "to": to, "unit": "%"});
        drafted(
            TARGETS,
            "%",
            json!({"change": change, "status": "target", "period": "2026年"}),
        )
    };
    let s = scored(vec![range(json!(6.5))]);
    assert_eq!(s.right[7], Some(0), "{:?}", s.wrong);
    let s = scored(vec![range(Value::Null)]);
    assert_eq!((s.right[7], classes(&s)), (None, vec![Class::Change]));
}

#[test]
fn a_wrong_magnitude_is_a_unit_error() {
    let s = scored(vec![drafted(
        GDP,
        "万元",
        json!({"value": 310.5, "change": growth(6.1)}),
    )]);
    assert_eq!((s.found(), classes(&s)), (0, vec![Class::Unit]));
}

#[test]
fn an_amount_and_its_change_drafted_apart_are_a_split() {
    let s = scored(vec![
        drafted(GDP, "亿元", json!({"value": 310.5})),
        drafted(GDP, "%", json!({"change": growth(6.1)})),
    ]);
    assert_eq!(s.right[0], None);
    assert_eq!(classes(&s), vec![Class::Split, Class::Split]);
}

#[test]
fn a_target_drafted_as_a_result_is_a_status_error() {
    let change = json!({"kind": "growth", "value": 5.5, "unit": "%", "qualifier": "左右"});
    let s = scored(vec![drafted(TARGETS, "%", json!({"change": change}))]);
    assert_eq!(s.wrong[0].truth, Some(5));
    assert_eq!(classes(&s), vec![Class::Status]);
}

#[test]
fn an_amount_without_its_change_is_a_change_error() {
    let s = scored(vec![drafted(BUDGET, "亿元", json!({"value": 18.6}))]);
    assert_eq!(classes(&s), vec![Class::Change]);
}

#[test]
fn a_lost_qualifier_is_an_other_error() {
    let s = scored(vec![drafted(
        "新增市场主体2600余户",
        "户",
        json!({"value": 2600}),
    )]);
    assert_eq!(classes(&s), vec![Class::Other]);
}

#[test]
fn a_number_that_is_no_figure_of_the_truth_is_not_a_figure() {
    // The 5 of 5G, and the year of a heading glued to its paragraph.
    let s = scored(vec![
        drafted("新建5G基站320个", "G", json!({"value": 5})),
        drafted(
            &format!("一、2025年工作回顾{GDP}"),
            "年",
            json!({"value": 2025}),
        ),
    ]);
    assert_eq!(classes(&s), vec![Class::NotFigure, Class::NotFigure]);
    assert_eq!(s.found(), 0);
}

#[test]
fn a_repeated_quote_is_told_apart_by_its_place_in_the_text() {
    let text = "工业增加值增长5%。服务业增加值增长5%。";
    let list = truth::parse(
        "repeat.json",
        r#"{"text": "repeat.txt", "half": "tune", "figures": [
            {"quote": "增加值增长5%", "label": "工业增加值", "value": null,
             "change": {"kind": "growth", "value": 5, "unit": "%"}},
            {"quote": "增加值增长5%", "nth": 2, "label": "服务业增加值", "value": null,
             "change": {"kind": "growth", "value": 5, "unit": "%"}}]}"#,
    )
    .unwrap();
    // The first sentence's figure is drafted wrong, the second's right: first come
    // first served would give the right one to the first quote.
    let decline = json!({"kind": "decline", "value": 5, "unit": "%"});
    let draft = json!({"figures": [
        drafted("工业增加值增长5%", "%", json!({"change": decline})),
        drafted("服务业增加值增长5%", "%", json!({"change": growth(5.0)})),
    ]});
    let s = matching::score("repeat", &list, text, &draft);
    assert_eq!(s.right, vec![None, Some(1)]);
}

#[test]
fn a_heading_is_found_as_a_section_or_topic_title_with_or_without_its_numbering() {
    let (list, text) = qingshan();
    let draft = json!({"figures": [], "sections": [
        {"id": "a", "title": {"zh": "2025年工作回顾"}, "topics": [{"id": "p1", "title": {"zh": "（一）产业发展"}}]}
    ]});
    let s = matching::score("qingshan", &list, &text, &draft);
    assert_eq!(s.headings[0].expected, 2);
    assert_eq!(s.headings[0].missed, vec!["二、2026年主要目标".to_string()]);
    assert!(s.headings[1].missed.is_empty());
}

#[test]
fn a_heading_loses_only_its_numbering() {
    for (heading, bare) in [
        ("一、经济发展", "经济发展"),
        ("十二、民生保障", "民生保障"),
        ("（三）产业发展", "产业发展"),
        ("(四)城乡建设", "城乡建设"),
        ("第二部分 今年工作", "今年工作"),
        ("一带一路建设", "一带一路建设"),
        ("二〇二五年回顾", "二〇二五年回顾"),
    ] {
        assert_eq!(unnumbered(heading), bare, "{heading}");
    }
}

fn half(recall: f64, wrong_share: f64) -> Option<Measured> {
    Some(Measured {
        texts: 6,
        recall,
        wrong_share,
    })
}

#[test]
fn the_ratchet_fails_when_a_half_falls_by_more_than_its_tolerance() {
    let recorded = Ratchet {
        tune: half(90.0, 2.0),
        test: half(80.0, 5.0),
        ..Ratchet::default()
    };
    // (tune, test, failures)
    let cases = [
        (half(90.0, 2.0), half(80.0, 5.0), 0),
        (half(95.0, 1.0), half(80.0, 5.0), 0),
        (half(89.96, 2.04), half(79.96, 5.04), 0),
        (half(89.95, 2.05), half(79.95, 5.05), 0),
        (half(89.9, 2.0), half(80.0, 5.0), 1),
        (half(90.0, 2.1), half(80.0, 5.0), 1),
        (half(90.0, 2.0), half(79.0, 6.0), 2),
        (None, half(70.0, 5.0), 1),
    ];
    for (tune, test, failures) in cases {
        let now = Ratchet {
            tune,
            test,
            ..Ratchet::default()
        };
        let got = ratchet::check(&recorded, &now);
        assert_eq!(got.len(), failures, "{tune:?} {test:?}: {got:?}");
    }
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("score-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("ratchet.json")
}

fn options(truth: &str, ratchet: &Path) -> Options {
    Options {
        corpus: fixture("corpus"),
        truth: fixture(truth),
        ratchet: Some(ratchet.to_path_buf()),
        ..Options::default()
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn a_run_drafts_in_memory_scores_each_text_and_lists_a_missing_one() {
    let before = (files(&fixture("corpus")), files(&fixture("truth")));
    let file = temp("run");
    let scored = score::score(&options("truth", &file)).unwrap();
    let slugs: Vec<&str> = scored.texts.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(slugs, ["qingshan", "songlin"]);
    assert_eq!(scored.missing, ["county/baishui.json"]);
    assert_eq!(scored.texts[0].truth.len(), 8);
    assert!(!scored.texts[0].draft.is_empty());
    let out = score::run(&options("truth", &file)).unwrap();
    assert!(
        out.printed.contains("skipped county/baishui.json"),
        "{}",
        out.printed
    );
    assert!(
        out.printed.contains("all   total (2 texts)"),
        "{}",
        out.printed
    );
    assert_eq!(
        before,
        (files(&fixture("corpus")), files(&fixture("truth")))
    );
    assert!(!file.exists(), "only --record writes the ratchet");
}

#[test]
fn a_recorded_run_holds_and_a_ratchet_above_it_fails() {
    let file = temp("ratchet");
    let record = Options {
        record: true,
        ..options("truth", &file)
    };
    score::run(&record).unwrap();
    let again = score::run(&options("truth", &file)).unwrap();
    assert!(again.failures.is_empty(), "{:?}", again.failures);
    // No draft finds more than every figure, or drafts fewer than no wrong ones.
    let above = json!({"tune": {"texts": 1, "recall": 100.1, "wrong_share": -1.0}, "test": null});
    std::fs::write(&file, above.to_string()).unwrap();
    let failed = score::run(&options("truth", &file)).unwrap();
    assert_eq!(failed.failures.len(), 2, "{:?}", failed.failures);
    assert!(failed.failures[0].contains("tune half's recall fell"));
}

#[test]
fn record_never_writes_over_a_file_that_is_not_a_ratchet() {
    let file = temp("not-ours");
    std::fs::write(&file, "notes of mine\n").unwrap();
    let record = Options {
        record: true,
        ..options("truth", &file)
    };
    let e = score::run(&record).unwrap_err();
    assert!(
        e.contains("ratchet.json") && e.contains("not valid JSON"),
        "{e}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "notes of mine\n");
}

#[test]
fn a_truth_list_that_is_not_json_is_refused_naming_file_and_path() {
    let e = score::score(&options("broken-json", &temp("json"))).unwrap_err();
    assert!(e.contains("broken-json/county/songlin.json"), "{e}");
    assert!(e.contains("figures[0]: is not valid JSON"), "{e}");
}

#[test]
fn a_quote_or_heading_its_text_lacks_is_refused_naming_file_and_path() {
    let e = score::score(&options("broken-quote", &temp("quote"))).unwrap_err();
    assert!(
        e.contains("broken-quote/county/songlin.json: 2 problems"),
        "{e}"
    );
    assert!(e.contains("headings[0].text: "), "{e}");
    let missing = msg::score::truth_quote_missing("社会消费品零售总额1268.4万元");
    assert!(e.contains(&format!("figures[1].quote: {missing}")), "{e}");
}

#[test]
fn a_misspelt_key_or_status_in_a_truth_list_is_refused_with_its_path() {
    for (json, path) in [
        (
            r#"{"text": "a.txt", "half": "tune", "figures": [{"quote": "q", "label": "l", "vlaue": 1}]}"#,
            "figures[0].vlaue",
        ),
        (
            r#"{"text": "a.txt", "half": "tune", "figures": [{"quote": "q", "label": "l", "value": 1, "status": "goal"}]}"#,
            "figures[0].status",
        ),
        (
            r#"{"text": "a.txt", "half": "half", "figures": []}"#,
            "half",
        ),
    ] {
        let e = truth::parse("a.json", json).unwrap_err();
        assert_eq!(e.problems[0].path, path, "{e}");
    }
}

#[test]
fn the_test_half_s_misses_are_listed_only_when_all_are_asked_for() {
    let file = temp("misses");
    let tune = Options {
        misses: Misses::Tune,
        ..options("truth", &file)
    };
    let out = score::run(&tune).unwrap().printed;
    assert!(out.contains("misses of qingshan (tune half)"), "{out}");
    assert!(!out.contains("misses of songlin"), "{out}");
    assert!(out.contains(msg::score::SCORE_TEST_MISSES_HIDDEN), "{out}");
    let all = Options {
        misses: Misses::All,
        ..options("truth", &file)
    };
    let out = score::run(&all).unwrap().printed;
    assert!(out.contains("misses of songlin (test half)"), "{out}");
}

#[test]
fn the_command_line_is_read_into_options() {
    let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let o = Options::from_args(&args("corpus --truth t --misses=all --record"))
        .unwrap()
        .unwrap();
    assert_eq!(
        (o.corpus, o.truth, o.misses, o.record),
        ("corpus".into(), "t".into(), Misses::All, true)
    );
    let o = Options::from_args(&args("c")).unwrap().unwrap();
    assert_eq!((o.truth, o.misses), ("tests/truth".into(), Misses::None));
    assert_eq!(Options::from_args(&args("--help")).unwrap(), None);
    for bad in ["", "c --truth", "c --mises", "c d"] {
        assert!(Options::from_args(&args(bad)).is_err(), "{bad}");
    }
}
