//! Each chart quotes its source sentences once, and the section list links each charted
//! section's heading.

use super::*;

/// The part of `html` from the figure of chart `id` to its end.
fn figure_of<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("<figure class=\"chart\" data-chart=\"{id}\""))
        .unwrap();
    let len = html[start..].find("</figure>").unwrap();
    &html[start..start + len]
}

#[test]
fn each_chart_quotes_each_of_its_source_sentences_once_and_numbers_them_when_there_are_several() {
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let html = story(&r, lang, &Site::unknown());
        for c in &r.charts {
            let figure = figure_of(&html, &c.id);
            assert_eq!(
                figure.matches("<details").count(),
                2,
                "{}: one disclosure, one embed code inside",
                c.id
            );
            assert_eq!(figure.matches("<summary>").count(), 2, "{}", c.id);
            let rows = report_charts::publish::resolve::rows(&r, c, lang);
            let mut sentences: Vec<&str> = rows.iter().map(|row| row.source.as_str()).collect();
            sentences.dedup();
            sentences.sort_unstable();
            sentences.dedup();
            for s in &sentences {
                assert_eq!(figure.matches(&html::escape(s)).count(), 1, "{}: {s}", c.id);
            }
            let numbered = figure.matches("<td class=\"ref\"").count();
            assert_eq!(
                numbered,
                if sentences.len() > 1 { rows.len() } else { 0 },
                "{}",
                c.id
            );
        }
    }
}

#[test]
fn the_section_list_links_each_charted_sections_heading_which_takes_focus() {
    let r = report();
    let zh = story(&r, Lang::Zh, &Site::unknown());
    let nav = zh
        .split("<nav class=\"sections\"")
        .nth(1)
        .unwrap()
        .split("</nav>")
        .next()
        .unwrap();
    let charted: Vec<_> = r
        .sections
        .iter()
        .filter(|s| r.charts.iter().any(|c| c.section == s.id))
        .collect();
    assert!(!charted.is_empty());
    assert_eq!(nav.matches("<a ").count(), charted.len());
    for s in charted {
        assert!(nav.contains(&format!(
            "<a href=\"#h-{}\">{}</a>",
            s.id,
            html::escape(&s.short.zh)
        )));
        assert!(zh.contains(&format!("<h2 id=\"h-{}\" tabindex=\"-1\">", s.id)));
    }
}

#[test]
fn the_embed_codes_have_no_textarea_until_the_script_writes_them() {
    // Chromium lays the whole page out again for every few textareas when its parsing
    // ends (issue 19, long tasks): story-tools.js makes each code's own at first use.
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let html = story(&r, lang, &Site::unknown());
        assert!(!html.contains("<textarea"), "{lang:?}");
        for c in &r.charts {
            let figure = figure_of(&html, &c.id);
            let rows: Vec<&str> = figure
                .split("<label data-rows=\"")
                .skip(1)
                .map(|s| &s[..1])
                .collect();
            assert_eq!(
                rows,
                ["4", "2"],
                "{}: the iframe's code, then the script's",
                c.id
            );
        }
    }
}
