#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Who a report credits (tester s-test24 F16): a city paper's byline names its reporter
//! and its 通讯员, and both are kept; a 统计公报 has no author, and the bureau its first
//! lines name is its source and its publisher, never a 待填写 for the desk.

mod common;

use common::drafted_json;
use report_charts::publish::resolve;
use report_charts::shared::model::Lang;

const STORY: &str = "青澜区政府工作报告（摘要）
记者 周晓岚 通讯员 韩立新 2026-01-15 08:30 来源：江州日报
过去一年，全区实现地区生产总值1286.4亿元，同比增长5.8%。
";

const BULLETIN: &str = "石岭县2025年国民经济和社会发展统计公报
石岭县统计局 国家统计局石岭调查队
2026年3月20日
一、综合
初步核算，全年全县地区生产总值326.8亿元，按可比价格计算，比上年增长5.4%。
";

#[test]
fn a_byline_keeps_the_correspondent_beside_the_reporter() {
    let (r, _) = drafted_json("qinglan", STORY);
    assert_eq!(r.meta.author.zh, "记者 周晓岚 通讯员 韩立新");
    // Printed as credited, not as 记者 周晓岚 通讯员 韩立新/文.
    assert_eq!(
        resolve::source_line(&r, Lang::Zh),
        "来源：江州日报。记者 周晓岚 通讯员 韩立新"
    );
}

#[test]
fn a_reporter_alone_is_still_written_as_the_papers_byline() {
    let (r, _) = drafted_json("alone", &STORY.replace(" 通讯员 韩立新", ""));
    assert_eq!(r.meta.author.zh, "周晓岚");
    assert_eq!(resolve::byline(&r, Lang::Zh), "周晓岚/文");
}

#[test]
fn a_bulletin_has_no_author_and_its_bureau_is_its_source_and_publisher() {
    let (r, json) = drafted_json("shiling", BULLETIN);
    assert_eq!(r.meta.author.zh, "");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["meta"].get("author").is_none(), "{}", v["meta"]);
    assert_eq!(
        r.meta.source_line.zh,
        "来源：石岭县统计局 国家统计局石岭调查队"
    );
    assert_eq!(r.meta.publication.zh, "石岭县统计局");
    // Nothing for the desk to fill in, and no byline printed.
    let placeholders = report_charts::edit::desk::placeholders::placeholders(
        &report_charts::check::validate::parse("x.json", &json).unwrap(),
    );
    assert!(
        placeholders
            .iter()
            .all(|w| !w.path.to_string().starts_with("meta.")),
        "{placeholders:?}"
    );
    assert_eq!(resolve::byline(&r, Lang::Zh), "");
}
