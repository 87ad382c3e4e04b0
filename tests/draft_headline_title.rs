#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A city paper's story of its 两会 opens with a headline over the text and names its
//! city again and again, but in no title line or byline (issue 18, tester s-test15 M1):
//! the draft titles it by its headline, reads its place from the city it names, and the
//! article does not repeat the headline as its first paragraph; where the draft falls
//! back to its default title, `check` asks the desk for one. Texts of our own.

mod common;

use common::drafted;
use report_charts::check::validate::advice;
use report_charts::publish::prose;

/// A story under a headline: the body's first line is far longer than the headline.
const STORY: &str = "聚力攻坚，青川这样干——聚焦青川市政府工作报告\n\
1月10日，青川市十五届人大三次会议开幕。过去一年，全市地区生产总值达到1200.5亿元，增长5.8%，一般公共预算收入96.2亿元，增长4.1%。\n\
根据报告，今年青川市地区生产总值预期增长5.5%左右，新增城镇就业2.1万人以上。\n\
青川市将实施重点项目300个。\n";

/// The same body without a headline: no title line names the place or the story.
const BODY: &str = "1月10日，青川市十五届人大三次会议开幕。过去一年，全市地区生产总值达到1200.5亿元，增长5.8%，一般公共预算收入96.2亿元，增长4.1%。\n\
根据报告，今年青川市地区生产总值预期增长5.5%左右，新增城镇就业2.1万人以上。\n\
青川市将实施重点项目300个。\n";

#[test]
fn a_story_is_titled_by_its_headline_and_placed_in_the_city_it_names() {
    for (text, title, place) in [
        (
            STORY,
            "聚力攻坚，青川这样干——聚焦青川市政府工作报告",
            Some("青川市"),
        ),
        (BODY, "青川市报告图解", Some("青川市")),
    ] {
        let r = drafted("story", text);
        assert_eq!(r.meta.title.zh, title);
        assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), place);
    }
}

#[test]
fn check_asks_for_a_title_only_where_the_draft_fell_back_to_its_default() {
    for (text, warned) in [(STORY, false), (BODY, true)] {
        let said: Vec<_> = advice::advice(&drafted("story", text))
            .into_iter()
            .filter(|p| p.path == "meta.title.zh")
            .collect();
        assert_eq!(said.len(), usize::from(warned), "{text}");
        assert!(said
            .iter()
            .all(|p| p.message.zh.contains("标题") && p.message.en.contains("title")));
    }
}

#[test]
fn the_article_does_not_repeat_the_headline_it_is_titled_by() {
    let r = drafted("story", STORY);
    let first: Vec<String> = prose::read(STORY, &r)
        .paragraphs()
        .flat_map(|p| p.sentences.clone())
        .take(1)
        .collect();
    assert!(first[0].starts_with("1月10日"), "{first:?}");
}
