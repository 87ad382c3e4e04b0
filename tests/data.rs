#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The data against the report, for every report of `data/`: every figure quotes its
//! report verbatim, in the report's order, prints as the report prints it, and shows its
//! sentence as printed. Whether the file's charts and figures hold together (ids, what a
//! chart names, every figure reaching the reader): data_references.rs.

mod common;

use common::*;
use report_charts::shared::format;
use report_charts::shared::model::{Change, ChangeKind, Figure, Lang};

/// A report's text with the newspaper's column spaces and line breaks removed.
fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether a text ends where a report ends: a sentence's mark or a closing bracket (the
/// seed's photo credit), not in the middle of a sentence cut off. A page pasted from the
/// web ends with its leftovers (扫一扫在手机打开当前页), which the draft removes: there
/// the report's last sentence, as the draft reads it, ends with its mark.
fn ends_whole(text: &str) -> bool {
    const ENDS: [char; 7] = ['。', '！', '？', '”', '）', ')', '」'];
    if text.trim_end().ends_with(ENDS) {
        return true;
    }
    let Some(last) = report_charts::draft::text::outline(text).sentences.pop() else {
        return false;
    };
    let flat = report_charts::draft::table::flat(text);
    flat.rfind(&last.text)
        .is_some_and(|at| flat[at + last.text.len()..].starts_with(ENDS))
}

#[test]
fn each_report_text_is_the_whole_report() {
    // A short 统计公报 is whole too: what a cut text loses is its end.
    for c in reports() {
        assert!(
            ends_whole(&c.text),
            "{}: the report text is cut off",
            c.file
        );
    }
    let xihu = without_whitespace(&report_text());
    assert!(xihu.chars().count() > 3000, "the seed report is cut short");
    assert!(xihu.contains("地区生产总值突破800亿元"));
}

#[test]
fn every_figures_source_is_verbatim_in_the_report() {
    let mut bad = Vec::new();
    for c in reports() {
        let text = without_whitespace(&c.text);
        bad.extend(
            c.report
                .figures
                .iter()
                .filter(|f| f.source.chars().any(char::is_whitespace) || !text.contains(&f.source))
                .map(|f| format!("{}: {}: {}", c.file, f.id, f.source)),
        );
    }
    assert_none("figures whose source is not in their report's text", &bad);
}

/// Whether `f`'s value in % is a part of a ratio its sentence prints (三次产业结构为
/// 5.7︰39.9︰54.4): the shares of a whole, printed without their unit.
fn part_of_a_ratio(f: &Figure) -> bool {
    let Some(v) = f.value else { return false };
    let n = format::number(v);
    f.unit.zh == "%"
        && ['︰', ':', '：']
            .iter()
            .any(|m| f.source.contains(&format!("{n}{m}")) || f.source.contains(&format!("{m}{n}")))
}

/// Whether `f`'s source is a table's row (its cells parted by one space) that prints
/// `number` as a cell of its own, and `unit` as one where it is no % (a change's %
/// stands in the header: 比上年增长%).
fn cells_of_a_row(f: &Figure, number: &str, unit: &str) -> bool {
    let cells: Vec<&str> = f.source.trim_start_matches('\u{3000}').split(' ').collect();
    cells.len() > 1
        && cells.contains(&number)
        && (unit == "%" || unit.is_empty() || cells.contains(&unit))
}

/// The figures of `reports` whose value does not print as their source prints it, and
/// how many have a value. The words of its status and period (2026年目标) are the
/// figure's `status` and `period`, which the contract prints before the number.
fn values_not_verbatim(reports: &[Curated]) -> (Vec<String>, usize) {
    let mut checked = 0;
    let mut bad = Vec::new();
    for c in reports {
        for f in &c.report.figures {
            let Some(v) = format::value(f, Lang::Zh) else {
                continue;
            };
            checked += 1;
            let context = format::before_number(f, "", Lang::Zh);
            let v = v.strip_prefix(context.as_str()).unwrap_or(&v);
            let number = f.value.map(format::number).unwrap_or_default();
            let in_row = cells_of_a_row(f, &number, &f.unit.zh);
            if !f.source.contains(v) && !part_of_a_ratio(f) && !in_row {
                bad.push(format!(
                    "{}: {}: \"{v}\" not in \"{}\"",
                    c.file, f.id, f.source
                ));
            }
        }
    }
    (bad, checked)
}

#[test]
fn every_figures_printed_value_is_verbatim_in_its_source() {
    let (bad, checked) = values_not_verbatim(&reports());
    assert_none("figures that print differently from their source", &bad);
    assert!(checked > 50, "only {checked} figures have a value");
}

/// Whether `printed`, a change of `f`, is an item of a 分别 list of its sentence
/// (分别增长2.1%和0.9%): its verb after 分别, its number after that.
fn item_of_a_list(printed: &str, c: &Change, f: &Figure) -> bool {
    let number = format!("{}{}", format::number(c.value), c.unit);
    let Some(verb) = printed.strip_suffix(number.as_str()) else {
        return false;
    };
    let list = format!("分别{verb}");
    f.source
        .find(&list)
        .is_some_and(|at| f.source[at + list.len()..].contains(&number))
}

/// Whether `printed` is a change whose basis its sentence prints as a clause of its own
/// (按不变价格计算，比上年增长5.6%): the basis, and the change after it.
fn basis_clause(printed: &str, f: &Figure) -> bool {
    let Some((basis, change)) = printed.split_once("计算") else {
        return false;
    };
    let basis = format!("{basis}计算");
    f.source
        .find(&basis)
        .is_some_and(|at| f.source[at + basis.len()..].contains(change))
}

/// The changes of `reports` that do not print as their source prints them, and how many
/// figures have a change.
fn changes_not_verbatim(reports: &[Curated]) -> (Vec<String>, usize) {
    let mut checked = 0;
    let mut bad = Vec::new();
    for (file, f) in reports
        .iter()
        .flat_map(|c| c.report.figures.iter().map(move |f| (&c.file, f)))
    {
        let Some(c) = &f.change else { continue };
        checked += 1;
        let printed = format::change(c, f, Lang::Zh);
        let verbatim = f.source.contains(&printed);
        let in_row = cells_of_a_row(f, &format::number(c.value), &c.unit);
        if !verbatim && !in_row && !item_of_a_list(&printed, c, f) && !basis_clause(&printed, f) {
            bad.push(format!(
                "{file}: {}: \"{printed}\" not in \"{}\"",
                f.id, f.source
            ));
        }
        if c.kind == ChangeKind::Above {
            // The reference and the number, each as printed.
            let reference = c.reference.as_ref().map_or("", |t| t.zh.as_str());
            let number = format!("{}{}", format::number(c.value), c.unit);
            for part in [reference, number.as_str()] {
                if part.is_empty() || !f.source.contains(part) {
                    bad.push(format!(
                        "{file}: {}: \"{part}\" not in \"{}\"",
                        f.id, f.source
                    ));
                }
            }
        }
    }
    (bad, checked)
}

#[test]
fn every_figures_printed_change_is_verbatim_in_its_source() {
    let (bad, checked) = changes_not_verbatim(&reports());
    assert_none("changes that print differently from their source", &bad);
    assert!(checked >= 10, "only {checked} figures have a change");
}

/// Short texts of our own with the shapes of a city 统计公报 and a district work report
/// (the tester's s9 finding 12), a county's communiqué with a pasted table and a city
/// paper's web page (s10 finding 8), as `make draft` would put them in `data/`.
fn drafted() -> Vec<Curated> {
    [
        "linhe-communique-2025",
        "qinghe-district-2025",
        "baishi-communique-2025",
        "xiyuan-web-2026",
    ]
    .into_iter()
    .map(|slug| {
        let text = std::fs::read_to_string(path(&format!("tests/reports/{slug}.txt"))).unwrap();
        let (report, json) = drafted_json(&format!("data/{slug}"), &text);
        Curated {
            file: format!("data/{slug}.json"),
            json,
            text,
            report,
        }
    })
    .collect()
}

#[test]
fn a_drafted_report_keeps_the_data_rules_of_data() {
    let drafted = drafted();
    for c in &drafted {
        assert!(ends_whole(&c.text), "{}", c.file);
    }
    let (values, checked) = values_not_verbatim(&drafted);
    assert_none(
        "drafted figures that print differently from their source",
        &values,
    );
    assert!(checked > 10, "only {checked} drafted figures have a value");
    let (changes, checked) = changes_not_verbatim(&drafted);
    assert_none(
        "drafted changes that print differently from their source",
        &changes,
    );
    assert!(checked > 5, "only {checked} drafted figures have a change");
}

#[test]
fn figures_are_in_the_reports_order() {
    // The contract says so: each source starts no earlier than the one before it.
    for c in reports() {
        let text = without_whitespace(&c.text);
        let mut last = 0;
        for f in &c.report.figures {
            let at = text
                .find(&f.source)
                .unwrap_or_else(|| panic!("{}: {}: source not in the report", c.file, f.id));
            assert!(
                at >= last,
                "{}: {} comes before the figure listed ahead of it",
                c.file,
                f.id
            );
            last = at;
        }
    }
}

/// The ASCII mark a full-width one stands for on screen, if it is one of those
/// `publish::punctuation` writes.
fn printed_mark(shown: char) -> Option<char> {
    let pairs = [
        ('，', ','),
        ('：', ':'),
        ('；', ';'),
        ('？', '?'),
        ('！', '!'),
        ('（', '('),
        ('）', ')'),
        ('“', '"'),
        ('”', '"'),
    ];
    pairs.iter().find(|(w, _)| *w == shown).map(|&(_, a)| a)
}

#[test]
fn every_displayed_source_is_its_printed_sentence_with_full_width_marks_and_nothing_else() {
    let mut bad = Vec::new();
    let mut changed = 0;
    let reports = reports();
    for (r, chart) in reports
        .iter()
        .flat_map(|c| c.report.charts.iter().map(move |chart| (&c.report, chart)))
    {
        for lang in [Lang::Zh, Lang::En] {
            for row in report_charts::publish::resolve::rows(r, chart, lang) {
                let Some(f) = r.figures.iter().find(|f| f.id == row.id) else {
                    bad.push(format!("{}: no figure {}", chart.id, row.id));
                    continue;
                };
                let (shown, printed): (Vec<char>, Vec<char>) =
                    (row.source.chars().collect(), f.source.chars().collect());
                let same = shown.len() == printed.len()
                    && shown
                        .iter()
                        .zip(&printed)
                        .all(|(&s, &p)| s == p || printed_mark(s) == Some(p));
                let ascii_left = row.source.contains([',', ':', '"']);
                if !same || ascii_left {
                    bad.push(format!(
                        "{}: shown {} for printed {}",
                        f.id, row.source, f.source
                    ));
                }
                changed += usize::from(row.source != f.source);
            }
        }
    }
    assert_none(
        "rows whose source is not the printed sentence made full-width",
        &bad,
    );
    assert!(
        changed > 0,
        "no source had an ASCII mark: the test checks nothing"
    );
}
