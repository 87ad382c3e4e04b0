#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The charts a draft proposes say only what the text says (issue 18 §3, as a tester
//! found them in two provincial reports' drafts): a subtitle names the period its
//! figures have, a bound a past period kept is a result and never a target, a change
//! from one value to another is worded as the text words it, a chart's figures come from
//! one paragraph, a rate or a contribution is never a share, and the lead graphic opens
//! with the year's 地区生产总值. A text of our own, in the shape of a work report.

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::format;
use report_charts::shared::model::{Chart, Figure, Lang, Report, Status};

const REPORT: &str = "绿水市2026年政府工作报告

一、2025年工作回顾

过去一年，全市经济稳中向好。地区生产总值增长5.3%。规模以上工业增加值增长6.2%，固定资产投资增长4.1%，社会消费品零售总额增长3.8%。全年城镇调查失业率从上半年5.4%降到5.1%。

文化旅游加快发展。接待游客增长12.5%，入境游客增长9.6%，过夜游客增长7.2%。

深化园区改革，32个园区整合优化为18个，村级小学由41所压缩为30所。

生态环境持续改善。森林覆盖率达62.5%，空气质量优良天数比例93.1%，新兴产业对工业增长贡献率超过40%。

二、“十四五”时期发展成就

过去五年，全市新增经营主体24.6万户，其中企业8.2万户。城镇新增就业36.5万人，城镇调查失业率控制在5.5%以内。

三、2026年主要目标

今年主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长3%，城镇调查失业率控制在5.5%左右。
";

fn json() -> String {
    draft::to_json(&draft::draft(REPORT).unwrap()).unwrap()
}

fn drafted() -> Report {
    validate::load("lvshui.json", &json()).unwrap_or_else(|e| panic!("{e}"))
}

fn figures<'a>(r: &'a Report, c: &'a Chart) -> Vec<&'a Figure> {
    c.figures.iter().map(|&k| &r.figures[k]).collect()
}

#[test]
fn a_subtitle_names_only_a_period_its_figures_have() {
    let r = drafted();
    for c in &r.charts {
        let figs = figures(&r, c);
        if figs.iter().all(|f| f.period.is_some()) {
            assert!(
                !c.subtitle.zh.contains("2025年"),
                "{}: {}",
                c.id,
                c.subtitle.zh
            );
        }
    }
    let whole = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "part-whole")
        .expect("the five years' 经营主体 and 企业");
    assert!(
        whole.subtitle.zh.contains("十四五"),
        "{}",
        whole.subtitle.zh
    );
}

#[test]
fn check_flags_a_subtitle_year_no_figure_has_on_every_kind() {
    let mut v: serde_json::Value = serde_json::from_str(&json()).unwrap();
    let figures = v["figures"].clone();
    let five_years = |id: &serde_json::Value| {
        figures.as_array().unwrap().iter().any(|f| {
            &f["id"] == id
                && f["period"]["zh"]
                    .as_str()
                    .is_some_and(|p| p.contains("十四五"))
        })
    };
    let mut edited = Vec::new();
    for c in v["charts"].as_array_mut().unwrap() {
        if c["figures"].as_array().unwrap().iter().all(five_years) {
            c["subtitle"]["zh"] = "单位见各项，2025年".into();
            edited.push(c["kind"].as_str().unwrap().to_string());
        }
    }
    assert!(edited.contains(&"part-whole".to_string()), "{edited:?}");
    assert!(edited.contains(&"cards".to_string()), "{edited:?}");
    let problems = match validate::load("lvshui.json", &v.to_string()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    };
    let flagged = problems.matches("the subtitle names 2025年").count();
    assert_eq!(flagged, edited.len(), "{problems}");
}

#[test]
fn a_bound_a_past_period_kept_is_never_drawn_as_a_target_or_a_share() {
    let r = drafted();
    let kept = r
        .figures
        .iter()
        .find(|f| f.label.zh == "城镇调查失业率" && f.source.contains("控制在5.5%以内"))
        .expect("the five years' bound");
    let k = r.figures.iter().position(|f| f.id == kept.id).unwrap();
    assert_eq!(
        kept.status,
        Status::Limit,
        "a bound is a limit wherever it stands"
    );
    // data/README: charts of results never draw a limit, and a kept one is no goal.
    let on: Vec<&str> = r
        .charts
        .iter()
        .filter(|c| c.figures.contains(&k))
        .map(|c| c.id.as_str())
        .collect();
    assert!(on.is_empty(), "the kept bound is drawn on {on:?}");
    // The targets chart holds the goals of the plan's year, and results beside them.
    for c in r.charts.iter().filter(|c| c.kind.name() == "targets") {
        assert!(
            c.subtitle.zh.starts_with("预期目标，2026年"),
            "{}",
            c.subtitle.zh
        );
        for f in figures(&r, c) {
            let goal_of_2026 = f.period.as_ref().is_some_and(|p| p.zh == "2026年");
            assert!(
                f.status == Status::Result || goal_of_2026,
                "{}: {:?}",
                f.id,
                f.period
            );
        }
    }
}

#[test]
fn a_change_from_one_value_to_another_is_worded_as_the_text_words_it() {
    let r = drafted();
    let cases = [
        // The text's 从 and verb, and the old value's own period.
        (
            "从上半年5.4%降到5.1%",
            "从上半年5.4%降到5.1%",
            "down from 5.4% in the first half",
        ),
        // The text's verb where it stands between the two values.
        ("由41所压缩为30所", "由41所压缩为30所", "down from 41"),
        // Words between them that are more than a verb: a neutral verb, never 压缩.
        ("32个园区整合优化为18个", "由32个降至18个", "down from 32"),
    ];
    for (text, zh, en) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| {
                f.change.is_some()
                    && f.source.contains(text)
                    && zh.contains(&format::number(f.value.unwrap_or(-1.0)))
            })
            .unwrap_or_else(|| panic!("no change read from {text}"));
        let c = f.change.as_ref().expect("a from change");
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert_eq!(format::change(c, f, Lang::En), en);
    }
}

#[test]
fn a_growth_or_share_chart_draws_figures_of_one_paragraph() {
    let r = drafted();
    let grouped: Vec<&Chart> = r
        .charts
        .iter()
        .filter(|c| ["growth", "share"].contains(&c.kind.name()))
        .collect();
    assert!(grouped.len() >= 2, "{:#?}", r.charts);
    for c in grouped {
        let figs = figures(&r, c);
        assert!(
            figs.iter().all(|f| f.topic == figs[0].topic),
            "{} mixes paragraphs",
            c.id
        );
    }
}

#[test]
fn a_contribution_or_a_jobless_rate_is_never_a_share_of_a_whole() {
    let r = drafted();
    for c in r
        .charts
        .iter()
        .filter(|c| ["share", "waffle"].contains(&c.kind.name()))
    {
        for f in figures(&r, c) {
            assert!(
                !f.label.zh.contains("失业率")
                    && !f.source.contains(&format!(
                        "贡献率超过{}",
                        format::number(f.value.unwrap_or(0.0))
                    )),
                "{} draws {} as a share",
                c.id,
                f.label.zh
            );
        }
    }
}

#[test]
fn the_lead_graphic_opens_with_the_years_gdp_printed_as_growth_only() {
    let r = drafted();
    let lead = r.lead_chart().expect("a lead graphic");
    let first = &r.figures[lead.figures[0]];
    assert_eq!(first.label.zh, "地区生产总值");
    assert!(first.value.is_none() && first.period.is_none());
    assert!(
        lead.title.zh.starts_with("地区生产总值增长5.3%"),
        "{}",
        lead.title.zh
    );
}

/// A county's communiqué of our own: the year and the whole county open its GDP, whose
/// parts follow (其中，…), then its people.
const COMMUNIQUE: &str = "青禾县2025年国民经济和社会发展统计公报

一、综合

初步核算，2025年全县地区生产总值210.5亿元，比上年增长5.6%。其中，第一产业增加值30.2亿元，增长3.1%；第二产业增加值80.4亿元，增长6.8%；第三产业增加值99.9亿元，增长5.2%。
年末全县户籍人口40.12万人，常住人口36.5万人。全年出生人口3012人，死亡人口2950人。
";

#[test]
fn a_communiques_gdp_is_named_without_its_year_and_place_and_leads() {
    let json = draft::to_json(&draft::draft(COMMUNIQUE).unwrap()).unwrap();
    let r = validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let gdp = r.figures.iter().find(|f| f.value == Some(210.5)).unwrap();
    assert_eq!(
        (gdp.id.as_str(), gdp.label.zh.as_str()),
        ("gdp", "地区生产总值")
    );
    let lead = r.lead_chart().expect("a lead graphic");
    assert_eq!(r.figures[lead.figures[0]].id, "gdp", "{}", lead.title.zh);
    // Its value stands on one chart.
    let on = r.charts.iter().filter(|c| c.kind.name() != "growth");
    let with_gdp = on.filter(|c| c.figures.iter().any(|&i| r.figures[i].id == "gdp"));
    assert_eq!(with_gdp.count(), 1);
}

#[test]
fn a_label_that_names_nothing_is_left_for_the_desk() {
    let cases = [
        ("群众", "帮助8万户以上群众搬入新居", true),
        ("经济", "经济增长5%左右", true),
        (
            "万村提升”工程项目",
            "“千村示范、万村提升”工程项目120个",
            true,
        ),
        (
            "一产业增加值",
            "一、二、三产业增加值分别增长3%、5%和6%",
            true,
        ),
        ("第一产业增加值", "第一产业增加值增长3%", false),
        ("“两重”项目", "196个“两重”项目全部开工", false),
        (
            "规上工业增加值（可比价）",
            "规上工业增加值（可比价）增长6%",
            false,
        ),
    ];
    for (label, source, flagged) in cases {
        let flags = validate::trust::label_flags(std::iter::once((0, label, Some(source))));
        let said = flags.iter().any(|p| p.message.en.contains("names nothing"));
        assert_eq!(said, flagged, "{label}: {flags:?}");
    }
}

/// A city's bulletin of prices and incomes of our own: every headline a change without
/// an amount, as such bulletins print them.
const PRICES: &str = "2025年白石市居民收入和价格统计公报

一、价格

全年全市居民消费价格比上年上涨0.2%。其中，食品价格下降1.5%，服务价格上涨0.8%。工业生产者出厂价格比上年下降2.1%。

二、居民收入

全年全市居民人均可支配收入增长5.1%。其中，城镇居民人均可支配收入增长4.6%，农村居民人均可支配收入增长6.3%。
";

#[test]
fn a_bulletin_of_changes_alone_leads_with_its_headline_changes_as_printed() {
    let json = draft::to_json(&draft::draft(PRICES).unwrap()).unwrap();
    let r = validate::load("t.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let lead = r.lead_chart().expect("a lead graphic");
    // Cards: each change with its word, no scale that amounts could share.
    assert_eq!(lead.kind.name(), "cards");
    let led: Vec<String> = (lead.figures.iter())
        .map(|&i| format::printed(&r.figures[i], Lang::Zh).unwrap_or_default())
        .collect();
    assert_eq!(led, ["上涨0.2%", "增长5.1%"], "{}", lead.title.zh);
    let labels: Vec<&str> = (lead.figures.iter())
        .map(|&i| r.figures[i].label.zh.as_str())
        .collect();
    assert_eq!(labels, ["居民消费价格", "居民人均可支配收入"]);
    assert_eq!(lead.title.zh, "居民消费价格上涨0.2%");
}
