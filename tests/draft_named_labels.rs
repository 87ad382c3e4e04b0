#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels that name nothing (issue 18): a figure is never drafted as 达到, 占比,
//! 占全部投资的比重, 连续五年 or 比一季度加快. The draft names it after the figure before
//! it where its sentence says whose it is, and leaves the number to the desk where it
//! does not; `check` flags such a label in a file written by hand. The sentences are
//! short ones of our own.

mod common;

use common::sentences::read;
use report_charts::check::validate::{self, advice};
use report_charts::draft::sentence::Read;
use report_charts::draft::{self};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChangeKind, Lang, SkipReason};
use report_charts::shared::words::names_no_subject;

fn label_of(r: &Read, value: f64) -> String {
    let f = r.figures.iter().find(|f| f.value == Some(value));
    f.unwrap_or_else(|| panic!("{value}: {r:?}")).label.clone()
}

fn unread(r: &Read, number: &str) -> bool {
    r.skips
        .iter()
        .any(|(n, why)| n == number && *why == SkipReason::Unread)
}

#[test]
fn a_share_is_named_after_the_figure_before_it_in_its_sentence() {
    let cases = [
        (
            "其中服务业投资增长6.2%，占全部投资的比重为44.1%",
            44.1,
            "服务业投资占全部投资的比重",
        ),
        (
            "非税收入36.8亿元，增长2.0%，占比21.7%",
            21.7,
            "非税收入占比",
        ),
    ];
    for (s, value, want) in cases {
        let r = read(s);
        assert_eq!(label_of(&r, value), want, "{s}");
    }
}

#[test]
fn a_share_with_no_figure_before_it_is_left_to_the_desk() {
    let r = read("占全部投资的比重为31.2%");
    assert!(r.figures.is_empty(), "{r:?}");
    assert!(unread(&r, "31.2"), "{r:?}");
}

#[test]
fn a_value_reached_after_a_mark_is_named_as_the_figure_that_passed_it() {
    let r = read("全县工业总产值突破500亿元，达到512.6亿元，增长7.3%");
    let f = r.figures.iter().find(|f| f.value == Some(512.6)).unwrap();
    assert_eq!(f.label, "工业总产值");
    let c = f.change.as_ref().expect("its growth");
    assert_eq!((c.kind, c.value), (ChangeKind::Growth, 7.3));
    assert!(r.figures.iter().all(|f| f.label != "达到"), "{r:?}");
}

#[test]
fn a_run_of_years_with_nothing_before_it_is_left_to_the_desk() {
    let r = read("全年蔬菜产量达到52.4万吨，连续六年稳定在50万吨以上");
    assert_eq!(label_of(&r, 52.4), "蔬菜产量");
    assert!(r.figures.iter().all(|f| f.value != Some(50.0)), "{r:?}");
    assert!(unread(&r, "50"), "{r:?}");
}

#[test]
fn a_run_of_years_after_its_indicator_is_that_indicators_floor_over_the_run() {
    let d = draft::draft("柳岸县2025年经济运行情况\n蔬菜产量连续6年稳定在50万吨以上。\n").unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("t.json", &json).unwrap();
    let f = r.figures.iter().find(|f| f.value == Some(50.0)).unwrap();
    assert_eq!(f.label.zh, "蔬菜产量");
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("连续6年"));
}

#[test]
fn a_change_on_another_period_named_only_by_its_comparison_is_left_to_the_desk() {
    let cases = [("全区地区生产总值增长5.2%，比一季度加快0.4个百分点", "0.4")];
    for (s, number) in cases {
        let r = read(s);
        assert!(unread(&r, number), "{s}: {r:?}");
        assert!(
            r.figures.iter().all(|f| !names_no_subject(&f.label)),
            "{s}: {r:?}"
        );
    }
    // An increase since the start of the year in another magnitude of the balance's unit
    // is the balance's change (round 59), its basis 比年初 printed back; it was left
    // unread while a change had to be in the figure's own unit.
    let r = read("住户存款余额2.16万亿元，比年初增加1250亿元");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    let c = r.figures[0].change.as_ref().expect("the increase");
    assert_eq!((c.value, c.unit.as_str()), (1250.0, "亿元"));
}

#[test]
fn a_label_that_names_no_subject_is_told_from_one_that_does() {
    let nothing = [
        "达到",
        "占比",
        "比重",
        "占全部投资的比重",
        "连续五年",
        "连续9年保持",
        "比一季度加快",
        "较上月回落",
        "比年初",
    ];
    for label in nothing {
        assert!(names_no_subject(label), "{label}");
    }
    let named = [
        "税收收入占比",
        "工业投资占全部投资的比重",
        "粮食总产量",
        "占地面积",
        "比重较大的行业",
        "较快增长的产业",
        "地区生产总值",
    ];
    for label in named {
        assert!(!names_no_subject(label), "{label}");
    }
}

#[test]
fn check_flags_a_hand_written_label_that_names_no_subject_in_both_languages() {
    let d =
        draft::draft("柳岸县2025年经济运行情况\n全县地区生产总值302.4亿元，增长5.6%。\n").unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    v["figures"][0]["label"]["zh"] = serde_json::json!("占比");
    let r = validate::load("t.json", &v.to_string()).unwrap();
    let flagged: Vec<_> = advice::advice(&r)
        .into_iter()
        .filter(|p| p.path == "figures[0].label.zh")
        .collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    let m = msg::trust::label_no_subject("占比");
    assert_eq!(flagged[0].message, m);
    assert!(m.said_in(Lang::Zh).contains("占比") && m.said_in(Lang::En).contains("占比"));
    assert_ne!(m.said_in(Lang::Zh), m.said_in(Lang::En));
}
