#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `check` names why each number was left `unread`, in both languages, instead of one
//! "no unit it knows" for all (issue 18). Sentences of our own.

use report_charts::draft::glossary::Glossary;
use report_charts::draft::unread;
use report_charts::shared::messages;
use report_charts::shared::model::{Lang, Skip, SkipReason, UnreadCause};

fn unread_skip(number: &str, sentence: &str) -> Skip {
    Skip {
        number: number.to_string(),
        sentence: sentence.to_string(),
        reason: SkipReason::Unread,
    }
}

#[test]
fn each_unread_skip_is_worded_by_the_reason_it_was_left() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        (
            "6.2",
            "三大产业分别增长3.1%、6.2%和5.0%",
            UnreadCause::ListPairing,
        ),
        ("2", "库存下降2倍", UnreadCause::TimesChange),
        (
            "0.3",
            "空气优良率优于全市0.3个百分点",
            UnreadCause::Comparison,
        ),
        ("12", "景气指数达12", UnreadCause::UnknownUnit),
        (
            "3.5",
            "全年新增3.5万人，增长3.5%",
            UnreadCause::ChangeUnclaimed,
        ),
        ("50", "营收超50亿元的企业", UnreadCause::InsideLabel),
        ("20", "力争引进20亿元", UnreadCause::PossibleTarget),
        ("890.59", "筹措890.59亿元", UnreadCause::NoSubject),
        ("0.3", "居民消费价格同比增长-0.3%", UnreadCause::Negative),
        ("1.2", "人口自然增长率为－1.2‰", UnreadCause::Negative),
        ("3.5", "利润总额−3.5亿元", UnreadCause::Negative),
        (
            "250",
            "集装箱吞吐量1 250万标准箱",
            UnreadCause::SpacedDigits,
        ),
        ("1", "集装箱吞吐量1 250万标准箱", UnreadCause::SpacedDigits),
        ("30", "水果产量逾30万吨", UnreadCause::MoreOrLess),
        ("2.3", "工业用电量2.3亿千瓦时上下", UnreadCause::MoreOrLess),
        (
            "500",
            "对新认定的企业给予最高500万元奖励",
            UnreadCause::MoreOrLess,
        ),
        ("3", "全省地区生产总值跨过3万亿元", UnreadCause::MoreOrLess),
        (
            "0.5",
            "全年平均气温17.2℃，比常年偏高0.5℃",
            UnreadCause::OffNormal,
        ),
    ];
    for (number, sentence, cause) in cases {
        assert_eq!(
            unread::cause(&unread_skip(number, sentence), &g),
            cause,
            "{sentence}"
        );
    }
}

#[test]
fn check_counts_the_unread_skips_by_reason_in_both_languages() {
    let g = Glossary::bundled().unwrap();
    let skips = [
        unread_skip("3.1", "三大产业分别增长3.1%、6.2%"),
        unread_skip("6.2", "三大产业分别增长3.1%、6.2%"),
        unread_skip("12", "景气指数达12"),
        Skip {
            reason: SkipReason::Year,
            ..unread_skip("2025", "2025年")
        },
    ];
    let tally = unread::tally(&skips, &g);
    assert_eq!(
        tally,
        [(UnreadCause::ListPairing, 2), (UnreadCause::UnknownUnit, 1)]
    );
    let said = messages::draft::unread_skips(&tally);
    for cause in [UnreadCause::ListPairing, UnreadCause::UnknownUnit] {
        for lang in [Lang::Zh, Lang::En] {
            assert!(
                said.contains(messages::draft::unread_cause(cause, lang)),
                "{said}"
            );
        }
    }
    assert!(said.contains("3 skips") && said.contains("2 × "), "{said}");
    // Not every reason is the unknown unit.
    assert_eq!(said.matches("no unit it knows").count(), 1, "{said}");
}
