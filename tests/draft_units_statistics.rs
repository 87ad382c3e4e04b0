#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The units of the national statistics and of 统计公报 (千公顷, 万吨标准煤, 亿吨公里,
//! 万人年, 件/万人, 1.2万家次 …), a magnitude before a unit the glossary lacks, and a size
//! that names what it sizes (720兆瓦储能电站). The sentences are short ones of our own.

mod common;

use common::sentences::{only, read};
use report_charts::draft::glossary::Glossary;
use report_charts::shared::model::SkipReason;

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
