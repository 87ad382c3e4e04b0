#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The story page reads as the article: the report's text, every number of it that is a
//! figure marked (and no other), each chart after the paragraph it illustrates, the
//! desk's lead where it wrote one, and on the English page the Chinese text as Chinese.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::publish::page;
use report_charts::publish::prose::{self, Run};
use report_charts::publish::punctuation::full_width;
use report_charts::publish::social::Site;
use report_charts::shared::model::{Figure, Lang, Report};

fn story(r: &Report, lang: Lang, text: Option<&str>) -> String {
    let template = std::fs::read_to_string(path("www/index.html")).unwrap();
    let site = Site::parse("").unwrap();
    let cx = page::Context {
        sizes: &AnySize,
        site: &site,
        text,
    };
    page::fill(&template, r, lang, &cx)
}

/// Xihu's story page in `lang`, with its text.
fn xihu_page(r: &Report, lang: Lang) -> String {
    story(r, lang, Some(&report_text()))
}

/// The value of attribute `name` in `html`'s first tag that has it.
fn attr<'a>(html: &'a str, name: &str) -> &'a str {
    html.split(&format!("{name}=\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        .split('"')
        .next()
        .unwrap()
}

/// The first mark of figure `id` on the page, from its `<span` to its `</span>`.
fn mark_of<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("data-figure=\"{id}\"")).unwrap();
    let mark = &html[html[..start].rfind('<').unwrap()..];
    &mark[..mark.find("</span>").unwrap()]
}

/// Where chart `id` stands on the page.
fn chart_at(html: &str, id: &str) -> usize {
    html.find(&format!("data-chart=\"{id}\" id=\"chart-"))
        .unwrap_or_else(|| panic!("no chart {id} on the page"))
}

/// The number of the text's paragraph that stands last before chart `id` (`p-N`).
fn paragraph_before(html: &str, id: &str) -> usize {
    let p = "<p class=\"text\" id=\"p-";
    let last = html[..chart_at(html, id)].rfind(p).unwrap();
    attr(&html[last..], "id")["p-".len()..].parse().unwrap()
}

/// Xihu without the chart `investment`, whose figures are then on no chart.
fn without_investment_chart() -> Report {
    edited(|v| {
        let i = chart_index(v, "investment");
        v["charts"].as_array_mut().unwrap().remove(i);
    })
}

/// A marked number of the page: its figure and the number as printed.
struct Mark {
    figure: String,
    number: String,
}

fn marks(html: &str) -> Vec<Mark> {
    html.split("class=\"fig\"")
        .skip(1)
        .map(|m| Mark {
            figure: attr(m, "data-figure").to_string(),
            number: m
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string(),
        })
        .collect()
}

/// What a figure prints in its sentence.
fn printed(f: &Figure) -> Vec<f64> {
    let changes = f.change.iter().chain(&f.compare);
    f.value
        .into_iter()
        .chain(f.to)
        .chain(changes.flat_map(|c| [Some(c.value), c.to]).flatten())
        .collect()
}

#[test]
fn every_number_a_figure_prints_is_marked_once_and_every_mark_is_its_figures_number() {
    let r = report();
    let html = xihu_page(&r, Lang::Zh);
    let marks = marks(&html);
    for f in &r.figures {
        let numbers = printed(f);
        let mine: Vec<&Mark> = marks.iter().filter(|m| m.figure == f.id).collect();
        assert_eq!(mine.len(), numbers.len(), "{}: {:?}", f.id, numbers);
        for m in mine {
            let v: f64 = m.number.parse().unwrap();
            assert!(numbers.contains(&v), "{} marks {}", f.id, m.number);
        }
    }
    // Xihu: 82 figures, their values and changes; the audit reads each mark too.
    assert!(marks.len() > r.figures.len(), "{} marks", marks.len());
}

#[test]
fn a_number_that_is_a_skip_is_never_marked() {
    let r = report();
    assert!(!r.skips.is_empty());
    for s in &r.skips {
        let shown = full_width(&s.sentence);
        let runs = prose::runs(&r, &s.sentence, &shown);
        let marked = runs
            .iter()
            .any(|run| matches!(run, Run::Figure { text, .. } if *text == s.number));
        assert!(!marked, "skip {} of {} is marked", s.number, s.sentence);
    }
}

#[test]
fn a_skip_wins_over_a_figure_that_prints_the_same_number() {
    // The desk left 800 for itself (unread): the page does not make it look like a figure.
    let r = edited(|v| {
        let sentence = figure(v, "gdp")["source"].clone();
        v["skips"].as_array_mut().unwrap().push(serde_json::json!({
            "number": "800",
            "sentence": sentence,
            "reason": "unread",
        }));
    });
    let html = xihu_page(&r, Lang::Zh);
    assert!(!marks(&html).iter().any(|m| m.number == "800"));
    assert!(marks(&html)
        .iter()
        .any(|m| m.figure == "gdp" && m.number == "4.3"));
}

#[test]
fn a_chart_stands_right_after_the_paragraph_that_holds_its_figures_sources() {
    let r = report();
    let text = report_text();
    let prose = prose::read(&text, &r);
    let html = story(&r, Lang::Zh, Some(&text));
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
fn a_figure_on_no_chart_is_still_marked_with_its_value_and_source() {
    let html = xihu_page(&without_investment_chart(), Lang::En);
    let mark = mark_of(&html, "bank-lending");
    assert!(mark.starts_with("<span class=\"fig\""), "{mark}");
    assert!(mark.contains("tabindex=\"0\""), "{mark}");
    // A button that shows its note, named by what the number is, not the bare number.
    assert!(mark.contains("role=\"button\""), "{mark}");
    let name = attr(mark, "aria-label");
    assert!(
        name.contains("273.963 billion yuan") && !name.contains("Source"),
        "{name}"
    );
    // Its value in the page's language, then its sentence.
    let title = attr(mark, "title");
    assert!(title.contains("273.963 billion yuan"), "{title}");
    assert!(
        title.contains("On no chart. Source: ") && title.contains("2739.63亿元"),
        "{title}"
    );
    assert!(
        title.starts_with(name),
        "the tooltip shows the name, then the rest: {title}"
    );
    assert!(!html.contains("href=\"#chart-investment\""));
}

#[test]
fn the_note_of_a_number_on_no_chart_shows_the_sentence_with_full_width_marks() {
    let html = xihu_page(&without_investment_chart(), Lang::Zh);
    let title = attr(mark_of(&html, "bank-lending"), "title");
    let source = title.split("原文：").nth(1).unwrap();
    assert!(
        !source.is_empty() && !source.contains([',', ':', ';']),
        "{title}"
    );
    assert!(!source.contains("&quot;"), "{title}");
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
    let zh = story(&r, Lang::Zh, Some(&text));
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
    let en = story(&r, Lang::En, Some(&text));
    let e = economy(&en);
    let lead = e
        .find("<p class=\"lead\">The economy of Xihu reached a new level.</p>")
        .unwrap();
    assert!(e.find("<p class=\"text\"").unwrap() > lead);
}

#[test]
fn without_a_text_the_page_is_its_charts_alone() {
    let r = report();
    let html = story(&r, Lang::Zh, None);
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
    let html = story(&r, Lang::Zh, Some(&text));
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
        let html = story(&r, Lang::Zh, Some(&text));
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
fn the_lead_graphic_opens_the_story_before_the_text_and_the_first_section() {
    let r = report();
    let lead = r.lead_chart().expect("Xihu has a lead graphic");
    for lang in [Lang::Zh, Lang::En] {
        let html = xihu_page(&r, lang);
        let at = chart_at(&html, &lead.id);
        let header = html.find("</header>").unwrap();
        let text = html.find("<p class=\"text\"").unwrap();
        let section = html.find("<section class=\"part\"").unwrap();
        assert!(header < at && at < text && at < section, "{lang:?}");
        assert_eq!(
            html.matches(&format!("id=\"chart-{}\"", lead.id)).count(),
            1
        );
        // Its numbers in the text link up to it, traced to their sentences.
        assert!(html.contains(&format!("href=\"#chart-{}\" data-figure=\"gdp\"", lead.id)));
    }
}

#[test]
fn only_the_first_charts_static_svg_loads_at_once_and_is_timed_the_others_lazily() {
    let r = report();
    let lead = r.lead_chart().expect("Xihu has a lead graphic");
    for lang in [Lang::Zh, Lang::En] {
        let html = xihu_page(&r, lang);
        let imgs: Vec<&str> = html
            .split("<picture class=\"fallback\">")
            .skip(1)
            .map(|p| p.split("</picture>").next().unwrap_or(""))
            .collect();
        assert_eq!(imgs.len(), r.charts.len(), "{lang:?}");
        // The first paint shows the lead graphic: fetched first, its paint timed by the bench.
        assert!(imgs[0].contains(&format!("svg/{}", lead.id)), "{lang:?}");
        assert!(imgs[0].contains("fetchpriority=\"high\" elementtiming=\"first-chart\""));
        assert!(!imgs[0].contains("loading=\"lazy\""));
        for img in &imgs[1..] {
            assert!(img.contains("loading=\"lazy\"") && !img.contains("elementtiming"));
        }
    }
}

#[test]
fn a_lead_graphic_that_is_not_the_first_chart_is_reported_at_its_path() {
    let json = mutated(|v| {
        let i = chart_index(v, "air-water");
        v["charts"][i]["lead"] = serde_json::json!(true);
    });
    let e = validate::load("x.json", &json).unwrap_err();
    let i = chart_index(&data_value(), "air-water");
    let at = format!("charts[{i}].lead");
    assert!(
        e.problems
            .iter()
            .any(|p| p.path == at && p.message.en.contains("first chart")),
        "{e}"
    );
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
    let html = story(&report, Lang::Zh, Some(text));
    assert!(html.contains("<br>2."), "{html}");
    assert!(html.contains("<br>（3）"), "{html}");
}

#[test]
fn the_name_of_a_number_on_no_chart_holds_the_number_as_the_text_prints_it() {
    // A button whose accessible name does not hold its visible text fails WCAG 2.5.3
    // (Lighthouse's label-content-name-mismatch): the English line writes 2600家 as
    // "more than 2,600 companies".
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let html = xihu_page(&r, lang);
        let buttons: Vec<&str> = html
            .split("<span class=\"fig\"")
            .skip(1)
            .filter(|m| m.contains("role=\"button\""))
            .collect();
        assert!(!buttons.is_empty(), "{lang:?}");
        for m in buttons {
            let shown = &m[m.find('>').unwrap() + 1..m.find("</span>").unwrap()];
            let name = attr(m, "aria-label");
            // Whole numbers, as Lighthouse's axe reads them: 26 is not in 260,000, and
            // what stands in brackets does not count.
            let numbers: Vec<String> = name
                .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map(|n| n.replace(',', ""))
                .collect();
            assert!(
                numbers.iter().any(|n| n == shown),
                "{lang:?}: {shown} in {name}"
            );
            assert!(!name.contains(['(', '（']), "{lang:?}: {name}");
            assert!(attr(m, "title").starts_with(name), "{lang:?}: {m}");
        }
    }
}
