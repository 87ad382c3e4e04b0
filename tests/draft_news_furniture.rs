#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A city paper's article and a 统计公报 read as a reader reads them (issue 18, tester
//! s-test18): the headline, the deck, a column tag, the date line, the byline, a photo's
//! caption and a bulletin's figure captions are the page's furniture, never glued to the
//! text and never figures; a caption or a deck sets no figure after it as a target. The
//! texts are short ones of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{Report, SkipReason, Status};

/// The sentences the story page prints of `text`, drafted as `r`, run together.
fn article(text: &str, r: &Report) -> String {
    let prose = report_charts::publish::prose::read(text, r);
    prose
        .paragraphs()
        .flat_map(|p| p.sentences.clone())
        .collect()
}

/// The reason `number` of a sentence holding `quote` is skipped for, if it is.
fn skipped(r: &Report, quote: &str, number: &str) -> Option<SkipReason> {
    (r.skips.iter())
        .find(|s| s.sentence.contains(quote) && s.number == number)
        .map(|s| s.reason)
}

/// No figure of `r` is read from a sentence holding `quote`.
fn no_figure_from(r: &Report, quote: &str, case: &str) {
    let from: Vec<_> = (r.figures.iter())
        .filter(|f| f.source.contains(quote))
        .map(|f| (&f.label.zh, f.value, &f.source))
        .collect();
    assert!(from.is_empty(), "{case}: figures from «{quote}»: {from:#?}");
}

/// A county's bulletin with a figure's caption between two paragraphs of results.
fn bulletin(caption: &str) -> String {
    format!(
        "青石县2025年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，2025年全县地区生产总值280.4亿元，比上年增长5.2%。\n\n{caption}\n\n全年规模以上工业增加值比上年增长6.8%。\n\n二、交通\n\n年末全县公路通车里程3980公里，其中高速公路116公里。全年港口货物吞吐量1320万吨，增长2.9%。\n"
    )
}

#[test]
fn a_bulletins_figure_caption_makes_no_figure_after_it_a_target() {
    for caption in [
        "图1  2021—2025年地区生产总值及其增长速度",
        "图2 2021-2025年规模以上工业增加值增长速度",
        "图3　2025年三次产业增加值占地区生产总值比重",
    ] {
        let r = drafted("bulletin", &bulletin(caption));
        for quote in ["6.8%", "3980公里", "116公里", "1320万吨"] {
            assert_eq!(
                common::status_in(&r, quote),
                Status::Result,
                "{caption}: {quote}"
            );
        }
        no_figure_from(&r, "增长速度", caption);
        let tail: String = caption.chars().skip(caption.chars().count() - 4).collect();
        let of_caption: Vec<_> = (r.skips.iter())
            .filter(|s| s.sentence.contains(&tail))
            .collect();
        assert!(!of_caption.is_empty(), "{caption}: {:#?}", r.skips);
        assert!(
            of_caption
                .iter()
                .all(|s| matches!(s.reason, SkipReason::Heading | SkipReason::Year)),
            "{caption}: {of_caption:#?}"
        );
        // A caption is no section of the report: the page prints no heading of it.
        assert!(
            !r.sections
                .iter()
                .any(|s| s.title.zh.contains("增长速度") || s.title.zh.contains("比重")),
            "{caption}"
        );
    }
}

/// A district paper's article: its headline, a deck right under it, the dateline with its
/// byline, and the text.
const ARTICLE: &str = "区十七届人大四次会议开幕\n去年经济总量突破600亿元 今年GDP增长目标5.5%—6%\n\n本报讯（记者 周明 通讯员 吴芳）1月9日上午，青石区第十七届人民代表大会第四次会议开幕。\n\n报告回顾，2025年全区实现地区生产总值612.3亿元，增长5.9%。\n\n报告提出，2026年全区主要预期目标是：地区生产总值增长5.5%—6%。\n\n（图：1月9日，青石区十七届人大四次会议开幕。记者 孙强 摄）\n";

#[test]
fn a_deck_under_the_headline_is_never_glued_to_the_dateline_nor_read_as_figures() {
    let text = ARTICLE.to_string();
    let r = drafted("article", &text);
    no_figure_from(&r, "突破600亿元", "deck");
    no_figure_from(&r, "本报讯", "dateline");
    for n in ["600", "5.5", "6"] {
        let why = skipped(&r, "今年GDP增长目标", n);
        assert!(
            matches!(why, Some(SkipReason::Heading | SkipReason::Restated)),
            "{n}: {why:?} {:#?}",
            r.skips
        );
    }
    assert_eq!(common::status_in(&r, "612.3亿元"), Status::Result);
    // The deck is the paper's, as printed, its halves apart; never the byline.
    assert!(!r.meta.deck.zh.contains("本报讯"), "{}", r.meta.deck.zh);
    assert!(!r.meta.deck.zh.contains("记者"), "{}", r.meta.deck.zh);
    // The lead graphic draws the year's results, never the headline's words.
    for c in r.charts.iter().filter(|c| c.lead) {
        for &i in &c.figures {
            let f = &r.figures[i];
            assert!(!f.source.contains("今年GDP"), "{}: {}", c.id, f.source);
        }
    }
}

#[test]
fn a_deck_between_blank_lines_makes_no_paragraph_after_it_a_target() {
    let text = ARTICLE.to_string().replacen('\n', "\n\n", 1);
    let r = drafted("article", &text);
    assert_eq!(common::status_in(&r, "612.3亿元"), Status::Result);
    assert_eq!(common::status_in(&r, "增长5.5%—6%"), Status::Target);
    no_figure_from(&r, "突破600亿元", "deck");
}

#[test]
fn a_reporters_byline_names_the_reporter_and_a_photos_caption_is_left_out_uncredited() {
    let text = ARTICLE.to_string();
    let r = drafted("article", &text);
    assert_eq!(r.meta.author.zh, "记者 周明 通讯员 吴芳");
    // The photo is the printed page's: a page of charts credits none (data/README.md,
    // `image_credit`), or it would credit a photo it does not show.
    assert!(r.meta.image_credit.is_none(), "{:?}", r.meta.image_credit);
    // The caption and the byline are no paragraphs of the article.
    let said = article(&text, &r);
    assert!(!said.contains("（图："), "{said}");
    assert!(!said.contains("本报讯"), "{said}");
    assert!(said.contains("1月9日上午，青石区第十七届"), "{said}");
    // The place the first sentence names, where the headline names none.
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("青石区"));
}

/// A web article: a column tag in its headline, the page's date line with the time, the
/// byline on a line of its own.
const WEB: &str = "两会观察｜青石区：600亿元之后，怎么跑出新速度\n\n2026年01月10日 09:15  来源：青石日报\n\n本报记者 周明 通讯员 吴芳\n\n1月9日，青石区十七届人大四次会议开幕。政府工作报告显示，2025年全区地区生产总值612.3亿元，增长5.9%。今年，全区GDP预期增长5.5%左右，比去年目标低0.5个百分点。\n\n责任编辑：郑七\n";

#[test]
fn a_web_articles_headline_and_date_line_are_its_title_and_the_pages_never_figures() {
    let r = drafted("web", WEB);
    assert_eq!(
        r.meta.title.zh,
        "两会观察｜青石区：600亿元之后，怎么跑出新速度"
    );
    no_figure_from(&r, "600亿元之后", "headline");
    assert!(!r.figures.iter().any(|f| f.value == Some(600.0)));
    assert_eq!(
        skipped(&r, "600亿元之后", "600"),
        Some(SkipReason::Heading),
        "{:#?}",
        r.skips
    );
    // 09:15 is the time the page printed, never a ratio.
    for n in ["09", "15"] {
        let why = skipped(&r, "09:15", n);
        assert!(
            matches!(why, Some(SkipReason::Date | SkipReason::Page)),
            "{n}: {why:?} {:#?}",
            r.skips
        );
    }
    assert!(!r.meta.deck.zh.contains("来源"), "{}", r.meta.deck.zh);
    // 本报记者 周明 通讯员 吴芳: a city paper credits both (tester s-test24 F16).
    assert_eq!(r.meta.author.zh, "记者 周明 通讯员 吴芳");
}

#[test]
fn a_gap_to_last_years_target_is_no_target_of_its_own() {
    let r = drafted("web", WEB);
    let labelled: Vec<_> = (r.figures.iter())
        .filter(|f| f.label.zh.contains("比去年目标") || f.value == Some(0.5))
        .map(|f| (&f.label.zh, f.value, f.status))
        .collect();
    assert!(labelled.is_empty(), "{labelled:#?}");
    assert_eq!(common::status_in(&r, "预期增长5.5%左右"), Status::Target);
    assert!(
        skipped(&r, "比去年目标低", "0.5").is_some(),
        "{:#?}",
        r.skips
    );
    // 高于年初目标0.4个百分点 stays the comparison of the figure before it.
    let r = drafted(
        "review",
        "2025年全区地区生产总值612.3亿元，增长5.9%，高于年初目标0.4个百分点。\n",
    );
    let gdp = r.figures.iter().find(|f| f.value == Some(612.3)).unwrap();
    assert_eq!(gdp.compare.as_ref().map(|c| c.value), Some(0.4), "{gdp:#?}");
}

#[test]
fn a_bulletins_issuer_and_date_are_its_source_and_no_paragraphs() {
    let text = "青石县2025年国民经济和社会发展统计公报\n青石县统计局\n2026年3月18日\n\n一、综合\n\n初步核算，2025年全县地区生产总值280.4亿元，比上年增长5.2%。\n";
    let r = drafted("bulletin", text);
    let said = article(text, &r);
    assert!(!said.contains("统计局"), "{said}");
    assert!(!said.contains("3月18日"), "{said}");
    assert_eq!(r.meta.source_line.zh, "来源：青石县统计局");
    assert_eq!(common::status_in(&r, "280.4亿元"), Status::Result);
    // At the bulletin's end, as many print them.
    let text = "青石县2025年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，2025年全县地区生产总值280.4亿元，比上年增长5.2%。\n\n青石县统计局\n2026年3月18日\n";
    let r = drafted("bulletin", text);
    let said = article(text, &r);
    assert!(
        !said.contains("统计局") && !said.contains("3月18日"),
        "{said}"
    );
    assert_eq!(r.meta.source_line.zh, "来源：青石县统计局");
}

#[test]
fn a_dateline_in_a_text_of_single_lines_is_the_pages_and_its_time_no_ratio() {
    let text = format!(
        "本报讯（记者 周明 通讯员 吴芳）1月9日上午，青石区第十七届人民代表大会第四次会议开幕。\n2025年全区地区生产总值612.3亿元，增长5.9%。\n{}",
        common::filler_lines(10)
    );
    let r = drafted("single", &text);
    no_figure_from(&r, "本报讯", "dateline");
    assert_eq!(r.meta.author.zh, "记者 周明 通讯员 吴芳");
    let said = article(&text, &r);
    assert!(!said.contains("本报讯"), "{said}");
    assert!(said.starts_with("1月9日上午"), "{said}");
    // A time in a sentence, after its date: no ratio.
    let r = drafted(
        "time",
        "1月9日08:30，青石区十七届人大四次会议开幕。2025年全区地区生产总值612.3亿元，增长5.9%。\n",
    );
    for n in ["08", "30"] {
        assert_eq!(
            skipped(&r, "08:30", n),
            Some(SkipReason::Date),
            "{:#?}",
            r.skips
        );
    }
}
