//! Line breaking for [`Builder::paragraph`]: Chinese by character, Latin by word, with
//! the 禁则 rules (no closing mark at a line's start, no opening mark at a line's end, no
//! one-character last line).

use crate::shared::layout::{is_wide, Builder, Font};

impl Builder<'_> {
    /// The lines `text` breaks into at `max_w`: Chinese by character, Latin by word,
    /// never a closing mark at the start of a line.
    pub fn wrap(&mut self, text: &str, max_w: f64, font: Font) -> Vec<String> {
        // Widths grow with length, so a text or a last line that fits whole keeps every
        // token: measured once, not once per character (in the browser each measurement
        // is a `measureText`, most of a chart's layout at first; issue 19).
        if self.width(text.trim_end(), font) <= max_w {
            return vec![text.trim_end().to_string()];
        }
        let tokens = tokens(text, &self.keep);
        let mut lines = Vec::new();
        let mut line = String::new();
        for (i, token) in tokens.iter().enumerate() {
            // The line with the token, then without it again where it does not fit:
            // `format!` would bring core's formatting into the reader's wasm.
            let kept = line.len();
            line.push_str(token);
            if kept > 0 && self.width(line.trim_end(), font) > max_w {
                line.truncate(kept);
                lines.push(line.trim_end().to_string());
                line = token.trim_start().to_string();
                let mut rest = line.clone();
                tokens[i + 1..].iter().for_each(|t| rest.push_str(t));
                if self.width(rest.trim_end(), font) <= max_w {
                    line = rest;
                    break;
                }
            }
            // A single token wider than the line is cut by character.
            if self.width(line.trim_end(), font) > max_w && line.chars().count() > 1 {
                line = cut_to_fit(self, &line, max_w, font, &mut lines);
            }
        }
        if !line.trim().is_empty() || lines.is_empty() {
            lines.push(line.trim_end().to_string());
        }
        avoid_widow(&mut lines);
        lines
    }
}

/// True when `a` then `b` stand side by side in a word of `keep` (words separated by
/// spaces, from the chart's data: 规模以上 bonds 规模, 模以 and 以上). Chars compared one
/// by one: a `str` search brings its searcher into the reader's wasm.
fn bonded(keep: &str, a: char, b: char) -> bool {
    let mut last = ' ';
    keep.chars().any(|k| {
        let pair = last == a && k == b;
        last = k;
        pair
    })
}

/// A last line of one Chinese character (百分 / 点) takes a companion from the line
/// before, which then only gets shorter, so both still fit.
fn avoid_widow(lines: &mut [String]) {
    let n = lines.len();
    if n < 2 {
        return;
    }
    let last: Vec<char> = lines[n - 1].chars().collect();
    let prev: Vec<char> = lines[n - 2].chars().collect();
    let single_wide = last.iter().filter(|c| is_wide(**c)).count() == 1
        && last.iter().all(|c| is_wide(*c) || is_closing(*c));
    if !single_wide || prev.len() < 4 {
        return;
    }
    let Some(&moved) = prev.last() else { return };
    if !is_wide(moved) {
        return;
    }
    lines[n - 2] = prev[..prev.len() - 1].iter().collect();
    lines[n - 1].insert(0, moved);
}

/// Cuts heads off `line`, each the longest that fits `max_w` (at least one character),
/// until the rest fits or is one character; pushes the heads onto `lines` and returns
/// the rest. A word thousands of characters long takes a few short measurements per
/// line: never a measurement of the whole word per line, or of every head per character.
fn cut_to_fit(
    b: &mut Builder<'_>,
    line: &str,
    max_w: f64,
    font: Font,
    lines: &mut Vec<String>,
) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    while chars.len() - start > 1 {
        let rest = &chars[start..];
        let trimmed = rest.len() - rest.iter().rev().take_while(|c| c.is_whitespace()).count();
        let n = longest_fit(b, &rest[..trimmed], max_w, font);
        if n >= trimmed {
            break;
        }
        lines.push(rest[..n].iter().collect());
        start += n;
    }
    chars[start..].iter().collect()
}

/// The length of the longest head of `chars` that fits `max_w`, at least 1. Widths grow
/// with length, so the head is found by doubling, then halving the gap.
fn longest_fit(b: &mut Builder<'_>, chars: &[char], max_w: f64, font: Font) -> usize {
    let fits = |b: &mut Builder<'_>, n: usize| {
        b.width(&chars[..n].iter().collect::<String>(), font) <= max_w
    };
    // `lo` fits (0 always does); `hi` does not, or is the whole.
    let (mut lo, mut hi) = (0, 1.min(chars.len()));
    while hi > lo && fits(b, hi) {
        lo = hi;
        hi = (hi * 2).min(chars.len());
    }
    if hi == lo {
        return lo.max(1);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fits(b, mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo.max(1)
}

/// Closing marks that must not begin a line (禁则).
fn is_closing(c: char) -> bool {
    // A match, not a search of a string: `str::contains` brings 2 KB of searcher into the
    // reader's wasm.
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '”'
            | '’'
            | '》'
            | '〉'
            | '%'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
    )
}

/// Opening marks that must not end a line (禁则).
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '“' | '‘' | '《' | '〈' | '【' | '(' | '['
    )
}

/// Break units: a wide character each, a Latin word with its trailing space, closing
/// marks glued to what precedes them and opening marks to what follows; a wide character
/// [`bonded`] to the one before by a word of `keep` stays with it.
fn tokens(text: &str, keep: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    // The last token is a number (it ends in a digit or %), maybe with its unit so far:
    // it takes the unit and qualifier characters that follow ([`UNITS`]).
    let mut number = false;
    for c in text.chars() {
        if is_closing(c) {
            word.push(c);
            continue;
        }
        if is_opening(c) {
            if !word.is_empty() && !word.chars().all(is_opening) {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
            continue;
        }
        if is_wide(c) {
            if !word.is_empty() && !word.chars().all(is_opening) {
                // Bytes: a digit and % are ASCII, and a `str` pattern brings its searcher.
                number = matches!(word.as_bytes().last(), Some(b'0'..=b'9' | b'%'));
                out.push(std::mem::take(&mut word));
            }
            if let (true, Some(last)) = (
                number && word.is_empty() && UNITS.chars().any(|u| u == c),
                out.last_mut(),
            ) {
                last.push(c);
                continue;
            }
            number = false;
            let prev = out.last_mut().filter(|_| word.is_empty());
            if let Some(last) =
                prev.filter(|t| t.chars().next_back().is_some_and(|p| bonded(keep, p, c)))
            {
                last.push(c);
                continue;
            }
            word.push(c);
            out.push(std::mem::take(&mut word));
            continue;
        }
        if c == ' ' {
            number = false;
            let prev = out.last_mut().filter(|_| word.is_empty());
            if let Some(last) =
                prev.filter(|t| t.chars().next_back().is_some_and(|p| bonded(keep, p, c)))
            {
                last.push(c);
                continue;
            }
            word.push(c);
            out.push(std::mem::take(&mut word));
            continue;
        }
        // A Latin character right after a wide one starts a new word.
        word.push(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    // Glue closing marks that began a token onto the token before.
    let mut glued: Vec<String> = Vec::new();
    for t in out {
        match (t.chars().next(), glued.last_mut()) {
            (Some(c), Some(prev)) if is_closing(c) && t.chars().all(is_closing) => {
                prev.push_str(&t)
            }
            _ => glued.push(t),
        }
    }
    glued
}

/// The characters of a unit printed after a number (亿元, 万吨, 个, 2026年, 个百分点) and
/// of its qualifier (左右, 以上, 以内, 以下), which stay with it: a line never ends in 5% with 左右
/// on the next (the tester's M3). A character of them after a unit that is no qualifier
/// (6个以上项目: 项) only takes a break away. A string walked by char: smaller in the
/// reader's wasm than a `match`, a lookahead or a pass of its own over the tokens (that
/// was about 500 B gzip), and no `str` search.
const UNITS: &str = "万亿千百分点元吨米个人家项户次年月日倍亩时左右以上内下";

#[cfg(test)]
mod tests {
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
                let broken = lines.iter().any(|l| l.ends_with(head))
                    && !lines.iter().any(|l| l.contains(whole));
                assert!(!broken, "{whole} broken at {w}px: {lines:?}");
            }
        }
    }

    #[test]
    fn latin_words_do_not_break_inside() {
        let t = tokens("GDP up 4.3%", "");
        assert_eq!(t, vec!["GDP ", "up ", "4.3%"]);
    }
}
