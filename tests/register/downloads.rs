//! The register's CSV: its documented columns, a BOM, one row a figure, and a yearly change
//! said as such.

use super::*;

#[test]
fn the_csv_has_its_documented_columns_a_bom_and_one_row_a_figure() {
    let reg = built(&reports());
    let text = csv::csv(&reg);
    assert!(text.starts_with('\u{feff}'));
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next().unwrap(), csv::COLUMNS.join(","));
    assert_eq!(lines.count(), reg.entries.len());
    let readme = std::fs::read_to_string(common::path("data/README.md")).unwrap();
    for c in csv::COLUMNS {
        assert!(
            readme.contains(&format!("| `{c}`")),
            "column {c} is not documented in data/README.md"
        );
    }
    let row = text
        .lines()
        .find(|l| l.starts_with("xishan-2026,西山县,2026,,gdp,"))
        .unwrap();
    assert!(row.contains(",5,5.5,%,,,target,"), "{row}");
}

#[test]
fn a_yearly_change_says_so_in_the_csv_and_a_change_of_one_year_does_not() {
    let text = work_report(
        "南湖县",
        2026,
        "过去五年，全县地区生产总值年均增长5.2%。一般公共预算收入32.4亿元，增长3.1%。",
        "地区生产总值增长5%左右。",
    );
    let raw = draft::draft(&text).unwrap();
    let report = validate::validate("nanhu-2026", &raw).unwrap();
    let text = csv::csv(&built(&[("nanhu-2026".to_string(), report)]));
    let at = csv::COLUMNS
        .iter()
        .position(|c| *c == "change_yearly")
        .unwrap();
    let yearly_of = |value: &str| -> String {
        let row = text
            .lines()
            .find(|l| l.split(',').nth(13) == Some(value))
            .unwrap_or_else(|| panic!("no row with the change {value}:\n{text}"));
        row.split(',').nth(at).unwrap().to_string()
    };
    assert_eq!(yearly_of("5.2"), "yes", "年均增长5.2%");
    assert_eq!(yearly_of("3.1"), "", "增长3.1%");
}
