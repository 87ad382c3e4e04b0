#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! How Chinese reports and 统计公报 join an amount to its change (同比, 较上年同期, 与上年
//! 相比, 按可比价格计算, 自然口径, a standing or a share between them, the change first),
//! and the units of the national statistics (千公顷, 万吨标准煤, 亿吨公里, 万人年, 件/万人
//! …). The sentences are short ones of our own; none is a corpus text's.

use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Found, Read};
use report_charts::shared::model::{ChangeKind, SkipReason};

fn read(s: &str) -> Read {
    sentence::read(s, &Glossary::bundled().unwrap())
}

fn only(s: &str) -> Found {
    let r = read(s);
    assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
    r.figures.into_iter().next().unwrap()
}

/// A figure's value, unit and change (kind, value), for one-line comparisons.
fn shape(f: &Found) -> (Option<f64>, String, Option<(ChangeKind, f64)>) {
    let c = f.change.as_ref().map(|c| (c.kind, c.value));
    (f.value, f.unit.clone(), c)
}

#[test]
fn an_amount_and_its_change_are_one_figure_however_the_report_joins_them() {
    use ChangeKind::{Decline, Growth};
    let cases: [(&str, f64, &str, ChangeKind, f64); 26] = [
        (
            "全县生产总值286.4亿元，同比增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，比上年增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，较上年增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，比上年同期增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，较上年同期增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，较去年同期增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "存款余额520亿元，比去年末增长8.5%",
            520.0,
            "亿元",
            Growth,
            8.5,
        ),
        (
            "存款余额520亿元，较上年底增长8.5%",
            520.0,
            "亿元",
            Growth,
            8.5,
        ),
        (
            "全县生产总值286.4亿元，与上年相比增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，比2020年增长32.1%",
            286.4,
            "亿元",
            Growth,
            32.1,
        ),
        (
            "全县生产总值286.4亿元，按可比价格计算，比上年增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，按不变价格计算，增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，按可比价格计算比上年增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "实现增加值310.5亿元，可比增长6.1%",
            310.5,
            "亿元",
            Growth,
            6.1,
        ),
        (
            "人均可支配收入41250元，名义增长5.3%",
            41250.0,
            "元",
            Growth,
            5.3,
        ),
        (
            "人均可支配收入41250元，实际增长5.3%",
            41250.0,
            "元",
            Growth,
            5.3,
        ),
        (
            "一般公共预算收入18.2亿元，自然口径增长4.1%",
            18.2,
            "亿元",
            Growth,
            4.1,
        ),
        (
            "一般公共预算收入18.2亿元，全口径增长4.1%",
            18.2,
            "亿元",
            Growth,
            4.1,
        ),
        (
            "一般公共预算收入18.2亿元，同口径增长4.1%",
            18.2,
            "亿元",
            Growth,
            4.1,
        ),
        (
            "一般公共预算收入18.2亿元，同比下降3.1%",
            18.2,
            "亿元",
            Decline,
            3.1,
        ),
        (
            "全县生产总值286.4亿元、增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元（同比增长5.8%）",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全县生产总值286.4亿元，总量居全市第3位，增长5.8%",
            286.4,
            "亿元",
            Growth,
            5.8,
        ),
        (
            "全年粮食总产量52.3万吨，比上年增产2.1%",
            52.3,
            "万吨",
            Growth,
            2.1,
        ),
        (
            "全年粮食总产量52.3万吨，比上年减产2.1%",
            52.3,
            "万吨",
            Decline,
            2.1,
        ),
        (
            "实际使用外资1.2亿美元，同比增长15%",
            1.2,
            "亿美元",
            Growth,
            15.0,
        ),
    ];
    for (s, value, unit, kind, change) in cases {
        assert_eq!(
            shape(&only(s)),
            (Some(value), unit.to_string(), Some((kind, change))),
            "{s}"
        );
    }
}

#[test]
fn a_change_printed_before_its_amount_is_the_amounts() {
    for s in [
        "全县生产总值增长5.8%，达到286.4亿元",
        "全县生产总值比上年增长5.8%，总量达到286.4亿元",
        "全年实现地区生产总值增长5.8%，总值达到286.4亿元",
    ] {
        assert_eq!(
            shape(&only(s)),
            (
                Some(286.4),
                "亿元".to_string(),
                Some((ChangeKind::Growth, 5.8))
            ),
            "{s}"
        );
    }
}

#[test]
fn a_growth_after_a_share_is_the_growth_of_the_amount_before_it() {
    for (s, amount, change) in [
        (
            "第三产业增加值150亿元，占地区生产总值的比重为52.4%，增长6.1%",
            150.0,
            6.1,
        ),
        (
            "税收收入12.1亿元，占一般公共预算收入的66.5%，增长5%",
            12.1,
            5.0,
        ),
        (
            "旅游收入56亿元，占服务业增加值的比重为12.1%，下降3.2%",
            56.0,
            3.2,
        ),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 2, "{s}: {r:?}");
        let (whole, share) = (&r.figures[0], &r.figures[1]);
        assert_eq!(whole.value, Some(amount), "{s}");
        assert_eq!(whole.change.as_ref().map(|c| c.value), Some(change), "{s}");
        assert!(
            share.change.is_none() && share.unit == "%",
            "{s}: {share:?}"
        );
    }
    // A share moves in points, and those stay the share's.
    let r = read("第三产业增加值150亿元，占地区生产总值的比重为52.4%，提高1.2个百分点");
    assert!(r.figures[0].change.is_none(), "{r:?}");
    let c = r.figures[1].change.as_ref().map(|c| (c.kind, c.value));
    assert_eq!(c, Some((ChangeKind::Rise, 1.2)), "{r:?}");
}

#[test]
fn two_amounts_then_fenbie_changes_pair_in_order() {
    for s in [
        "农林牧渔业总产值52亿元、工业总产值180亿元，分别增长3.2%和6.5%",
        "全年接待游客52万人次，实现旅游收入180亿元，分别增长3.2%和6.5%",
        "城镇、农村居民人均可支配收入分别为52元、180元，分别增长3.2%、6.5%",
    ] {
        let r = read(s);
        let got: Vec<_> = r.figures.iter().map(|f| shape(f).2.map(|c| c.1)).collect();
        assert_eq!(got, [Some(3.2), Some(6.5)], "{s}: {r:?}");
        assert_eq!(r.figures[1].value, Some(180.0), "{s}");
    }
}

#[test]
fn a_part_after_qizhong_keeps_its_own_change() {
    let r = read("进出口总额120亿元，同比增长8.1%，其中出口80亿元，增长10.2%");
    let got: Vec<_> = r.figures.iter().map(|f| (shape(f), f.part)).collect();
    assert_eq!(
        got,
        [
            (
                (
                    Some(120.0),
                    "亿元".to_string(),
                    Some((ChangeKind::Growth, 8.1))
                ),
                false
            ),
            (
                (
                    Some(80.0),
                    "亿元".to_string(),
                    Some((ChangeKind::Growth, 10.2))
                ),
                true
            ),
        ]
    );
}

#[test]
fn a_fall_in_the_figures_own_unit_is_left_to_the_desk() {
    // No change kind holds a fall by an amount yet; drafted apart it was a second figure
    // of 0.3万人 named 户籍人口比上年末减少.
    for (s, fall) in [
        ("年末户籍人口52.3万人，比上年末减少0.3万人", "0.3"),
        ("年末户籍人口52.3万人，比上年末减少3000人", "3000"),
        ("粮食播种面积120.5万亩，比上年减少0.8万亩", "0.8"),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        assert!(r.figures[0].change.is_none(), "{s}: {r:?}");
        assert!(
            r.skips.contains(&(fall.to_string(), SkipReason::Unread)),
            "{s}"
        );
    }
    // A rise in it is the figure's change, as before; 增产 of an amount alone is a figure.
    let f = only("全年粮食总产量52.3万吨，增产1.1万吨");
    assert_eq!(shape(&f).2, Some((ChangeKind::Added, 1.1)));
    let f = only("粮食增产16.8亿斤");
    assert_eq!(shape(&f), (Some(16.8), "亿斤".to_string(), None));
}

#[test]
fn units_of_the_national_statistics_are_read_whole() {
    let cases: [(&str, f64, &str); 36] = [
        ("服务企业1.2万家次", 1.2, "万家次"),
        ("检测产品300项次", 300.0, "项次"),
        ("开行中欧班列1200列次", 1200.0, "列次"),
        ("开行中欧班列1200趟", 1200.0, "趟"),
        ("实际使用外资120亿港元", 120.0, "亿港元"),
        ("吸引投资12亿欧元", 12.0, "亿欧元"),
        ("全社会用电量35.2亿千瓦时", 35.2, "亿千瓦时"),
        ("工业用电量120万千瓦时", 120.0, "万千瓦时"),
        ("粮食播种面积120.5千公顷", 120.5, "千公顷"),
        ("综合能源消费量320万吨标准煤", 320.0, "万吨标准煤"),
        ("综合能源消费量320万吨标煤", 320.0, "万吨标煤"),
        ("港口集装箱吞吐量120万标箱", 120.0, "万标箱"),
        ("港口集装箱吞吐量3000标准箱", 3000.0, "标准箱"),
        ("港口集装箱吞吐量1200万TEU", 1200.0, "万TEU"),
        ("旅客发送量1.2亿人次", 1.2, "亿人次"),
        ("行政区域面积1.2万平方千米", 1.2, "万平方千米"),
        ("年平均流量120立方米/秒", 120.0, "立方米/秒"),
        ("化学需氧量平均浓度12毫克/升", 12.0, "毫克/升"),
        ("新增变电容量120万千伏安", 120.0, "万千伏安"),
        ("养老机构床位3200床", 3200.0, "床"),
        ("发明专利拥有量12.5件/万人", 12.5, "件/万人"),
        ("单位生产总值能耗0.45吨标准煤/万元", 0.45, "吨标准煤/万元"),
        ("研发人员折合全时当量1.2万人年", 1.2, "万人年"),
        ("货物周转量120亿吨公里", 120.0, "亿吨公里"),
        ("旅客周转量12亿人公里", 12.0, "亿人公里"),
        ("粮食单产每亩520公斤", 520.0, "公斤"),
        ("全年平均降水量1200毫米", 1200.0, "毫米"),
        ("新建城市道路12千米", 12.0, "千米"),
        ("光伏装机达到120兆瓦", 120.0, "兆瓦"),
        ("新型储能装机达到1.2吉瓦", 1.2, "吉瓦"),
        ("家禽出栏1200万羽", 1200.0, "万羽"),
        ("公共图书馆藏书120万册", 120.0, "万册"),
        ("放流鱼苗1.2亿尾", 1.2, "亿尾"),
        ("新打机井120眼", 120.0, "眼"),
        ("区域环境噪声平均值52.3分贝", 52.3, "分贝"),
        ("全年平均气温16.5摄氏度", 16.5, "摄氏度"),
    ];
    for (s, value, unit) in cases {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), unit), "{s}");
    }
}

#[test]
fn a_unit_ending_in_a_time_is_no_unit_before_nian_jun() {
    let g = Glossary::bundled().unwrap();
    assert_eq!(g.unit_at("人年均增收2000元"), Some("人"));
    assert_eq!(g.unit_at("人年，"), Some("人年"));
}

#[test]
fn a_bare_magnitude_before_a_unit_the_glossary_lacks_is_left_to_the_desk() {
    // Read as 万 alone, 1.2万箱 would be 1.2万 of nothing.
    for (s, number) in [("年产鲜蛋1.2万箱，", "1.2"), ("年节水1.2万立方，", "1.2")] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {r:?}");
        assert!(
            r.skips.contains(&(number.to_string(), SkipReason::Unread)),
            "{s}"
        );
    }
    // People counted by a bare magnitude, and a range, stay figures.
    for (s, unit) in [
        ("惠及30万群众", "万"),
        ("新增40万青年留在本地", "万"),
        ("新增城镇就业5万至6万人", "万人"),
    ] {
        assert_eq!(only(s).unit, unit, "{s}");
    }
}

#[test]
fn a_size_right_before_what_it_sizes_names_it() {
    for (s, number) in [
        ("建成4.5米水深航道", "4.5"),
        ("建成110米口径射电望远镜", "110"),
        ("开工建设720兆瓦储能电站", "720"),
        ("建设12吉瓦时动力电池项目", "12"),
        ("建设100兆瓦级压缩空气储能", "100"),
    ] {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {r:?}");
        assert!(
            r.skips.contains(&(number.to_string(), SkipReason::Label)),
            "{s}"
        );
    }
    // A size the sentence reports closes its clause.
    assert_eq!(only("建成绿道120米").value, Some(120.0));
}

#[test]
fn levels_printed_after_a_list_of_changes_are_the_values_of_those_changes() {
    for s in [
        "城乡居民人均可支配收入分别增长4.8%、6.5%，达到45000元、21000元",
        "城镇和农村居民人均可支配收入分别增长4.8%和6.5%，分别达到45000元和21000元",
    ] {
        let r = read(s);
        let got: Vec<_> = r.figures.iter().map(shape).collect();
        assert_eq!(
            got,
            [
                (
                    Some(45000.0),
                    "元".to_string(),
                    Some((ChangeKind::Growth, 4.8))
                ),
                (
                    Some(21000.0),
                    "元".to_string(),
                    Some((ChangeKind::Growth, 6.5))
                ),
            ],
            "{s}"
        );
        assert!(r.skips.is_empty(), "{s}: {:?}", r.skips);
    }
    // As many levels as changes, or none is paired: the desk decides.
    let r = read("城乡居民人均可支配收入分别增长4.8%、6.5%，达到45000元");
    assert!(
        r.figures
            .iter()
            .all(|f| f.value != Some(45000.0) || f.change.is_none()),
        "{r:?}"
    );
}

#[test]
fn words_for_a_growth_or_a_size_join_it_to_its_figure() {
    for s in [
        "地区生产总值5.5万亿元，增长率5.4%",
        "地区生产总值增长5.4%，经济总量达到5.5万亿元",
        "地区生产总值增长5.4%、规模突破5.5万亿元",
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.map(|c| c.value)),
            (Some(5.5), Some(5.4)),
            "{s}"
        );
    }
    // 规模以上 opens a label of its own.
    let r = read("工业投资增长5.4%，规模以上工业增加值5.5万亿元");
    assert_eq!(r.figures.len(), 2, "{r:?}");
}

#[test]
fn a_growth_after_the_same_value_in_another_unit_is_the_first_ones() {
    let r = read("人均地区生产总值达到9.5万元，约合1.3万美元，增长5.6%");
    assert_eq!(r.figures.len(), 2, "{r:?}");
    assert_eq!(shape(&r.figures[0]).2, Some((ChangeKind::Growth, 5.6)));
    assert!(r.figures[1].change.is_none(), "{r:?}");
}

#[test]
fn a_range_is_one_change_whatever_dash_parts_its_ends() {
    for dash in ["—", "——", "―", "－", "-", "–", "～", "~", "〜", "至", "到"] {
        let s = format!("地区生产总值增长6%{dash}6.5%");
        let f = only(&s);
        let c = f.change.unwrap_or_else(|| panic!("{s}: no change"));
        assert_eq!((c.value, c.to), (6.0, Some(6.5)), "{s}");
    }
}
