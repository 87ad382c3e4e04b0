#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Whose number is it (issue 18, the third tester's criticals 3 and 4): a number of a
//! speaker's own company or village, or of a place narrower than the report's, is no
//! figure of the report. It is a skip of reason `other-subject` for the desk, never a
//! lead card, a chart or an indicator of the report's place. Short texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{Report, SkipReason};

/// A city's results, then the sentence under test.
const CITY: &str = "东江市2025年经济运行情况\n2025年全市地区生产总值5210亿元，比上年增长5.3%。\n";

/// A province's results and goals, then the sentence under test.
const PROVINCE: &str = "临川省2026年政府工作报告\n2025年全省地区生产总值52100亿元，比上年增长5.4%。\n2026年全省主要预期目标是：地区生产总值增长5.5%左右。\n";

/// True when a figure of `r` prints `number` as its value or its change.
fn drawn(r: &Report, number: f64) -> bool {
    r.figures
        .iter()
        .any(|f| f.value == Some(number) || f.change.as_ref().is_some_and(|c| c.value == number))
}

/// The reason of the skip of `number` in `r`.
fn reason(r: &Report, number: &str) -> Option<SkipReason> {
    r.skips
        .iter()
        .find(|k| k.number == number)
        .map(|k| k.reason)
}

#[test]
fn a_number_of_a_speakers_own_unit_or_village_is_a_skip_and_never_a_figure() {
    // (the text before, the sentence, its numbers that are another subject's)
    let cases: [(&str, &str, &[&str]); 6] = [
        (
            CITY,
            "“订单排满了。”市人大代表王强说，去年他所在的企业产值增长15%，新招员工260名。\n",
            &["15", "260"],
        ),
        (
            CITY,
            "企业代表李芳表示：“我们公司今年出口额增长22%。”\n",
            &["22"],
        ),
        (
            CITY,
            "村党支部书记李明介绍，我们村去年人均可支配收入增长9.5%。\n",
            &["9.5"],
        ),
        (CITY, "该企业全年营业收入达到8.6亿元。\n", &["8.6"]),
        (
            PROVINCE,
            "省人大代表赵敏说：“本单位去年新增岗位140个。”\n",
            &["140"],
        ),
        (
            "北京市2025年经济运行情况\n全市地区生产总值52100亿元。\n",
            "区长说：“我们区新增城镇就业2.3万人。”\n",
            &["2.3"],
        ),
    ];
    for (before, sentence, numbers) in cases {
        let r = drafted("whose", &[before, sentence].concat());
        for &number in numbers {
            let value: f64 = number.parse().unwrap();
            assert!(
                !drawn(&r, value),
                "{sentence}: {number} drawn: {:#?}",
                r.figures
            );
            assert_eq!(
                reason(&r, number),
                Some(SkipReason::OtherSubject),
                "{sentence}: {number}"
            );
        }
    }
}

#[test]
fn a_narrower_places_target_in_an_officials_words_or_its_own_clause_is_never_the_reports() {
    // Each sentence sets a target of a district or a county inside the province: the
    // province's own goal (5.5%左右) stays its only GDP target.
    let sentences = [
        "省人大代表、南山区区长刘洋说：“今年力争地区生产总值增长6.5%，城镇新增就业1.2万人。”\n",
        "南山区区长刘洋说，今年全区地区生产总值力争增长6.5%。\n",
        "青河县县长在审议时表示：“我们县今年地区生产总值增长6.5%左右。”\n",
        "今年，南山区力争地区生产总值增长6.5%。\n",
    ];
    for sentence in sentences {
        let r = drafted("whose", &[PROVINCE, sentence].concat());
        assert!(!drawn(&r, 6.5), "{sentence}: {:#?}", r.figures);
        assert_eq!(
            reason(&r, "6.5"),
            Some(SkipReason::OtherSubject),
            "{sentence}"
        );
        let gdp_targets = (r.figures.iter())
            .filter(|f| f.id.starts_with("gdp") && f.change.is_some())
            .filter(|f| f.status != report_charts::shared::model::Status::Result)
            .count();
        assert_eq!(gdp_targets, 1, "{sentence}: {:#?}", r.figures);
    }
}

#[test]
fn a_narrower_places_indicator_whose_change_follows_in_a_clause_of_its_own_is_never_the_reports() {
    // A city report gives a county's output beside the city's: the county's value and
    // change, and an indicator in the next clause of the same sentence, are the county's.
    // (the sentence, its numbers that are the county's, a number that stays the city's)
    let cases: [(&str, &[&str], Option<&str>); 3] = [
        (
            "其中，安平县地区生产总值520.4亿元，增长6.8%。\n",
            &["520.4", "6.8"],
            None,
        ),
        (
            "安平县地区生产总值520.4亿元，一般公共预算收入21.3亿元，增长7.5%。\n",
            &["520.4", "21.3", "7.5"],
            None,
        ),
        (
            "安平县地区生产总值520.4亿元，全市一般公共预算收入236.8亿元。\n",
            &["520.4"],
            Some("236.8"),
        ),
    ];
    assert_county_and_city(&cases);
}

#[test]
fn the_reports_own_place_or_a_list_of_places_is_no_other_subject() {
    // (the text before, the sentence, a number of it that is no other subject's)
    let cases = [
        // The mayor of the report's city speaks of the city.
        (CITY, "市长表示，全市规模以上工业增加值增长7.1%。\n", "7.1"),
        (CITY, "我市新增城镇就业3.2万人。\n", "3.2"),
        // A district head who names the whole province speaks of it.
        (
            PROVINCE,
            "省人大代表、南山区区长刘洋说，全省规模以上工业增加值增长7.1%。\n",
            "7.1",
        ),
        // Words that end in 市 or 县 but name no place of their own.
        (PROVINCE, "资本市场直接融资增长12%。\n", "12"),
        (PROVINCE, "脱贫县农村居民人均可支配收入增长8.2%。\n", "8.2"),
        // A pointer inside a word (其他) and the report's own level (我省, 我区 in an
        // autonomous region's report) name no other subject.
        (CITY, "其他企业利润增长4%。\n", "4"),
        // 该区 in a story of a district is the story's own place, whatever its opening
        // names.
        (PROVINCE, "该区全年新增城镇就业4.1万人。\n", "4.1"),
        (PROVINCE, "我省县域经济增长6.1%。\n", "6.1"),
        (
            "临川自治区2025年经济运行情况\n全区地区生产总值21000亿元。\n",
            "我区新增城镇就业31万人。\n",
            "31",
        ),
        // Places each named in a list are its items, whatever the list's reading.
        (PROVINCE, "北湖市和南湖市分别增长6.2%和4.1%。\n", "6.2"),
    ];
    for (before, sentence, number) in cases {
        let r = drafted("whose", &[before, sentence].concat());
        assert_ne!(
            reason(&r, number),
            Some(SkipReason::OtherSubject),
            "{sentence}"
        );
    }
}

#[test]
fn a_narrower_places_words_whose_speaker_follows_the_quote_are_never_the_reports() {
    // The district head is named after the quote: on its line, or on the next line
    // (a paper's text with single line breaks), the quote's sentences closed before.
    let quotes = [
        "“南山区新增经营主体900户，外贸进出口增长7.2%。”南山区区长刘洋说。\n",
        "“南山区新增经营主体900户，外贸进出口增长7.2%。”\n南山区区长刘洋说。\n",
        "“今年目标积极稳妥。南山区新增经营主体900户，外贸进出口增长7.2%。”\n南山区区长刘洋说。\n",
    ];
    for quote in quotes {
        let r = drafted("whose", &[CITY, quote].concat());
        for (number, value) in [("900", 900.0), ("7.2", 7.2)] {
            assert!(!drawn(&r, value), "{quote}: {number}: {:#?}", r.figures);
            assert_eq!(
                reason(&r, number),
                Some(SkipReason::OtherSubject),
                "{quote}"
            );
        }
    }
    // The city's own words on the next line stay the city's figures.
    let own = "“全市新增经营主体3200户。”\n市统计局局长说。\n";
    assert!(drawn(&drafted("whose", &[CITY, own].concat()), 3200.0));
}

#[test]
fn a_sentence_of_a_narrower_place_after_its_semicolon_is_still_the_places() {
    // 其中 + a county opens the sentence: every figure up to its end, across ；, is the
    // county's, whatever its label, until the text names the city again.
    // (the sentence, its numbers that are the county's, a number that stays the city's)
    let cases: [(&str, &[&str], Option<&str>); 5] = [
        (
            "其中，青河县工业投资增长12.4%，增速居全市第1位；县级税收收入15.2亿元。\n",
            &["12.4", "15.2"],
            None,
        ),
        (
            "其中，安平县地区生产总值520.4亿元，增长6.8%；县级一般公共预算收入21.3亿元，增长7.5%。\n",
            &["520.4", "6.8", "21.3", "7.5"],
            None,
        ),
        (
            "其中，青河县规模以上工业增加值增长9.1%；工业技改投资42.6亿元。\n",
            &["9.1", "42.6"],
            None,
        ),
        (
            "其中青河县新建5G基站860个；县域快递业务量1.3亿件。\n",
            &["860", "1.3"],
            None,
        ),
        (
            "其中，安平县地区生产总值520.4亿元；全市县级一般公共预算收入236.8亿元。\n",
            &["520.4"],
            Some("236.8"),
        ),
    ];
    assert_county_and_city(&cases);
    // A place alone at a sentence's start, or after a clause that is not the province's
    // whole, is no 其中: a province counts its new area's figures as its own (and 实施市政…
    // opens with no place at all).
    for sentence in [
        "治理石漠化面积1033平方公里，南湖新区新建楼宇3200栋，引进企业450家。\n",
        "南湖新区新建楼宇3200栋；引进企业450家。\n",
        "实施市政基础设施项目162个；新建公园38个。\n",
    ] {
        let r = drafted("whose", &[PROVINCE, sentence].concat());
        assert!(
            drawn(&r, 450.0) || drawn(&r, 38.0),
            "{sentence}: {:#?}",
            r.skips
        );
    }
}

#[test]
fn a_narrower_place_that_opens_a_clause_after_a_semicolon_holds_up_to_the_next_place_or_the_sentences_end(
) {
    // No 其中: the city's figure, then a district's after ；or after a clause of the city
    // (全市…，滨江区…), its clauses the district's,
    // across ；, until another place is named; the next sentence is the city's again.
    // (the sentence, its numbers that are the district's, a number that stays the city's)
    let cases: [(&str, &[&str], Option<&str>); 7] = [
        (
            "全市新增市场主体1.8万户，滨江区新增市场主体3200户，新建5G基站860个。\n",
            &["3200", "860"],
            Some("1.8"),
        ),
        (
            "1—11月，全市快递业务量增长9.1%，滨江区新增网点42个。全年新开工项目120个。\n",
            &["42"],
            Some("120"),
        ),
        (
            "全市地区生产总值增长5.8%；滨江区增长7.1%，新签约项目32个，实际使用外资1.2亿美元。\n",
            &["32", "1.2"],
            Some("5.8"),
        ),
        (
            "全市新增市场主体1.8万户；滨江区新增市场主体3200户，新建5G基站860个；临湖县新建5G基站420个。\n",
            &["3200", "860", "420"],
            Some("1.8"),
        ),
        (
            "全市新增市场主体1.8万户；滨江区新增市场主体3200户；新开工项目45个；全市新建公园9个。\n",
            &["3200", "45"],
            Some("9"),
        ),
        (
            "全市实际使用外资12.5亿美元，其中滨江区实际使用外资4.1亿美元，新引进外资企业36家。\n",
            &["4.1", "36"],
            Some("12.5"),
        ),
        (
            "全市地区生产总值增长5.8%；滨江区新签约项目32个。新开工项目120个。\n",
            &["32"],
            Some("120"),
        ),
    ];
    assert_county_and_city(&cases);
    // The clause that names the place alone keeps it as its label: 滨江区 +7.1%.
    let r = drafted("whose", &[CITY, cases[2].0].concat());
    let named = (r.figures.iter()).find(|f| f.change.as_ref().is_some_and(|c| c.value == 7.1));
    assert_eq!(
        named.map(|f| f.label.zh.as_str()),
        Some("滨江区"),
        "{:#?}",
        r.figures
    );
}

/// For each (sentence after the city's review, the numbers that are the county's, the
/// number that is the city's): the county's are `other-subject` skips, the city's is drawn.
fn assert_county_and_city(cases: &[(&str, &[&str], Option<&str>)]) {
    for &(sentence, county, city) in cases {
        let r = drafted("whose", &[CITY, sentence].concat());
        for number in county {
            assert_eq!(
                reason(&r, number),
                Some(SkipReason::OtherSubject),
                "{sentence} {number}: {:#?}",
                r.figures
            );
        }
        if let Some(number) = city {
            assert!(
                drawn(&r, number.parse().unwrap()),
                "{sentence}: {:#?}",
                r.figures
            );
        }
    }
}
