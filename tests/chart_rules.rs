#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Fewer, better charts (issue 19 §2): the rules of the draft's chart proposals, held by
//! Xihu's curated file and by the drafts of the short reports of `tests/reports/` and of
//! short texts of our own.

mod common;

use common::{drafted, path, report, with_chart};
use report_charts::check::validate::advice;
use report_charts::shared::layout::{ApproxMeasure, Mark, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::{messages, view::View};

/// The draft of `text`, through its JSON and the validator, as `check` reads it.
/// Xihu's curated file and the draft of every short report of `tests/reports/`.
fn every_report() -> Vec<(String, Report)> {
    let mut out = vec![("xihu-2024".to_string(), report())];
    let dir = std::path::PathBuf::from(path("tests/reports"));
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    for p in texts {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&p).unwrap();
        out.push((name.clone(), drafted(&name, &text)));
    }
    out
}

fn scene(r: &Report, id: &str, width: f64, lang: Lang) -> Scene {
    let theme = ThemeName::Light;
    report_charts::publish::scene(r, id, View { width, lang, theme }, &mut ApproxMeasure)
        .unwrap_or_else(|e| panic!("chart {id}: {e}"))
}

/// Every text a chart's scene prints, one line each, in drawing order.
fn texts(s: &Scene) -> String {
    let lines: Vec<&str> = s
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    lines.join("\n")
}

/// Every text of chart `id` at 360 and 1280 px.
fn printed(r: &Report, id: &str, lang: Lang) -> String {
    [360.0, 1280.0]
        .map(|w| texts(&scene(r, id, w, lang)))
        .join("\n")
}

#[test]
fn a_figures_value_stands_on_one_chart_and_a_growth_chart_may_compare_its_change() {
    for (name, r) in every_report() {
        let repeated = advice::repeated(&r);
        assert!(repeated.is_empty(), "{name}: {repeated:#?}");
    }
}

#[test]
fn a_change_that_a_second_growth_chart_draws_again_is_advice_at_that_charts_row() {
    // A desk's second growth chart of two rates Xihu's growth chart compares already.
    let r = with_chart("growth", "growth-again", &["gdp", "budget-revenue"]);
    let again = r.charts.len() - 1;
    let repeated = advice::repeated(&r);
    let at: Vec<String> = repeated.iter().map(|p| p.path.to_string()).collect();
    assert_eq!(
        at,
        [
            format!("charts[{again}].figures[0]"),
            format!("charts[{again}].figures[1]")
        ],
        "{repeated:#?}"
    );
    let zh = &repeated[0].message.zh;
    assert!(
        zh.contains("增速") && zh.contains("研发投入增长65.6%"),
        "{zh}"
    );
}

#[test]
fn the_draft_shows_a_value_once_though_two_rules_could_draw_it() {
    // The air-quality share both falls under rule 2 (由…提升至…) and rule 5 (two shares).
    let text = "环境质量\n\n全区空气质量优良天数比率由85.2%提升至94%，森林覆盖率达52.3%，\
                城市建成区绿地率41.5%。\n";
    let r = drafted("air", text);
    let repeated = advice::repeated(&r);
    assert!(repeated.is_empty(), "{repeated:#?}");
    let on_charts: usize = r.charts.iter().map(|c| c.figures.len()).sum();
    assert!(on_charts >= 3, "{:#?}", r.charts);
}

#[test]
fn no_share_of_the_whole_is_drawn_as_a_ring_or_a_waffle() {
    let text = "饮用水\n\n两个饮用水源地水质达标率100%。\n\n垃圾分类\n\n\
                生活垃圾无害化处理率100%，回收利用率38.5%。\n";
    let mut reports = every_report();
    reports.push(("whole".to_string(), drafted("whole", text)));
    for (name, r) in reports {
        for c in &r.charts {
            if matches!(c.kind.name(), "share" | "waffle") {
                for f in r.figures_of(c) {
                    assert!(
                        f.value.is_some_and(|v| v < 100.0),
                        "{name}: {} draws {} as a ring",
                        c.id,
                        f.id
                    );
                }
            }
        }
    }
}

#[test]
fn multiples_of_unlike_units_say_that_their_scales_differ() {
    let r = with_chart(
        "multiples",
        "repairs",
        &["streetlights", "cable-faults", "road-voids"],
    );
    for lang in [Lang::Zh, Lang::En] {
        let said = messages::charts::own_scales(lang);
        assert!(printed(&r, "repairs", lang).contains(said), "{lang:?}");
        assert!(!printed(&r, "growth", lang).contains(said), "{lang:?}");
    }
}

#[test]
fn a_part_whole_chart_prints_both_values_as_printed_and_no_share_the_text_does_not_print() {
    let r = report();
    // 370万元 of 6912万元 is 5.35%, but the report prints no share: none is written.
    let zh = printed(&r, "support-funds", Lang::Zh);
    assert!(
        zh.contains("科技奖励 370万元") && zh.contains("6912万元"),
        "{zh}"
    );
    for id in ["support-funds", "business-entities"] {
        for lang in [Lang::Zh, Lang::En] {
            let t = printed(&r, id, lang);
            assert!(!t.contains('%'), "{id} {lang:?}: {t}");
        }
    }
}

#[test]
fn the_drafts_part_whole_chart_prints_no_share_of_its_own() {
    let text = "产业发展\n\n全年兑现扶持产业发展专项资金8000万元，其中科技奖励600万元。\n";
    let r = drafted("funds", text);
    let c = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "part-whole")
        .unwrap_or_else(|| panic!("no part-whole chart: {:#?}", r.charts));
    let t = printed(&r, &c.id, Lang::Zh);
    assert!(t.contains("600万元") && !t.contains("7.5"), "{t}");
}

#[test]
fn a_small_count_without_a_comparison_is_advised_into_the_text_and_others_are_not() {
    // 新增亿元楼宇1栋, 建成5处口袋公园, 20场: small, and nothing to compare them with;
    // 236家 with 新增47家 has its comparison; 1.64万户 is no small count; 1039件 neither.
    let small = [
        "billion-yuan-buildings",
        "pocket-parks",
        "finance-matchmaking",
    ];
    let others = [
        "digital-core-firms",
        "old-estate-households",
        "business-requests",
    ];
    let r = with_chart("cards", "counts", &[&small[..], &others[..]].concat());
    let listed: Vec<String> = advice::advice(&r)
        .into_iter()
        .filter(|p| p.message.en.starts_with("small count"))
        .map(|p| p.message.en)
        .collect();
    // Each named as the desk sees it: by its label.
    let listed_as = |id: &str| listed.iter().any(|m| m.contains(&common::named(id).en));
    for id in small {
        assert!(listed_as(id), "{id} is not listed: {listed:#?}");
    }
    for id in others {
        assert!(!listed_as(id), "{id} is listed: {listed:#?}");
    }
}

#[test]
fn a_share_the_text_compares_is_drawn_as_that_comparison_without_the_reference_value() {
    let text = "空气质量\n\n全县空气质量优良天数比率96.5%，高于全省平均水平2.3个百分点。\n";
    let r = drafted("air", text);
    let kinds: Vec<&str> = r.charts.iter().map(|c| c.kind.name()).collect();
    assert_eq!(kinds, ["comparison"], "{:#?}", r.charts);
    let t = printed(&r, &r.charts[0].id, Lang::Zh);
    assert!(
        t.contains("96.5%") && t.contains("高于全省平均水平2.3个百分点"),
        "{t}"
    );
    // 96.5 − 2.3: the report does not print the province's 94.2%, and neither does the chart.
    assert!(!t.contains("94.2"), "{t}");
    // Xihu's 94% against the city's average is drawn the same way, never as a waffle.
    let xihu = report();
    let c = xihu.chart("air-water").unwrap();
    assert_eq!(c.kind.name(), "comparison");
    for lang in [Lang::Zh, Lang::En] {
        assert!(
            !printed(&xihu, "air-water", lang).contains("92.1"),
            "{lang:?}"
        );
    }
}

#[test]
fn at_most_one_chart_in_three_is_cards_in_xihu_and_in_every_draft() {
    for (name, r) in every_report() {
        let cards = advice::cards_charts(&r);
        // A report of one or two charts may keep one cards chart.
        assert!(
            !advice::too_many_cards(cards, r.charts.len()),
            "{name}: {cards} of {} charts are cards",
            r.charts.len()
        );
        let said = advice::advice(&r)
            .into_iter()
            .filter(|p| p.path == "charts")
            .count();
        assert_eq!(said, 0, "{name}: check advises on the cards");
    }
}

#[test]
fn check_advises_when_more_than_one_chart_in_three_is_cards() {
    // Four paragraphs of counts that nothing compares: the draft's cards, before its budget.
    let mut r = report();
    let cards = r
        .charts
        .iter()
        .position(|c| c.kind.name() == "cards")
        .unwrap();
    let extra: Vec<_> = (0..r.charts.len())
        .map(|_| r.charts[cards].clone())
        .collect();
    r.charts
        .extend(extra.into_iter().enumerate().map(|(i, mut c)| {
            c.id = format!("more-{i}");
            c.lead = false;
            c
        }));
    let said: Vec<String> = advice::advice(&r)
        .into_iter()
        .filter(|p| p.path == "charts")
        .map(|p| p.message.en)
        .collect();
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].contains("at most one chart in three"),
        "{}",
        said[0]
    );
}

#[test]
fn the_draft_leaves_small_counts_without_a_comparison_to_the_text() {
    let text =
        "经济运行\n\n全区地区生产总值突破800亿元，增长4.3%；一般公共预算收入25.5亿元，增长5.1%；\
                规上服务业营业收入400亿元，增长6.9%。\n\n活动\n\n举办对接会20场，建成口袋公园5处，\
                新增亿元楼宇1栋，引进企业236家。\n";
    let r = drafted("small", text);
    for c in &r.charts {
        if c.kind.name() != "cards" {
            continue;
        }
        for f in r.figures_of(c) {
            assert!(!advice::small_count(f), "{} on card chart {}", f.id, c.id);
        }
    }
    // Off the charts, never out of the data: 20场 is still a figure.
    assert!(
        r.figures.iter().any(|f| f.value == Some(20.0)),
        "{:#?}",
        r.figures
    );
}

#[test]
fn xihu_puts_no_small_count_on_a_card() {
    let r = report();
    let listed: Vec<String> = advice::advice(&r)
        .into_iter()
        .filter(|p| p.message.en.starts_with("small count"))
        .map(|p| p.message.en)
        .collect();
    assert!(listed.is_empty(), "{listed:#?}");
}

#[test]
fn the_draft_opens_with_a_lead_graphic_of_the_headline_results() {
    let text =
        "2024年工作回顾\n\n全区地区生产总值突破800亿元，增长4.3%；一般公共预算收入25.5亿元，\
                增长5.1%；规上服务业营业收入400亿元，增长6.9%；研发投入4.2亿元，增长65.6%。\n\n\
                城市建设\n\n新增停车泊位2.1万个，改造老旧小区58个，惠及居民1.64万户。\n";
    let r = drafted("lead", text);
    let lead = r
        .lead_chart()
        .unwrap_or_else(|| panic!("no lead: {:#?}", r.charts));
    assert_eq!(r.charts.iter().filter(|c| c.lead).count(), 1);
    let first = &r.figures[lead.figures[0]];
    assert_eq!(first.id, "gdp", "{:#?}", lead);
    assert!(
        lead.title.zh.starts_with("地区生产总值突破800亿元"),
        "{}",
        lead.title.zh
    );
    // Its figures trace to their sentences, and stand on no other chart of values.
    for f in r.figures_of(lead) {
        assert!(text.replace('\n', "").contains(&f.source), "{}", f.source);
    }
    assert!(advice::repeated(&r).is_empty(), "{:#?}", r.charts);
}

#[test]
fn xihu_opens_with_its_headline_figures_gdp_first() {
    let r = report();
    let lead = r.lead_chart().expect("Xihu has a lead graphic");
    assert_eq!(lead.id, r.charts[0].id);
    assert_eq!(r.figures[lead.figures[0]].id, "gdp");
    assert!(lead.title.zh.contains("800亿元") && lead.title.zh.contains("4.3%"));
}

#[test]
fn no_multiples_chart_draws_unlike_amounts_one_to_a_panel() {
    // 41座 beside 4353盏: each panel its own scale, one bar a panel, nothing compared.
    for (name, r) in every_report() {
        let lone = advice::lone_panels(&r);
        assert!(lone.is_empty(), "{name}: {lone:#?}");
    }
    let r = with_chart(
        "multiples",
        "street-repairs",
        &["streetlights", "bridges", "road-voids"],
    );
    let lone = advice::lone_panels(&r);
    assert_eq!(lone.len(), 1, "{lone:#?}");
    assert!(
        lone[0].message.en.contains("street-repairs"),
        "{}",
        lone[0].message.en
    );
}
