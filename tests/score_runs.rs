#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A run of the score (`report-charts score`) on a corpus: the ratchet each half is held
//! to, a run drafted in memory and recorded, the errors of a broken truth list, which
//! misses are listed, and the command line. The texts and lists are the short ones of
//! tests/truth-fixtures/.

mod common;

use common::truth_fixture;
use report_charts::draft::score::ratchet::{self, Measured, Ratchet};
use report_charts::draft::score::truth;
use report_charts::draft::score::{self, Misses, Options};
use report_charts::shared::messages as msg;
use serde_json::json;
use std::path::{Path, PathBuf};

fn half(recall: f64, wrong_share: f64) -> Measured {
    Measured {
        texts: 6,
        recall,
        wrong_share,
    }
}

fn ratchet_of(records: &[(&str, Measured)]) -> Ratchet {
    Ratchet {
        records: records.iter().map(|(k, m)| (k.to_string(), *m)).collect(),
        ..Ratchet::default()
    }
}

#[test]
fn the_ratchet_fails_when_a_record_falls_by_more_than_its_tolerance() {
    let recorded = ratchet_of(&[("a/tune", half(90.0, 2.0)), ("b/tune", half(80.0, 5.0))]);
    // (a's, b's, failures)
    let cases = [
        (Some(half(90.0, 2.0)), Some(half(80.0, 5.0)), 0),
        (Some(half(95.0, 1.0)), Some(half(80.0, 5.0)), 0),
        (Some(half(89.96, 2.04)), Some(half(79.96, 5.04)), 0),
        (Some(half(89.95, 2.05)), Some(half(79.95, 5.05)), 0),
        (Some(half(89.9, 2.0)), Some(half(80.0, 5.0)), 1),
        (Some(half(90.0, 2.1)), Some(half(80.0, 5.0)), 1),
        (Some(half(90.0, 2.0)), Some(half(79.0, 6.0)), 2),
        (None, Some(half(70.0, 5.0)), 1),
    ];
    for (a, b, failures) in cases {
        let mut now = ratchet_of(&[]);
        a.map(|m| now.records.insert("a/tune".into(), m));
        b.map(|m| now.records.insert("b/tune".into(), m));
        let got = ratchet::check(&recorded, &now);
        assert_eq!(got.len(), failures, "{a:?} {b:?}: {got:?}");
    }
}

#[test]
fn the_same_half_of_two_folders_is_held_to_each_folders_own_record() {
    // The provincial reports at 99% and the State Council's at 86%: neither total is the
    // other's measure, so a run of the second holds against its own record only.
    let recorded = ratchet_of(&[
        ("gzbg-2026/tune", half(99.4, 0.28)),
        ("gwr-cn/tune", half(86.21, 14.93)),
    ]);
    let national = ratchet_of(&[("gwr-cn/tune", half(86.3, 14.0))]);
    assert!(ratchet::check(&recorded, &national).is_empty());
    let worse = ratchet_of(&[("gwr-cn/tune", half(86.0, 14.93))]);
    let got = ratchet::check(&recorded, &worse);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("gwr-cn/tune"), "{got:?}");
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("score-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("ratchet.json")
}

fn options(truth: &str, ratchet: &Path) -> Options {
    Options {
        corpus: truth_fixture("corpus"),
        truth: truth_fixture(truth),
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
    let before = (
        files(&truth_fixture("corpus")),
        files(&truth_fixture("truth")),
    );
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
        (
            files(&truth_fixture("corpus")),
            files(&truth_fixture("truth"))
        )
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
    let above =
        json!({"records": {"county/tune": {"texts": 1, "recall": 100.1, "wrong_share": -1.0}}});
    std::fs::write(&file, above.to_string()).unwrap();
    let failed = score::run(&options("truth", &file)).unwrap();
    assert_eq!(failed.failures.len(), 2, "{:?}", failed.failures);
    assert!(failed.failures[0].contains("recall of county/tune fell"));
}

#[test]
fn a_recorded_run_keeps_the_record_of_a_folder_its_corpus_has_no_text_of() {
    let file = temp("kept-half");
    let fresh = json!({"texts": 7, "recall": 95.5, "wrong_share": 2.5});
    let was = json!({"records": {
        "county/tune": {"texts": 1, "recall": 10.0, "wrong_share": 50.0},
        "more/fresh": fresh,
    }});
    std::fs::write(&file, was.to_string()).unwrap();
    let record = Options {
        record: true,
        ..options("truth", &file)
    };
    let out = score::run(&record).unwrap();
    // The fixtures' corpus holds no fresh text: no row of it is printed, and its record stays.
    assert!(!out.printed.contains("fresh"), "{}", out.printed);
    let now: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(now["records"]["more/fresh"], fresh);
    assert_ne!(
        now["records"]["county/tune"]["recall"],
        json!(10.0),
        "{now}"
    );
    // And it holds it against a run that does score the fresh half.
    let below = ratchet_of(&[("more/fresh", half(95.4, 2.6))]);
    let recorded = ratchet::read(&file).unwrap().unwrap();
    assert_eq!(ratchet::check(&recorded, &below).len(), 2);
}

#[test]
fn a_half_whose_texts_stand_in_two_folders_is_totalled_and_recorded_per_folder() {
    // A second folder, "city", holding a copy of the county's tune text under another slug.
    let root = temp("two-folders").parent().unwrap().to_path_buf();
    let (corpus, truth) = (root.join("corpus"), root.join("truth"));
    for dir in [
        corpus.join("city"),
        truth.join("city"),
        truth.join("county"),
    ] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let county = truth_fixture("truth").join("county/qingshan.json");
    std::fs::copy(&county, truth.join("county/qingshan.json")).unwrap();
    let text = truth_fixture("corpus").join("county/qingshan.txt");
    std::fs::copy(&text, corpus.join("city/hexi.txt")).unwrap();
    std::fs::copy(&text, root.join("corpus/qingshan.txt")).unwrap();
    let list = std::fs::read_to_string(&county).unwrap();
    let list = list.replace("\"qingshan.txt\"", "\"hexi.txt\"");
    std::fs::write(truth.join("city/hexi.json"), list).unwrap();
    let o = Options {
        corpus,
        truth,
        ratchet: Some(root.join("ratchet.json")),
        ..Options::default()
    };
    let out = score::run(&o).unwrap();
    assert!(
        out.printed.contains("tune  total (2 texts)"),
        "{}",
        out.printed
    );
    assert!(
        out.printed.contains("tune  city (1 text)"),
        "{}",
        out.printed
    );
    assert!(
        out.printed.contains("tune  county (1 text)"),
        "{}",
        out.printed
    );
    let keys: Vec<String> = score::measured(&score::score(&o).unwrap())
        .records
        .into_keys()
        .collect();
    assert_eq!(keys, ["city/tune", "county/tune"]);
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
    let o = Options::from_args(&args("c --drafts d")).unwrap().unwrap();
    assert_eq!(o.drafts, Some("d".into()));
    for bad in [
        "",
        "c --truth",
        "c --mises",
        "c d",
        "c --drafts",
        "c --drafts d --record",
    ] {
        assert!(Options::from_args(&args(bad)).is_err(), "{bad}");
    }
}

#[test]
fn a_run_of_given_files_scores_only_texts_with_a_file_and_leaves_the_ratchet_alone() {
    // A desk's file (or a second list written as one) holds one figure of qingshan's
    // eight, and songlin has none: only qingshan is scored, from the file, not drafted.
    let file = temp("drafts");
    let dir = file.parent().unwrap().join("drafts");
    std::fs::create_dir_all(&dir).unwrap();
    // Its first figure, as tests/truth-fixtures/truth/county/qingshan.json lists it.
    let figure = json!({"id": "gdp", "label": {"zh": "地区生产总值"}, "value": 310.5,
        "unit": {"zh": "亿元"}, "change": {"kind": "growth", "value": 6.1, "unit": "%"},
        "source": "全县地区生产总值实现310.5亿元，可比增长6.1%"});
    std::fs::write(
        dir.join("qingshan.json"),
        json!({"figures": [figure]}).to_string(),
    )
    .unwrap();
    let before =
        json!({"records": {"county/tune": {"texts": 1, "recall": 100.0, "wrong_share": 0.0}}});
    std::fs::write(&file, before.to_string()).unwrap();
    let given = Options {
        drafts: Some(dir),
        ..options("truth", &file)
    };
    let scored = score::score(&given).unwrap();
    let slugs: Vec<&str> = scored.texts.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(slugs, ["qingshan"]);
    assert_eq!(scored.texts[0].draft.len(), 1);
    assert_eq!(scored.texts[0].found(), 1, "{:?}", scored.texts[0].wrong);
    let out = score::run(&given).unwrap();
    assert!(out.failures.is_empty(), "{:?}", out.failures);
    assert!(out.printed.contains("not the draft"), "{}", out.printed);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before.to_string());
}
