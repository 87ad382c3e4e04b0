#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers a reader does not count are never drafted as figures: a capacity in a
//! project's name, a count that only says which ones, a threshold, the time a task took.
//! Sentences of our own, in the register of provincial and county reports.

use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence::{self, Read};
use report_charts::shared::model::SkipReason;

fn read(s: &str) -> Read {
    sentence::read(s, &Glossary::bundled().unwrap())
}

/// The reason the number `number` of `s` is skipped, or `None` when it is a figure's.
fn skipped(s: &str, number: &str) -> Option<SkipReason> {
    read(s)
        .skips
        .into_iter()
        .find(|(n, _)| n == number)
        .map(|(_, r)| r)
}

#[test]
fn numbers_inside_a_name_or_a_condition_are_skipped_with_their_reason() {
    let cases = [
        // a capacity in a project's name
        (
            "推动南岭化工30万吨合成氨、北溪能源12万吨再生铝等项目建设",
            "30",
            SkipReason::Label,
        ),
        (
            "推动南岭化工30万吨合成氨、北溪能源12万吨再生铝等项目建设",
            "12",
            SkipReason::Label,
        ),
        ("一年内实现年产5万吨碳酸锂", "5", SkipReason::Label),
        ("北溪5亿立方米/年煤制天然气项目开工", "5", SkipReason::Label),
        ("加快2座10万千瓦光热电站建设", "10", SkipReason::Label),
        // a count that says which ones, before their amount or their change
        (
            "12个对口支援市县落实援助资金56亿元",
            "12",
            SkipReason::Label,
        ),
        ("9个重点事项办理时限压缩60%", "9", SkipReason::Label),
        // a threshold without 的
        ("引进投资超5亿元重大项目11个", "5", SkipReason::Label),
        // the time a task took
        ("仅用60天建成数据中心并投入使用", "60", SkipReason::Duration),
        // the report's own parts, a set the place is one of, places in a ranking
        ("一年来，主要做了5个方面工作", "5", SkipReason::Label),
        ("成为全国8个综合改革试点地区之一", "8", SkipReason::Label),
        ("3个学科进入ESI全球排名前1%", "1", SkipReason::Rank),
        ("区域创新能力全国排名提升3位", "3", SkipReason::Rank),
        // an age in what is counted, a team size in a name
        ("免费开展0—6岁儿童孤独症筛查", "6", SkipReason::Label),
        (
            "建成120个社区健身路径或3人制篮球场",
            "3",
            SkipReason::Unread,
        ),
    ];
    for (s, number, reason) in cases {
        assert_eq!(skipped(s, number), Some(reason), "{s}: {number}");
    }
}

#[test]
fn counts_and_capacities_that_are_what_a_sentence_reports_stay_figures() {
    let cases = [
        ("形成30万吨政府可调度粮食储备能力", "30"),
        ("为1.2万名劳动者追回工资1.5亿元", "1.2"),
        ("4个国控断面水质优良比例100%", "4"),
        ("绿化覆盖率、森林覆盖率分别达41.2%和62.5%", "41.2"),
        ("建成8个省级重点实验室", "8"),
        ("出台24条稳增长政策措施", "24"),
        ("6个学科进入ESI前千分之一", "6"),
    ];
    for (s, number) in cases {
        let r = read(s);
        assert_eq!(skipped(s, number), None, "{s}: {:?}", r.skips);
        assert!(
            r.figures
                .iter()
                .any(|f| f.value.is_some_and(|v| v.to_string() == number)),
            "{s}: {:?}",
            r.figures
        );
    }
}

#[test]
fn an_old_and_a_new_value_are_one_figure_without_you_or_cong_and_in_pairs() {
    let r = read("乡镇机构改革加快落实，46个站所整合优化为21个");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    let f = &r.figures[0];
    let c = f.change.as_ref().unwrap();
    assert_eq!(
        (f.value, f.unit.as_str(), c.kind.name(), c.value),
        (Some(21.0), "个", "from", 46.0)
    );
    assert_eq!(f.label, "站所");

    // The new ones' names may stand between the verb and their count.
    let r = read("将12支县级产业基金整合为科创、乡村2支基金");
    let f = r.figures.iter().find(|f| f.value == Some(2.0)).unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!((c.kind.name(), c.value), ("from", 12.0), "{:?}", r.figures);

    let r = read("城乡居民人均可支配收入从2021年的38120元和15460元分别提高到47350元和20190元");
    let got: Vec<_> = r
        .figures
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value,
                f.change.as_ref().map(|c| (c.kind.name(), c.value)),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "城镇居民人均可支配收入",
                Some(47350.0),
                Some(("from", 38120.0))
            ),
            (
                "农村居民人均可支配收入",
                Some(20190.0),
                Some(("from", 15460.0))
            ),
        ]
    );
    assert!(r.skips.contains(&("2021".into(), SkipReason::Year)));
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
        ("民生投入累计超过1000亿元", "超过1000亿元"),
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

#[test]
fn changes_are_read_with_their_words_of_when_and_the_new_change_words() {
    let cases = [
        (
            "城镇和农村居民人均可支配收入分别年均增长4.6%、6.8%",
            vec![("growth", 4.6), ("growth", 6.8)],
        ),
        (
            "公路、水利投资分别比“十三五”时期增长21.3%、95%",
            vec![("growth", 21.3), ("growth", 95.0)],
        ),
        (
            "市级公用经费和一般性支出分别压减12%、18%",
            vec![("decline", 12.0), ("decline", 18.0)],
        ),
        ("融资平台累计压降76.4%", vec![("decline", 76.4)]),
        ("退休人员基本养老金总体上调2%", vec![("growth", 2.0)]),
        ("CPI微降0.2%", vec![("decline", 0.2)]),
        ("对外直接投资年均增速超过25%", vec![("growth", 25.0)]),
    ];
    for (s, want) in cases {
        let r = read(s);
        let got: Vec<_> = r
            .figures
            .iter()
            .map(|f| f.change.as_ref().map(|c| (c.kind.name(), c.value)))
            .collect();
        let want: Vec<_> = want.into_iter().map(Some).collect();
        assert_eq!(got, want, "{s}: {:?}", r.figures);
        assert!(
            r.figures.iter().all(|f| f.value.is_none()),
            "{s}: {:?}",
            r.figures
        );
    }
}

#[test]
fn a_change_within_a_bound_is_a_limit() {
    let r = read("居民消费价格指数涨幅3%以内");
    assert_eq!(r.figures.len(), 1, "{:?}", r.figures);
    assert!(r.figures[0].bound, "{:?}", r.figures[0]);
}

#[test]
fn a_change_after_words_of_since_when_or_a_level_reached_stays_with_its_figure() {
    let cases = [
        (
            "一般公共预算收入累计完成2.4万亿元，5年增长16.2%",
            2.4,
            "growth",
            16.2,
        ),
        ("城镇化率达到61.5%、近3年提高3.2个百分点", 61.5, "rise", 3.2),
        (
            "地方一般公共预算收入累计超9000亿元、较“十三五”增长12.4%",
            9000.0,
            "growth",
            12.4,
        ),
        ("地区生产总值增长5.2%、达到4.6万亿元", 4.6, "growth", 5.2),
    ];
    for (s, value, kind, change) in cases {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        let f = &r.figures[0];
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.value, c.kind.name(), c.value),
            (Some(value), kind, change),
            "{s}"
        );
    }
    let f = &read("省属一级企业由48户整合至15户").figures[0];
    assert_eq!(
        (f.value, f.change.as_ref().unwrap().kind.name()),
        (Some(15.0), "from")
    );
    let f = &read("殡葬基本服务费由平均3100元下降到1200元左右").figures[0];
    assert_eq!(f.qualifier.map(|q| q.zh()), Some("左右"));
    assert_eq!(f.change.as_ref().unwrap().value, 3100.0);
}

#[test]
fn points_by_which_a_rate_is_better_are_left_to_the_desk() {
    // 优于 says no direction: a cost ratio better than the nation's is lower, a share of
    // clean water better than the target is higher. The draft leaves the points undecided.
    let cases = [
        ("物流费用与生产总值比率降至12%、优于全国0.8个百分点", "0.8"),
        ("优良水体比例好于省定目标3.5个百分点", "3.5"),
        ("空气质量优良天数比率优于全省约2个百分点", "2"),
    ];
    for (s, number) in cases {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
    }
    // Higher or faster says its direction and stays a comparison.
    let r = read("全县生产总值增长6.1%，高于全省0.8个百分点");
    assert!(r.figures.iter().any(|f| f.compare.is_some()), "{r:?}");
}

#[test]
fn old_and_new_values_listed_after_fenbie_are_read_pair_by_pair() {
    let r = read(
        "城乡最低生活保障平均标准分别从2020年的560元/月、3900元/年提高到2025年的720元/月、6100元/年",
    );
    let got: Vec<_> = r
        .figures
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value,
                f.unit.as_str(),
                f.change
                    .as_ref()
                    .map(|c| (c.kind.name(), c.value, c.unit.as_str())),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "城镇最低生活保障平均标准",
                Some(720.0),
                "元/月",
                Some(("from", 560.0, "元/月"))
            ),
            (
                "农村最低生活保障平均标准",
                Some(6100.0),
                "元/年",
                Some(("from", 3900.0, "元/年"))
            ),
        ]
    );
    for year in ["2020", "2025"] {
        assert!(r.skips.contains(&(year.into(), SkipReason::Year)), "{year}");
    }
    // Units that do not pair up are no such list.
    let r = read("两项标准分别从2020年的560元/月、3900元/年提高到720元/年、6100元/月");
    assert!(
        r.figures
            .iter()
            .all(|f| f.value != Some(720.0) || f.change.is_none()),
        "{:?}",
        r.figures
    );
}

#[test]
fn changes_after_fenbie_that_no_figures_take_are_left_to_the_desk() {
    // Two changes, one figure before them, and nothing that names the second: which
    // change is whose is not in the text.
    let s = "进出口总额1200亿元，同比分别增长11.2%和9.6%";
    for number in ["11.2", "9.6"] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{number}");
    }
    // Two figures before them take them, in order.
    let r = read("出口额800亿元、进口额400亿元，同比分别增长11.2%和9.6%");
    let changes: Vec<_> = r
        .figures
        .iter()
        .map(|f| f.change.as_ref().map(|c| c.value))
        .collect();
    assert_eq!(changes, [Some(11.2), Some(9.6)], "{:?}", r.figures);
}

#[test]
fn a_contribution_in_its_own_clause_is_a_pull_never_a_rise() {
    let cases = [
        ("最终消费拉动经济增长2.1个百分点", "最终消费", Some("经济")),
        ("工业投资拉动增长1.5个百分点", "工业投资", None),
    ];
    for (s, label, reference) in cases {
        let r = read(s);
        let f = r.figures.iter().find(|f| f.change.is_some()).unwrap();
        let c = f.change.as_ref().unwrap();
        assert_eq!(
            (f.label.as_str(), c.kind.name(), c.reference.as_deref()),
            (label, "pull", reference),
            "{s}"
        );
    }
}

#[test]
fn a_count_of_people_says_who_they_are_not_just_qunzhong() {
    let cases = [
        ("以旧换新政策惠及76万群众", "以旧换新政策惠及群众"),
        ("帮助3万户以上群众实现安居梦", "群众实现安居梦"),
    ];
    for (s, label) in cases {
        let r = read(s);
        assert_eq!(
            r.figures.first().map(|f| f.label.as_str()),
            Some(label),
            "{s}"
        );
    }
}
