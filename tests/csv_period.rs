#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A chart's CSV says which period each row is of (issue 18): a row read apart from the
//! page never passes a half-year or a month's-end figure off as the report's year. The
//! texts are short ones of our own.

mod common;

use report_charts::publish::resolve;
use report_charts::shared::model::{Lang, Report};

/// The rows of every chart's CSV in `lang`, each as its fields, by figure id.
fn rows(r: &Report, lang: Lang) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for c in &r.charts {
        let csv = resolve::csv(r, c, lang);
        let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
        let head: Vec<&str> = lines.next().unwrap().split(',').collect();
        let want = if lang == Lang::Zh { "时期" } else { "period" };
        assert_eq!(head.get(7), Some(&want), "{head:?}");
        // No field before the period holds a comma here but the change; read from the end.
        for line in lines.filter(|l| !l.is_empty()) {
            out.push(line.split(',').map(str::to_string).collect());
        }
    }
    out
}

const HALF: &str = "柳岸区上半年经济运行情况
上半年，全区地区生产总值212.5亿元，增长5.6%。社会消费品零售总额98.6亿元，增长4.4%。规模以上工业增加值增长7.1%。
6月末，全区金融机构人民币贷款余额905.7亿元，增长8.3%。
";

#[test]
fn a_row_of_another_period_says_its_period_in_both_languages() {
    let r = common::drafted("t", HALF);
    let mut seen = 0;
    let cases = [
        ("212.5", "上半年", "first half"),
        ("905.7", "6月末", "end of June"),
    ];
    for (value, zh, en) in cases {
        let f = r.figures.iter().find(|f| {
            f.value
                .map(report_charts::shared::format::number)
                .as_deref()
                == Some(value)
        });
        let Some(f) = f else {
            panic!("no figure {value}")
        };
        if !r
            .charts
            .iter()
            .any(|c| r.figures_of(c).any(|g| g.id == f.id))
        {
            continue;
        }
        for (lang, want) in [(Lang::Zh, zh), (Lang::En, en)] {
            let rows = rows(&r, lang);
            let row = rows.iter().find(|row| row[0] == f.id).unwrap();
            assert!(
                row.iter().any(|field| field == want),
                "{lang:?} {value}: {row:?}"
            );
        }
        seen += 1;
    }
    assert!(
        seen > 0,
        "no figure of another period on a chart: {:#?}",
        r.charts
    );
}

#[test]
fn a_row_of_the_reports_year_says_the_year() {
    let r = common::report();
    for (lang, year) in [(Lang::Zh, "2024年"), (Lang::En, "2024")] {
        for row in rows(&r, lang) {
            assert!(row.iter().any(|field| field == year), "{lang:?}: {row:?}");
        }
    }
}
