#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report whose title names no place is signed by the office that gives it (南溪市人民
//!政府 under 关于2025年十件民生实事完成情况的报告): the draft reads the place from that
//! byline when the text names no other (issue 18, tester s-test15 H5). Texts of our own.

mod common;

use common::drafted;
use report_charts::draft::meta::place_in_byline;

#[test]
fn a_byline_of_a_government_a_statistics_bureau_or_a_development_commission_names_the_place() {
    for (text, want) in [
        (
            "关于2025年民生实事的报告\n青石县人民政府\n全年完成。\n",
            Some("青石县"),
        ),
        ("2025年统计公报\n北湖区统计局\n全年平稳。\n", Some("北湖区")),
        ("计划执行情况\n南溪市发展和改革委员会\n", Some("南溪市")),
        // A sentence about a government, or an office of no one place, names none.
        ("民生实事报告\n市政府确定的实事全部完成。\n", None),
        ("民生实事报告\n青石县人民政府办公室\n", None),
        ("民生实事报告\n我市人民政府\n", None),
    ] {
        assert_eq!(place_in_byline(text).as_deref(), want, "{text}");
    }
}

#[test]
fn a_drafted_report_without_a_place_in_its_title_takes_its_bylines_place() {
    let text =
        "关于2025年十件民生实事完成情况的报告\n青石县人民政府\n2025年，全县累计投入资金8.6亿元。\n";
    let r = drafted("byline", text);
    let p = r.meta.place.as_ref().map(|p| p.zh.as_str());
    assert_eq!(p, Some("青石县"));
}

/// A county's bulletin as it is pasted: one line a paragraph, the office that gives it
/// and the day on lines of their own under the title.
const SIGNED_BULLETIN: &str = "松河县2025年国民经济和社会发展统计公报
松河县统计局
2026年3月20日
一、综合
初步核算，全年全县地区生产总值210.3亿元，按可比价格计算，比上年增长5.2%。其中，第一产业增加值30.1亿元，增长3.0%；第二产业增加值80.2亿元，增长6.1%；第三产业增加值100.0亿元，增长5.0%。
年末全县常住人口40.12万人，比上年末减少0.21万人。
全年居民消费价格比上年上涨0.4%。
二、农业
全年粮食总产量30.1万吨，比上年增长1.5%。其中，夏粮产量14.0万吨，增长1.1%；秋粮产量16.1万吨，增长1.8%。
三、工业
全年全部工业增加值70.5亿元，比上年增长6.2%。规模以上工业增加值增长7.0%。
";

#[test]
fn the_office_that_signs_a_bulletin_is_no_paragraph_of_its_text_nor_a_topics_title() {
    let r = drafted("songhe", SIGNED_BULLETIN);
    for s in &r.sections {
        for t in &s.topics {
            assert_ne!(t.title.zh, "松河县统计局", "section {}", s.id);
        }
    }
    let page = common::zh_story_page(&r, SIGNED_BULLETIN);
    // The page may credit the office as its source, never print it as the article's words.
    assert!(!page.contains("<p>松河县统计局"), "{page}");
    assert!(!page.contains(">松河县统计局</"), "{page}");
    // It still names the place and the source.
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("松河县"));
}
