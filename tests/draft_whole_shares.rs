#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What tester 2 found in a statistical communiqué's shares (issue 18, M4 and M5): the
//! shares of one whole printed in one 其中 sentence go on one chart, all of them, with
//! labels that say of what; and a rate per mille is a rate, never a count. Sentences of
//! our own.

mod common;

use common::drafted;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence;
use report_charts::shared::model::FigureKind;

#[test]
fn a_rate_per_mille_is_a_rate_never_a_count() {
    let g = Glossary::bundled().unwrap();
    for (s, value) in [
        ("全年人口出生率6.91‰", 6.91),
        ("死亡率5.87‰", 5.87),
        ("人口自然增长率1.04‰", 1.04),
    ] {
        let read = sentence::read(s, &g);
        let f = read
            .figures
            .iter()
            .find(|f| f.value == Some(value))
            .unwrap_or_else(|| panic!("{s}: {:#?}", read.figures));
        assert_eq!(f.kind, FigureKind::Rate, "{s}");
    }
}

/// A communiqué of our own whose industry paragraph is `industry`.
fn communique(industry: &str) -> String {
    format!(
        "2025年南坪区国民经济和社会发展统计公报\n全年全区地区生产总值520.4亿元，比上年增长5.1%。\n全年规模以上工业增加值比上年增长6.2%。{industry}\n"
    )
}

#[test]
fn the_shares_of_one_whole_in_one_sentence_go_on_one_chart_that_says_of_what() {
    const OF: &str = "占规模以上工业增加值的比重";
    for industry in [
        // The whole named by the first clause, 占比 alone in the next ones.
        "其中，汽车制造业增加值增长12.1%，占规模以上工业增加值的比重为31.6%；电子信息制造业增长9.4%，占比18.2%；纺织业下降1.7%，占比4.7%。",
        // The whole the sentence opens with.
        "规模以上工业增加值中，汽车制造业占31.6%，电子信息制造业占18.2%，纺织业占4.7%。",
    ] {
        let r = drafted("nanping-2025", &communique(industry));
        let shares: Vec<usize> = (0..r.figures.len())
            .filter(|&i| r.figures[i].kind == FigureKind::Share)
            .collect();
        let values: Vec<Option<f64>> = shares.iter().map(|&i| r.figures[i].value).collect();
        assert_eq!(values, [Some(31.6), Some(18.2), Some(4.7)], "{industry}");
        for f in shares.iter().map(|&i| &r.figures[i]) {
            assert!(f.label.zh.ends_with(OF), "{industry}: {}", f.label.zh);
        }
        let charts: Vec<_> = r
            .charts
            .iter()
            .filter(|c| shares.iter().any(|i| c.figures.contains(i)))
            .collect();
        assert_eq!(charts.len(), 1, "{industry}: {charts:#?}");
        assert_eq!(charts[0].kind.name(), "share", "{industry}");
        assert_eq!(charts[0].figures.len(), 3, "{industry}");
        assert!(charts[0].title.zh.contains("31.6%"), "{:?}", charts[0].title);
    }
}

#[test]
fn a_fall_in_per_cent_is_a_rate_that_no_ring_or_waffle_draws_as_a_part_of_a_whole() {
    // A tester's (s-test22, V1): 单位国内生产总值能耗降幅超过3% drawn as a share ring on
    // the lead. Sentences of our own.
    let text = "2025年南坪区政府工作报告\n一、2025年工作回顾\n全区地区生产总值520.4亿元，比上年增长5.1%。单位地区生产总值能耗降幅超过3%，森林覆盖率达到62.5%。\n";
    let r = drafted("nanping-2026", text);
    // 降幅超过3% is the figure's fall (round 61: 降幅 names a change, as 增幅 does), never
    // a value of 3% that a ring could draw.
    let at = (0..r.figures.len())
        .find(|&k| r.figures[k].change.as_ref().is_some_and(|c| c.value == 3.0))
        .unwrap_or_else(|| panic!("{:#?}", r.figures));
    let fall = &r.figures[at];
    assert_eq!(fall.value, None, "{}", fall.label.zh);
    assert_eq!(
        fall.change.as_ref().map(|c| c.kind.name()),
        Some("decline"),
        "{}",
        fall.label.zh
    );
    // A rate draws no ring on a card either (pictures: a ring is a share's).
    assert_eq!(fall.kind, FigureKind::Rate, "{}", fall.label.zh);
    for c in r.charts.iter().filter(|c| c.figures.contains(&at)) {
        assert!(
            !["share", "waffle"].contains(&c.kind.name()),
            "{} on {}",
            fall.label.zh,
            c.id
        );
    }
    let forest = r.figures.iter().find(|f| f.value == Some(62.5)).unwrap();
    assert_eq!(forest.kind, FigureKind::Share, "a share stays one");
}

#[test]
fn a_share_chart_refuses_a_figure_whose_label_names_a_rate_of_change() {
    for label in [
        "单位地区生产总值能耗降幅",
        "PM2.5平均浓度下降",
        "工业增加值增速",
    ] {
        let json = common::mutated(|v| {
            let at = common::figure_index(v, "tax-share");
            v["figures"][at]["label"]["zh"] = label.into();
            let section = v["figures"][at]["section"].clone();
            v["charts"].as_array_mut().unwrap().push(serde_json::json!({
                "id": "a-fall", "kind": "share", "section": section, "figures": ["tax-share"],
                "title": {"zh": "降幅", "en": "A fall"}, "subtitle": {"zh": "2024年", "en": "2024"},
            }));
        });
        let e = report_charts::check::validate::load("a-fall.json", &json)
            .err()
            .unwrap_or_else(|| panic!("{label}: a share chart of it passes check"));
        let said = e.to_string();
        assert!(
            said.contains("降幅不是整体的一部分") || said.contains("no rate of change"),
            "{label}: {said}"
        );
    }
}
