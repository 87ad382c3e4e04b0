#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Words around a number that decide what it is: a comparison inside its clause, a policy
//! known by its count. Sentences of our own.

mod common;

use common::sentences::read;
use report_charts::draft::sentence::Read;
use report_charts::shared::model::{ChangeKind, SkipReason};

/// What a row's sentence must read as.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// Number `.0` is skipped for `.1`, and no figure is drafted.
    SkipAlone(&'static str, SkipReason),
    /// Number `.0` is skipped for `.1`, and no figure has its value.
    SkipNotValue(&'static str, SkipReason),
    /// Number `.0` is skipped for `.1`.
    Skip(&'static str, SkipReason),
    /// Some figure has value `.0`.
    Figure(f64),
    /// Exactly one figure.
    OneFigure,
    /// The first figure has value `.0` and qualifier `.1`.
    First(f64, &'static str),
}

/// A sentence of our own and what the draft must read in it; `row` says why, and names
/// the row when it fails.
struct Row {
    row: &'static str,
    text: &'static str,
    want: Want,
}

const fn row(row: &'static str, text: &'static str, want: Want) -> Row {
    Row { row, text, want }
}

use SkipReason::{Label, Name};
use Want::{Figure, First, OneFigure, Skip, SkipAlone, SkipNotValue};

/// Numbers that are a name, a label or a count, each in a sentence of its own.
#[rustfmt::skip]
const ROWS: &[Row] = &[
    row("a policy known by its count is a name", "出台支持小微企业16条措施", SkipAlone("16", Name)),
    row("a policy in a list of policies is a name", "制定稳就业9条、助企纾困11条等政策举措", SkipAlone("9", Name)),
    row("the second policy of a list is a name too", "制定稳就业9条、助企纾困11条等政策举措", SkipAlone("11", Name)),
    row("a policy's count before 具体举措 is a name", "促进消费18条具体举措落地见效", SkipAlone("18", Name)),
    row("measures counted in 项 stay figures", "实施稳经济25项举措", OneFigure),
    row("roads counted in 条 stay figures", "新建农村公路12条", OneFigure),
    row("a count of people with its floor is a figure", "选派800名以上农技人员", First(800.0, "以上")),
    row("a count of villages with its floor is a figure", "建设50个以上美丽乡村示范村", First(50.0, "以上")),
    row("a count in 万户 with its floor is a figure", "为3万户以上群众改造住房", First(3.0, "以上")),
    row("a threshold of households is a label", "全县30户以上自然村通硬化路", Skip("30", Label)),
    row("a threshold of floor space is a label", "改造120栋5000平方米以上楼宇", Skip("5000", Label)),
    row("a threshold of investment is a label", "建设20个以上、总投资10亿元以上的项目", Skip("10", Label)),
    row("a count that restates three names is a label skip", "支持青禾、石桥、柳岸3个县实验室高效运营", SkipAlone("3", Label)),
    row("a count that restates four names and 等 is a label skip", "依托东港、西渡、南坪、北塘等4家区疾控中心", SkipAlone("4", Label)),
    row("a count that restates three tasks is a label skip", "抓好渔船“木改钢”、老旧装置改造和矿山排查3件事", SkipAlone("3", Label)),
    row("a count of more than the names is a figure", "新增东港、西渡等20个试点乡镇", Figure(20.0)),
    row("a count among numbers is a figure", "新增孵化器3个、众创空间2个", Figure(2.0)),
    row("a range after names is a figure", "创建旅游度假区、休闲街区2-3家", Figure(2.0)),
    row("a count after words that describe is a figure", "建成规模最大、技术领先的2座光热电站", Figure(2.0)),
    row("the count of indicators a plan sets is a label skip", "县“十五五”规划共设置24项指标", SkipAlone("24", Label)),
    row("the count of main indicators a plan puts forward is a label skip", "围绕增速、结构、效率提出5项主要指标", SkipAlone("5", Label)),
    row("indicators that did something are a figure", "生态环境9项约束性指标全部完成", OneFigure),
    row("a population that says which towns is a label", "特殊教育学校覆盖10万人口以上的乡镇", SkipNotValue("10", Label)),
    row("a distance that says which firms is a label", "清理黄河沿岸1公里范围内化工企业", SkipNotValue("1", Label)),
    row("a tax rate that says which relief is a label", "落实企业和个人15%所得税优惠", SkipNotValue("15", Label)),
    row("a level that says which first is a label", "成为全省首个过500亿元县区", SkipNotValue("500", Label)),
    row("a capacity that names a project is a label", "建成20亿方/年储气调峰工程", SkipNotValue("20", Label)),
    row("a class of new drugs is a label", "3个1类新药获批上市", SkipNotValue("1", Label)),
];

/// Why `r` is not what `want` says, if it is not.
fn missed(r: &Read, want: Want) -> Option<String> {
    let skipped = |n: &str, why: SkipReason| r.skips.iter().any(|(m, w)| m == n && *w == why);
    let ok = match want {
        SkipAlone(n, why) => skipped(n, why) && r.figures.is_empty(),
        SkipNotValue(n, why) => {
            skipped(n, why) && r.figures.iter().all(|f| f.value != n.parse().ok())
        }
        Skip(n, why) => skipped(n, why),
        Figure(v) => r.figures.iter().any(|f| f.value == Some(v)),
        OneFigure => r.figures.len() == 1,
        First(v, q) => r
            .figures
            .first()
            .is_some_and(|f| (f.value, f.qualifier.map(|q| q.zh())) == (Some(v), Some(q))),
    };
    (!ok).then(|| format!("want {want:?}, read {r:?}"))
}

#[test]
fn every_row_reads_as_it_says() {
    let failed: Vec<String> = ROWS
        .iter()
        .filter_map(|c| {
            missed(&read(c.text), c.want).map(|why| format!("{}: {}: {why}", c.row, c.text))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn a_comparison_after_what_it_compares_is_that_figures_change() {
    let cases = [
        (
            "全县粮食产量增长2%，农业增加值增速高于全市0.6个百分点",
            "农业增加值增速",
            ChangeKind::Above,
            "全市",
        ),
        (
            "服务业增加值增幅低于全省平均水平0.3个百分点",
            "服务业增加值增幅",
            ChangeKind::Below,
            "全省平均水平",
        ),
    ];
    for (s, label, kind, reference) in cases {
        let r = read(s);
        let f = r.figures.last().unwrap();
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.label.as_str(), f.value, c.kind, c.reference.as_deref()),
            (label, None, kind, Some(reference)),
            "{s}"
        );
        // The figure before keeps its own change and gains no comparison.
        assert!(r.figures.iter().all(|f| f.compare.is_none()), "{s}");
    }
}

#[test]
fn a_bound_word_is_no_comparison() {
    let r = read("研发投入增速不低于全市1个百分点");
    assert!(r.figures.iter().all(|f| f
        .change
        .as_ref()
        .is_none_or(|c| c.kind != ChangeKind::Below)));
}

#[test]
fn a_mark_passed_is_no_label_and_the_change_after_it_is_the_figures() {
    let r = read("全县地区生产总值跨越500亿元大关，年均增长5.2%");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let f = &r.figures[0];
    assert_eq!((f.value, f.unit.as_str()), (Some(500.0), "亿元"));
    assert!(f.label.contains("地区生产总值"), "{}", f.label);
    assert_eq!(f.change.as_ref().map(|c| c.value), Some(5.2));
}

#[test]
fn a_list_of_changes_after_its_base_goes_onto_the_figures_before_it() {
    for base in ["较上年", "比上年", "与上年相比", "同比"] {
        let s = format!("新建农村公路120公里，改造危桥15座，{base}分别增长8%、25%");
        let r = read(&s);
        let got: Vec<(Option<f64>, Option<f64>)> = r
            .figures
            .iter()
            .map(|f| (f.value, f.change.as_ref().map(|c| c.value)))
            .collect();
        assert_eq!(
            got,
            [(Some(120.0), Some(8.0)), (Some(15.0), Some(25.0))],
            "{s}"
        );
    }
}

#[test]
fn a_share_named_before_its_list_keeps_its_name() {
    let r = read("第一产业、第二产业比重分别为8%、40%");
    assert!(
        r.figures.iter().all(|f| f.change.is_none()),
        "{:?}",
        r.figures
    );
}

#[test]
fn a_unit_printed_once_after_a_list_is_every_items() {
    let r = read("文化、体育惠民工程分别惠及3500万、2300万人次");
    let units: Vec<&str> = r.figures.iter().map(|f| f.unit.as_str()).collect();
    assert_eq!(units, ["万人次", "万人次"], "{:?}", r.figures);
}

#[test]
fn a_list_of_comparisons_names_its_reference() {
    let r = read("投资、消费增速分别快于全省2.4个、1个百分点");
    // Labels are the desk's to edit; the numbers and what they compare with are not.
    let got: Vec<(Option<ChangeKind>, Option<f64>, Option<String>)> = r
        .figures
        .iter()
        .map(|f| {
            let c = f.change.as_ref();
            (
                c.map(|c| c.kind),
                c.map(|c| c.value),
                c.and_then(|c| c.reference.clone()),
            )
        })
        .collect();
    let above = Some(ChangeKind::Above);
    let all = Some("全省".to_string());
    assert_eq!(
        got,
        [(above, Some(2.4), all.clone()), (above, Some(1.0), all)]
    );
}

#[test]
fn a_list_of_comparisons_after_a_list_of_changes_is_their_comparisons() {
    let r = read("城镇和农村居民人均可支配收入分别增长4%、6%，分别高于全省1个、2个百分点");
    assert_eq!(r.figures.len(), 2, "{:?}", r.figures);
    let compares: Vec<Option<f64>> = r
        .figures
        .iter()
        .map(|f| f.compare.as_ref().map(|c| c.value))
        .collect();
    assert_eq!(compares, [Some(1.0), Some(2.0)], "{:?}", r.figures);
}

#[test]
fn a_bare_magnitude_with_more_counts_the_people_after_it_and_nothing_else() {
    let r = read("全县20多万农村居民喝上放心水");
    let f = r.figures.first().unwrap_or_else(|| panic!("{:?}", r.skips));
    assert_eq!(
        (f.value, f.unit.as_str(), f.qualifier.map(|q| q.zh())),
        (Some(20.0), "万", Some("多"))
    );
    // 多万 before anything else stays the desk's.
    let r = read("全县新建道路20多万，改造管网");
    assert!(r.figures.is_empty(), "{:?}", r.figures);
    assert!(r.skips.contains(&("20".to_string(), SkipReason::Unread)));
}

#[test]
fn a_level_passed_after_a_change_is_that_figures_value() {
    let r = read("全县地区生产总值年均增长6%左右、迈上800亿元台阶");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let f = &r.figures[0];
    assert_eq!(
        (f.value, f.change.as_ref().map(|c| c.value)),
        (Some(800.0), Some(6.0))
    );
}

#[test]
fn over_the_average_by_points_is_a_comparison() {
    let r = read("粮食单产增长3%，超过全省平均水平0.5个百分点");
    let c = r.figures[0].compare.as_ref().unwrap();
    assert_eq!(
        (c.kind, c.value, c.reference.as_deref()),
        (ChangeKind::Above, 0.5, Some("全省平均水平"))
    );
}

#[test]
fn classes_before_a_count_of_items_are_a_label() {
    let r = read("今年将办好8类30件民生实事");
    assert!(
        r.skips.contains(&("8".to_string(), SkipReason::Label)),
        "{:?}",
        r.skips
    );
    let values: Vec<Option<f64>> = r.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(30.0)]);
}

#[test]
fn a_standing_between_a_figure_and_its_change_keeps_them_one_figure() {
    let r = read("全县地区生产总值达到356.2亿元、稳居全市第一方阵、增长6.3%");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(r.figures[0].value, Some(356.2));
    let c = r.figures[0].change.as_ref().unwrap();
    assert_eq!((c.kind, c.value), (ChangeKind::Growth, 6.3));
}
