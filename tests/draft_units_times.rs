#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Units a work report measures in that are no count of things (hours and minutes a task
//! takes, points of a score, basis points), and a fall printed alone in its own unit.
//! Tenths (8成) stay the desk's (`draft_bounds.rs`). The sentences are short ones of our
//! own.

mod common;

use common::sentences::{only, shape, skipped};
use report_charts::shared::model::{ChangeKind, SkipReason};

#[test]
fn units_that_are_no_count_of_things_are_read_whole() {
    let cases: [(&str, f64, &str); 4] = [
        ("平均通勤时间38分钟", 38.0, "分钟"),
        ("全年日照时数2100小时", 2100.0, "小时"),
        ("群众满意度达到92.5分", 92.5, "分"),
        ("一年期贷款市场报价利率为25个基点", 25.0, "个基点"),
    ];
    for (s, value, unit) in cases {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), unit), "{s}");
    }
}

#[test]
fn hours_that_measure_no_task_are_a_duration() {
    for (s, number) in [
        ("政务服务大厅24小时不打烊", "24"),
        ("建成15分钟便民生活圈", "15"),
        ("提升15分钟健身圈服务功能", "15"),
        ("连续运行72小时", "72"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Duration), "{s}");
    }
}

#[test]
fn a_fall_printed_alone_in_its_own_unit_is_a_change() {
    let cases: [(&str, &str, f64, &str); 3] = [
        (
            "船舶平均待泊时间同比减少2.5小时",
            "船舶平均待泊时间",
            2.5,
            "小时",
        ),
        ("企业开办时间减少1.5天", "企业开办时间", 1.5, "天"),
        ("贷款利率降低25个基点", "贷款利率", 25.0, "个基点"),
    ];
    for (s, label, value, unit) in cases {
        let f = only(s);
        assert_eq!(
            (f.label.as_str(), shape(&f)),
            (
                label,
                (None, unit.to_string(), Some((ChangeKind::Reduced, value)))
            ),
            "{s}"
        );
    }
    // A level a fall reached is a value.
    assert_eq!(only("企业开办时间压缩至2小时").value, Some(2.0));
}
