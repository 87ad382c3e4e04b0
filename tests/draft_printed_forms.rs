#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Forms in which reports print numbers and their names, general to Chinese reports:
//! full-width digits, a label ending in the verb of its value (提升至), a count of marks
//! passed, a range whose first end prints only its magnitude, a full-width percent sign,
//! 以上 and 余 where printed, units with their rate and bracket. Short sentences of our own.

mod common;

use common::sentences::{figures, only, read};
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence;
use report_charts::shared::model::{ChangeKind, SkipReason};

#[test]
fn full_width_digits_are_read_as_the_digits_they_are() {
    let d =
        report_charts::draft::draft("全县生产总值达到１２３４．５亿元，增长５．２%。\n").unwrap();
    let f = &d.figures[0];
    assert_eq!(
        (f.value, f.change.as_ref().and_then(|c| c.value)),
        (Some(1234.5), Some(5.2))
    );
    // The sentence the figure quotes is the one every rule read, its digits in ASCII.
    assert!(f.source.as_deref().unwrap().contains("1234.5亿元"), "{f:?}");
}

#[test]
fn a_label_loses_the_verb_that_brings_its_value() {
    for (s, label) in [
        ("全县研学基地接待量提升至12万人次", "研学基地接待量"),
        ("县城污水处理率提高至96.5%", "县城污水处理率"),
        (
            "空气中细颗粒物平均浓度下降至26微克/立方米",
            "空气中细颗粒物平均浓度",
        ),
        ("全县农村危房数量降至38户", "农村危房数量"),
        ("农村自来水普及率提升到97%", "农村自来水普及率"),
        ("规上企业户数增至412家", "规上企业户数"),
    ] {
        let f = only(s);
        assert_eq!(f.label, label, "{s}");
    }
}

#[test]
fn a_count_of_marks_passed_names_what_passed_them() {
    let f = figures("全县生产总值跨越3个百亿元台阶，达到420.5亿元");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].value, f[0].unit.as_str()), (Some(3.0), "个"));
    assert_eq!(f[0].label, "生产总值跨越百亿元台阶");
    // The level reached is the indicator's, never named as the marks.
    assert_eq!((f[1].value, f[1].label.as_str()), (Some(420.5), "生产总值"));
}

#[test]
fn a_count_of_marks_with_no_subject_in_its_clause_is_named_after_the_figure_before() {
    let f = figures("全县生产总值达到520亿元，连跨3个百亿元台阶");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[1].value, f[1].label.as_str()),
        (Some(3.0), "生产总值连跨百亿元台阶")
    );
}

#[test]
fn a_count_of_marks_that_names_nothing_that_crossed_them_is_left_unread() {
    let r = sentence::read(
        "跨越2个千亿元台阶，实现新突破",
        &Glossary::bundled().unwrap(),
    );
    assert!(r.figures.is_empty(), "{:?}", r.figures);
    assert!(
        r.skips
            .iter()
            .any(|(n, why)| n == "2" && *why == SkipReason::Unread),
        "{:?}",
        r.skips
    );
}

#[test]
fn a_range_whose_first_end_prints_only_its_magnitude_is_one_figure() {
    for (s, value, to, unit) in [
        ("新增城镇就业5万至6万人", 5.0, 6.0, "万人"),
        ("完成造林1.2万—1.5万亩", 1.2, 1.5, "万亩"),
        ("撬动社会投资3亿到5亿元", 3.0, 5.0, "亿元"),
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.to, f.unit.as_str()),
            (Some(value), Some(to), unit),
            "{s}"
        );
    }
}

#[test]
fn years_of_schooling_are_a_figure_in_years_and_other_years_stay_skips() {
    for (s, value) in [
        ("劳动年龄人口平均受教育年限达到11.7年", 11.7),
        ("新增劳动力平均受教育年限达14.2年", 14.2),
        ("人均受教育年限提高到10.5年", 10.5),
    ] {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), "年"), "{s}");
    }
    for s in [
        "用3年时间建成5个园区",
        "2025年新增企业120家",
        "连续5年保持增长",
    ] {
        assert!(figures(s).iter().all(|f| f.unit != "年"), "{s}");
    }
}

#[test]
fn an_increase_with_no_name_after_a_value_in_another_magnitude_is_the_values_change() {
    // Round 59: an increase in another magnitude of the value's unit is its change, in the
    // unit as printed (it was left unread while changes had to be in the figure's unit).
    let r = sentence::read(
        "城乡居民人均可支配收入达到3.2万元，增加1500元",
        &Glossary::bundled().unwrap(),
    );
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let c = r.figures[0]
        .change
        .as_ref()
        .expect("the increase is the income's");
    assert_eq!(
        (c.kind, c.value, c.unit.as_str()),
        (ChangeKind::Added, 1500.0, "元")
    );
    assert!(r.skips.iter().all(|(n, _)| n != "1500"), "{:?}", r.skips);
}

#[test]
fn an_increase_with_no_name_after_a_change_alone_is_named_after_it() {
    let f = figures("全县从业人员比上年增长6.2%、居全市第1位，增加1.2万人");
    let added = f
        .iter()
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == 1.2));
    assert_eq!(added.map(|f| f.label.as_str()), Some("从业人员"), "{f:?}");
}

#[test]
fn a_value_restated_in_another_unit_keeps_the_name_of_its_figure() {
    let f = figures("全县人均生产总值10.5万元，约合1.46万美元");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[1].value, f[1].label.as_str()),
        (Some(1.46), f[0].label.as_str())
    );
}

#[test]
fn a_full_width_percent_sign_is_a_percent_and_its_change_a_growth() {
    let r = read("全市地区生产总值增长5.3％，居民人均可支配收入增长5.8％");
    let got: Vec<_> = r
        .figures
        .iter()
        .map(|f| {
            f.change
                .as_ref()
                .map(|c| (c.kind.name(), c.value, c.unit.clone()))
        })
        .collect();
    assert_eq!(
        got,
        [
            Some(("growth", 5.3, "%".to_string())),
            Some(("growth", 5.8, "%".to_string()))
        ]
    );
}

#[test]
fn more_than_is_printed_where_the_text_prints_it() {
    use report_charts::shared::format;
    use report_charts::shared::model::Lang;
    let cases = [
        ("惠及群众380余万人次", "380余万人次"),
        ("新增停车泊位2.1万余个", "2.1万余个"),
        ("完成适老化改造6万多户", "6万多户"),
        ("惠及300多万名群众", "300多万名"),
        // 累计 is the sum's (its label is 民生投入): printed with the value, as the text does.
        ("民生投入累计超过1000亿元", "累计超过1000亿元"),
        ("耕地保有量不少于2800万亩", "不少于2800万亩"),
        ("接待游客超3000万人次", "超3000万人次"),
    ];
    for (s, printed) in cases {
        // A first line alone is the title: the sentence goes into a paragraph of its own.
        let text = format!("云山区2025年工作总结\n\n{s}。\n");
        let d = report_charts::draft::draft(&text).unwrap();
        let json = report_charts::draft::to_json(&d).unwrap();
        let r = report_charts::check::validate::load("t.json", &json).unwrap();
        let f = &r.figures[0];
        assert_eq!(format::value(f, Lang::Zh).as_deref(), Some(printed), "{s}");
    }
}

#[test]
fn units_keep_their_rate_and_bracket_and_new_units_are_read() {
    let cases = [
        (
            "城乡居民基础养老金最低标准从105元/月提高到163元/月",
            163.0,
            "元/月",
            "amount",
        ),
        ("新增煤矿产能2100万吨/年", 2100.0, "万吨/年", "count"),
        (
            "新增保障性租赁住房2.6万套（间）",
            2.6,
            "万套（间）",
            "count",
        ),
        ("海铁联运量突破120万标箱", 120.0, "万标箱", "count"),
        ("跨境公路班车开行量0.8万车次", 0.8, "万车次", "count"),
        ("能源综合生产能力1.6亿吨标准煤", 1.6, "亿吨标准煤", "count"),
        ("义务植树5000万株", 5000.0, "万株", "count"),
        ("肉牛屠宰加工量60万头", 60.0, "万头", "count"),
        ("天然气产能达到15亿方", 15.0, "亿方", "count"),
        ("全市地区生产总值迈上2万亿台阶", 2.0, "万亿", "count"),
    ];
    for (s, value, unit, kind) in cases {
        let r = read(s);
        let f = r.figures.last().unwrap_or_else(|| panic!("{s}: {r:?}"));
        assert_eq!(
            (f.value, f.unit.as_str(), f.kind.name()),
            (Some(value), unit, kind),
            "{s}"
        );
    }
}
