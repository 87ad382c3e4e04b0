#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the second tester (s11) found the draft writing that a desk would not (issue 18):
//! a session's count of its delegates drafted as a result (H3). Sentences of our own.

mod common;

use common::drafted;
use report_charts::shared::model::Report;

/// The reason of the skip of `number`, by its name in the data file.
fn skip_reason<'a>(r: &'a Report, number: &str) -> Option<&'a str> {
    r.skips
        .iter()
        .find(|k| k.number == number)
        .map(|k| k.reason.name())
}

#[test]
fn a_sessions_count_of_its_members_is_the_meetings_never_a_figure() {
    // (the sentence, its counts): a paper's report of a session, and a county's.
    let cases = [
        (
            "大会应到代表386名，实到代表371名，符合法定人数。",
            &["386", "371"][..],
        ),
        ("出席本次会议的委员有214人，列席人员35人。", &["214", "35"]),
    ];
    for (sentence, numbers) in cases {
        let text = format!("2025年，全市地区生产总值812.4亿元，增长5.6%。\n\n{sentence}\n");
        let r = drafted("session", &text);
        assert_eq!(r.figures.len(), 1, "{sentence}: {:#?}", r.figures);
        for n in numbers {
            assert_eq!(skip_reason(&r, n), Some("meeting"), "{sentence}: {n}");
        }
    }
}

#[test]
fn a_count_of_people_that_names_no_attendance_stays_a_figure() {
    let r = drafted(
        "jobs",
        "2025年，全市新增城镇就业2.3万人，培训技能人才4800人。\n",
    );
    assert_eq!(r.figures.len(), 2, "{:#?}", r.figures);
}
