//! The loader on files a desk may really hand it: a chart twice, a huge file, bytes after
//! the document, a byte order mark, and what a problem's path may name.

use super::*;

#[test]
fn a_chart_written_twice_keeps_the_first_drawable_and_knows_the_copy_by_its_index() {
    let json = mutated(|v| {
        let copy = chart(v, "investment").clone();
        let i = chart_index(v, "investment");
        v["charts"].as_array_mut().unwrap().insert(i + 1, copy);
    });
    let i = chart_index(&data_value(), "investment");
    let p = validate::partial::load_partial("twice.json", &json).unwrap();
    let kept: Vec<&str> = p
        .report
        .charts
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| *id == "investment")
        .collect();
    assert_eq!(kept, ["investment"]);
    let broken: Vec<_> = p.broken.iter().map(|b| (b.index, b.id.clone())).collect();
    assert_eq!(broken, [(i + 1, None)]);
    answers_with_a_place(&json).unwrap();
}

#[test]
fn a_file_of_two_thousand_broken_figures_and_five_hundred_charts_loads_in_moments() {
    let json = mutated(|v| {
        let mut gdp = figure(v, "gdp").clone();
        remove(&mut gdp, "source");
        let figures: Vec<Value> = (0..2000)
            .map(|i| {
                let mut f = gdp.clone();
                f["id"] = json!(format!("f-{i}"));
                // Each its own label: four alike on one chart would be a fifth problem.
                f["label"]["zh"] = json!(format!("地区生产总值{i}"));
                f
            })
            .collect();
        // Copies of the lead graphic, but none of them leads the page.
        let mut headline = chart(v, "headline").clone();
        remove(&mut headline, "lead");
        let charts: Vec<Value> = (0..500)
            .map(|i| {
                let mut c = headline.clone();
                let ids: Vec<String> = (0..4).map(|j| format!("f-{}", 4 * i + j)).collect();
                c["id"] = json!(format!("c-{i}"));
                c["accent"] = json!(ids[0]);
                c["figures"] = json!(ids);
                c
            })
            .collect();
        v["figures"] = json!(figures);
        v["charts"] = json!(charts);
    });
    let start = std::time::Instant::now();
    let p = validate::partial::load_partial("big.json", &json).unwrap();
    let took = start.elapsed();
    assert_eq!(p.broken.len(), 500);
    assert!(p.broken.iter().all(|b| b.problems.len() == 4));
    assert_eq!(p.error.map(|e| e.problems.len()), Some(2000));
    // Each chart used to scan every problem once per problem: 9 s in a release build.
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
}

#[test]
fn a_file_with_anything_after_its_document_is_malformed() {
    for tail in ["!", "}", "{}", "\n{\"meta\": null}"] {
        let json = format!("{}{tail}", data_text());
        let e = validate::partial::load_partial("tail.json", &json).expect_err(tail);
        assert_eq!(e.problems.len(), 1);
        assert_eq!(e.problems[0].path, "");
        assert!(
            e.problems[0].message.contains("trailing characters"),
            "{}",
            e.problems[0].message
        );
    }
    // Whitespace after the document is fine.
    assert!(validate::load("tail.json", &format!("{}\n\n  \t", data_text())).is_ok());
}

#[test]
fn a_file_saved_with_a_byte_order_mark_loads_as_the_browser_reads_it() {
    let r = validate::load("bom.json", &format!("\u{feff}{}", data_text())).unwrap();
    assert_eq!(r, report());
}

#[test]
fn a_problem_path_names_a_place_only_when_its_parent_exists() {
    let doc = json!({"figures": [{"id": "gdp", "label": {"zh": "x"}}], "meta": {}});
    assert!(names_a_place(&doc, "figures[0].label.en"));
    assert!(names_a_place(&doc, "figures[0].id"));
    assert!(names_a_place(&doc, "meta.title"));
    assert!(names_a_place(&doc, ""));
    assert!(!names_a_place(&doc, "figures[1]"));
    assert!(!names_a_place(&doc, "figures[1].id"));
    assert!(!names_a_place(&doc, "charts[0].id"));
    assert!(!names_a_place(&doc, "figures[0].id.zh"));
    assert!(!names_a_place(&doc, "figures[x]"));
}
