#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Measure words and units of the tune half's misses that the glossary did not know
//! (友城120对, 案件36起, 渔船95艘, 算力4.8万P …), read as units; and the words that open
//! with one of them but are none (2025回望); and a count that only says of which ones a
//! share is (22条排水沟整治率达100%); a share of what follows (80%以上的社区) and a
//! number that names a target the text speaks of (5%左右的增长目标). The sentences are
//! short ones of our own.

mod common;

use common::sentences::read;

#[test]
fn counters_and_units_of_real_reports_are_read() {
    // Each sentence, its one figure's value and unit as printed.
    let cases: [(&str, f64, &str); 22] = [
        ("国际友好城市达到58对", 58.0, "对"),
        ("成功处置突发事件36起", 36.0, "起"),
        ("更新老旧渔船95艘", 95.0, "艘"),
        ("上市创新产品42款", 42.0, "款"),
        ("发射遥感卫星27颗", 27.0, "颗"),
        ("组建科技服务队300支", 300.0, "支"),
        ("设立产业基金12只", 12.0, "只"),
        ("发布典型案例6批", 6.0, "批"),
        ("服务远洋船舶1500航次", 1500.0, "航次"),
        ("运动员获得8金", 8.0, "金"),
        ("火箭发射11发", 11.0, "发"),
        ("组建创新团队19组", 19.0, "组"),
        ("举办培训班30期", 30.0, "期"),
        ("建成输电线路4回", 4.0, "回"),
        ("修复污染地块13块", 13.0, "块"),
        ("智能算力达3.2万P", 3.2, "万P"),
        ("超算算力达450PF", 450.0, "PF"),
        ("储能产能达40GWh", 40.0, "GWh"),
        ("耕层厚度达到21.3厘米", 21.3, "厘米"),
        ("土壤有机质含量达到26克/千克", 26.0, "克/千克"),
        ("度电煤耗降至0.28千克", 0.28, "千克"),
        ("冬季供暖室温不低于18℃", 18.0, "℃"),
    ];
    for (s, value, unit) in cases {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].value, Some(value), "{s}");
        assert_eq!(r.figures[0].unit, unit, "{s}");
    }
}

#[test]
fn words_that_open_with_a_unit_are_no_unit() {
    for s in ["2025回望过去五年", "2025回顾全年工作", "储存容量5PB"] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {r:?}");
    }
}

#[test]
fn a_count_of_what_a_share_is_of_is_a_label() {
    for s in [
        "18条重点河道整治率达100%",
        "12个重点产业产值占农业总产值的75%以上",
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].unit, "%", "{s}");
    }
    // A count with a figure of its own in another clause stays a figure, and so does
    // one that names its share with no verb between.
    for s in [
        "建成12个示范园区，入园率达90%",
        "5个监测断面水质达标比例100%",
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 2, "{s}: {r:?}");
    }
}

#[test]
fn a_floor_of_what_the_year_forms_or_sets_up_is_a_figure() {
    for (s, value) in [("形成20项以上改革案例", 20.0), ("建立5个以上协作机制", 5.0)]
    {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].value, Some(value), "{s}");
    }
    // A threshold inside what is counted stays a label: 5000万元以上项目.
    let r = read("形成5000万元以上项目12个");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(r.figures[0].value, Some(12.0));
}

#[test]
fn a_share_with_yishang_before_a_noun_is_a_figure_not_a_threshold() {
    // The share of what follows: each sentence's one figure, its value and 以上.
    for (s, value) in [
        ("全市80%以上的社区建成养老服务站", 80.0),
        ("每年将65%以上的财力用于民生", 65.0),
        ("光纤网络覆盖城区和90%以上行政村", 90.0),
        ("全年财政支出的72%以上用于民生", 72.0),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert_eq!(r.figures[0].value, Some(value), "{s}");
        assert_eq!(r.figures[0].unit, "%", "{s}");
        assert_eq!(
            r.figures[0].qualifier,
            Some(report_charts::shared::model::Qualifier::OrMore),
            "{s}"
        );
    }
    // A change before or after it makes the % a class's threshold or a change: no level.
    for s in ["营业收入增长20%以上的企业", "游客人次保持8%以上增长"] {
        let r = read(s);
        assert!(r.figures.iter().all(|f| f.value.is_none()), "{s}: {r:?}");
    }
}

#[test]
fn a_number_that_names_a_target_the_text_speaks_of_is_a_target_skip() {
    use report_charts::shared::model::SkipReason;
    for (s, number) in [
        ("确定5%左右的增长目标", "5"),
        ("提出城镇新增就业12万人以上的目标", "12"),
        ("锚定8%左右的年度目标", "8"),
    ] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {r:?}");
        assert_eq!(r.skips, [(number.to_string(), SkipReason::Target)], "{s}");
    }
    // The goal itself, set by the text, and a count of goals met stay figures.
    for s in [
        "实现地区生产总值增长5%左右的预期目标",
        "如期完成每万人配备18名社工目标",
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
    }
}

#[test]
fn a_change_in_grades_or_places_is_left_to_the_desk() {
    use report_charts::shared::model::SkipReason;
    for (s, number) in [
        ("河湖健康指数提升2个等级", "2"),
        ("营商环境评价上升3个位次", "3"),
    ] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {r:?}");
        assert_eq!(r.skips, [(number.to_string(), SkipReason::Unread)], "{s}");
    }
    // With no change word before it, a count of graded things stays a figure.
    let r = read("创建3个等级评定示范区");
    assert_eq!(r.figures.len(), 1, "{r:?}");
}

#[test]
fn a_word_before_the_first_number_of_a_bare_list_is_every_numbers() {
    use report_charts::shared::model::Qualifier;
    let r = read("农村供水、污水处理普及率超过95%、80%");
    let q: Vec<_> = r.figures.iter().map(|f| (f.value, f.qualifier)).collect();
    assert_eq!(
        q,
        [
            (Some(95.0), Some(Qualifier::OverFully)),
            (Some(80.0), Some(Qualifier::OverFully))
        ],
        "{r:?}"
    );
    // A word after a unit is its own number's, and a number with words of its own keeps
    // them.
    for s in ["普及率95%以上、80%", "普及率超过95%，污水处理率80%"] {
        let r = read(s);
        assert_eq!(r.figures.len(), 2, "{s}: {r:?}");
        assert_eq!(r.figures[1].qualifier, None, "{s}");
    }
}
