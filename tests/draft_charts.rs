#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The charts a draft proposes say only what the text says (issue 18 §3), on texts of our
//! own in the registers a desk pastes: a district's summary with next year's targets, a
//! limit, 分别 lists, and amounts that share a unit and nothing else. And on the corpus's
//! texts of the tuning half, where the corpus is on this machine.

mod common;

use common::{drafted, path};
use report_charts::shared::charts::bars::common_ending;
use report_charts::shared::model::{ChangeKind, Report, Status};

fn read(rel: &str) -> String {
    std::fs::read_to_string(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The draft of `text`, through its JSON and the validator, as `check` reads it: every
/// chart check (titles, superlatives, comparable bars, statuses) has passed.
const SUMMARY: &str = "tests/reports/dongcheng-district-2024-summary.txt";

fn summary() -> Report {
    drafted("dongcheng", &read(SUMMARY))
}

#[test]
fn no_target_or_limit_is_drawn_as_a_result() {
    let r = summary();
    let goals: Vec<usize> = (0..r.figures.len())
        .filter(|&k| r.figures[k].status != Status::Result)
        .collect();
    assert!(goals.len() >= 5, "the targets were read: {goals:?}");
    for c in &r.charts {
        for &k in &c.figures {
            if r.figures[k].status != Status::Result {
                assert_eq!(
                    c.kind.name(),
                    "targets",
                    "{} ({:?}) is drawn by {} chart {}",
                    r.figures[k].id,
                    r.figures[k].status,
                    c.kind.name(),
                    c.id
                );
            }
        }
    }
    for k in goals {
        assert!(
            r.charts.iter().any(|c| c.figures.contains(&k)),
            "{} is on no chart",
            r.figures[k].id
        );
    }
}

#[test]
fn a_limit_is_never_a_share_ring_or_a_waffle() {
    let r = summary();
    let limit = r
        .figures
        .iter()
        .position(|f| f.status == Status::Limit)
        .expect("控制在5%以内 is a limit");
    for c in &r.charts {
        if matches!(c.kind.name(), "share" | "waffle") {
            assert!(!c.figures.contains(&limit), "{} draws the limit", c.id);
        }
    }
}

#[test]
fn each_target_stands_beside_last_years_result_of_its_indicator() {
    let r = summary();
    let c = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "targets")
        .expect("a targets chart");
    assert!(c.draft, "drafted, not confirmed");
    // 地区生产总值 增长5.8% (2024) beside 力争…增长5.5%左右; the unemployment rate
    // 5.1% beside 控制在5%以内.
    for label in ["地区生产总值", "城镇调查失业率"] {
        let at = c
            .figures
            .iter()
            .position(|&k| {
                r.figures[k].status != Status::Result && r.figures[k].label.zh.ends_with(label)
            })
            .unwrap_or_else(|| panic!("no target of {label}"));
        assert!(at > 0, "{label}: no result before its target");
        let result = &r.figures[c.figures[at - 1]];
        assert_eq!(
            (result.status, result.label.zh.as_str()),
            (Status::Result, label),
            "{label}"
        );
    }
}

#[test]
fn a_growth_title_names_the_fastest_only_when_it_is() {
    let r = summary();
    let fastest = r
        .figures
        .iter()
        .filter(|f| f.status == Status::Result)
        .filter_map(|f| f.change.as_ref().map(|c| (c, f)))
        .filter(|(c, _)| c.kind == ChangeKind::Growth)
        .max_by(|a, b| a.0.value.total_cmp(&b.0.value))
        .map(|(_, f)| f.label.zh.clone())
        .unwrap();
    assert_eq!(fastest, "高技术制造业增加值");
    for c in &r.charts {
        assert!(
            !c.title.zh.contains("工业投资增长12.4%，增速最快"),
            "{}",
            c.title.zh
        );
        if c.title.zh.contains("最快") {
            assert!(c.title.zh.starts_with(&fastest), "{}", c.title.zh);
        }
    }
}

#[test]
fn bars_compare_only_one_indicator_never_amounts_that_share_a_unit() {
    let r = summary();
    for c in r.charts.iter().filter(|c| c.kind.name() == "bars") {
        let labels: Vec<&str> = r.figures_of(c).map(|f| f.label.zh.as_str()).collect();
        for l in &labels[1..] {
            assert!(common_ending(l, labels[0]) >= 2, "{}: {labels:?}", c.id);
        }
        assert!(
            !(labels.iter().any(|l| l.contains("签约总金额"))
                && labels.iter().any(|l| l.contains("研发投入"))),
            "{labels:?}"
        );
    }
}

#[test]
fn every_drafted_chart_and_figure_waits_for_the_desk() {
    let r = summary();
    assert!(r.charts.iter().all(|c| c.draft));
    assert!(r.figures.iter().all(|f| f.draft));
}

/// The corpus's texts of the tuning half (never the test half: the draft's rules are
/// measured on it), where the corpus is on this machine.
const TUNE: [&str; 6] = [
    "hebei", "xizang", "jiangsu", "xinjiang", "qinghai", "guangxi",
];

#[test]
fn every_draft_of_a_real_report_passes_the_chart_checks() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gzbg-2026");
    if !dir.is_dir() {
        eprintln!("{}: no corpus here, skipped", dir.display());
        return;
    }
    for slug in TUNE {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{slug}.txt"))) else {
            continue;
        };
        let r = drafted(slug, &text);
        for c in &r.charts {
            for &k in &c.figures {
                if r.figures[k].status != Status::Result {
                    assert!(
                        matches!(c.kind.name(), "targets" | "cards"),
                        "{slug}: {} drawn by {}",
                        r.figures[k].id,
                        c.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_same_figures_are_drawn_once_and_a_growth_title_names_the_growth_not_the_amount() {
    // (a paragraph of our own): the three industries with their amounts and growth are
    // one chart, never a growth chart and then bars of the same figures; a growth chart
    // whose fastest figure prints an amount is titled by its growth alone.
    let texts = [
        "江城市2025年经济运行情况\n全年全市地区生产总值2860.5亿元，增长5.6%。分产业看，第一产业增加值142.3亿元，增长3.2%；第二产业增加值1120.8亿元，增长6.4%；第三产业增加值1597.4亿元，增长5.1%。\n",
        "江城市2025年经济运行情况\n全年全市地区生产总值2860.5亿元，增长5.6%。\n工业生产加快。规模以上工业增加值1860.2亿元，增长13.3%；高技术制造业增加值增长12.1%；装备制造业增加值增长9.4%。\n",
    ];
    for text in texts {
        let r = drafted("once", text);
        let on = |kind: &str| -> Vec<usize> {
            (r.charts.iter())
                .filter(|c| c.kind.name() == kind)
                .flat_map(|c| c.figures.clone())
                .collect()
        };
        let (growth, bars) = (on("growth"), on("bars"));
        assert!(
            growth.iter().all(|k| !bars.contains(k)),
            "{text}: {:#?}",
            r.charts
        );
        for c in r.charts.iter().filter(|c| c.kind.name() == "growth") {
            for f in r.figures_of(c) {
                let amount = f.value.map(|v| v.to_string()).unwrap_or_default();
                assert!(
                    amount.is_empty() || !c.title.zh.contains(&amount),
                    "{}",
                    c.title.zh
                );
            }
        }
    }
}

#[test]
fn a_work_plans_chart_says_plan_and_a_targets_chart_says_target() {
    use report_charts::publish::resolve::rows;
    use report_charts::shared::model::Lang;
    let text = "2026年江城市政府工作报告\n一、2025年工作回顾\n全市地区生产总值2860.5亿元，增长5.6%。\n二、2026年主要预期目标\n今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%，社会消费品零售总额增长5%以上。\n三、2026年重点工作\n实施重大产业项目85个，年度计划投资640亿元，增长8%，新建城市公园9个。\n";
    let r = drafted("plans", text);
    let targets: Vec<_> = (r.charts.iter())
        .filter(|c| c.kind.name() == "targets")
        .collect();
    // (whether the chart is a plan's, the word its goals say, the word they never say)
    let words = [
        (true, Lang::Zh, "计划", "目标"),
        (true, Lang::En, "plan", "target"),
        (false, Lang::Zh, "目标", "计划"),
        (false, Lang::En, "target", "plan"),
    ];
    for (plan, lang, says, never) in words {
        let c = targets.iter().find(|c| c.plan == plan);
        let c = c.unwrap_or_else(|| panic!("no targets chart with plan {plan}: {:#?}", r.charts));
        for row in rows(&r, c, lang) {
            let goal = !row
                .value
                .starts_with(report_charts::shared::messages::charts::last_year(lang));
            if goal {
                assert!(row.value.contains(says), "{}: {}", c.title.zh, row.value);
                assert!(!row.value.contains(never), "{}: {}", c.title.zh, row.value);
                // 年度计划投资640亿元，增长8%: the plan's growth is never 目标增长.
                assert!(
                    !row.change.contains(never),
                    "{}: {}",
                    c.title.zh,
                    row.change
                );
            }
        }
    }
}
