//! Unit tests of line breaking: the 禁则 rules, widows and the measure cache.

use super::*;
use crate::shared::layout::{ApproxMeasure, Measure};
use std::collections::HashSet;

/// The native widths, counting the strings measured: the browser's measure keeps
/// every width it took, so that a string measured twice costs one `measureText`.
#[derive(Default)]
struct Counted(HashSet<(String, bool)>);

impl Measure for Counted {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        self.0.insert((text.to_string(), font.bold));
        ApproxMeasure.width(text, font)
    }
}

/// The lines and the count of strings measured for `text` at `max_w`.
fn wrapped(text: &str, max_w: f64) -> (Vec<String>, usize) {
    let mut m = Counted::default();
    let lines = Builder::new(&mut m).wrap(text, max_w, Font::regular(15.0));
    (lines, m.0.len())
}

/// Breaking token by token, each line measured with every token it tries.
fn token_by_token(b: &mut Builder<'_>, text: &str, max_w: f64, font: Font) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for token in tokens(text, "") {
        let kept = line.len();
        line.push_str(&token);
        if kept > 0 && b.width(line.trim_end(), font) > max_w {
            line.truncate(kept);
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        }
        if b.width(line.trim_end(), font) > max_w && line.chars().count() > 1 {
            line = cut_to_fit(b, &line, max_w, font, &mut lines);
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    avoid_widow(&mut lines);
    lines
}

#[test]
fn a_text_that_fits_is_measured_once() {
    for (text, max_w) in [
        ("地区生产总值突破800亿元，增长4.3%", 400.0),
        ("GDP up 4.3% ", 120.0),
        ("", 10.0),
    ] {
        assert_eq!(
            wrapped(text, max_w),
            (vec![text.trim_end().to_string()], 1),
            "{text:?}"
        );
    }
}

#[test]
fn a_last_line_that_fits_is_measured_once_not_character_by_character() {
    // 20 characters of 15 px at 200 px: 13 fit. The whole, the first line's 14 heads
    // and the rest: 16 strings, where breaking token by token measured 14 + 7.
    let (lines, measured) = wrapped("一二三四五六七八九十一二三四五六七八九十", 200.0);
    assert_eq!(lines, ["一二三四五六七八九十一二三", "四五六七八九十"]);
    assert_eq!(measured, 16);
}

#[test]
fn the_lines_are_those_of_breaking_token_by_token_at_every_width() {
    let texts = [
        "地区生产总值突破800亿元，增长4.3%，高于全市1.9个百分点。",
        "来源：某县政府工作报告（2025年）。注：按可比价格计算",
        "GDP rose 4.3% to 80 billion yuan, the fastest in the province",
        "Supercalifragilisticexpialidocious 万元",
        "新建“口袋公园”12个、改造老旧小区5个",
        "  ",
    ];
    for text in texts {
        for w in (8..420).step_by(7) {
            let max_w = f64::from(w);
            let font = Font::bold(15.0);
            let mut m = ApproxMeasure;
            let now = Builder::new(&mut m).wrap(text, max_w, font);
            let before = token_by_token(&mut Builder::new(&mut m), text, max_w, font);
            assert_eq!(now, before, "{text:?} at {max_w}px");
        }
    }
}

#[test]
fn closing_marks_stay_with_the_character_before() {
    let t = tokens("增长，好。", "");
    assert_eq!(t, vec!["增", "长，", "好。"]);
}

#[test]
fn opening_marks_stay_with_the_character_after() {
    let t = tokens("收入（亿元）", "");
    assert_eq!(t, vec!["收", "入", "（亿", "元）"]);
    assert_eq!(tokens("GDP (yuan)", ""), vec!["GDP ", "(yuan)"]);
}

#[test]
fn percentage_points_stay_one_word_with_their_number() {
    assert_eq!(tokens("高1.9个百分点", ""), vec!["高", "1.9个百分点"]);
    assert_eq!(
        tokens("提高0.5百分点，", ""),
        vec!["提", "高", "0.5百分点，"]
    );
}

#[test]
fn a_number_keeps_its_unit_and_its_qualifier() {
    for (text, want) in [
        ("目标增长5%左右", vec!["目", "标", "增", "长", "5%左右"]),
        (
            "完成4250.6亿元，增长",
            vec!["完", "成", "4250.6亿元，", "增", "长"],
        ),
        ("2026年目标", vec!["2026年", "目", "标"]),
        ("新增6个以上项目", vec!["新", "增", "6个以上项", "目"]),
        ("控制在3%以内。", vec!["控", "制", "在", "3%以内。"]),
        ("增长5%，左右", vec!["增", "长", "5%，", "左", "右"]),
        ("GDP up 5% or so", vec!["GDP ", "up ", "5% ", "or ", "so"]),
    ] {
        assert_eq!(tokens(text, ""), want, "{text}");
    }
}

#[test]
fn a_number_and_its_unit_and_qualifier_never_break_apart_at_any_width() {
    // From the width of the widest of them (4250.6亿元): a word wider than the line
    // is cut by character, as any.
    let text = "2026年目标增长5%左右，地区生产总值4250.6亿元";
    let widest = ApproxMeasure.width("4250.6亿元", Font::bold(15.0)).ceil() as u32;
    for w in (widest..420).step_by(3) {
        let mut m = ApproxMeasure;
        let lines = Builder::new(&mut m).wrap(text, f64::from(w), Font::bold(15.0));
        for (whole, head) in [
            ("5%左右", "5%"),
            ("4250.6亿元", "4250.6"),
            ("2026年", "2026"),
        ] {
            let broken =
                lines.iter().any(|l| l.ends_with(head)) && !lines.iter().any(|l| l.contains(whole));
            assert!(!broken, "{whole} broken at {w}px: {lines:?}");
        }
    }
}

#[test]
fn latin_words_do_not_break_inside() {
    let t = tokens("GDP up 4.3%", "");
    assert_eq!(t, vec!["GDP ", "up ", "4.3%"]);
}
