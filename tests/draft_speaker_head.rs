//! The speaker of a work report is found under its title wherever a web page's leftovers
//! put it (s-test25 F11: every provincial report of the corpus had 待填写 as its author,
//! the speaker standing on the 16th line or lower), and a photo's caption under the title
//! names no speaker.

mod common;

use common::*;

/// A provincial report as its government's web page prints it: the page's buttons and
/// font-size controls, the title twice, the dateline, the source and date lines, then the
/// speaker and the salutation.
fn web_page(speaker: &str) -> String {
    format!(
        "2026年云岭省政府工作报告\n\n下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n\
         2026年云岭省政府工作报告\n\
         ——2026年1月27日在云岭省第十四届人民代表大会第四次会议上\n\
         来源：云岭日报\n时间：2026-02-12\n{speaker}\n各位代表：\n\
         现在，我代表省人民政府，向大会报告政府工作，请予审议。\n\
         一、2025年工作回顾\n全省地区生产总值35680亿元，增长5.6%。\n"
    )
}

#[test]
fn a_speaker_on_the_sixteenth_line_under_a_web_pages_leftovers_is_the_author_by_office_and_name() {
    for (line, name) in [
        ("云岭省人民政府省长 周明远", "云岭省人民政府省长 周明远"),
        ("自治区主席 嘎玛次仁", "自治区主席 嘎玛次仁"),
        ("省长刘小涛", "省长 刘小涛"),
        ("自治区主席 韦 韬", "自治区主席 韦韬"),
        (
            "自治区人民政府主席 艾力·买买提",
            "自治区人民政府主席 艾力·买买提",
        ),
    ] {
        let r = drafted("yunling", &web_page(line));
        assert_eq!(r.meta.author.zh, name, "{line}");
    }
}

#[test]
fn a_photos_caption_under_the_title_names_no_speaker() {
    for text in [
        web_page("省长周明远作政府工作报告"),
        "2026年云岭省政府工作报告\n省长周明远作政府工作报告\n各位代表：\n\
         一、2025年工作回顾\n全省地区生产总值35680亿元，增长5.6%。\n"
            .to_string(),
    ] {
        let r = drafted("yunling", &text);
        assert!(
            !r.meta.author.zh.contains("作政府工作报告"),
            "{}",
            r.meta.author.zh
        );
    }
}

#[test]
fn a_line_with_a_title_inside_the_speech_names_no_speaker() {
    // Below the salutation a short line with a title in it is the speech's, never its
    // speaker's.
    let text = web_page("").replace("各位代表：\n", "各位代表：\n市长 王建国\n");
    let r = drafted("yunling", &text);
    assert!(!r.meta.author.zh.contains("王建国"), "{}", r.meta.author.zh);
}

#[test]
fn a_speakers_byline_names_the_office_and_never_calls_the_speaker_its_writer() {
    use report_charts::shared::messages::charts::byline;
    use report_charts::shared::model::Lang;
    let r = drafted("yunling", &web_page("自治区主席 嘎玛次仁"));
    assert_eq!(byline(&r.meta.author.zh, Lang::Zh), "自治区主席 嘎玛次仁");
    // A writer's name alone is still credited as the writer.
    assert_eq!(byline("范志刚", Lang::Zh), "范志刚/文");
    assert_eq!(
        byline("记者 周晓岚 通讯员 韩立新", Lang::Zh),
        "记者 周晓岚 通讯员 韩立新"
    );
}
