//! The English page is English, from its lang attribute to its tables, with the Chinese
//! text marked as Chinese.

use super::*;

#[test]
fn the_english_page_is_english_from_its_lang_to_its_tables() {
    let r = report();
    let en = story(&r, Lang::En, &Site::unknown());
    assert!(en.contains("<html lang=\"en\" data-charts-"));
    assert!(en.contains(&format!(
        "<title>{}</title>",
        html::escape(&r.meta.title.en)
    )));
    assert!(en.contains(&format!("<h1>{}</h1>", html::escape(&r.meta.title.en))));
    let english = without_chinese_elements(&en);
    let han: Vec<String> = english
        .lines()
        .filter(|l| l.chars().any(is_han))
        .map(|l| l.chars().take(160).collect())
        .collect();
    assert!(
        han.is_empty(),
        "Chinese outside quoted sources on the English page:\n{}",
        han.join("\n")
    );
    // Every chart with its English fallbacks, table, caption and downloads.
    for c in &r.charts {
        let id = &c.id;
        for file in [
            format!("../svg/{id}.en.svg"),
            format!("../svg/{id}.en.narrow.svg"),
            format!("../svg/{id}.en.dark.svg"),
            format!("../svg/{id}.en.narrow.dark.svg"),
            format!("../csv/{id}.en.csv"),
            format!("../png/{id}.en.png"),
        ] {
            assert!(
                en.contains(&format!("\"{file}\"")),
                "{id}: no link to {file}"
            );
        }
        assert!(en.contains(&format!(
            "<table id=\"table-{id}\"><caption>{}</caption>",
            html::escape(&c.title.en)
        )));
        let rows = report_charts::publish::resolve::rows(&r, c, Lang::En);
        for row in rows {
            assert!(
                en.contains(&format!(
                    "<tr><th scope=\"row\">{}</th>",
                    html::escape(&row.label)
                )),
                "{id}: row {}",
                row.label
            );
        }
    }
    // The quoted sources are still there, marked as Chinese.
    assert!(en.contains("<li lang=\"zh-CN\">") && en.contains("<p lang=\"zh-CN\">"));
    // Assets one folder up.
    for asset in [
        "../style.css",
        "../app.js",
        "../favicon.svg",
        "../pkg/report_charts_bg.wasm",
        "../data/charts.en.bin",
    ] {
        assert!(
            en.contains(&format!("\"{asset}\"")),
            "the English page does not load {asset}"
        );
    }
}
