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
