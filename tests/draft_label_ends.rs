#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels that say exactly what the text counts (issue 18, "Labels"): never cut in the
//! wrong place (地区生产总值按), never ending in a word that belongs to the number or its
//! change (预计, 首次, 扩容至, 全面完成), never starting mid-word (的村集体…, 贸易区 of
//! 边民互市贸易区), never dropping the pollutant in brackets (细颗粒物（PM2.5）), and a share
//! always says whose it is (民生支出占一般公共预算支出). The sentences are short ones of
//! our own.

use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Read};
use report_charts::shared::model::SkipReason;

fn read(s: &str) -> Read {
    sentence::read(s, &Glossary::bundled().unwrap())
}

/// The label of the figure whose value (or, for a figure printed only as its change, whose
/// change) is `value`.
fn label_of(r: &Read, value: f64) -> String {
    let f = r.figures.iter().find(|f| {
        f.value == Some(value)
            || f.value.is_none() && f.change.as_ref().map(|c| c.value) == Some(value)
    });
    f.unwrap_or_else(|| panic!("{value}: {r:?}")).label.clone()
}

#[test]
fn a_label_ends_where_the_words_of_its_number_or_change_begin() {
    let cases = [
        ("地区生产总值按可比价计算增长5.2%", 5.2, "地区生产总值"),
        ("地区生产总值按可比价格计算增长5.2%", 5.2, "地区生产总值"),
        (
            "规上工业增加值扣除价格因素后增长6.1%",
            6.1,
            "规上工业增加值",
        ),
        ("地区生产总值按增长5%安排", 5.0, "地区生产总值"),
        ("数字经济增加值预计达1260亿元", 1260.0, "数字经济增加值"),
        ("地区生产总值预期增长5.5%左右", 5.5, "地区生产总值"),
        ("外贸进出口总额力争增长3%", 3.0, "外贸进出口总额"),
        ("粮食年度产量首次突破85万吨", 85.0, "粮食年度产量"),
        ("跨境电商综试区扩容至7个", 7.0, "跨境电商综试区"),
        ("县属国有企业重组整合至11家", 11.0, "县属国有企业"),
        ("PM2.5平均浓度降到29.6微克/立方米", 29.6, "PM2.5平均浓度"),
        ("12类45件民生实事全面完成", 45.0, "民生实事"),
        ("20项民生实事如期完成", 20.0, "民生实事"),
        ("惠及36个乡镇近30万人", 36.0, "乡镇"),
        ("通达全球27个国家和地区的84个港口", 27.0, "国家和地区"),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_noun_that_ends_in_a_verb_of_its_own_keeps_it() {
    let cases = [
        ("年度化债任务完成率达120%", 120.0, "年度化债任务完成率"),
        ("项目投资完成额增长11.7%", 11.7, "项目投资完成额"),
        ("项目占地面积120亩", 120.0, "项目占地面积"),
        ("2项约束性指标未能如期完成", 2.0, "约束性指标未能如期完成"),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_label_never_starts_mid_word() {
    let cases = [
        ("边民互市贸易区增至5个", 5.0, "边民互市贸易区"),
        ("95%以上的村集体经营性收入增长10%", 10.0, "村集体经营性收入"),
        ("自贸试验区新设企业1.2万家", 1.2, "自贸试验区新设企业"),
        ("实施省级重点项目64个", 64.0, "实施省级重点项目"),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_pollutant_named_in_brackets_stays_in_its_label() {
    let cases = [
        (
            "细颗粒物（PM2.5）年平均浓度下降至28微克/立方米",
            28.0,
            "细颗粒物（PM2.5）年平均浓度",
        ),
        (
            "可吸入颗粒物（PM10）平均浓度为45微克/立方米",
            45.0,
            "可吸入颗粒物（PM10）平均浓度",
        ),
        (
            "细颗粒物（PM_2.5）年平均浓度31微克/立方米",
            31.0,
            "细颗粒物（PM_2.5）年平均浓度",
        ),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_share_says_whose_share_it_is() {
    let cases = [
        (
            "民生支出38亿元，占一般公共预算支出的80.2%",
            80.2,
            // A share is named as one (s-test21 B3): never as the whole it is of.
            "民生支出占一般公共预算支出比重",
        ),
        (
            "民生支出38亿元，占一般公共预算支出比重达80.2%",
            80.2,
            "民生支出占一般公共预算支出比重",
        ),
        ("棉花总产16.5万吨、占全市92.8%", 92.8, "棉花总产占全市比重"),
        (
            "民生支出占一般公共预算支出比重达80.2%",
            80.2,
            "民生支出占一般公共预算支出比重",
        ),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_share_of_something_with_no_owner_is_left_to_the_desk() {
    let r = read("占一般公共预算支出的80.2%");
    assert!(r.figures.is_empty(), "{r:?}");
    assert!(
        r.skips
            .iter()
            .any(|(n, why)| n == "80.2" && *why == SkipReason::Unread),
        "{r:?}"
    );
}

#[test]
fn a_bare_total_is_named_after_what_its_sentence_counts() {
    let cases = [
        ("新增境内上市公司62家，总数186家", 186.0, "境内上市公司总数"),
        (
            "市场经营主体增量提质，总量突破100万户",
            100.0,
            "市场经营主体总量",
        ),
        ("监管企业营收增长5.9%、利润增长5.5%", 5.5, "监管企业利润"),
        (
            "地方一般公共预算收入增长2.3%、支出首次超过700亿元",
            700.0,
            "地方一般公共预算支出",
        ),
        (
            "生物降解制品总产量增长19%、产值增长18%",
            18.0,
            "生物降解制品产值",
        ),
        (
            "实施重点项目280多个，完成投资240多亿元",
            240.0,
            "重点项目投资",
        ),
        (
            "铺排落实县重点项目34个、完成投资46亿元",
            46.0,
            "县重点项目投资",
        ),
        (
            "实施省级重点项目64个、完成投资35亿元",
            35.0,
            "省级重点项目投资",
        ),
        // A comma parts two indicators of the place: 进出口 is the place's own.
        ("固定资产投资下降3.3%，进出口下降5.4%", 5.4, "进出口"),
    ];
    for (s, value, want) in cases {
        assert_eq!(label_of(&read(s), value), want, "{s}");
    }
}

#[test]
fn a_bare_total_takes_the_subject_of_the_short_sentence_before_it_or_is_left_to_the_desk() {
    let named = report_charts::draft::draft(
        "柳岸县2025年经济运行情况\n经营主体持续壮大。总量达14.6万户。\n",
    )
    .unwrap();
    let labels: Vec<&str> = named
        .figures
        .iter()
        .filter_map(|f| f.label.as_ref().and_then(|l| l.zh.as_deref()))
        .collect();
    assert_eq!(labels, ["经营主体总量"], "{named:?}");
    let alone =
        report_charts::draft::draft("柳岸县2025年经济运行情况\n总量达14.6万户。\n").unwrap();
    assert!(alone.figures.is_empty(), "{alone:?}");
    assert!(
        alone
            .skips
            .iter()
            .any(|k| k.number.as_deref() == Some("14.6")),
        "{alone:?}"
    );
}
