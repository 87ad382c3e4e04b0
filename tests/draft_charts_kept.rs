#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The chart rules that keep a chart honest (a bound is a bar only drawn open-ended and
//! where the order stays certain, a title states its paragraph's lead) keep the chart
//! too: a pair whose order a bound leaves unknown is compared by its exact changes, and a list of items whose whole stands elsewhere is titled by
//! its longest bar, never by whichever item came first. Texts of our own.

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::model::{Chart, Figure, Report};

fn drafted(text: &str) -> Report {
    let json = draft::to_json(&draft::draft(text).unwrap()).unwrap();
    validate::load("kept.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

fn figures<'a>(r: &'a Report, c: &'a Chart) -> Vec<&'a Figure> {
    c.figures.iter().map(|&k| &r.figures[k]).collect()
}

fn kinds(r: &Report) -> Vec<(String, String)> {
    (r.charts.iter())
        .map(|c| (c.kind.name().to_string(), c.title.zh.clone()))
        .collect()
}

#[test]
fn two_revenues_whose_order_a_bound_leaves_unknown_are_compared_by_their_growth() {
    // 突破90亿元 may be more or less than 95亿元: bars largest first would say which.
    let r = drafted(
        "松林区2025年经济运行情况\n\n全区软件和信息服务业营业收入突破90亿元，增长7.4%；\
         文化旅游业营业收入95亿元，增长5.2%。\n",
    );
    let growth: Vec<&Chart> = (r.charts.iter())
        .filter(|c| c.kind.name() == "growth")
        .collect();
    assert_eq!(growth.len(), 1, "{:?}", kinds(&r));
    let values: Vec<f64> = figures(&r, growth[0])
        .iter()
        .filter_map(|f| f.change.as_ref().map(|c| c.value))
        .collect();
    assert_eq!(values, [7.4, 5.2], "{:?}", kinds(&r));
    assert!(
        !r.charts.iter().any(|c| c.kind.name() == "bars"),
        "{:?}",
        kinds(&r)
    );
}

#[test]
fn a_bound_above_every_other_amount_is_a_bar_largest_first_as_bars_draw_it_open_ended() {
    let r = drafted(
        "松林区2025年经济运行情况\n\n全区软件和信息服务业营业收入突破300亿元，增长7.4%；\
         文化旅游业营业收入95亿元，增长5.2%。\n",
    );
    let bars: Vec<&Chart> = (r.charts.iter())
        .filter(|c| c.kind.name() == "bars")
        .collect();
    assert_eq!(bars.len(), 1, "{:?}", kinds(&r));
    let drawn: Vec<(Option<f64>, bool)> = (figures(&r, bars[0]).iter())
        .map(|f| (f.value, f.qualifier.is_some()))
        .collect();
    assert_eq!(
        drawn,
        [(Some(300.0), true), (Some(95.0), false)],
        "{:?}",
        kinds(&r)
    );
}

#[test]
fn the_items_of_a_whole_drawn_elsewhere_are_titled_by_their_longest_bar() {
    let r = drafted(
        "竹溪县2025年国民经济和社会发展统计公报\n\n全年地区生产总值完成260.4亿元，增长5.1%。\
         其中，第一产业增加值31.2亿元，第二产业增加值96.8亿元，第三产业增加值132.4亿元。\n",
    );
    let bars: Vec<&Chart> = (r.charts.iter())
        .filter(|c| c.kind.name() == "bars")
        .collect();
    assert_eq!(bars.len(), 1, "{:?}", kinds(&r));
    assert!(
        bars[0].title.zh.starts_with("第三产业增加值132.4亿元"),
        "{}",
        bars[0].title.zh
    );
}

#[test]
fn the_seed_reports_draft_keeps_its_four_charts_and_draws_a_bound_only_as_the_longest_bar() {
    let text = std::fs::read_to_string("data/xihu-2024.txt").unwrap();
    let r = drafted(&text);
    assert!(r.charts.len() >= 4, "{:?}", kinds(&r));
    for c in r.charts.iter().filter(|c| c.kind.name() == "bars") {
        let fs = figures(&r, c);
        let bounds: Vec<usize> = (0..fs.len())
            .filter(|&i| fs[i].qualifier.and_then(|q| q.bound()).is_some())
            .collect();
        // A floor first, largest first: its open end runs past every other bar.
        assert!(
            bounds.is_empty() || bounds == [0],
            "{}: {bounds:?}",
            c.title.zh
        );
    }
}

#[test]
fn a_count_of_households_is_no_row_of_a_plans_chart_of_funds() {
    let r = drafted("南岭市2026年政府工作报告\n\n一、2026年工作安排\n\n全心全意办好民生实事。筹措56.8亿元实施六大为民办实事工程项目。筹措5.2亿元实施就业惠民工程，稳定重点群体就业。筹措12.6亿元实施健康惠民工程，加强基层医疗。筹措3.1亿元实施安居惠民工程，帮助2万户以上群众实现安居。筹措4.4亿元实施科教惠民工程，改善办学条件。筹措2.3亿元实施交通惠民工程。\n");
    let targets: Vec<&Chart> = (r.charts.iter())
        .filter(|c| c.kind.name() == "targets")
        .collect();
    assert_eq!(targets.len(), 1, "{:?}", kinds(&r));
    let units: Vec<&str> = figures(&r, targets[0])
        .iter()
        .map(|f| f.unit.zh.as_str())
        .collect();
    assert!(units.iter().all(|u| *u == "亿元"), "{units:?}");
    assert_eq!(units.len(), 6, "{units:?}");
    // The households stay a figure of the report, a live number of its text.
    assert!(r.figures.iter().any(|f| f.unit.zh == "万户"));
}
