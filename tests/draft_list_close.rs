#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report of a numbered list of deeds (民生实事, issues 18 and 19, as a tester found
//! them): its lead graphic puts the whole before its parts (其中), and the paragraph after
//! the list that speaks of next year closes the list instead of continuing its last item.
//! Texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{Report, Status};

/// A report of seven deeds (single-line paragraphs), then one paragraph after the list: `closing`.
fn deeds(closing: &str) -> String {
    format!(
        "关于2025年七件惠民实事办理情况的报告
2025年，七件惠民实事全部完成，累计投入资金12.4亿元，其中区级补助2.1亿元，市县财政投入7.3亿元，惠及群众约36万人次。
一、助学。新建幼儿园8所，新增学位3200个。
二、助老。新增养老床位900张，新建老年食堂31个。
三、助医。建成村卫生室45个，免费体检5.2万人。
四、助业。城镇新增就业1.6万人，帮扶困难人员再就业2300人。
五、助行。新辟公交线路14条。
六、助农。新建冷链仓储设施22处。
七、助残。为1200名残疾人提供康复服务。
{closing}
"
    )
}

/// The section id of the figure whose source has `quote`.
fn section_of<'a>(r: &'a Report, quote: &str) -> &'a str {
    let f = r.figures.iter().find(|f| f.source.contains(quote));
    &f.unwrap_or_else(|| panic!("no figure in «{quote}»"))
        .section
}

#[test]
fn the_lead_graphic_puts_the_whole_before_its_parts() {
    let r = drafted(
        "t",
        &deeds("2026年，拟安排七件惠民实事，计划投入资金13亿元左右。"),
    );
    let lead = r
        .lead_chart()
        .unwrap_or_else(|| panic!("no lead: {:#?}", r.charts));
    let values: Vec<Option<f64>> = r.figures_of(lead).map(|f| f.value).collect();
    assert_eq!(values.first(), Some(&Some(12.4)), "{}", lead.title.zh);
    assert!(lead.title.zh.contains("12.4亿元"), "{}", lead.title.zh);
    for part in [2.1, 7.3] {
        let at = values.iter().position(|v| *v == Some(part));
        assert!(
            at.is_none_or(|k| k > 0),
            "{part} before its whole: {values:?}"
        );
    }
}

#[test]
fn a_paragraph_of_next_year_after_the_list_closes_it_and_one_of_the_item_continues_it() {
    let cases = [
        ("2026年，拟安排七件惠民实事，新建康复站12个。", false),
        ("下一步，将新建康复站12个。", false),
        ("明年，计划新建康复站12个。", false),
        ("助残工作方面，2026年将新建康复站12个。", true),
        ("2025年，全市还新建康复站12个。", true),
        ("2026年，助残方面将新建康复站12个。", true),
    ];
    for (closing, continues) in cases {
        let r = drafted("t", &deeds(closing));
        let item = section_of(&r, "1200名");
        assert_eq!(
            section_of(&r, "康复站12个") == item,
            continues,
            "«{closing}»: {:?}",
            r.sections.iter().map(|s| &s.title.zh).collect::<Vec<_>>()
        );
    }
}

#[test]
fn last_years_value_beside_a_target_is_left_for_the_desk_and_never_a_target() {
    let r = drafted("t", &deeds("2026年，计划新建康复站12个（上年为9个）。"));
    let nine = r.figures.iter().find(|f| f.value == Some(9.0));
    assert!(nine.is_none(), "{nine:#?}");
    let target = r.figures.iter().find(|f| f.value == Some(12.0)).unwrap();
    assert_eq!(target.status, Status::Target, "{target:#?}");
}
