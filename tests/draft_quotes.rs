#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A quote that restates a figure is no second figure (issue 18, the tester's finding):
//! in a city paper's summary, a delegate's or an official's words (说：“…”, 「…」, “…。”
//! 一位代表说) that say again a goal the report gave are a skip of reason `restated`,
//! which the desk sees, as are its words that say a figure again under another name or
//! as a mark its value passed (the second tester's findings H3 and M7); a sentence
//! after a quote never opens with its closing mark (M6). Short texts of our own.

mod common;

use common::drafted;
use report_charts::publish::prose::{self, Run};
use report_charts::shared::model::{Report, SkipReason};

/// The goals, then the same growth of GDP in someone's words, in each way a paper
/// quotes them.
const GOALS: &str =
    "报告提出，2026年全市主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%。\n";

/// The figures of `r` whose change is `value`.
fn with_change(r: &Report, value: f64) -> usize {
    r.figures
        .iter()
        .filter(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .count()
}

#[test]
fn a_quote_that_restates_a_goal_is_a_skip_of_its_own_and_no_second_figure() {
    let quotes = [
        "市长表示：“全市地区生产总值增长5.5%左右，这个目标实干可期。”\n",
        "“今年的目标积极稳妥。地区生产总值增长5.5%左右，体现了稳中求进。”一位代表说，大家很有信心。\n",
        "代表李华认为：「地区生产总值增长5.5%左右，要靠实体经济支撑。」\n",
    ];
    for quote in quotes {
        let r = drafted("quoted", &[GOALS, quote].concat());
        assert_eq!(with_change(&r, 5.5), 1, "{quote}: {:#?}", r.figures);
        let skip = r.skips.iter().find(|k| k.number == "5.5");
        let skip = skip.unwrap_or_else(|| panic!("{quote}: no skip of 5.5: {:#?}", r.skips));
        assert_eq!(skip.reason, SkipReason::Restated, "{quote}");
        assert!(skip.sentence.contains("5.5%左右"), "{quote}");
    }
}

#[test]
fn a_figure_outside_a_quote_or_a_new_number_in_one_stays_a_figure() {
    // The goal restated in a sentence of the paper's own, and a quote with a number the
    // text gave nowhere before: neither is a restatement inside a quote.
    let cases = [
        ("会议强调，地区生产总值增长5.5%左右。\n", 5.5, 2),
        ("代表李华说：“园区工业投资增长8.2%，好于预期。”\n", 8.2, 1),
    ];
    for (added, value, figures) in cases {
        let r = drafted("quoted", &[GOALS, added].concat());
        assert_eq!(with_change(&r, value), figures, "{added}: {:#?}", r.figures);
        assert!(
            r.skips.iter().all(|k| k.reason != SkipReason::Restated),
            "{added}"
        );
    }
}

/// The skip of `number` in the sentence of `r` that holds `quote`.
fn skip_reason(r: &Report, number: &str, quote: &str) -> Option<SkipReason> {
    r.skips
        .iter()
        .find(|k| k.number == number && k.sentence.contains(quote))
        .map(|k| k.reason)
}

#[test]
fn a_quote_that_says_a_figure_again_in_its_own_words_or_as_a_mark_it_passed_is_restated() {
    // (the paper's figure, someone's words, the numbers of the words): the indicator's
    // size named as the economy's, its name after the speaker's words with the speaker
    // named after the quote, a mark its value passed.
    let gdp = "2025年，全县地区生产总值达到286.4亿元，增长5.2%。\n\n";
    let trade = "2025年，全市外贸进出口总额1206亿元，增长9.4%。\n\n";
    let cases = [
        (
            gdp,
            "县委书记王林说：“全县经济总量突破280亿元，来之不易。”\n",
            &["280"][..],
        ),
        (
            trade,
            "“去年我们外贸进出口增长9.4%，总额迈上1200亿元台阶。”一位企业家代表说。\n",
            &["9.4", "1200"],
        ),
        (
            trade,
            "代表陈思说：“全市外贸进出口总额突破1200亿元，增长9.4%，好于预期。”\n",
            &["1200", "9.4"],
        ),
    ];
    for (figure, words, numbers) in cases {
        let r = drafted("quoted", &[figure, words].concat());
        assert_eq!(r.figures.len(), 1, "{words}: {:#?}", r.figures);
        for n in numbers {
            let got = skip_reason(&r, n, "亿元");
            assert_eq!(got, Some(SkipReason::Restated), "{words}: {n}");
        }
    }
}

#[test]
fn a_quote_that_says_more_than_the_figure_or_of_another_indicator_stays_a_figure() {
    // A mark the figure's value did not pass, the size of another indicator: news of the
    // quote's own, which the desk weighs.
    let gdp = "2025年，全县地区生产总值达到286.4亿元，增长5.2%。\n\n";
    for words in [
        "县委书记王林说：“全县经济总量突破300亿元，来之不易。”\n",
        "县委书记王林说：“全县工业增加值突破100亿元，来之不易。”\n",
    ] {
        let r = drafted("quoted", &[gdp, words].concat());
        assert_eq!(r.figures.len(), 2, "{words}: {:#?}", r.figures);
        assert!(
            r.skips.iter().all(|k| k.reason != SkipReason::Restated),
            "{words}"
        );
    }
}

#[test]
fn a_sentence_after_a_quote_never_opens_with_its_closing_mark_and_the_quote_ends_its_paragraph() {
    // The quote closing its paragraph before a blank line or a single line break, and
    // its speaker named after it: the next paragraph is the next, as printed.
    let after = "据介绍，今年全市将新建学校12所。\n";
    let quotes = [
        "代表刘洋说：“城镇新增就业5万人以上的目标很实在。”\n\n",
        "代表刘洋说：“城镇新增就业5万人以上的目标很实在。”\n",
        "“城镇新增就业5万人以上的目标很实在。”代表刘洋说。\n\n",
    ];
    for quote in quotes {
        let text = ["2026年全市城镇新增就业5万人以上。\n\n", quote, after].concat();
        let r = drafted("quoted", &text);
        let sentences = r.figures.iter().map(|f| &f.source);
        let sentences = sentences.chain(r.skips.iter().map(|k| &k.sentence));
        for s in sentences {
            assert!(!s.starts_with('”'), "{quote}: {s}");
        }
        let prose = prose::read(&text, &r);
        let paragraphs: Vec<String> = (prose.parts.iter())
            .flat_map(|p| &p.paragraphs)
            .map(|p| p.sentences.concat())
            .collect();
        assert_eq!(paragraphs.len(), 3, "{quote}: {paragraphs:?}");
        assert!(
            paragraphs[2].starts_with("据介绍"),
            "{quote}: {paragraphs:?}"
        );
        // The page prints the quote closed, as the text does.
        let shown: String = (prose.parts.iter())
            .flat_map(|p| &p.paragraphs)
            .nth(1)
            .map(|p| {
                p.runs
                    .iter()
                    .map(|r| match r {
                        Run::Text(t) => t.as_str(),
                        Run::Figure { text, .. } => text.as_str(),
                        Run::Break => "\n",
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert!(shown.contains("实在。”"), "{quote}: {shown}");
    }
}

#[test]
fn a_quote_whose_speaker_follows_on_the_next_line_restates_a_goal() {
    // A paper's text with single line breaks: the speaker's line follows the quote's.
    for quote in [
        "“地区生产总值增长5.5%左右。”\n一位代表说。\n",
        "“今年的目标积极稳妥。地区生产总值增长5.5%左右。”\n代表李华表示。\n",
    ] {
        let r = drafted("quoted", &[GOALS, quote].concat());
        assert_eq!(with_change(&r, 5.5), 1, "{quote}: {:#?}", r.figures);
        assert_eq!(
            skip_reason(&r, "5.5", "5.5%左右"),
            Some(SkipReason::Restated),
            "{quote}"
        );
    }
}
