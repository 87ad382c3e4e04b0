#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A change says what its sentence says (issue 18, §3): its English follows the Chinese
//! verb (压减 is "cut", 上涨 "rose", 回落 "fell back", never "up" or "down" for them), and a
//! growth rate given by 为 or 达 (同比增速为5.1%) is the growth of the figure before it or
//! of the indicator it names, never a share. Sentences of our own.

mod common;

use report_charts::draft::{glossary::Glossary, sentence};
use report_charts::shared::format;
use report_charts::shared::model::{ChangeKind, Figure, Lang, Report};

const REPORT: &str = "柳岸县2025年经济运行情况

全年居民消费价格上涨0.4%。一般性支出压减6%。城镇调查失业率回落0.3个百分点。生猪价格下跌8.2%。规上工业增加值增长6.8%。商品房库存压降12%。粮食产量减产2.1%。贷款利率下降0.4个百分点。会议费压缩15%。存款利率下调0.2个百分点。
";

fn drafted() -> Report {
    common::drafted("liuan", REPORT)
}

fn changed(r: &Report, value: f64) -> &Figure {
    r.figures
        .iter()
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .unwrap_or_else(|| panic!("no change of {value}: {:?}", r.figures))
}

#[test]
fn the_english_of_a_change_follows_its_chinese_verb() {
    let r = drafted();
    let cases = [
        (0.4, "上涨0.4%", "rose 0.4%"),
        (6.0, "压减6%", "cut 6%"),
        (0.3, "回落0.3个百分点", "fell back 0.3 percentage points"),
        (8.2, "下跌8.2%", "fell 8.2%"),
        (6.8, "增长6.8%", "up 6.8%"),
        (12.0, "压降12%", "cut 12%"),
        (2.1, "减产2.1%", "down 2.1%"),
        (15.0, "压缩15%", "cut 15%"),
        (0.2, "下调0.2个百分点", "lowered 0.2 percentage points"),
    ];
    for (value, zh, en) in cases {
        let f = changed(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh, "{}", f.source);
        assert_eq!(format::change(c, f, Lang::En), en, "{}", f.source);
    }
}

#[test]
fn a_figure_printed_only_as_its_change_shows_the_sentences_verb() {
    let r = drafted();
    let cases = [
        (0.4, "上涨", "rose"),
        (6.0, "压减", "cut"),
        (6.8, "增长", "up"),
    ];
    for (value, zh, en) in cases {
        let f = changed(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change_before(c, f, Lang::Zh), zh, "{}", f.source);
        assert_eq!(format::change_before(c, f, Lang::En), en, "{}", f.source);
    }
}

#[test]
fn a_targets_english_never_says_its_change_has_happened() {
    // Goals of our own, each with a verb whose English of a result is a past tense
    // (rose, fell back, slid): a goal is "up" or "down", as 增长 is.
    let goals = "柳岸县2026年政府工作报告\n2026年全县主要预期目标是：居民消费价格涨幅2%左右；工业品出厂价格上涨1.5%左右；城镇调查失业率回落0.2个百分点；能耗强度下滑2.5%。\n";
    let r = common::drafted("liuan-goals", goals);
    let cases = [
        (2.0, "up about 2%", "up about"),
        (1.5, "up about 1.5%", "up about"),
        (0.2, "down 0.2 percentage points", "down"),
        (2.5, "down 2.5%", "down"),
    ];
    for (value, en, before) in cases {
        let f = changed(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_ne!(
            f.status,
            report_charts::shared::model::Status::Result,
            "{}",
            f.source
        );
        assert_eq!(format::change(c, f, Lang::En), en, "{}", f.source);
        assert_eq!(
            format::change_before(c, f, Lang::En),
            before,
            "{}",
            f.source
        );
    }
}

#[test]
fn a_growth_rate_given_by_wei_or_da_is_a_growth_never_a_share() {
    let g = Glossary::bundled().unwrap();
    let cases = [
        (
            "实现营业收入120亿元，同比增速为5.1%",
            "营业收入",
            Some(120.0),
        ),
        ("规上工业增加值增速为6.3%", "规上工业增加值", None),
        ("社会消费品零售总额增幅为4.2%", "社会消费品零售总额", None),
        ("进出口总额增长率为7.5%", "进出口总额", None),
        ("全县居民消费价格涨幅为1.2%", "居民消费价格", None),
        (
            "农村居民人均可支配收入增速达6.5%",
            "农村居民人均可支配收入",
            None,
        ),
    ];
    for (s, label, value) in cases {
        let r = sentence::read(s, &g);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        let f = &r.figures[0];
        assert_eq!((f.label.as_str(), f.value), (label, value), "{s}");
        let c = f
            .change
            .as_ref()
            .unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!(c.kind, ChangeKind::Growth, "{s}");
    }
}
