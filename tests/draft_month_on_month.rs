#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A change on the month before (环比增长0.8%) is no growth on the year before (issue 18,
//! tester 2's C2): every text of it says 环比 / "month on month", no growth chart sets it
//! beside 同比 growths, and no chart of the register ranks it beside other places' growths
//! of the year. The texts are short ones of our own.

mod common;

use report_charts::publish::register::charts::{self, Measure, Of};
use report_charts::shared::charts::growth;
use report_charts::shared::format;
use report_charts::shared::model::{Figure, Lang, Report};

/// A county's December: three growths on the year before, one on the month before.
const DECEMBER: &str = "丙县2025年12月经济运行简况

12月份，全县工业投资同比增长7.2%，基础设施投资同比增长6.3%，民间投资同比增长5.1%，民间投资环比增长1.1%。
12月份，全县社会消费品零售总额环比下降0.3%。
";

/// The one figure of `r` whose change is `value`.
fn changed_by(r: &Report, value: f64) -> &Figure {
    let found: Vec<&Figure> = (r.figures.iter())
        .filter(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .collect();
    assert_eq!(found.len(), 1, "{value}: {:#?}", r.figures);
    found[0]
}

#[test]
fn a_change_on_the_month_before_says_so_wherever_it_is_printed() {
    let r = common::drafted("t", DECEMBER);
    for (value, zh, en, short_zh, short_en) in [
        (
            1.1,
            "环比增长1.1%",
            "up 1.1% month on month",
            "环比+1.1%",
            "+1.1% m/m",
        ),
        (
            0.3,
            "环比下降0.3%",
            "down 0.3% month on month",
            "环比-0.3%",
            "-0.3% m/m",
        ),
    ] {
        let f = changed_by(&r, value);
        let c = f.change.as_ref().unwrap();
        assert_eq!(format::change(c, f, Lang::Zh), zh);
        assert_eq!(format::change(c, f, Lang::En), en);
        let short = |lang| format::changes::change_short_of(c, f, lang).replace('−', "-");
        assert_eq!(short(Lang::Zh), short_zh);
        assert_eq!(short(Lang::En), short_en);
    }
}

#[test]
fn a_change_on_the_month_before_is_never_on_a_chart_of_growth_on_the_year_before() {
    let r = common::drafted("t", DECEMBER);
    let month = r
        .figures
        .iter()
        .position(|f| f.value.is_none() && { f.change.as_ref().is_some_and(|c| c.value == 1.1) });
    let month = month.unwrap();
    let charts: Vec<_> = (r.charts.iter())
        .filter(|c| c.kind == growth::KIND)
        .collect();
    assert!(!charts.is_empty(), "the three growths of the year make one");
    for c in charts {
        assert!(!c.figures.contains(&month), "{:?}", c.title);
    }
}

/// A county's year with a growth of 规模以上工业增加值: `change` as printed.
fn county(place: &str, change: &str) -> String {
    format!("{place}2025年经济运行情况\n全年，全县规模以上工业增加值{change}。\n")
}

#[test]
fn a_change_on_the_month_before_is_never_ranked_beside_growths_on_the_year_before() {
    let reports = common::drafted_reports([
        ("jia", county("甲县", "增长6.9%")),
        ("yi", county("乙县", "增长7.8%")),
        ("bing", county("丙县", "同比增长5.2%")),
        ("ding", county("丁县", "环比增长0.4%")),
    ]);
    let reg = common::register_of(&reports);
    for lang in [Lang::Zh, Lang::En] {
        let of = Of {
            id: "industrial-value-added",
            name: "规模以上工业增加值",
            lang,
        };
        let d = charts::ranking::draw(&reg, of, Measure::Growth).unwrap();
        let slugs: Vec<&str> = d.entries.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(slugs.len(), 3, "{lang:?}: {slugs:?}");
        assert!(!slugs.contains(&"ding"), "{lang:?}: {slugs:?}");
        // The page's rows print it with its base, in the page's language.
        let written = common::industry_page(&reg, "industrial-value-added", lang);
        let page = (written.files.iter())
            .filter(|f| f.0.ends_with(".html"))
            .map(|f| String::from_utf8_lossy(&f.1).into_owned())
            .collect::<String>();
        let said = if lang == Lang::Zh {
            "环比增长0.4%"
        } else {
            "up 0.4% month on month"
        };
        assert!(page.contains(said), "{lang:?}: {said}");
    }
}
