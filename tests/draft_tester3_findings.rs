#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the third tester (s-test13) found the draft saying that its text does not (issue
//! 18): a mark passed read as the value (C3), a count among a pool read as the place's
//! growth (C4), 环比 and 实际 dropped on a card (C5), a clause's own period lost (C6), an
//! added count given its stock's English (H4), a target left without last year's result
//! worded in another order (M2), a work plan's goals titled the year's targets (M6), and
//! chart ids that are figure ids (M8); and a county's part of a city's figure beside the
//! city's target (C1). Sentences of our own.

mod common;

use common::drafted;
use report_charts::check::validate;
use report_charts::draft;
use report_charts::publish::resolve;
use report_charts::shared::model::{Figure, Lang, Report, SkipReason, UnreadCause};

/// A city's report of 2026: `review` under the review of 2025, `targets` under the main
/// targets of 2026, `plan` under the work of 2026.
fn report(review: &str, targets: &str, plan: &str) -> String {
    format!(
        "2026年某市政府工作报告\n一、2025年工作回顾\n{review}\n二、2026年主要预期目标\n{targets}\n三、2026年重点工作\n{plan}\n"
    )
}

/// The figures of `r` whose sentence holds `quote`.
fn figures_in<'a>(r: &'a Report, quote: &str) -> Vec<&'a Figure> {
    r.figures
        .iter()
        .filter(|f| f.source.contains(quote))
        .collect()
}

#[test]
fn a_mark_passed_is_never_drawn_or_titled_as_the_value() {
    // (the sentence, the level, the word the figure keeps before it)
    let cases = [
        ("全市地区生产总值迈上3000亿元台阶。", "3000", "迈上"),
        ("全市地区生产总值迈上3000亿元新台阶。", "3000", "迈上"),
        ("全市一般公共预算收入突破200亿元大关。", "200", "突破"),
        ("全市进出口总额跨越800亿元台阶。", "800", "跨越"),
    ];
    for (sentence, level, word) in cases {
        let text = report(
            &format!("{sentence}规模以上工业增加值增长7.2%。全年空气质量优良天数比例达到90.5%。"),
            "地区生产总值增长5%左右。",
            "",
        );
        let r = drafted("marks", &text);
        let f = figures_in(&r, sentence.trim_end_matches('。'));
        assert_eq!(f.len(), 1, "{sentence}: {:#?}", r.figures);
        let f = f[0];
        assert_eq!(f.qualifier.map(|q| q.zh()), Some(word), "{sentence}");
        assert!(!f.label.zh.contains("台阶"), "{sentence}: {}", f.label.zh);
        for c in &r.charts {
            for (at, _) in c.title.zh.match_indices(level) {
                assert!(
                    c.title.zh[..at].ends_with(word),
                    "{sentence}: the title «{}» drops {word}",
                    c.title.zh
                );
            }
        }
    }
}

#[test]
fn a_count_among_a_pool_that_meets_a_threshold_is_no_figure_of_the_place() {
    let cases = [
        "全市8个县（市、区）中有6个地区生产总值增速超过6%。",
        "全区12个街道中有9个一般公共预算收入增长超过8%。",
        "全县15个乡镇中，有11个农村居民人均可支配收入增速高于7%。",
    ];
    let g = draft::glossary::Glossary::bundled().unwrap();
    for sentence in cases {
        let text = report(
            &format!("全市地区生产总值4250.6亿元，增长6.2%。{sentence}"),
            "地区生产总值增长5%左右。",
            "",
        );
        let r = drafted("among", &text);
        let quote = sentence.trim_end_matches('。');
        assert!(
            figures_in(&r, quote).is_empty(),
            "{sentence}: {:#?}",
            figures_in(&r, quote)
        );
        let skips: Vec<_> = r.skips.iter().filter(|k| k.sentence == quote).collect();
        assert!(skips.len() >= 2, "{sentence}: {skips:#?}");
        for k in skips {
            assert_eq!(k.reason, SkipReason::Unread, "{sentence}: {k:?}");
            let cause = draft::unread::cause(k, &g);
            assert_eq!(cause, UnreadCause::InsideLabel, "{sentence}: {k:?}");
        }
    }
}

#[test]
fn a_change_on_another_basis_says_so_on_its_card_in_both_languages() {
    // (the sentence, the change, what the card prints before it in zh and en)
    let cases = [
        (
            "10月份，全市规模以上工业增加值同比增长7.4%，环比增长0.5%。",
            0.5,
            "环比增长",
            "m/m up",
        ),
        (
            "前三季度，全市居民人均可支配收入31280元，同比名义增长5.6%，扣除价格因素实际增长5.2%。",
            5.2,
            "实际增长",
            "real up",
        ),
    ];
    for (sentence, change, zh, en) in cases {
        let text = format!("某市2025年经济运行简况\n{sentence}\n");
        let r = drafted("basis", &text);
        let f = (r.figures.iter())
            .find(|f| f.value.is_none() && f.change.as_ref().is_some_and(|c| c.value == change))
            .unwrap_or_else(|| panic!("{sentence}: {:#?}", r.figures));
        let before = |lang| resolve::item(f, false, lang).before;
        assert!(
            before(Lang::Zh).contains(zh),
            "{sentence}: {}",
            before(Lang::Zh)
        );
        assert!(
            before(Lang::En).contains(en),
            "{sentence}: {}",
            before(Lang::En)
        );
    }
}

#[test]
fn a_change_over_a_period_of_its_own_clause_is_of_that_period_and_names_its_figure() {
    // (the sentence, the second change, its period)
    let cases = [
        (
            "10月份，居民消费价格同比上涨0.4%，1—10月平均上涨0.3%。",
            0.3,
            "1—10月",
        ),
        (
            "9月份，规模以上工业增加值同比增长6.2%，1—9月累计增长5.9%。",
            5.9,
            "1—9月",
        ),
        (
            "9月份，社会消费品零售总额同比增长3.1%，前三季度增长4.4%。",
            4.4,
            "前三季度",
        ),
    ];
    for (sentence, change, period) in cases {
        let r = drafted("periods", &format!("某市2025年经济运行简况\n{sentence}\n"));
        let [first, second] = r.figures.as_slice() else {
            panic!("{sentence}: {:#?}", r.figures);
        };
        assert_eq!(second.change.as_ref().map(|c| c.value), Some(change));
        assert_eq!(second.label.zh, first.label.zh, "{sentence}");
        let p = second.period.as_ref().map(|p| p.zh.as_str());
        assert_eq!(p, Some(period), "{sentence}");
    }
}

#[test]
fn an_added_count_never_takes_the_english_of_its_stock() {
    let cases = [
        "新增高新技术企业180家，总数达到1420家。",
        "新认定高新技术企业96家。",
        "净增高新技术企业40家。",
    ];
    for sentence in cases {
        let r = drafted("added", &report(sentence, "地区生产总值增长5%左右。", ""));
        let f = figures_in(&r, "高新技术企业")[0];
        let en = &f.label.en;
        assert!(en.is_empty() || en.starts_with("new"), "{sentence}: {en}");
    }
}

#[test]
fn a_target_stands_beside_last_years_result_worded_in_another_order_only() {
    // (last year's result, paired with the target 城镇新增就业5万人以上)
    let cases = [
        ("全年新增城镇就业5.8万人。", true),
        ("全年城镇新增就业5.8万人。", true),
        ("全年农村新增就业1.2万人。", false),
        ("全年新增城镇就业人数5.8万人。", false),
    ];
    for (result, paired) in cases {
        let targets = "地区生产总值增长5%左右，城镇新增就业5万人以上，固定资产投资增长4%。";
        let r = drafted("pairs", &report(result, targets, ""));
        let chart = (r.charts.iter())
            .find(|c| c.kind.name() == "targets")
            .unwrap_or_else(|| panic!("{result}: {:#?}", r.charts));
        let on = chart
            .figures
            .iter()
            .any(|&i| r.figures[i].source.contains(result.trim_end_matches('。')));
        assert_eq!(on, paired, "{result}: {:?}", chart.figures);
    }
}

#[test]
fn a_level_of_governments_part_is_neither_last_years_result_nor_the_terms_english() {
    // 县级一般公共预算收入 in a city's report is the counties' part: the city's own revenue
    // stands beside the target, and the part has no English of the whole.
    let review =
        "全市一般公共预算收入236.8亿元，增长5.1%。县级一般公共预算收入21.3亿元，增长7.5%。";
    let targets = "地区生产总值增长5%左右，一般公共预算收入增长4%，固定资产投资增长4%。";
    let r = drafted("levels", &report(review, targets, ""));
    let chart = (r.charts.iter())
        .find(|c| c.kind.name() == "targets")
        .unwrap_or_else(|| panic!("{:#?}", r.charts));
    let on = |v: f64| chart.figures.iter().any(|&i| r.figures[i].value == Some(v));
    assert!(on(236.8), "{:?}", chart.figures);
    assert!(!on(21.3), "{:?}", chart.figures);
    let part = r.figures.iter().find(|f| f.value == Some(21.3)).unwrap();
    assert_ne!(part.label.en, "general public budget revenue", "{part:?}");
}

#[test]
fn a_work_plans_goals_are_never_titled_the_years_targets() {
    let text = report(
        "全市地区生产总值4250.6亿元，增长6.2%。",
        "地区生产总值增长5%左右，一般公共预算收入增长4%，固定资产投资增长5%左右。",
        "（一）扩大有效投资。实施重大产业项目120个，新建5G基站3000个，新开工亿元以上项目300个。",
    );
    let r = drafted("plans", &text);
    let titles: Vec<(&str, &str)> = (r.charts.iter())
        .filter(|c| c.kind.name() == "targets")
        .map(|c| (c.title.zh.as_str(), c.subtitle.zh.as_str()))
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    let (of_targets, of_plan): (Vec<&(&str, &str)>, Vec<_>) =
        titles.iter().partition(|(t, _)| t.contains("地区生产总值"));
    assert!(of_targets[0].1.starts_with("预期目标"), "{titles:?}");
    let (title, subtitle) = of_plan[0];
    assert!(
        !subtitle.contains("目标") && !title.contains("目标"),
        "{titles:?}"
    );
    assert!(
        title.starts_with("2026年安排：实施重大产业项目120个"),
        "{title}"
    );
}

#[test]
fn no_chart_id_is_a_figure_id() {
    let text = report(
        "全市地区生产总值4250.6亿元，增长6.2%。地区生产总值迈上4000亿元台阶。规模以上工业增加值增长7.2%。",
        "地区生产总值增长5%左右，一般公共预算收入增长4%，固定资产投资增长5%左右。",
        "",
    );
    let raw = draft::draft(&text).unwrap();
    let r = validate::validate("ids", &raw).unwrap();
    assert!(r.charts.len() >= 2, "{:#?}", r.charts);
    for c in &r.charts {
        assert!(
            r.figures.iter().all(|f| f.id != c.id),
            "the chart {} has a figure's id",
            c.id
        );
    }
}
