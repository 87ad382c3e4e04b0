#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A change printed before its word (实现5.2%的增长, 保持10%以上增长), and a project's
//! phase (地铁3期工程). The sentences are short ones of our own.

mod common;

use common::sentences::{only, shape, skipped};
use report_charts::shared::model::{ChangeKind, SkipReason};

#[test]
fn a_change_printed_before_its_word_is_a_change_not_a_level() {
    let cases: [(&str, &str, ChangeKind, f64); 5] = [
        (
            "全省地区生产总值实现5.2%的增长",
            "地区生产总值",
            ChangeKind::Growth,
            5.2,
        ),
        (
            "规上工业增加值保持8%左右的增速",
            "规上工业增加值",
            ChangeKind::Growth,
            8.0,
        ),
        (
            "居民收入实现了6%以上的增长",
            "居民收入",
            ChangeKind::Growth,
            6.0,
        ),
        (
            "重点景区营业收入均保持10%以上增长",
            "重点景区营业收入",
            ChangeKind::Growth,
            10.0,
        ),
        ("单位能耗实现3%的下降", "单位能耗", ChangeKind::Decline, 3.0),
    ];
    for (s, label, kind, value) in cases {
        let f = only(s);
        assert_eq!(
            (f.label.as_str(), shape(&f)),
            (label, (None, "%".to_string(), Some((kind, value)))),
            "{s}"
        );
    }
    // After a change, the number is a class of what follows; before 目标, a target named.
    assert_eq!(
        skipped("增长20%以上的企业达到120家", "20"),
        Some(SkipReason::Label)
    );
    assert_eq!(
        skipped("确定5%左右的增长目标", "5"),
        Some(SkipReason::Target)
    );
}

#[test]
fn the_phase_of_a_project_names_it() {
    for (s, number) in [("建成地铁3期工程", "3"), ("启动港区2期项目", "2")] {
        assert_eq!(skipped(s, number), Some(SkipReason::Ordinal), "{s}");
    }
    assert_eq!(only("完成40期培训任务").value, Some(40.0));
}
