#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every figure is a live number of the article, also where its number is printed twice
//! in its sentence (连续5年…超5%): the mark stands on the number the figure was read
//! from, by its unit and qualifier, not on the first number alike (issue 19, tester
//! s-test25's F20). Short texts of our own, and the drafts of the tune corpus where it is.

mod common;

use common::story::{self, marks, printed};
use common::*;
use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::model::{Lang, Report};

const TEXT: &str = "一、2025年工作回顾
全县带头过紧日子，县本级一般性支出连续5年压减比例超5%。
全县工业总产值突破2千亿元，成为全省首个工业总产值超过2千亿元的县。
滚动实施12件县级民生实事，建成“12分钟便民生活圈”40个。
实施“2个50万”行动，城区新增人口50万、新增旅居人口50万。
";

/// What the page prints right before figure `id`'s first mark (its last `n` characters,
/// tags aside) and right after it (its first `n`).
fn around_mark(html: &str, id: &str, n: usize) -> (String, String) {
    let at = html
        .find(&format!("id=\"t-{id}\""))
        .unwrap_or_else(|| panic!("no mark of {id}"));
    let open = html[..at].rfind('<').unwrap();
    let mut before: Vec<char> = html[..open].chars().rev().take(n).collect();
    before.reverse();
    let rest = &html[at..];
    let close = rest.find("</").unwrap();
    let text = &rest[close..];
    let text = &text[text.find('>').unwrap() + 1..];
    (before.into_iter().collect(), text.chars().take(n).collect())
}

/// The figures of `r` that the page does not mark, or marks more often than it prints
/// numbers, or gives other than one anchor.
fn not_live_once(r: &Report, html: &str) -> Vec<String> {
    let all = marks(html);
    r.figures
        .iter()
        .filter_map(|f| {
            let n = all.iter().filter(|m| m.figure == f.id).count();
            let anchors = html.matches(&format!("id=\"t-{}\"", f.id)).count();
            (n == 0 || n > printed(f).len() || anchors != 1)
                .then(|| format!("{} ({n} marks, {anchors} anchors): {}", f.id, f.source))
        })
        .collect()
}

#[test]
fn a_figure_whose_number_is_printed_twice_in_its_sentence_is_marked_where_it_was_read() {
    // Its charts aside: the page marks figures on no chart as well, and the draft's title
    // of 连续5年…超5% is not what this test is about.
    let json = draft::to_json(&draft::draft(TEXT).unwrap()).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["charts"] = serde_json::json!([]);
    let r = validate::load("twice.json", &v.to_string()).unwrap();
    let html = story::page(&r, Lang::Zh, Some(TEXT));
    // A sentence, and what stands before and after each of its figures' marks.
    let cases = [
        ("压减比例超5%", "比例超", "%"),
        ("突破2千亿元", "值突破", "千亿元"),
        ("12件", "实施", "件"),
        ("城区新增人口50万", "人口", "万"),
    ];
    for (quote, before, after) in cases {
        // The figures of the sentence printed in the unit that stands after the mark.
        let figures: Vec<_> = (r.figures.iter())
            .filter(|f| f.source.contains(quote) && after.starts_with(f.unit.zh.as_str()))
            .collect();
        assert!(
            !figures.is_empty(),
            "no figure of «{quote}»: {:#?}",
            r.figures
        );
        for f in figures {
            let n = before.chars().count().max(after.chars().count());
            let (b, a) = around_mark(&html, &f.id, n);
            assert!(
                b.ends_with(before) && a.starts_with(after),
                "{quote}: the mark of {} stands between «{b}» and «{a}»",
                f.id
            );
        }
    }
    assert_none("figures not live once", &not_live_once(&r, &html));
}

#[test]
fn every_figure_of_a_drafted_tune_corpus_report_is_live_once_in_its_article() {
    let dir = std::path::PathBuf::from(path("../shared/corpus/gzbg-2026"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no tune corpus at {}: skipped", dir.display());
        return;
    };
    let mut texts: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            std::fs::read_to_string(path(&format!("tests/truth/gzbg-2026/{stem}.json")))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .is_some_and(|v| v["half"] == "tune")
        })
        .collect();
    texts.sort();
    let mut failures = Vec::new();
    for p in &texts {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(p).unwrap();
        let json = draft::to_json(&draft::draft(&text).unwrap()).unwrap();
        let r = validate::load(&name, &json).unwrap();
        let html = story::page(&r, Lang::Zh, Some(&text));
        for f in not_live_once(&r, &html) {
            failures.push(format!("{name}: {f}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
