//! What the register reads from its reports: one id per indicator, the place from the
//! title, the years of results and targets, what is shared.

use super::*;

#[test]
fn labels_of_one_indicator_share_its_id_and_others_do_not() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        ("地区生产总值", Some("gdp")),
        ("全省生产总值", Some("gdp")),
        ("全市GDP", Some("gdp")),
        ("全区地区生产总值", Some("gdp")),
        ("海洋生产总值", Some("ocean-gdp")),
        ("人均生产总值", Some("gdp-per-capita")),
        ("工业经济总量", None),
        ("一般公共预算收入", Some("general-budget-revenue")),
        ("地方一般公共预算收入", Some("general-budget-revenue")),
        ("城镇居民人均可支配收入", Some("urban-disposable-income")),
        ("社会消费品零售总额", Some("retail-sales")),
        ("固定资产投资", Some("fixed-asset-investment")),
        ("单位地区生产总值能耗", Some("energy-intensity")),
        ("新区生产总值", None),
    ];
    for (label, id) in cases {
        assert_eq!(g.indicator(label).map(|t| t.id.as_str()), id, "{label}");
    }
}

#[test]
fn an_indicator_is_read_through_a_time_a_scope_and_a_goal_word_and_nothing_else() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        ("上半年全省地区生产总值", Some("gdp")),
        ("全市上半年地区生产总值", Some("gdp")),
        ("地区生产总值预期", Some("gdp")),
        ("全区地区生产总值目标", Some("gdp")),
        ("2025年地区生产总值", Some("gdp")),
        ("1—11月规模以上工业增加值", Some("industrial-value-added")),
        ("前三季度社会消费品零售总额", Some("retail-sales")),
        ("6月份全市固定资产投资", Some("fixed-asset-investment")),
        // Near misses: another indicator, or no indicator at all.
        ("地区生产总值增速", None),
        ("上半年地区生产总值增速", None),
        ("人均地区生产总值", Some("gdp-per-capita")),
        ("上半年人均地区生产总值", Some("gdp-per-capita")),
        ("人均地区生产总值预期", Some("gdp-per-capita")),
        ("上半年海洋生产总值", Some("ocean-gdp")),
        ("上半年新区生产总值", None),
        ("江川省地区生产总值", None),
        ("25年地区生产总值", None),
        ("1.地区生产总值", None),
        ("预期", None),
        ("上半年", None),
        ("上半年全省目标", None),
    ];
    for (label, id) in cases {
        assert_eq!(g.indicator(label).map(|t| t.id.as_str()), id, "{label}");
    }
}

#[test]
fn the_place_is_read_from_the_title_and_the_year_from_the_targets() {
    let r = reports();
    let (_, donghu) = &r[0];
    assert_eq!(register::place_of(donghu), "东湖县");
    assert_eq!(register::years::review_year(donghu), 2025);
    assert_eq!(register::years::review_year(&r[3].1), 2024);
}

#[test]
fn a_report_with_goals_for_2030_still_reviews_the_year_before_its_plan_year() {
    // Two goals of 2030 among this year's targets, and a report whose only targets are of
    // 2030 (its review, 2024年工作回顾, says the year).
    let goals = "到2030年，全县地区生产总值突破800亿元，一般公共预算收入达到50亿元。";
    let cases = [
        (2026, format!("地区生产总值增长6%左右。{goals}"), 2025),
        (
            2026,
            format!("地区生产总值增长6%左右，一般公共预算收入增长3%以上。{goals}"),
            2025,
        ),
        (2025, goals.to_string(), 2024),
    ];
    for (plan, target, review) in cases {
        let result = "全县地区生产总值达到512.6亿元，增长5.8%。";
        let text = work_report("东湖县", plan, result, &target);
        let report = common::drafted("goals", &text);
        assert_eq!(register::years::review_year(&report), review, "{target}");
    }
}

#[test]
fn results_are_of_the_review_year_and_targets_of_the_plan_year() {
    let reg = built(&reports());
    let gdp: Vec<_> = reg.of("gdp").filter(|e| e.slug == "donghu-2026").collect();
    let result = gdp
        .iter()
        .find(|e| e.figure.status == Status::Result)
        .unwrap();
    let target = gdp
        .iter()
        .find(|e| e.figure.status == Status::Target)
        .unwrap();
    assert_eq!(result.period, Period::Year(2025));
    assert_eq!(target.period, Period::Year(2026));
    assert_eq!(result.figure.value, Some(512.6));
    assert_eq!(target.figure.value, None);
}

#[test]
fn an_indicator_of_three_reports_is_shared_and_one_of_two_is_not() {
    let reg = built(&reports());
    let shared: Vec<String> = reg.shared(3).into_iter().map(|t| t.id).collect();
    assert!(shared.contains(&"gdp".to_string()), "{shared:?}");
    assert!(
        shared.contains(&"general-budget-revenue".to_string()),
        "{shared:?}"
    );
    let files = register::files(&reg).unwrap();
    assert!(files.iter().any(|(p, _)| p == "indicators/gdp.html"));
    assert!(files.iter().any(|(p, _)| p == "indicators.csv"));
}
