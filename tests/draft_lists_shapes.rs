#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every shape of a 分别/依次/均 list that official reports print, as issue 18 names them:
//! N labels and N values, with N changes after them, a unit printed once, values with
//! their own units, nested lists, 同比分别, lists across a semicolon, ranges and from–to
//! changes, a figure with its change after 、, and a list whose count differs from its
//! values (left `unread`, never guessed). The sentences are short ones of our own.

mod common;

use common::sentences::{figures, read};
use report_charts::draft::sentence::Found;
use report_charts::shared::model::{ChangeKind, Qualifier, SkipReason};

/// A figure's label, value, unit, and change value, side by side for a table's row.
fn row(f: &Found) -> (String, Option<f64>, String, Option<f64>) {
    let c = f.change.as_ref().map(|c| c.value);
    (f.label.clone(), f.value, f.unit.clone(), c)
}

type Row<'a> = (&'a str, Option<f64>, &'a str, Option<f64>);

#[test]
fn every_item_of_a_list_gets_its_own_value_unit_and_change() {
    let cases: [(&str, &[Row]); 16] = [
        (
            "新建学校、医院、公园分别为12、15、18个",
            &[
                ("新建学校", Some(12.0), "个", None),
                ("新建医院", Some(15.0), "个", None),
                ("新建公园", Some(18.0), "个", None),
            ],
        ),
        (
            "新建学校、医院、公园分别为12所、15家、18个",
            &[
                ("新建学校", Some(12.0), "所", None),
                ("新建医院", Some(15.0), "家", None),
                ("新建公园", Some(18.0), "个", None),
            ],
        ),
        (
            "高新技术企业、科技型中小企业分别为1.2、2.5万家",
            &[
                ("高新技术企业", Some(1.2), "万家", None),
                ("科技型中小企业", Some(2.5), "万家", None),
            ],
        ),
        (
            "新建和改造城市道路分别为120、80公里",
            &[
                ("新建城市道路", Some(120.0), "公里", None),
                ("改造城市道路", Some(80.0), "公里", None),
            ],
        ),
        (
            "城镇、农村居民人均可支配收入分别为48520元和21350元，分别增长4.5%和6.2%",
            &[
                ("城镇居民人均可支配收入", Some(48520.0), "元", Some(4.5)),
                ("农村居民人均可支配收入", Some(21350.0), "元", Some(6.2)),
            ],
        ),
        (
            "城镇、农村居民人均可支配收入分别达到4.85万、2.14万元",
            &[
                ("城镇居民人均可支配收入", Some(4.85), "万元", None),
                ("农村居民人均可支配收入", Some(2.14), "万元", None),
            ],
        ),
        (
            "规上工业增加值和固定资产投资同比分别增长6.2%和4.8%",
            &[
                ("规上工业增加值", None, "%", Some(6.2)),
                ("固定资产投资", None, "%", Some(4.8)),
            ],
        ),
        (
            "存款、贷款余额分别为1.2万亿元、9800亿元，分别增长8.5%、10.2%",
            &[
                ("存款余额", Some(1.2), "万亿元", Some(8.5)),
                ("贷款余额", Some(9800.0), "亿元", Some(10.2)),
            ],
        ),
        (
            "粮食产量、油料产量分别为520万吨、120万吨；肉类产量、禽蛋产量分别为85万吨、40万吨",
            &[
                ("粮食产量", Some(520.0), "万吨", None),
                ("油料产量", Some(120.0), "万吨", None),
                ("肉类产量", Some(85.0), "万吨", None),
                ("禽蛋产量", Some(40.0), "万吨", None),
            ],
        ),
        (
            "地区生产总值、一般公共预算收入依次为1.2万亿元、820亿元",
            &[
                ("地区生产总值", Some(1.2), "万亿元", None),
                ("一般公共预算收入", Some(820.0), "亿元", None),
            ],
        ),
        (
            "地区生产总值、一般公共预算收入依次增长5.2%、4.1%",
            &[
                ("地区生产总值", None, "%", Some(5.2)),
                ("一般公共预算收入", None, "%", Some(4.1)),
            ],
        ),
        (
            "规上工业增加值、固定资产投资均增长5%以上",
            &[("规上工业增加值、固定资产投资", None, "%", Some(5.0))],
        ),
        (
            "规上工业增加值、固定资产投资和社会消费品零售总额均增长5%",
            &[(
                "规上工业增加值、固定资产投资和社会消费品零售总额",
                None,
                "%",
                Some(5.0),
            )],
        ),
        (
            "主要河流水质优良比例、城市空气优良天数比例均为100%",
            &[(
                "主要河流水质优良比例、城市空气优良天数比例",
                Some(100.0),
                "%",
                None,
            )],
        ),
        (
            "地区生产总值1.2万亿元、增长5%",
            &[("地区生产总值", Some(1.2), "万亿元", Some(5.0))],
        ),
        (
            "全年实现地区生产总值1.2万亿元，比上年增长5.2%；一般公共预算收入820亿元，增长4.1%",
            &[
                ("地区生产总值", Some(1.2), "万亿元", Some(5.2)),
                ("一般公共预算收入", Some(820.0), "亿元", Some(4.1)),
            ],
        ),
    ];
    for (s, want) in cases {
        let got: Vec<_> = figures(s).iter().map(row).collect();
        let want: Vec<_> = (want.iter())
            .map(|(l, v, u, c)| (l.to_string(), *v, u.to_string(), *c))
            .collect();
        assert_eq!(got, want, "{s}");
    }
}

#[test]
fn a_list_item_that_is_a_whole_indicator_takes_no_other_items_words() {
    for (s, labels) in [
        (
            "社会消费品零售总额和进出口总额分别为3200亿元和1800亿元",
            ["社会消费品零售总额", "进出口总额"],
        ),
        (
            "工业和服务业增加值分别增长5.2%和6.1%",
            ["工业增加值", "服务业增加值"],
        ),
        (
            "地区生产总值和一般公共预算收入分别增长5.5%和5%",
            ["地区生产总值", "一般公共预算收入"],
        ),
        (
            "城镇、农村居民人均可支配收入分别增长4.5%和6.2%",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
    ] {
        let got: Vec<String> = figures(s).into_iter().map(|f| f.label).collect();
        assert_eq!(got, labels, "{s}");
    }
}

#[test]
fn a_list_label_is_built_from_its_printed_words_and_never_drops_a_character() {
    // (the sentence, the labels): a tail shared after the end the items print alike
    // (工, 路, 区), words of two characters, and items left as printed where the length
    // of the last one's own words cannot be known.
    for (s, labels) in [
        (
            "新开工和竣工保障性住房分别为1.5万套和0.9万套",
            ["新开工保障性住房", "竣工保障性住房"],
        ),
        (
            "高速公路、铁路通车里程分别达到7600公里和4100公里",
            ["高速公路通车里程", "铁路通车里程"],
        ),
        (
            "新建、改扩建幼儿园分别为36所和52所",
            ["新建幼儿园", "改扩建幼儿园"],
        ),
        (
            "小学、初中入学率分别达到99.9%和99.5%",
            ["小学入学率", "初中入学率"],
        ),
        (
            "新登记、迁入企业分别为8600户和310户",
            ["新登记", "迁入企业"],
        ),
    ] {
        let got: Vec<String> = figures(s).into_iter().map(|f| f.label).collect();
        assert_eq!(got, labels, "{s}");
    }
}

#[test]
fn a_jun_list_is_one_figure_named_by_every_item_with_its_qualifier() {
    // As the truth lists write it: one number, said of the whole list.
    let f = figures("规上工业增加值、固定资产投资均增长5%以上");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].label, "规上工业增加值、固定资产投资");
    let c = f[0].change.as_ref().unwrap();
    assert_eq!(
        (c.kind, c.qualifier),
        (ChangeKind::Growth, Some(Qualifier::OrMore))
    );
}

#[test]
fn a_jun_of_a_word_or_of_another_clause_names_no_list() {
    for (s, label) in [
        ("城镇居民人均可支配收入增长5%", "城镇居民人均可支配收入"),
        ("服务业增加值年均增长6%", "服务业增加值"),
        (
            "学前教育普及县26个、义务教育优质均衡县23个",
            "义务教育优质均衡县",
        ),
        (
            "运输箱量和货值均增长3倍以上，联运量达到17.3万标箱",
            "联运量",
        ),
    ] {
        let f = figures(s);
        assert_eq!(f.last().map(|f| f.label.as_str()), Some(label), "{s}");
    }
}

#[test]
fn a_range_is_one_change_with_both_ends() {
    for s in [
        "地区生产总值增长6%—6.5%",
        "地区生产总值增长6%~6.5%",
        "地区生产总值增长6-6.5%",
        "地区生产总值增长6%至6.5%",
        "力争地区生产总值增长6%—6.5%",
    ] {
        let f = figures(s);
        assert_eq!(f.len(), 1, "{s}");
        let c = f[0].change.as_ref().unwrap();
        assert_eq!((c.value, c.to), (6.0, Some(6.5)), "{s}");
    }
}

#[test]
fn a_change_from_one_level_to_another_is_one_figure() {
    for (s, from, to) in [
        ("城镇化率由62.5%提高到65.1%", 62.5, 65.1),
        ("森林覆盖率从42.1%提高到45.3%", 42.1, 45.3),
        ("人均可支配收入从3.2万元增至4.1万元", 3.2, 4.1),
    ] {
        let f = figures(s);
        assert_eq!(f.len(), 1, "{s}");
        let c = f[0].change.as_ref().unwrap();
        assert_eq!(
            (c.kind, c.value, f[0].value),
            (ChangeKind::From, from, Some(to)),
            "{s}"
        );
    }
}

#[test]
fn a_list_whose_count_differs_from_its_values_is_left_unread() {
    for (s, numbers) in [
        (
            "粮食、蔬菜、水果产量分别为520万吨、1200万吨",
            &["520", "1200"][..],
        ),
        ("主要指标分别增长3.1%、6.2%和5.0%", &["3.1", "6.2", "5.0"]),
        ("两项指标分别为5.2%、4.1%和3.3%", &["5.2", "4.1", "3.3"]),
        // Ranges in a list: which end is whose is the desk's to say.
        ("出口、进口分别增长5%—6%和3%—4%", &["5", "6", "3", "4"]),
    ] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {:?}", r.figures);
        for n in numbers {
            assert!(
                r.skips.contains(&(n.to_string(), SkipReason::Unread)),
                "{s}: {n}"
            );
        }
    }
}
