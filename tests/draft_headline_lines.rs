#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A bulletin pasted with single line breaks (issue 18, tester 2's H1): its first short
//! line without sentence marks is its title, a 来源 line under it is the page's and never
//! a paragraph's opening, and the first paragraph is read as it would be after a blank
//! line: its period opens its second clause (根据…核算结果，上半年…), and 分产业看，…
//! goes on in it. The texts are short ones of our own.

mod common;

use report_charts::shared::model::{Report, SkipReason};

/// The first paragraph of a province's half-year bulletin.
const FIRST: &str = "根据地区生产总值统一核算结果，上半年全省地区生产总值15320.6亿元，按不变价格计算，同比增长5.1%。分产业看，第一产业增加值980.4亿元，同比增长3.2%；第二产业增加值6120.5亿元，增长5.8%；第三产业增加值8219.7亿元，增长4.9%。";

/// The paragraph after it.
const NEXT: &str = "上半年，全省规模以上工业增加值同比增长6.2%。";

const HEADLINE: &str = "上半年全省经济稳中向好";

fn text(lines: &[&str]) -> String {
    let mut t = lines.join("\n");
    t.push('\n');
    t
}

/// Every figure of the first paragraph is read, of 上半年, and no sentence holds the
/// headline or the page's 来源 line.
fn first_paragraph_read(r: &Report, case: &str) {
    for value in [15320.6, 980.4, 6120.5, 8219.7] {
        let f = r.figures.iter().find(|f| f.value == Some(value));
        let f = f.unwrap_or_else(|| panic!("{case}: {value} unread: {:#?}", r.skips));
        let period = f.period.as_ref().map(|p| p.zh.as_str());
        assert_eq!(period, Some("上半年"), "{case}: {value}");
        assert!(!f.source.contains("来源"), "{case}: {}", f.source);
        assert!(!f.source.contains(HEADLINE), "{case}: {}", f.source);
    }
    let unread = (r.skips.iter())
        .filter(|s| s.reason == SkipReason::Unread)
        .filter(|s| s.sentence.contains("15320.6") || s.sentence.contains("980.4"));
    assert_eq!(unread.count(), 0, "{case}: {:#?}", r.skips);
    assert!(
        !r.meta.deck.zh.contains("来源"),
        "{case}: {}",
        r.meta.deck.zh
    );
}

const SOURCE: &str = "来源：青川省统计局 2026-07-18";

#[test]
fn a_headline_and_a_source_line_over_single_line_breaks_are_never_the_first_paragraph() {
    let source = SOURCE;
    let cases = [
        (
            "headline, source",
            text(&[HEADLINE, source, FIRST, NEXT]),
            true,
        ),
        (
            "headline, source, a line of no number",
            text(&[
                HEADLINE,
                source,
                "上半年，全省经济运行总体平稳。",
                FIRST,
                NEXT,
            ]),
            true,
        ),
        ("headline alone", text(&[HEADLINE, FIRST, NEXT]), true),
        ("no headline", text(&[FIRST, NEXT]), false),
    ];
    for (case, text, titled) in cases {
        let r = common::drafted("t", &text);
        if titled {
            assert_eq!(r.meta.title.zh, HEADLINE, "{case}");
        } else {
            assert!(!r.meta.title.zh.contains("根据"), "{case}");
        }
        first_paragraph_read(&r, case);
        // The source line is the page's, kept as such.
        if text.contains(SOURCE) {
            assert_eq!(r.meta.source_line.zh, SOURCE, "{case}");
        }
    }
}
