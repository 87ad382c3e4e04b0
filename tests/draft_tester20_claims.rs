#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A tester's drafts of texts of their own (issue 18 §1 status and period, §4 unsure
//! means undecided, s-test20): a horizon year (到2030年) at the end of a district's
//! summary that must not become the year of 今年's targets, a narrower place's numbers in
//! a city's press conference, and a WeChat 图解 post read line by line. The texts are
//! short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted, period};
use report_charts::shared::model::{Report, SkipReason, Status};

fn skip_reason(r: &Report, number: &str) -> Option<SkipReason> {
    (r.skips.iter())
        .find(|s| s.number == number)
        .map(|s| s.reason)
}

/// A district's report in a city paper: last year's results, this year's targets, and a
/// horizon at the end.
const HORIZON_LAST: &str = "青山区政府工作报告：稳中求进\n\n\
    1月8日，青山区十七届人大四次会议开幕。\n\n\
    2025年，全区地区生产总值完成812.4亿元，增长5.9%；今年，全区地区生产总值力争增长6%以上。\n\n\
    去年固定资产投资增长7.1%，今年固定资产投资预期增长7.5%左右。\n\n\
    今年城镇调查失业率控制在5.5%以内。\n\n\
    到2030年，全区地区生产总值力争突破1100亿元。";

#[test]
fn a_horizon_year_at_the_end_never_becomes_the_year_of_this_years_targets() {
    let r = drafted("horizon-last", HORIZON_LAST);
    for value in [6.0, 7.5, 5.5] {
        let f = by_value(&r, value).expect("this year's goal is read");
        assert_ne!(f.status, Status::Result, "{f:?}");
        assert_ne!(period(f), Some("2030年"), "今年 is not 2030: {f:?}");
    }
    let horizon = by_value(&r, 1100.0).expect("the horizon goal is read");
    assert_eq!(period(horizon), Some("2030年"), "{horizon:?}");
}

#[test]
fn this_years_targets_keep_the_period_they_had_without_the_horizon_sentence() {
    let cut = HORIZON_LAST
        .rsplit_once("\n\n")
        .expect("a last paragraph")
        .0;
    let without = drafted("horizon-cut", cut);
    let with = drafted("horizon-last", HORIZON_LAST);
    for value in [6.0, 7.5, 5.5] {
        let a = by_value(&without, value).expect("read without the horizon");
        let b = by_value(&with, value).expect("read with the horizon");
        assert_eq!(period(a), period(b), "{b:?}");
    }
}

/// A city's press conference where a reporter asks about one of its districts.
const PRESS_CONFERENCE: &str = "西江市2025年经济运行情况新闻发布会实录\n\
    时间：2026年1月20日上午9:30\n\n\
    周文：初步核算，2025年全市实现地区生产总值4216.3亿元，同比增长5.8%。社会消费品零售总额1520.4亿元，增长4.6%。\n\n\
    记者（西江日报）：请问临河区去年表现如何？\n\
    答：临河区去年实现地区生产总值866.2亿元，增长7.2%，高于全市平均水平1.4个百分点，拉动全市经济增长1.3个百分点。区内新能源汽车产量达到31.6万辆，占全市的五成以上。\n\n\
    主持人：今天的发布会到此结束。";

#[test]
fn a_districts_pull_on_the_citys_growth_is_no_figure_of_the_city() {
    let r = drafted("press-district", PRESS_CONFERENCE);
    for value in [866.2, 7.2, 1.4, 1.3] {
        assert!(
            by_value(&r, value).is_none(),
            "{value} is the district's: {:?}",
            by_value(&r, value)
        );
    }
    assert_eq!(skip_reason(&r, "1.3"), Some(SkipReason::OtherSubject));
    let city = by_value(&r, 4216.3).expect("the city's own GDP is read");
    assert_eq!(city.status, Status::Result, "{city:?}");
}

#[test]
fn a_pull_that_cannot_join_its_figure_is_left_for_the_desk_not_named_growth() {
    let r = drafted(
        "pull-second",
        "全市规模以上工业增加值增长8.2%，高于全省平均水平1.1个百分点，拉动全市经济增长2.4个百分点。",
    );
    assert!(by_value(&r, 2.4).is_none(), "{:?}", by_value(&r, 2.4));
    assert!(
        r.skips.iter().any(|s| s.number == "2.4"),
        "2.4 is asked of the desk: {:?}",
        r.skips
    );
    assert!(
        !r.figures.iter().any(|f| f.label.zh == "经济增长"),
        "{:?}",
        r.figures
    );
}

#[test]
fn a_sentence_opened_by_within_the_district_is_the_districts_in_a_city_report() {
    let r = drafted("press-district", PRESS_CONFERENCE);
    assert!(by_value(&r, 31.6).is_none(), "{:?}", by_value(&r, 31.6));
    assert_eq!(skip_reason(&r, "31.6"), Some(SkipReason::OtherSubject));
}

#[test]
fn a_districts_run_of_clauses_is_its_own_up_to_the_next_subject() {
    let r = drafted(
        "district-run",
        "西江市2025年经济运行情况\n\n\
         2025年全市实现地区生产总值4216.3亿元，增长5.8%。\n\n\
         临河区实现地区生产总值866.2亿元，增长7.2%，新签约亿元以上项目45个；全市新增城镇就业6.3万人。",
    );
    assert!(by_value(&r, 45.0).is_none(), "{:?}", by_value(&r, 45.0));
    assert_eq!(skip_reason(&r, "45"), Some(SkipReason::OtherSubject));
    let jobs = by_value(&r, 6.3).expect("the city's own jobs after 全市 are read");
    assert_eq!(jobs.status, Status::Result, "{jobs:?}");
}

/// A county's WeChat 图解 of its 两会, as the post prints it: single line breaks.
const POST: &str = "图解｜2026年青禾县两会，数字里的新变化！\n\
    原创 青禾发布 2026年01月20日 10:05 安徽\n\n\
    👇👇一图读懂政府工作报告\n\n\
    【关键词】成绩单\n\
    ▶ 地区生产总值\n268.4亿元\n增长5.9%\n\
    ▶ 一般公共预算收入\n15.2亿元\n同比增长3.7%\n\n\
    📊数说2025\n新增市场主体0.86万户\n新开工亿元以上项目41个\n\n\
    【关键词】预期目标\n2026年主要预期目标\n\
    ✅ 地区生产总值增长6%左右\n✅ 固定资产投资增长6.5%以上\n\n\
    【关键词】民生\n▶ 全年民生支出\n31.8亿元\n占一般公共预算支出的\n80.2%\n\n\
    来源：青禾县融媒体中心\n编辑：王五\n审核：赵六\n点个在看 ❤️\n";

/// The same post pasted with a blank line after every line, as many editors paste it.
fn spaced_post() -> String {
    POST.lines().map(|l| format!("{l}\n\n")).collect()
}

/// True when `s` holds a post's mark or an emoji.
fn has_mark(s: &str) -> bool {
    s.chars().any(|c| {
        "▶✅【】❤".contains(c) || ('\u{1F000}'..='\u{1FAFF}').contains(&c) || c == '\u{fe0f}'
    })
}

#[test]
fn a_posts_item_is_its_label_line_with_the_number_and_change_lines_under_it() {
    for text in [POST.to_string(), spaced_post()] {
        let r = drafted("post", &text);
        let gdp = by_value(&r, 268.4).expect("the item's number is read");
        assert_eq!(gdp.label.zh, "地区生产总值", "{gdp:?}");
        assert_eq!(gdp.change.as_ref().map(|c| c.value), Some(5.9), "{gdp:?}");
        let revenue = by_value(&r, 15.2).expect("the second item is read");
        assert_eq!(revenue.label.zh, "一般公共预算收入", "{revenue:?}");
        assert_eq!(revenue.change.as_ref().map(|c| c.value), Some(3.7));
        for value in [0.86, 41.0, 31.8] {
            assert!(
                by_value(&r, value).is_some(),
                "{value} of {text}: {:#?}",
                r.skips
            );
        }
        assert!(
            !r.skips
                .iter()
                .any(|s| s.reason == SkipReason::Heading && s.number == "268.4"),
            "{:?}",
            r.skips
        );
    }
}

#[test]
fn a_posts_results_are_last_years_and_only_its_goals_are_targets() {
    for text in [POST.to_string(), spaced_post()] {
        let r = drafted("post", &text);
        assert_eq!(
            r.meta.year, 2025,
            "成绩单 reviews the year before: {:?}",
            r.meta
        );
        for value in [268.4, 15.2, 0.86, 41.0, 31.8, 80.2] {
            let f = by_value(&r, value).expect("read");
            assert_eq!(f.status, Status::Result, "{f:?}");
        }
        for value in [6.0, 6.5] {
            let f = by_value(&r, value).expect("the goal is read");
            assert_eq!(f.status, Status::Target, "{f:?}");
            assert_eq!(period(f), Some("2026年"), "{f:?}");
        }
    }
}

#[test]
fn a_posts_marks_and_emoji_reach_no_label_heading_or_title_and_its_own_title_is_kept() {
    for text in [POST.to_string(), spaced_post()] {
        let r = drafted("post", &text);
        assert_eq!(r.meta.title.zh, "图解｜2026年青禾县两会，数字里的新变化！");
        for f in &r.figures {
            assert!(!has_mark(&f.label.zh), "{f:?}");
            assert!(
                f.label.zh.chars().count() <= 16,
                "a label, not a line run: {f:?}"
            );
        }
        for s in &r.sections {
            assert!(!has_mark(&s.title.zh), "{:?}", s.title);
        }
        for c in &r.charts {
            assert!(!has_mark(&c.title.zh), "{:?}", c.title);
        }
    }
}

#[test]
fn a_posts_credits_and_call_to_readers_are_the_pages_not_its_text() {
    let r = drafted("post", POST);
    let prose = report_charts::publish::prose::read(POST, &r);
    let printed = format!("{prose:?}");
    for words in ["审核", "点个在看", "编辑"] {
        assert!(
            !printed.contains(words),
            "{words} in the article: {printed}"
        );
    }
}

/// A bulletin's product table, a part's row indented under its whole's with 其中：.
const PRODUCT_TABLE: &str = "2025年青禾市国民经济和社会发展统计公报\n\
    青禾市统计局\n\n\
    一、工业\n\
    全年规模以上工业增加值比上年增长7.6%。\n\
    表1  2025年主要工业产品产量及其增长速度\n\
    产品名称\t单位\t产量\t比上年增长%\n\
    水泥\t万吨\t512.4\t-3.8\n\
    汽车\t万辆\t8.6\t12.1\n\
    \u{3000}其中：新能源汽车\t万辆\t5.2\t35.7\n\
    发电量\t亿千瓦时\t143.6\t4.4\n\
    太阳能电池\t万千瓦\t320.0\t-9.6\n\n\
    二、固定资产投资\n\
    全年固定资产投资比上年增长3.9%。\n";

#[test]
fn a_part_row_of_a_product_table_is_a_row_of_that_table_and_the_rows_after_it_too() {
    let r = drafted("product-table", PRODUCT_TABLE);
    let part = by_value(&r, 5.2).expect("the 其中 row is read");
    assert_eq!(part.label.zh, "新能源汽车", "{part:?}");
    assert_eq!(
        part.change.as_ref().map(|c| c.value),
        Some(35.7),
        "{part:?}"
    );
    for (value, unit) in [(143.6, "亿千瓦时"), (320.0, "万千瓦")] {
        let f = by_value(&r, value).expect("a row whose unit the header's column gives");
        assert_eq!(f.unit.zh, unit, "{f:?}");
    }
    let falling = by_value(&r, 320.0).expect("read");
    assert_eq!(falling.change.as_ref().map(|c| c.value), Some(-9.6));
    assert!(
        !r.skips
            .iter()
            .any(|s| ["5.2", "35.7", "143.6", "320.0"].contains(&s.number.as_str())),
        "{:?}",
        r.skips
    );
}

#[test]
fn a_bound_of_this_year_beside_a_limit_is_never_a_result_where_the_text_does_not_date_this_year() {
    let text = HORIZON_LAST.replace(
        "今年城镇调查失业率控制在5.5%以内。",
        "今年城镇调查失业率控制在5.5%以内，居民消费价格涨幅控制在2%左右。",
    );
    let r = drafted("horizon-cpi", &text);
    if let Some(f) = by_value(&r, 2.0) {
        assert_ne!(
            f.status,
            Status::Result,
            "a bound of 今年 drawn as a result: {f:?}"
        );
    }
    for c in r.charts.iter().filter(|c| c.kind.name() == "cards") {
        assert!(
            !c.figures.iter().any(|&k| r.figures[k].value == Some(2.0)),
            "{c:?}"
        );
    }
}
