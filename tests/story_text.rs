#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The story page reads as the article: the report's text, each chart after the
//! paragraph it illustrates, the desk's lead where it wrote one, and on the English page
//! the Chinese text as Chinese. Its marked numbers: story_marks.rs; the lead graphic
//! that opens it: story_lead.rs.

mod common;

use common::story::{self, attr, chart_at, marks, printed, xihu_page};
use common::*;
use report_charts::publish::prose::{self, Run};
use report_charts::publish::punctuation::full_width;
use report_charts::shared::model::Lang;

/// The number of the text's paragraph that stands last before chart `id` (`p-N`).
fn paragraph_before(html: &str, id: &str) -> usize {
    let p = "<p class=\"text\" id=\"p-";
    let last = html[..chart_at(html, id)].rfind(p).unwrap();
    attr(&html[last..], "id")["p-".len()..].parse().unwrap()
}

#[test]
fn a_chart_stands_right_after_the_paragraph_that_holds_its_figures_sources() {
    let r = report();
    let text = report_text();
    let prose = prose::read(&text, &r);
    let html = story::page(&r, Lang::Zh, Some(&text));
    // The lead graphic stands before the text (below).
    for c in r.charts.iter().filter(|c| !c.lead) {
        let before = &html[..chart_at(&html, &c.id)];
        let shown = paragraph_before(&html, &c.id);
        assert_eq!(Some(shown), prose.place_of(&r, &c.figures), "{}", c.id);
        // Every figure of the chart is in that paragraph or one before it.
        for i in &c.figures {
            let id = &r.figures[*i].id;
            assert!(
                before.contains(&format!("data-figure=\"{id}\"")),
                "{}: {id} after",
                c.id
            );
        }
    }
}

#[test]
fn the_english_page_shows_the_text_in_chinese_marked_as_chinese_and_says_so() {
    let r = report();
    let html = xihu_page(&r, Lang::En);
    let paragraphs = html.matches("<p class=\"text\"").count();
    assert!(paragraphs > 10, "{paragraphs}");
    assert_eq!(
        html.matches("<p class=\"text\" id=\"p-").count(),
        paragraphs
    );
    for p in html.split("<p class=\"text\" id=\"p-").skip(1) {
        assert!(p.split('>').next().unwrap().contains("lang=\"zh-CN\""));
    }
    assert!(html.contains("exists only in Chinese"));
}

#[test]
fn a_desks_lead_replaces_the_sections_paragraphs_and_leads_the_english_page() {
    let r = edited(|v| {
        v["sections"][0]["lead"] = serde_json::json!({
            "zh": "西湖区经济总量站上新台阶。",
            "en": "The economy of Xihu reached a new level.",
        });
    });
    let text = report_text();
    let zh = story::page(&r, Lang::Zh, Some(&text));
    let economy = |h: &str| {
        h.split("id=\"economy\"")
            .nth(1)
            .unwrap()
            .split("</section>")
            .next()
            .unwrap()
            .to_string()
    };
    assert!(economy(&zh).contains("<p class=\"lead\">西湖区经济总量站上新台阶。</p>"));
    assert!(!economy(&zh).contains("class=\"text\""));
    // Every chart of the section still stands there.
    assert_eq!(
        economy(&zh).matches("<figure").count(),
        r.charts
            .iter()
            .filter(|c| c.section == "economy" && !c.lead)
            .count()
    );
    let en = story::page(&r, Lang::En, Some(&text));
    let e = economy(&en);
    let lead = e
        .find("<p class=\"lead\">The economy of Xihu reached a new level.</p>")
        .unwrap();
    assert!(e.find("<p class=\"text\"").unwrap() > lead);
}

#[test]
fn without_a_text_the_page_is_its_charts_alone() {
    let r = report();
    let html = story::page(&r, Lang::Zh, None);
    assert!(!html.contains("class=\"text\"") && !html.contains("class=\"fig\""));
    assert_eq!(
        html.matches("<figure class=\"chart\"").count(),
        r.charts.len()
    );
}

#[test]
fn the_article_reads_whole_without_script_with_each_section_heading() {
    let r = report();
    let text = report_text();
    let html = story::page(&r, Lang::Zh, Some(&text));
    for s in &r.sections {
        assert!(html.contains(&format!("<h2 id=\"h-{}\"", s.id)));
    }
    // Every sentence of the text is on the page, as shown (full-width punctuation).
    let plain: String = html
        .split('<')
        .map(|t| t.split_once('>').map_or(t, |(_, rest)| rest))
        .collect();
    for s in report_charts::draft::text::outline(&text).sentences {
        assert!(plain.contains(&full_width(&s.text)), "missing: {}", s.text);
    }
}

#[test]
fn a_report_drafted_from_text_gets_its_text_live_numbers_and_charts_by_paragraph() {
    for name in [
        "qingshan-county-2024",
        "baihe-county-2026-web",
        "songlin-county-2025-plan",
    ] {
        let text = std::fs::read_to_string(path(&format!("tests/reports/{name}.txt"))).unwrap();
        let r = drafted(name, &text);
        let html = story::page(&r, Lang::Zh, Some(&text));
        let marks = marks(&html);
        // Every figure's numbers are marked, as in the curated report.
        for f in &r.figures {
            let n = marks.iter().filter(|m| m.figure == f.id).count();
            assert_eq!(n, printed(f).len(), "{name}: {}", f.id);
        }
        assert!(!marks.is_empty(), "{name}");
        let prose = prose::read(&text, &r);
        for c in r.charts.iter().filter(|c| !c.lead) {
            let shown = paragraph_before(&html, &c.id);
            assert_eq!(
                Some(shown),
                prose.place_of(&r, &c.figures),
                "{name}: {}",
                c.id
            );
        }
    }
}

#[test]
fn a_numbered_list_inside_a_paragraph_keeps_one_item_a_line_and_a_sentence_opening_with_a_number_does_not_break(
) {
    let text = "2026年主要预期目标是：\n1.地区生产总值增长5.5%左右；\n2.一般公共预算收入增长3%；\n（3）城镇新增就业10万人以上。\n全年新增就业岗位1.5万个；2025年完成投资320亿元。\n";
    let report = drafted("list", text);
    let prose = prose::read(text, &report);
    let breaks: Vec<usize> = prose
        .paragraphs()
        .map(|p| p.runs.iter().filter(|r| matches!(r, Run::Break)).count())
        .collect();
    // The list is one paragraph with a break before its 2nd and 3rd items; the next line's
    // 1.5万个 and 2025年 open no item.
    assert_eq!(breaks.iter().sum::<usize>(), 2, "{prose:#?}");
    let html = story::page(&report, Lang::Zh, Some(text));
    assert!(html.contains("<br>2."), "{html}");
    assert!(html.contains("<br>（3）"), "{html}");
}
