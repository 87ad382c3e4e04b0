#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The register (issue 20 §2): one indicator id across labels, statuses and periods
//! across reports, the charts that compare reports, and `indicators.csv`. The reports are
//! short county reports written for these tests, drafted in memory.

mod common;

use report_charts::check::validate;
use report_charts::draft::{self, glossary::Glossary};
use report_charts::publish::pixels;
use report_charts::publish::register::charts::{self, Measure, Of};
use report_charts::publish::register::{self, csv, Period, Register};
use report_charts::shared::charts as kinds;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::{Lang, Report, Status};
use report_charts::shared::render;
use report_charts::shared::theme::{Theme, ThemeName};

/// A county's work report as its website publishes it (single line breaks, the page's
/// leftovers): last year's results, then this year's targets.
fn work_report(place: &str, plan: i64, result: &str, target: &str) -> String {
    let last = plan - 1;
    format!(
        "{plan}年{place}人民政府工作报告\n下载\n打印\n{plan}年{place}人民政府工作报告\n来源：{place}日报\n时间：{plan}-01-20\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、{last}年工作回顾\n过去一年，{result}\n二、{plan}年主要目标和重点工作\n{plan}年全县经济社会发展的主要预期目标是：{target}\n"
    )
}

fn reports() -> Vec<(String, Report)> {
    let texts = [
        (
            "donghu-2026",
            work_report(
                "东湖县",
                2026,
                "全县地区生产总值达到512.6亿元，增长5.8%；一般公共预算收入32.4亿元，增长3.1%。",
                "地区生产总值增长6%左右，一般公共预算收入增长3%以上。",
            ),
        ),
        (
            "xishan-2026",
            work_report(
                "西山县",
                2026,
                "全县生产总值1.02千亿元，增长4.6%；一般公共预算收入41.5亿元，增长2.2%。",
                "全县生产总值增长5%—5.5%，一般公共预算收入增长2%左右。",
            ),
        ),
        (
            "nanhe-2026",
            work_report(
                "南河区",
                2026,
                "全区GDP达到386.9亿元，增长6.3%；地方一般公共预算收入28.7亿元，增长4.4%。",
                "地区生产总值增长6.5%以上。",
            ),
        ),
        (
            "donghu-2025",
            work_report(
                "东湖县",
                2025,
                "全县地区生产总值达到480.3亿元，增长5.2%。",
                "地区生产总值增长6%左右。",
            ),
        ),
        (
            "beiling-2026",
            work_report(
                "北岭县",
                2026,
                "全县地区生产总值达到300亿元，增长5.1%；全年地区生产总值增长4.8%。",
                "地区生产总值增长5%左右。",
            ),
        ),
        (
            "taoyuan-2026",
            work_report(
                "桃源县",
                2026,
                "全县地区生产总值突破400亿元。",
                "地区生产总值增长5%左右。",
            ),
        ),
    ];
    texts
        .into_iter()
        .map(|(slug, text)| {
            let raw = draft::draft(&text).unwrap();
            let report = validate::validate(slug, &raw).unwrap_or_else(|e| panic!("{slug}: {e}"));
            (slug.to_string(), report)
        })
        .collect()
}

fn built(reports: &[(String, Report)]) -> Register {
    common::register_of(reports)
}

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
fn the_place_is_read_from_the_title_and_the_year_from_the_targets() {
    let r = reports();
    let (_, donghu) = &r[0];
    assert_eq!(register::place_of(donghu), "东湖县");
    assert_eq!(register::review_year(donghu), 2025);
    assert_eq!(register::review_year(&r[3].1), 2024);
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

fn of(id: &str) -> Of<'_> {
    Of {
        id,
        name: "地区生产总值",
        lang: Lang::Zh,
    }
}

#[test]
fn targets_stand_beside_last_years_results_as_printed() {
    let reg = built(&reports());
    let d = charts::target_result(&reg, of("gdp")).unwrap();
    let printed: Vec<(String, String)> = d
        .spec
        .items
        .iter()
        .map(|it| (it.label.clone(), it.value_text.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        printed,
        [
            ("南河区", "增长6.3%"),
            ("南河区", "目标增长6.5%以上"),
            ("东湖县", "增长5.8%"),
            ("东湖县", "目标增长6%左右"),
            ("西山县", "增长4.6%"),
            ("西山县", "目标增长5%—5.5%"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    for pair in d.spec.items.chunks(2) {
        assert_eq!(pair[0].status, Status::Result);
        assert_eq!(pair[1].status, Status::Target);
    }
}

#[test]
fn a_report_with_two_different_numbers_for_one_cell_is_left_for_the_desk() {
    let reg = built(&reports());
    let d = charts::ranking(&reg, of("gdp"), Measure::Growth).unwrap();
    assert!(d.unsure.contains(&"北岭县".to_string()), "{:?}", d.unsure);
    assert!(d.spec.items.iter().all(|it| it.label != "北岭县"));
}

#[test]
fn a_ranking_sorts_places_on_one_scale_and_prints_each_value_as_printed() {
    let reg = built(&reports());
    let d = charts::ranking(&reg, of("gdp"), Measure::Value).unwrap();
    let printed: Vec<(&str, &str)> = d
        .spec
        .items
        .iter()
        .map(|it| (it.label.as_str(), it.value_text.as_deref().unwrap_or("")))
        .collect();
    // 1.02千亿元 is 1020亿元: the largest, though its number is the smallest.
    assert_eq!(
        printed,
        [
            ("西山县", "1.02千亿元"),
            ("东湖县", "512.6亿元"),
            ("南河区", "386.9亿元"),
            ("北岭县", "300亿元")
        ]
    );
}

#[test]
fn a_bound_is_not_ranked_but_named_under_the_ranking() {
    let reg = built(&reports());
    let d = charts::ranking(&reg, of("gdp"), Measure::Value).unwrap();
    // 突破400亿元 may be more than 512.6亿元: its bar would stand in a place it may not have.
    assert!(d.spec.items.iter().all(|it| it.label != "桃源县"));
    assert_eq!(d.bounds, ["桃源县 突破400亿元"]);
}

#[test]
fn a_place_of_several_years_gets_a_trend() {
    let reg = built(&reports());
    let trends = charts::trends(&reg, of("gdp"));
    assert_eq!(trends.len(), 1);
    let labels: Vec<&str> = trends[0]
        .spec
        .items
        .iter()
        .map(|it| it.label.as_str())
        .collect();
    assert_eq!(labels, ["2024年", "2025年"]);
    assert!(trends[0].spec.title.starts_with("东湖县"));
}

#[test]
fn the_csv_has_its_documented_columns_a_bom_and_one_row_a_figure() {
    let reg = built(&reports());
    let text = csv::csv(&reg);
    assert!(text.starts_with('\u{feff}'));
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next().unwrap(), csv::COLUMNS.join(","));
    assert_eq!(lines.count(), reg.entries.len());
    let readme = std::fs::read_to_string(common::path("data/README.md")).unwrap();
    for c in csv::COLUMNS {
        assert!(
            readme.contains(&format!("| `{c}`")),
            "column {c} is not documented in data/README.md"
        );
    }
    let row = text
        .lines()
        .find(|l| l.starts_with("xishan-2026,西山县,2026,,gdp,"))
        .unwrap();
    assert!(row.contains(",5,5.5,%,,,target,"), "{row}");
}

#[test]
fn a_yearly_change_says_so_in_the_csv_and_a_change_of_one_year_does_not() {
    let text = work_report(
        "南湖县",
        2026,
        "过去五年，全县地区生产总值年均增长5.2%。一般公共预算收入32.4亿元，增长3.1%。",
        "地区生产总值增长5%左右。",
    );
    let raw = draft::draft(&text).unwrap();
    let report = validate::validate("nanhu-2026", &raw).unwrap();
    let text = csv::csv(&built(&[("nanhu-2026".to_string(), report)]));
    let at = csv::COLUMNS
        .iter()
        .position(|c| *c == "change_yearly")
        .unwrap();
    let yearly_of = |value: &str| -> String {
        let row = text
            .lines()
            .find(|l| l.split(',').nth(13) == Some(value))
            .unwrap_or_else(|| panic!("no row with the change {value}:\n{text}"));
        row.split(',').nth(at).unwrap().to_string()
    };
    assert_eq!(yearly_of("5.2"), "yes", "年均增长5.2%");
    assert_eq!(yearly_of("3.1"), "", "增长3.1%");
}

/// The register's kinds at a phone's and a desktop's width, against
/// `tests/snapshots/register/KIND.WIDTH.svg` (written when missing, or with
/// `UPDATE_SNAPSHOTS=1`).
#[test]
fn the_register_kinds_match_their_svg_snapshots() {
    let reg = built(&reports());
    let drawn = [
        charts::ranking(&reg, of("gdp"), Measure::Value).unwrap(),
        charts::target_result(&reg, of("gdp")).unwrap(),
        charts::trends(&reg, of("gdp")).remove(0),
    ];
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for d in &drawn {
        for w in [360.0, 1280.0] {
            let theme = Theme::new(ThemeName::Light, w);
            let scene = kinds::layout(&d.spec, theme, w, &mut ApproxMeasure);
            let svg = render::svg(&scene, &d.spec.title).unwrap();
            let file = common::path(&format!(
                "tests/snapshots/register/{}.{w}.svg",
                d.spec.kind.name()
            ));
            match std::fs::read_to_string(&file) {
                Ok(old) if !update => {
                    if old != svg {
                        failures.push(file);
                    }
                }
                _ => std::fs::write(&file, &svg).unwrap(),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "differ from their snapshots: {failures:?}"
    );
}

#[test]
fn every_item_of_the_register_kinds_stays_inside_its_chart() {
    let reg = built(&reports());
    let drawn = [
        charts::ranking(&reg, of("gdp"), Measure::Value).unwrap(),
        charts::target_result(&reg, of("gdp")).unwrap(),
        charts::trends(&reg, of("gdp")).remove(0),
    ];
    for d in &drawn {
        for w in [360.0, 680.0] {
            let scene = kinds::layout(
                &d.spec,
                Theme::new(ThemeName::Light, w),
                w,
                &mut ApproxMeasure,
            );
            let outside = scene.texts_outside();
            assert!(
                outside.is_empty(),
                "{} at {w}: {outside:?}",
                d.spec.kind.name()
            );
            for it in &d.spec.items {
                assert!(
                    scene.hits.iter().any(|h| h.figure == it.id),
                    "{} at {w}: no hit for {}",
                    d.spec.kind.name(),
                    it.id
                );
            }
        }
    }
}

/// The register's kinds drawn to pixels (the native rasteriser of the article images):
/// every bar lands where the layout puts it, in its own colour, and the page's background
/// is left around it, so that a chart is never empty or drawn in one colour.
#[test]
fn the_register_kinds_draw_each_bar_in_its_colour_where_the_layout_puts_it() {
    use report_charts::publish::fonts::Fonts;
    use report_charts::shared::layout::Mark;
    let fonts = Fonts::bundled().unwrap();
    let reg = built(&reports());
    let drawn = [
        charts::ranking(&reg, of("gdp"), Measure::Value).unwrap(),
        charts::target_result(&reg, of("gdp")).unwrap(),
        charts::trends(&reg, of("gdp")).remove(0),
    ];
    for d in &drawn {
        for (w, name) in [(360.0, ThemeName::Light), (680.0, ThemeName::Dark)] {
            let scene = kinds::layout(&d.spec, Theme::new(name, w), w, &mut ApproxMeasure);
            let rgb = pixels::rgb(&scene, 1.0, &fonts).unwrap();
            let (pw, _) = pixels::pixel_size_at(&scene, 1.0);
            let at = |x: f64, y: f64| {
                let i = ((y.floor() as u32 * pw + x.floor() as u32) * 3) as usize;
                (rgb[i], rgb[i + 1], rgb[i + 2])
            };
            let bg = scene.background;
            assert_eq!(at(1.0, 1.0), (bg.0, bg.1, bg.2), "{} at {w}", d.spec.id);
            let bars: Vec<_> = scene
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Rect { rect, color, .. } if rect.w >= 4.0 && rect.h >= 4.0 => {
                        Some((*rect, *color))
                    }
                    _ => None,
                })
                .collect();
            // One bar an item at least: none is left undrawn.
            let n = d.spec.items.len();
            assert!(
                bars.len() >= n,
                "{} at {w}: {} bars, {n} items",
                d.spec.id,
                bars.len()
            );
            for (r, c) in bars {
                let got = at(r.x + r.w / 2.0, r.y + r.h / 2.0);
                let near = |a: u8, b: u8| a.abs_diff(b) <= 8;
                assert!(
                    near(got.0, c.0) && near(got.1, c.1) && near(got.2, c.2),
                    "{} at {w}: the bar at ({:.0}, {:.0}) is {got:?}, not {:?}",
                    d.spec.id,
                    r.x,
                    r.y,
                    (c.0, c.1, c.2)
                );
            }
        }
    }
}
