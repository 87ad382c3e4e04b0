#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! One rule of a printed minus sign (`shared::format::sign::minus_before`), as every stage
//! reads it: the reader's outputs print the sign a sentence prints (`minus_in`), `check`
//! holds a figure's decimals to its signed number (`printed::decimals`), the draft gives
//! a value its sign (`numbers::signed`) and leaves a signed number that is no growth to
//! the desk (`not_figures::skip_reason`). A range's or a date's dash and a code's hyphen
//! are no sign in any of them. Short sentences of our own.

use report_charts::check::printed;
use report_charts::draft::{not_figures, numbers};
use report_charts::shared::format::sign;
use report_charts::shared::model::SkipReason;

/// A sentence, the number in it, the sign it is printed with (if any), and what the
/// draft makes of it without a unit.
const SHAPES: [(&str, &str, Option<char>, Option<SkipReason>); 11] = [
    ("产值增长-3.5%", "3.5", Some('-'), Some(SkipReason::Unread)),
    ("产值增长−3.5%", "3.5", Some('−'), Some(SkipReason::Unread)),
    (
        "产值增长－3.5%",
        "3.5",
        Some('－'),
        Some(SkipReason::Unread),
    ),
    (
        "利润总额为-2.4亿元",
        "2.4",
        Some('-'),
        Some(SkipReason::Unread),
    ),
    (
        "人口自然增长率为－2.4‰",
        "2.4",
        Some('－'),
        Some(SkipReason::Unread),
    ),
    // Ranges: a dash after a digit or a % is the second end's.
    ("预期增长5-5.5%", "5.5", None, None),
    ("预期增长5%-5.5%", "5.5", None, None),
    ("预期增长5–5.5%", "5.5", None, None),
    ("预期增长5%－5.5%", "5.5", None, None),
    // A date's and a code's hyphen.
    ("时间为2025-01-20", "01", None, Some(SkipReason::Date)),
    ("执行GB-2020标准", "2020", None, Some(SkipReason::Name)),
];

#[test]
fn every_stage_reads_a_minus_sign_where_the_text_prints_one_and_nowhere_else() {
    for (sentence, number, sign_printed, skip) in SHAPES {
        let n = printed::numbers(sentence)
            .into_iter()
            .find(|n| n.text == number)
            .unwrap();
        let signed = sign_printed.is_some();
        let lead = &sentence[..n.start];
        assert_eq!(sign::minus_before(lead), signed, "{sentence}: the rule");
        assert_eq!(
            sign::minus_in(sentence),
            sign_printed,
            "{sentence}: the outputs' sign"
        );
        let as_check = !printed::decimals(sentence, -n.value).is_empty();
        assert_eq!(as_check, signed, "{sentence}: check's decimals");
        let as_draft = numbers::signed(sentence, &n) < 0.0;
        assert_eq!(as_draft, signed, "{sentence}: the draft's value");
        let reason = not_figures::skip_reason(sentence, &n, None);
        assert_eq!(reason, skip, "{sentence}: the draft's skip");
    }
}

/// A sentence, the number in it, and whether a dash right before it may be a minus sign
/// printed with the wrong character (and the draft leaves the number to the desk).
const DASHED: [(&str, &str, bool); 7] = [
    ("产值增长–3.5%", "3.5", true),
    ("产值同比增长—1.2%", "1.2", true),
    ("利润为——0.8亿元", "0.8", true),
    // Ranges and a run of years: the dash stands after a digit or a %.
    ("预期增长5–5.5%", "5.5", false),
    ("预期增长5%—5.5%", "5.5", false),
    ("2023—2024年累计投资12亿元", "2024", false),
    // A dash after letters joins a name to its number.
    ("型号为AB–35", "35", false),
];

#[test]
fn a_dash_that_may_be_a_minus_sign_leaves_its_number_to_the_desk_never_read_as_positive() {
    for (sentence, number, dashed) in DASHED {
        let n = printed::numbers(sentence)
            .into_iter()
            .find(|n| n.text == number)
            .unwrap();
        let lead = &sentence[..n.start];
        assert_eq!(sign::dash_before(lead), dashed, "{sentence}: the rule");
        assert!(!sign::minus_before(lead), "{sentence}: no minus sign");
        let reason = not_figures::skip_reason(sentence, &n, None);
        if dashed {
            assert_eq!(
                reason,
                Some(SkipReason::Unread),
                "{sentence}: the draft's skip"
            );
        } else {
            assert_ne!(
                reason,
                Some(SkipReason::Unread),
                "{sentence}: the draft's skip"
            );
        }
    }
}
