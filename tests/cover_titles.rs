#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A cover's Chinese title breaks where a reader parses it (tester s-test24 F14): before
//! the verb of a number (固定资产投资 / 下降2.4%), after a comma, and never between two
//! characters of one word (固定资产投资下 / 降2.4%, 地区生产总值增 / 长5%左右).

mod common;

use common::report;
use report_charts::publish::cover::{self, Shape};
use report_charts::publish::fonts::Fonts;
use report_charts::shared::model::Lang;

/// The lines of chart `id`'s cover title, as titled `title`, in `shape`: the texts of
/// the scene that are pieces of the title, in order.
fn title_lines(title: &str, shape: Shape) -> Vec<String> {
    let mut r = report();
    let id = r.charts[0].id.clone();
    r.charts[0].title.zh = title.to_string();
    let content = cover::chart(&r, &id, Lang::Zh).unwrap();
    let fonts = Fonts::bundled().unwrap();
    let scene = cover::scene(&content, shape, &mut &fonts);
    let mut lines: Vec<String> = Vec::new();
    let mut rest = title;
    for (t, _) in scene.texts() {
        let t = t.trim();
        if !t.is_empty() && rest.starts_with(t) {
            rest = &rest[t.len()..];
            lines.push(t.to_string());
        }
    }
    assert!(
        rest.is_empty(),
        "{title} {shape:?}: not all drawn: {lines:?}"
    );
    lines
}

#[test]
fn a_cover_title_breaks_before_the_verb_of_its_number_never_inside_a_word() {
    // (title, the first line where it breaks, words no break may split)
    let table = [
        (
            "全区1—11月固定资产投资下降2.4%",
            "全区1—11月固定资产投资",
            ["下降", "11月"],
        ),
        (
            "全区地区生产总值增长5%左右",
            "全区地区生产总值",
            ["增长", "总值"],
        ),
        (
            "规模以上工业增加值增长7.8%",
            "规模以上工业增加值",
            ["增长", "以上"],
        ),
    ];
    let mut broken = 0;
    for (title, first, words) in table {
        for shape in Shape::ALL {
            let lines = title_lines(title, shape);
            if lines.len() < 2 {
                continue;
            }
            broken += 1;
            let mut at = 0;
            for l in &lines[..lines.len() - 1] {
                at += l.len();
                for w in words {
                    let split = (1..w.chars().count()).any(|k| {
                        let head: String = w.chars().take(k).collect();
                        title[..at].ends_with(&head) && title[at..].starts_with(&w[head.len()..])
                    });
                    assert!(!split, "{title} {shape:?}: {w} split: {lines:?}");
                }
            }
            assert_eq!(lines[0], first, "{title} {shape:?}: {lines:?}");
        }
    }
    assert!(broken > 0, "no title broke at all: the test says nothing");
}

#[test]
fn a_cover_title_breaks_after_a_comma_or_before_a_verb_never_inside_a_phrase() {
    let title = "经营主体总数达到16.4万户，新登记经营主体1.9万户";
    let mut broken = 0;
    for shape in Shape::ALL {
        let lines = title_lines(title, shape);
        // Every line ends after the comma or before the verb of a number.
        for (l, next) in lines.iter().zip(&lines[1..]) {
            broken += 1;
            assert!(
                l.ends_with('，') || next.starts_with("达到"),
                "{shape:?}: {lines:?}"
            );
        }
    }
    assert!(broken > 0, "the title never broke: the test says nothing");
}
