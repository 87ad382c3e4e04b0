#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers a reader does not count are never drafted as figures: a capacity in a
//! project's name, a count that only says which ones, a threshold, the time a task took.
//! Sentences of our own, in the register of provincial and county reports.

mod common;

use common::sentences::{read, skipped};
use report_charts::shared::model::SkipReason;

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
