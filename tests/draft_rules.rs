#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft's rules one by one, on sentences of the kind reports are made of.

mod common;

use common::sentences::{only, read};
use report_charts::check::validate;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::{self, ids, label};
use report_charts::shared::model::SkipReason;

fn skips(s: &str) -> Vec<(String, SkipReason)> {
    read(s).skips
}

#[test]
fn a_number_takes_its_unit_as_printed_with_magnitude_and_more_than() {
    let f = only("全区新增停车泊位2.1万余个");
    assert_eq!(
        (f.value, f.unit.as_str(), f.qualifier.map(|q| q.zh())),
        (Some(2.1), "万个", Some("余"))
    );
    assert_eq!(f.label, "新增停车泊位");
    let f = only("惠及消费群体26万人次");
    assert_eq!(f.unit, "万人次");
    let f = only("整治C级危房307栋");
    assert_eq!((f.unit.as_str(), f.kind.name()), ("栋", "count"));
    assert_eq!(only("发放消费券900万元").kind.name(), "amount");
}

#[test]
fn qualifiers_before_the_number_and_after_the_unit_are_read() {
    assert_eq!(
        only("全区地区生产总值突破800亿元")
            .qualifier
            .map(|q| q.zh()),
        Some("突破")
    );
    assert_eq!(
        only("全年接待游客超3000万人次").qualifier.map(|q| q.zh()),
        Some("超")
    );
    assert_eq!(
        only("带动相关消费近40亿元").qualifier.map(|q| q.zh()),
        Some("近")
    );
    // The sentence reader reads 达 so that it stays out of the label; the figure written
    // holds no qualifier for it (tests/draft_tester24_findings.rs, s-test24 F11).
    assert_eq!(
        only("楼宇企业总数达6694家").qualifier.map(|q| q.zh()),
        Some("达")
    );
    assert_eq!(
        only("新增学位约8000个").qualifier.map(|q| q.zh()),
        Some("约")
    );
    assert_eq!(
        only("研发经费投入强度2.8%左右").qualifier.map(|q| q.zh()),
        Some("左右")
    );
    let f = only("全年\"上云上平台\"企业达2600余家");
    assert_eq!(
        f.qualifier.map(|q| q.zh()),
        Some("余"),
        "余 is what the number says; 达 only reaches it"
    );
    assert_eq!(only("达成就业意向7427人次").qualifier.map(|q| q.zh()), None);
}

#[test]
fn a_change_in_the_same_clause_belongs_to_the_figure_before_it() {
    let f = only("全区地区生产总值突破800亿元,增长4.3%");
    let c = f.change.unwrap();
    assert_eq!(
        (c.kind.name(), c.value, c.unit.as_str()),
        ("growth", 4.3, "%")
    );
    let c = only("一般公共预算收入21.6亿元，同比下降17.2%")
        .change
        .unwrap();
    assert_eq!((c.kind.name(), c.value), ("decline", 17.2));
    let c = only("入驻率83.46%,提升2.9个百分点").change.unwrap();
    assert_eq!((c.kind.name(), c.unit.as_str()), ("rise", "个百分点"));
    let c = only("数字经济核心产业企业236家,新增47家").change.unwrap();
    assert_eq!((c.kind.name(), c.unit.as_str()), ("added", "家"));
    let c = only("空气质量优良天数比率94%,高于全市平均水平1.9个百分点")
        .change
        .unwrap();
    assert_eq!(
        (c.kind.name(), c.reference.as_deref()),
        ("above", Some("全市平均水平"))
    );
}

#[test]
fn a_change_with_no_figure_before_it_is_a_figure_of_its_own() {
    let f = only("城镇居民人均可支配收入增长4.2%");
    assert_eq!(
        (f.value, f.kind.name(), f.label.as_str()),
        (None, "rate", "城镇居民人均可支配收入")
    );
    assert_eq!(f.change.unwrap().kind.name(), "growth");
    let f = only("全年PM2.5浓度改善9.7%");
    assert_eq!(
        (f.label.as_str(), f.change.unwrap().kind.name()),
        ("PM2.5浓度", "improve")
    );
}

#[test]
fn a_fall_from_one_value_to_another_is_one_figure_with_a_change_from() {
    let f = only("区市民中心综窗改革后办事窗口由37个压缩为10个");
    assert_eq!(f.value, Some(10.0));
    let c = f.change.unwrap();
    assert_eq!(
        (c.kind.name(), c.value, c.unit.as_str()),
        ("from", 37.0, "个")
    );
}

#[test]
fn a_list_after_fenbie_distributes_its_labels_and_its_changes() {
    let r = read(
        "第一、二、三产业增加值分别为42.3亿元、151.6亿元和192.6亿元，分别增长3.1%、6.2%和6.0%",
    );
    let labels: Vec<&str> = r.figures.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    );
    let changes: Vec<f64> = r
        .figures
        .iter()
        .map(|f| f.change.as_ref().unwrap().value)
        .collect();
    assert_eq!(changes, [3.1, 6.2, 6.0]);
    let r = read("城镇和农村居民人均可支配收入分别增长4.6%和下降0.8%");
    let got: Vec<(&str, &str)> = r
        .figures
        .iter()
        .map(|f| (f.label.as_str(), f.change.as_ref().unwrap().kind.name()))
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", "growth"),
            ("农村居民人均可支配收入", "decline")
        ]
    );
    let r = read("全年查处环境违法案件87件，罚没款1360万元，分别下降21.3%和9.8%");
    assert_eq!(r.figures.len(), 2);
    assert!(r
        .figures
        .iter()
        .all(|f| f.change.as_ref().unwrap().kind.name() == "decline"));
}

#[test]
fn labels_share_a_head_or_a_tail_when_only_one_item_prints_it() {
    assert_eq!(
        label::items::distribute("一般公共预算收入和支出", 2).unwrap(),
        ["一般公共预算收入", "一般公共预算支出"]
    );
    assert_eq!(
        label::items::distribute("煤炭、油气、清洁能源", 3).unwrap(),
        ["煤炭", "油气", "清洁能源"]
    );
    assert_eq!(label::items::distribute("煤炭、油气", 3), None);
}

#[test]
fn figures_after_qizhong_are_parts() {
    let r = read("一般公共预算收入21.6亿元，其中税收收入15.1亿元");
    let parts: Vec<bool> = r.figures.iter().map(|f| f.part).collect();
    assert_eq!(parts, [false, true]);
}

#[test]
fn a_ratio_that_adds_up_to_100_is_a_structure_and_any_other_is_skipped() {
    let r = read("三次产业结构调整为3.3:41.9:54.8");
    let got: Vec<(&str, Option<f64>)> = r
        .figures
        .iter()
        .map(|f| (f.label.as_str(), f.value))
        .collect();
    assert_eq!(
        got,
        [
            ("第一产业", Some(3.3)),
            ("第二产业", Some(41.9)),
            ("第三产业", Some(54.8))
        ]
    );
    assert!(r
        .figures
        .iter()
        .all(|f| f.ratio.is_some() && f.kind.name() == "share"));
    let r = read("男女比例为1:2");
    assert!(r.figures.is_empty());
    assert_eq!(r.skips.len(), 2);
    assert!(r.skips.iter().all(|(_, why)| *why == SkipReason::Ratio));
}

#[test]
fn years_dates_ordinals_ranks_durations_and_names_are_skipped_with_their_reason() {
    use SkipReason::*;
    let cases: [(&str, &str, SkipReason); 12] = [
        ("2024年,西湖区经营主体超10万户", "2024", Year),
        ("2025年1月18日召开", "1", Date),
        ("2025年1月18日召开", "18", Date),
        ("1至11月，规上工业营业收入突破1200亿元", "1", Date),
        ("入选全省第3批数字技术应用场景", "3", Ordinal),
        ("排名第38名", "38", Ordinal),
        ("获评全国楼宇经济标杆城区30强", "30", Rank),
        ("改革开放35年来", "35", Duration),
        ("连续8个月位列全市第一", "8", Duration),
        ("全年PM2.5浓度改善9.7%", "2.5", Name),
        ("新建5G基站1860个", "5", Name),
        ("103栋5000平方米以上楼宇入驻率83.46%", "5000", Label),
    ];
    for (s, number, reason) in cases {
        assert!(
            skips(s).contains(&(number.to_string(), reason)),
            "{s}: {number} should be {reason:?}, got {:?}",
            skips(s)
        );
    }
    assert_eq!(skips("开展\"2024消费季\"活动100场")[0].1, Name, "quoted");
    assert_eq!(skips("完成123")[0].1, Unread, "no unit it knows");
}

#[test]
fn labels_lose_the_words_that_open_and_close_a_clause() {
    assert_eq!(only("全区地区生产总值突破800亿元").label, "地区生产总值");
    assert_eq!(only("西湖区经营主体超10万户").label, "经营主体");
    assert_eq!(only("建成区绿地率38.2%").label, "建成区绿地率");
    assert_eq!(only("实施渔业村等7个城中村改造").label, "城中村改造");
    assert_eq!(only("103栋5000平方米以上楼宇").label, "5000平方米以上楼宇");
}

#[test]
fn ids_come_from_the_glossary_else_from_pinyin_and_are_unique() {
    let g = Glossary::bundled().unwrap();
    assert_eq!(ids::base_id("地区生产总值", &g, "x"), "gdp");
    assert_eq!(
        ids::base_id("地方一般公共预算收入", &g, "x"),
        "general-budget-revenue"
    );
    assert_eq!(ids::base_id("口袋公园", &g, "x"), "kou-dai-gong-yuan");
    assert_eq!(ids::base_id("PM2.5平均浓度", &g, "x"), "pm25");
    assert_eq!(ids::base_id("绿道", &g, "x"), "lv-dao");
    assert_eq!(ids::base_id("——", &g, "figure"), "figure");
    let mut taken = ids::Ids::default();
    assert_eq!(taken.unique("gdp"), "gdp");
    assert_eq!(taken.unique("gdp"), "gdp-2");
    assert!(validate::is_kebab(&ids::base_id(
        "新能源汽车产量（万辆）",
        &g,
        "x"
    )));
}

#[test]
fn every_glossary_term_has_a_kebab_id_and_english() {
    let terms: serde_json::Value =
        serde_json::from_str(include_str!("../data/glossary/terms.json")).unwrap();
    for (zh, t) in terms["terms"].as_object().unwrap() {
        assert!(validate::is_kebab(t["id"].as_str().unwrap()), "{zh}");
        assert!(!t["en"].as_str().unwrap().trim().is_empty(), "{zh}");
    }
    Glossary::bundled().unwrap();
}

#[test]
fn words_like_tong_kou_jing_and_bi_shang_nian_mo_join_a_figure_and_its_change() {
    let c = only("一般公共预算收入完成85.6亿元，同口径增长4.1%")
        .change
        .unwrap();
    assert_eq!((c.kind.name(), c.value), ("growth", 4.1));
    let c = only("初步核算，全年全市实现地区生产总值2815.6亿元，按不变价格计算，比上年增长5.6%")
        .change
        .unwrap();
    assert_eq!(c.value, 5.6);
    let f = only("常住人口城镇化率71.3%，比上年末提高0.9个百分点");
    assert_eq!(f.change.unwrap().kind.name(), "rise");
}

#[test]
fn an_increase_in_the_figures_unit_is_its_change_added() {
    let r = read("全县经营主体达12.6万户，较年初增加1.3万户");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let c = r.figures[0].change.as_ref().unwrap();
    assert_eq!(
        (c.kind.name(), c.value, c.unit.as_str()),
        ("added", 1.3, "万户")
    );
    // Alone, it is a figure of its change only; with the level reached, of both.
    let f = &read("农民人均收入增加980元").figures[0];
    assert_eq!(
        (f.label.as_str(), f.value, f.unit.as_str()),
        ("农民人均收入", None, "元")
    );
    assert_eq!(f.change.as_ref().unwrap().kind.name(), "added");
    let f = &read("边民补助标准再提高800元").figures[0];
    assert_eq!(f.label, "边民补助标准");
    let r = read("通用机场增加6个、达到19个");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    assert_eq!(r.figures[0].value, Some(19.0));
    assert_eq!(r.figures[0].change.as_ref().unwrap().value, 6.0);
    // What an increase counts, named after it, is a value: 增加1万个学位.
    let f = &read("增加1万个普惠性学前教育学位").figures[0];
    assert!(f.change.is_none() && f.value == Some(1.0), "{f:?}");
}

#[test]
fn a_change_in_bei_is_a_times_change_never_a_value_in_bei() {
    // 增长1.2倍 is the change of the amount before it (tests/draft_times.rs has more).
    let r = read("实现进出口总额45.2亿美元，增长1.2倍");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let c = r.figures[0].change.as_ref().unwrap();
    assert_eq!((c.kind.name(), c.value), ("times", 1.2));
    assert!(r.skips.is_empty(), "{:?}", r.skips);
    let r = read("电池、化工产品出口分别增长2.6倍、35.4%");
    assert!(
        r.figures.iter().all(|f| f.value.is_none()),
        "{:?}",
        r.figures
    );
}

#[test]
fn a_share_alone_in_its_paragraph_is_drafted_as_a_waffle_and_one_among_figures_as_a_card() {
    let kinds = |text: &str| -> Vec<String> {
        let d = draft::draft(text).expect("drafts");
        let json = draft::to_json(&d).expect("writes");
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        validate::load("x.json", &json).expect("validates");
        value["charts"]
            .as_array()
            .expect("charts")
            .iter()
            .map(|c| c["kind"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    // 12个 is a small count without a comparison: it stays in the text, a live number.
    let alone = "环境\n\n全年空气质量优良天数比率为92.6%。\n\n新建口袋公园12个。\n";
    assert_eq!(kinds(alone), ["waffle"]);
    // Beside another figure the share is a card; a page of one cards chart is all cards,
    // over the budget of one chart in three, so both stay in the text.
    let among = "环境\n\n全年空气质量优良天数比率为92.6%，新建口袋公园12个。\n";
    assert!(kinds(among).is_empty());
    let among = "环境\n\n全年空气质量优良天数比率为92.6%，新建口袋公园120个。\n\n\
                 经济\n\n一般公共预算收入25.5亿元，增长5.1%；税收收入18亿元，增长3.2%；\
                 非税收入7.5亿元，增长9.6%。\n";
    assert!(
        kinds(among).contains(&"cards".to_string()),
        "{:?}",
        kinds(among)
    );
}
