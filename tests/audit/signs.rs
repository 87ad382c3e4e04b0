//! The audit reads signs (issue 18): a number printed with a minus sign in the text
//! (增长－1.2%) is found where an output drops the sign or prints another one; a
//! decline's bar end (−3% for 下降3%) stays its figure's. A short text of our own.

use crate::common;
use crate::facts;
use crate::read::{self, Printed};
use crate::trace::{self, Finding};

/// A growth printed with a full-width minus sign, and a decline printed in words.
pub const TEXT: &str = "临河市2025年经济运行情况\n\n一、工业\n\n\
    全市规上工业增加值增长6.2%，其中轻工业增长－1.2%，重工业增长8.1%，建筑业下降3%。\n";

fn findings_of(text: &str) -> Vec<Finding> {
    let r = common::drafted("linhe", TEXT);
    let scope = trace::Scope {
        facts: r.figures.iter().flat_map(facts::facts).collect(),
        ..trace::Scope::default()
    };
    let mut out = Vec::new();
    trace::audit(text, &scope, "test", &mut out);
    out
}

#[test]
fn a_number_is_read_with_the_minus_sign_printed_before_it_never_a_dash_between_numbers() {
    let cases = [
        ("增长－1.2%", Some('－'), -1.2),
        ("增长-1.2%", Some('-'), -1.2),
        ("−1.2%", Some('−'), -1.2),
        ("增长5-5.5%", None, 5.0),
        ("增长1.2%", None, 1.2),
    ];
    for (text, sign, value) in cases {
        let first = read::numbers(text).into_iter().next().map(|(_, p)| p);
        let Some(Printed::Number {
            minus, value: v, ..
        }) = first
        else {
            panic!("{text}: {first:?}");
        };
        assert_eq!((minus, v), (sign, value), "{text}");
    }
}

#[test]
fn an_output_that_drops_the_minus_sign_or_prints_another_is_found() {
    let cases = [
        ("轻工业增长1.2%", "without the minus sign"),
        ("轻工业 +1.2%", "without the minus sign"),
        ("Light industry: growth of 1.2%", "without the minus sign"),
        ("轻工业增长-1.2%", "the minus sign '-'"),
        ("轻工业 −1.2%", "the minus sign '−'"),
    ];
    for (output, problem) in cases {
        let found = findings_of(output);
        assert_eq!(found.len(), 1, "{output}: {found:?}");
        assert!(found[0].problem.contains(problem), "{output}: {}", found[0]);
    }
}

#[test]
fn an_output_with_the_texts_own_sign_and_a_declines_bar_end_pass() {
    for output in [
        "轻工业增长－1.2%",
        "轻工业 －1.2%",
        "growth of －1.2%",
        "建筑业 −3%",
        "下降3%",
    ] {
        let found = findings_of(output);
        assert!(found.is_empty(), "{output}: {found:?}");
    }
}
