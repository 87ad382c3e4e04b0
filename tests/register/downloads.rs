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

#[test]
fn a_change_on_another_basis_says_which_in_the_csv_so_its_row_is_told_apart() {
    let text = work_report(
        "北湖县",
        2026,
        "12月份，全县规模以上工业增加值同比增长7.4%，环比增长0.5%。全县居民人均可支配收入31280元，名义增长5.6%，实际增长5.2%。",
        "地区生产总值增长5%左右。",
    );
    let raw = draft::draft(&text).unwrap();
    let report = validate::validate("beihu-2026", &raw).unwrap();
    let text = csv::csv(&built(&[("beihu-2026".to_string(), report)]));
    let column = |name: &str| csv::COLUMNS.iter().position(|c| *c == name).unwrap();
    let (zh, en) = (column("change_basis"), column("change_basis_en"));
    // (the change, its basis in zh and en)
    let cases = [
        ("7.4", "", ""),
        ("0.5", "环比", "month on month"),
        ("5.6", "名义", "in nominal terms"),
        ("5.2", "实际", "in real terms"),
    ];
    for (change, basis_zh, basis_en) in cases {
        let row: Vec<&str> = text
            .lines()
            .map(|l| l.split(',').collect::<Vec<_>>())
            .find(|cells| cells.get(13) == Some(&change))
            .unwrap_or_else(|| panic!("no row with the change {change}:\n{text}"));
        assert_eq!((row[zh], row[en]), (basis_zh, basis_en), "{change}");
    }
}
