#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every unit shape Chinese official statistics print, as issue 18 lists them: compound
//! and magnitude units, Latin and Chinese forms of one unit (千瓦时, kWh, 千瓦·时, kW·h),
//! full-width and half-width signs, a space between a number and its unit, and 余/多/近/约
//! around the number. The sentences are short ones of our own.

mod common;

use common::sentences::only;
use report_charts::shared::model::Qualifier;

#[test]
fn every_unit_official_statistics_print_is_read_with_its_value() {
    let cases: [(&str, f64, &str); 62] = [
        ("全社会用电量达到1520.3亿千瓦时", 1520.3, "亿千瓦时"),
        ("居民生活用电量86.5万千瓦时", 86.5, "万千瓦时"),
        ("全年发电量3200亿千瓦·时", 3200.0, "亿千瓦·时"),
        ("全年发电量3200亿kW·h", 3200.0, "亿kW·h"),
        ("全社会用电量1520.3亿kWh", 1520.3, "亿kWh"),
        ("储能装机达到1200MWh", 1200.0, "MWh"),
        ("新增装机120万kW", 120.0, "万kW"),
        ("新增电力装机1200万千瓦", 1200.0, "万千瓦"),
        ("新增光伏装机1200兆瓦", 1200.0, "兆瓦"),
        ("新能源装机达到12.5吉瓦", 12.5, "吉瓦"),
        ("风电装机容量达到3.2GW", 3.2, "GW"),
        ("光伏装机达到850MW", 850.0, "MW"),
        ("能源消费总量1.2亿吨标准煤", 1.2, "亿吨标准煤"),
        ("天然气产量达到125.6亿立方米", 125.6, "亿立方米"),
        ("日处理污水50万m³", 50.0, "万m³"),
        ("港口集装箱吞吐量突破500万标准箱", 500.0, "万标准箱"),
        ("集装箱吞吐量320万标箱", 320.0, "万标箱"),
        ("集装箱吞吐量1200万TEU", 1200.0, "万TEU"),
        ("接待游客1.25亿人次", 1.25, "亿人次"),
        ("新增市场主体12.3万户", 12.3, "万户"),
        ("新建保障性住房120万平方米", 120.0, "万平方米"),
        ("新增造林面积1.5万公顷", 1.5, "万公顷"),
        ("粮食播种面积3500千公顷", 3500.0, "千公顷"),
        ("高标准农田建设面积达到120万亩", 120.0, "万亩"),
        ("粮食总产量达到512.3亿斤", 512.3, "亿斤"),
        ("机场起降航班15.2万架次", 15.2, "万架次"),
        ("接待邮轮120艘次", 120.0, "艘次"),
        ("开行中欧班列1500列次", 1500.0, "列次"),
        ("开通国际客运航线32班次", 32.0, "班次"),
        ("新能源汽车产量达到35.6万辆", 35.6, "万辆"),
        ("推广首台套装备120台套", 120.0, "台套"),
        ("粮食单产达到6.2吨/公顷", 6.2, "吨/公顷"),
        ("最低工资标准提高到2200元/人", 2200.0, "元/人"),
        ("电煤价格下降至850元/吨", 850.0, "元/吨"),
        ("上网电价0.35元每千瓦时", 0.35, "元每千瓦时"),
        ("国土面积13.6万平方公里", 13.6, "万平方公里"),
        (
            "公路网密度达到120.5公里/百平方公里",
            120.5,
            "公里/百平方公里",
        ),
        ("人均生活垃圾产生量0.95千克", 0.95, "千克"),
        ("PM2.5平均浓度为28微克/立方米", 28.0, "微克/立方米"),
        ("PM2.5平均浓度为28μg/m³", 28.0, "μg/m³"),
        ("人口出生率为6.8‰", 6.8, "‰"),
        ("全年平均气温16.5℃", 16.5, "℃"),
        ("全年平均气温16.5°C", 16.5, "°C"),
        ("区域环境噪声平均值52.3分贝", 52.3, "分贝"),
        ("移动网络下载速率达到120Mbps", 120.0, "Mbps"),
        ("算力总规模达到5.2万PFlops", 5.2, "万PFlops"),
        ("实际使用外资1.2亿美金", 1.2, "亿美金"),
        ("地区生产总值1.2万亿元人民币", 1.2, "万亿元"),
        ("数据中心机架达到12万标准机架", 12.0, "万标准机架"),
        ("办理跨境结算业务120万笔", 120.0, "万笔"),
        ("植树造林1200万棵", 1200.0, "万棵"),
        ("供应国有建设用地120宗", 120.0, "宗"),
        ("新打机井120口", 120.0, "口"),
        ("开展职业技能培训1200课时", 1200.0, "课时"),
        ("改造地下管网120延米", 120.0, "延米"),
        ("城市生活垃圾无害化处理率达到100％", 100.0, "%"),
        // A space a PDF or a web page prints between the number and its unit.
        ("全社会用电量 1520.3 亿千瓦时", 1520.3, "亿千瓦时"),
        ("全社会用电量1520.3\u{3000}亿千瓦时", 1520.3, "亿千瓦时"),
        ("全年平均气温16.5 ℃", 16.5, "℃"),
        ("森林覆盖率达到45.6 %", 45.6, "%"),
        ("新增城镇就业\u{a0}68.5\u{a0}万人", 68.5, "万人"),
        ("粮食总产量 1050.2 万吨", 1050.2, "万吨"),
    ];
    for (s, value, unit) in cases {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), unit), "{s}");
    }
}

#[test]
fn a_space_before_a_unit_or_renminbi_after_it_is_in_no_label() {
    for s in [
        "全社会用电量 1520.3 亿千瓦时，增长6.2%",
        "全社会用电量1520.3亿元人民币",
    ] {
        assert_eq!(only(s).label, "全社会用电量", "{s}");
    }
}

#[test]
fn words_around_a_number_and_its_magnitude_are_its_qualifier() {
    let cases: [(&str, f64, &str, Qualifier); 6] = [
        (
            "新增装机1200余万千瓦",
            1200.0,
            "万千瓦",
            Qualifier::MoreThanBeforeMagnitude,
        ),
        ("引进人才1.2万余人", 1.2, "万人", Qualifier::MoreThan),
        ("服务群众300多万人次", 300.0, "万人次", Qualifier::Odd),
        (
            "金融机构存款余额近3万亿元",
            3.0,
            "万亿元",
            Qualifier::Nearly,
        ),
        ("地区生产总值约1.2万亿元", 1.2, "万亿元", Qualifier::About),
        (
            "新增城镇就业 6万多人",
            6.0,
            "万人",
            Qualifier::OddAfterMagnitude,
        ),
    ];
    for (s, value, unit, q) in cases {
        let f = only(s);
        assert_eq!(
            (f.value, f.unit.as_str(), f.qualifier),
            (Some(value), unit, Some(q)),
            "{s}"
        );
    }
}
