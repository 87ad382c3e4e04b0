#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a 分别 list shares is every item's, and the basis a change is printed on
//! (实际, 同口径, 可比) stays with it in every text: issue 18, tester's bugs 12 and 18.
//! Short texts of our own.

mod common;

use report_charts::publish::resolve;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report, SkipReason};

fn drafted(body: &str) -> (Report, String) {
    common::drafted_json("t", &format!("一、2025年工作回顾\n{body}\n"))
}

#[test]
fn every_item_of_a_fenbie_list_gets_the_tail_the_list_prints_once() {
    let cases: [(&str, &[&str]); 8] = [
        (
            "供电可靠率、自来水普及率分别达99.9%、94.5%。",
            &["供电可靠率", "自来水普及率"],
        ),
        (
            "金融机构存贷款余额分别增长6.1%、5.2%。",
            &["金融机构存款余额", "金融机构贷款余额"],
        ),
        (
            "一二三产增加值分别增长3.1%、6.2%和5.0%。",
            &["第一产业增加值", "第二产业增加值", "第三产业增加值"],
        ),
        (
            "三次产业增加值分别增长3.1%、6.2%和5.0%。",
            &["第一产业增加值", "第二产业增加值", "第三产业增加值"],
        ),
        (
            "规上高技术制造业、装备制造业增加值分别增长23.7%、16.5%。",
            &["规上高技术制造业增加值", "装备制造业增加值"],
        ),
        (
            "汽车用锂电池、太阳能电池、工业机器人产量分别增长54.5%、43.1%、20.2%。",
            &["汽车用锂电池产量", "太阳能电池产量", "工业机器人产量"],
        ),
        (
            "“新三样”产品和中间品出口分别增长36.1%、8.2%。",
            &["“新三样”产品出口", "中间品出口"],
        ),
        (
            "城镇、农村居民人均可支配收入分别增长4.5%和6.2%。",
            &["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
    ];
    for (body, labels) in cases {
        let (r, json) = drafted(body);
        let got: Vec<&str> = r.figures.iter().map(|f| f.label.zh.as_str()).collect();
        assert_eq!(got, labels, "{json}");
        // Each its own value, the change kind and unit of the list.
        for f in r.figures.iter().filter(|f| f.value.is_none()) {
            let c = f.change.as_ref().unwrap();
            assert_eq!((c.unit.as_str(), c.kind.name()), ("%", "growth"), "{json}");
        }
    }
}

#[test]
fn a_fenbie_list_that_cannot_be_paired_one_to_one_is_left_for_the_desk() {
    let (r, json) = drafted("主要指标分别增长3.1%、6.2%和5.0%。");
    assert!(r.figures.is_empty(), "{json}");
    let unread: Vec<&str> = (r.skips.iter())
        .filter(|s| s.reason == SkipReason::Unread)
        .map(|s| s.number.as_str())
        .collect();
    assert_eq!(unread, ["3.1", "6.2", "5.0"], "{json}");
    assert!(!json.contains("（1）"), "{json}");
}

#[test]
fn a_change_keeps_the_basis_its_sentence_prints_in_titles_rows_and_bars() {
    let (r, json) = drafted(
        "一般公共预算收入18.6亿元，同口径增长4.2%。城镇居民人均可支配收入实际增长4.8%，农村居民人均可支配收入名义增长6.3%，工业增加值可比增长7.1%，社会消费品零售总额增长5.5%。",
    );
    let cases = [
        (
            4.2,
            "同口径增长4.2%",
            "同口径+4.2%",
            "up 4.2% on a like-for-like basis",
        ),
        (4.8, "实际增长4.8%", "实际+4.8%", "up 4.8% in real terms"),
        (6.3, "名义增长6.3%", "名义+6.3%", "up 6.3% in nominal terms"),
        (
            7.1,
            "可比增长7.1%",
            "可比+7.1%",
            "up 7.1% on a like-for-like basis",
        ),
        (5.5, "增长5.5%", "+5.5%", "up 5.5%"),
    ];
    for (v, zh, short, en) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == v))
            .unwrap_or_else(|| panic!("no {v}: {json}"));
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert_eq!(format::change(c, f, Lang::En), en);
        let item = resolve::item(f, false, Lang::Zh).change.unwrap();
        assert_eq!(item.short, short);
        assert!(item.text.contains(zh), "{}", item.text);
    }
    // A title that prints a change prints its basis too.
    for chart in &r.charts {
        let title = &chart.title.zh;
        for (v, word) in [("4.2%", "同口径"), ("4.8%", "实际"), ("6.3%", "名义")] {
            if title.contains(v) {
                assert!(title.contains(&format!("{word}增长{v}")), "{title}");
            }
        }
    }
}

#[test]
fn a_basis_word_before_an_amount_is_no_basis_of_its_change() {
    // 实际利用外资 names the amount; its change is a plain growth.
    let (r, json) = drafted("实际利用外资5.2亿美元，增长3.4%。");
    let f = r.figures.iter().find(|f| f.change.is_some()).unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!(format::change(c, f, Lang::Zh), "增长3.4%", "{json}");
}

#[test]
fn a_growth_at_constant_prices_keeps_its_basis() {
    // A communiqué's basis in a clause of its own, a comma before the change.
    let cases = [
        ("按不变价格计算", "不变价", "at constant prices"),
        ("按可比价格计算", "可比价", "at comparable prices"),
    ];
    for (words, short, en) in cases {
        let (r, json) = drafted(&format!(
            "全年地区生产总值412.3亿元，{words}，比上年增长5.6%。"
        ));
        let f = r.figures.iter().find(|f| f.change.is_some()).unwrap();
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            format::change(c, f, Lang::Zh),
            format!("{words}增长5.6%"),
            "{json}"
        );
        assert_eq!(format::change(c, f, Lang::En), format!("up 5.6% {en}"));
        let item = resolve::item(f, false, Lang::Zh).change.unwrap();
        assert_eq!(item.short, format!("{short}+5.6%"));
    }
}
