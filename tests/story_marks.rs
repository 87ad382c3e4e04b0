#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every number of the article that is a figure is marked, and no other: each mark is its
//! figure's number, a skip is never marked, and a figure on no chart is a button that
//! names its value and shows its sentence. Apart from story_text.rs, which places the
//! text and the charts: these read the marks alone.

mod common;

use common::story::{attr, mark_of, marks, printed, xihu_page, Mark};
use common::*;
use report_charts::publish::prose::{self, Run};
use report_charts::publish::punctuation::full_width;
use report_charts::shared::model::{Lang, Report};

/// Xihu without the chart `investment`, whose figures are then on no chart.
fn without_investment_chart() -> Report {
    edited(|v| {
        let i = chart_index(v, "investment");
        v["charts"].as_array_mut().unwrap().remove(i);
    })
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
