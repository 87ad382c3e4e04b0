#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The score sees an average a year on an amount (issue 18, tester s-test25 F17): a list
//! read for it (`yearly_amounts`) counts a drafted 年均超过12万人 without `yearly`, or a
//! `yearly` the text does not print, as a wrong figure of class change; a list not yet
//! read compares no such mark. Short texts of our own.

use report_charts::draft::score::matching::{self, Class};
use report_charts::draft::score::truth;
use serde_json::{json, Value};

const TEXT: &str = "五年来，城镇新增就业年均超过12万人，新建农村公路1800公里。\n";

/// A list of the two figures of [`TEXT`], read for yearly amounts (the jobs marked
/// `yearly`) where `read`.
fn list(read: bool) -> truth::TruthList {
    let mut jobs = json!({"quote": "年均超过12万人", "label": "城镇新增就业", "value": 12,
        "unit": "万人", "qualifier": "超过", "status": "result", "period": "五年来"});
    if read {
        jobs["yearly"] = json!(true);
    }
    let roads = json!({"quote": "农村公路1800公里", "label": "新建农村公路", "value": 1800,
        "unit": "公里", "status": "result", "period": "五年来"});
    let doc = json!({"text": "t.txt", "half": "tune", "yearly_amounts": read,
        "figures": [jobs, roads], "skips": []});
    truth::parse("t.json", &doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// The draft's two figures, with `yearly` on the jobs and on the roads as given.
fn drafted(jobs: bool, roads: bool) -> Value {
    let source = TEXT.trim_end().trim_end_matches('。');
    json!({"figures": [
        {"id": "jobs", "label": {"zh": "城镇新增就业"}, "value": 12, "unit": {"zh": "万人"},
         "qualifier": "超过", "period": {"zh": "五年来"}, "yearly": jobs, "source": source},
        {"id": "roads", "label": {"zh": "新建农村公路"}, "value": 1800, "unit": {"zh": "公里"},
         "period": {"zh": "五年来"}, "yearly": roads, "source": source},
    ]})
}

#[test]
fn a_missing_or_extra_yearly_on_an_amount_is_a_wrong_change_in_a_list_read_for_it() {
    // (jobs yearly, roads yearly, how many wrong)
    for (jobs, roads, wrong) in [(true, false, 0), (false, false, 1), (true, true, 1)] {
        let s = matching::score("t", &list(true), TEXT, &drafted(jobs, roads));
        assert_eq!(s.wrong.len(), wrong, "{jobs} {roads}: {:?}", s.wrong);
        assert!(
            s.wrong.iter().all(|w| w.class == Class::Change),
            "{:?}",
            s.wrong
        );
        assert_eq!(s.found(), 2 - wrong, "{jobs} {roads}");
    }
}

#[test]
fn a_list_not_read_for_yearly_amounts_compares_no_such_mark() {
    for jobs in [true, false] {
        let s = matching::score("t", &list(false), TEXT, &drafted(jobs, false));
        assert!(s.wrong.is_empty(), "{jobs}: {:?}", s.wrong);
    }
}
