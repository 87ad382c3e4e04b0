#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What tester s-test11 found the draft saying that its texts do not (issue 18): a rate
//! named by its growth word read as a change, a 分别 list with a signed item pairing a
//! number with another as its label, a year to come drafted as the review's result, a
//! web subhead of the year's goals that did not make the lines under it targets, and a
//! period reached from the line before over a year the line prints. Sentences of our own.

use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence;
use report_charts::shared::model::SkipReason;

#[test]
fn a_rate_named_by_its_growth_word_is_the_figures_value_never_a_change() {
    let g = Glossary::bundled().unwrap();
    for (s, label, value) in [
        ("全年出生率6.8‰，人口自然增长率0.9‰", "人口自然增长率", 0.9),
        ("全县户籍人口自然增长率1.4‰", "户籍人口自然增长率", 1.4),
    ] {
        let read = sentence::read(s, &g);
        let f = read
            .figures
            .iter()
            .find(|f| f.value == Some(value))
            .unwrap_or_else(|| panic!("{s}: no figure of {value}: {:#?}", read.figures));
        assert_eq!(f.label, label, "{s}");
        assert_eq!(f.unit, "‰", "{s}");
        assert!(f.change.is_none(), "{s}: {:?}", f.change);
    }
}

#[test]
fn a_list_the_draft_cannot_pair_whole_is_left_unread_whole() {
    let g = Glossary::bundled().unwrap();
    for (s, numbers) in [
        ("出口、进口、进出口分别增长6.1%、-1.8%和2.9%", ["6.1", "1.8", "2.9"]),
        ("货物、服务、技术贸易分别增长4.4%、－0.6%、3.3%", ["4.4", "0.6", "3.3"]),
    ] {
        let read = sentence::read(s, &g);
        assert!(read.figures.is_empty(), "{s}: {:#?}", read.figures);
        for n in numbers {
            let reason = read.skips.iter().find(|(k, _)| k == n).map(|(_, r)| *r);
            assert_eq!(reason, Some(SkipReason::Unread), "{s}: {n}");
        }
    }
}
