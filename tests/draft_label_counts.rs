#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers inside a label or a condition (issue 18, class 4): a count that names a set the
//! place already has, the pool a count is taken from, a count whose items the text then
//! lists, a name, the size of an event, a base a result stands on, and a number a
//! condition supposes. None is a figure of the year; each beside a sentence of the same
//! look whose number is one. The sentences are short ones of our own, none a corpus text's.

mod common;

use common::sentences::{figures, only, skipped};
use report_charts::shared::model::SkipReason;

#[test]
fn a_count_of_a_set_the_place_already_has_names_it_and_is_no_figure() {
    for (s, number) in [
        ("壮大12条特色产业链和“3+3”产业集群", "12"),
        ("抓实乡村振兴6条路径，推进农业现代化", "6"),
        ("发挥东西南4个临港片区引领作用", "4"),
        ("用好500亿元产业引导基金，撬动社会资本", "500"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
    // A count of what the year builds, holds or grows is a figure, whatever the verb.
    for (s, value) in [
        ("抓好350个省重点项目", 350.0),
        ("办好25项民生实事", 25.0),
        ("培育壮大80家链主企业", 80.0),
        ("改造提升养老机构20个", 20.0),
        ("保护利用好86处文物保护单位", 86.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn the_pool_a_count_is_taken_from_is_no_figure_and_the_count_is() {
    let s = "全市36项考核指标中有30项达到优秀等次";
    assert_eq!(skipped(s, "36"), Some(SkipReason::Label), "{s}");
    assert_eq!(only(s).value, Some(30.0), "{s}");
    let s = "在8个产粮大县选择部分乡镇开展收入保险试点";
    assert_eq!(skipped(s, "8"), Some(SkipReason::Label), "{s}");
    assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    // Places where the year did something, with no choice among them, are a figure.
    assert_eq!(only("在210个县开展社区养老试点").value, Some(210.0));
}

#[test]
fn a_count_whose_items_the_text_then_lists_is_no_figure() {
    for (s, number) in [
        (
            "规划具体部署了9项重点任务：一是推进科技创新；二是扩大内需",
            "9",
        ),
        ("今年着力抓好7件大事：（一）稳住工业基本盘", "7"),
        ("方案明确了4条举措：1.降低用能成本", "4"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // A count of tasks done, with no list after it, is a figure.
    assert_eq!(only("完成12项重点任务，群众满意度提升").value, Some(12.0));
}

#[test]
fn a_forum_named_by_its_members_count_is_a_name() {
    let s = "办好青年科学家30人论坛等活动";
    assert_eq!(skipped(s, "30"), Some(SkipReason::Name), "{s}");
    assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    // People who took part are a figure.
    assert_eq!(only("论坛吸引参会嘉宾300人").value, Some(300.0));
}

#[test]
fn the_size_of_a_disaster_names_it_and_is_no_figure() {
    for (s, number) in [
        ("因预警及时，某村2.6亿立方米山体滑坡未造成人员伤亡", "2.6"),
        ("成功处置80万方泥石流险情", "80"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
    // What was done about disasters, and how many there were, are figures.
    assert_eq!(only("完成地质灾害隐患治理120处").value, Some(120.0));
    assert_eq!(only("成功预警36处滑坡").value, Some(36.0));
}

#[test]
fn the_base_a_result_stands_on_is_no_figure() {
    let s = "这些成绩是在地区生产总值超过8000亿元的高基数上取得的";
    assert_eq!(skipped(s, "8000"), Some(SkipReason::Label), "{s}");
    assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    assert_eq!(only("地区生产总值超过8000亿元").value, Some(8000.0));
}

#[test]
fn a_number_a_condition_supposes_is_left_to_the_desk() {
    for (s, number) in [
        ("只要有5%左右的增速就能够稳住就业", "5"),
        ("有6%—6.5%的增长就可以实现充分就业", "6.5"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
    // 就业 is no 就 of a condition: a count that has a change is read.
    assert_eq!(only("全县有12个乡镇就业人数增长").value, Some(12.0));
    // 就 as "on" (就能源保供作出部署) supposes nothing either.
    let s = "全省有18个市就能源保供签订责任书";
    assert_eq!(skipped(s, "18"), None, "{s}");
}
