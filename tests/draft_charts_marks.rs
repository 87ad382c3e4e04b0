#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Charts of a draft set beside each other only figures that may stand together: a mark
//! a figure of its own sentence passed is no second figure (突破200亿元，达到203.7亿元),
//! and a balance at a year's end is never a bar beside a flow of the year. Texts of our
//! own, in the shape of a work report.

use report_charts::check::raw::ReportFile;
use report_charts::draft;

fn drafted(text: &str) -> ReportFile {
    draft::draft(text).unwrap()
}

/// The ids of the figures of value `v`.
fn ids_of(d: &ReportFile, v: f64) -> Vec<String> {
    (d.figures.iter())
        .filter(|f| f.value == Some(v))
        .filter_map(|f| f.id.clone())
        .collect()
}

fn charted(d: &ReportFile, id: &str) -> bool {
    d.charts.iter().any(|c| c.figures.iter().any(|f| f == id))
}

#[test]
fn a_mark_that_its_own_figure_passed_is_on_no_chart() {
    let d = drafted(
        "一、2025年工作回顾\n\
         全县外贸进出口总额突破200亿元，达到203.7亿元，增长6.1%。\
         实际利用外资12.4亿元，增长3.5%。社会消费品零售总额186.2亿元，增长4.2%。\n\
         二、开放合作\n\
         进出口总额突破80亿元，达到86.5亿元。出口总额突破50亿元，达到52.3亿元。\n",
    );
    for (mark, level) in [(200.0, 203.7), (80.0, 86.5), (50.0, 52.3)] {
        let (marks, levels) = (ids_of(&d, mark), ids_of(&d, level));
        // Round 56 (tests/truth/README.md, "A mark passed, then the level reached"): the
        // mark is a `label` skip, so no figure and no bar; the level is the figure.
        assert!(marks.is_empty(), "{mark}: {:?}", d.figures);
        assert!(!d.charts.is_empty(), "{:?}", d.charts);
        assert_eq!(levels.len(), 1, "{level}: {:?}", d.figures);
        assert!(levels.iter().all(|id| !id.is_empty()), "{level}");
    }
}

#[test]
fn a_mark_that_no_figure_of_its_sentence_passed_may_be_charted() {
    let d = drafted(
        "一、2025年工作回顾\n\
         全县生产总值突破420亿元，增长5.2%。进出口总额突破80亿元，实际利用外资12.4亿元。\n",
    );
    let marks = ids_of(&d, 420.0);
    assert_eq!(marks.len(), 1, "{:?}", d.figures);
    assert!(charted(&d, &marks[0]), "{:?}", d.charts);
}

#[test]
fn a_balance_at_the_year_end_is_never_a_bar_beside_a_flow_of_the_year() {
    let d = drafted(
        "一、2025年工作回顾\n\
         全县生产总值420.5亿元，增长5.2%。\n\
         二、金融运行\n\
         年末金融机构本外币存款5600亿元，全年新增本外币存款620亿元。\n",
    );
    let (stock, flow) = (ids_of(&d, 5600.0), ids_of(&d, 620.0));
    assert_eq!((stock.len(), flow.len()), (1, 1), "{:?}", d.figures);
    let together = d.charts.iter().any(|c| {
        c.kind.as_deref() == Some("bars")
            && c.figures.contains(&stock[0])
            && c.figures.contains(&flow[0])
    });
    assert!(!together, "{:?}", d.charts);
}

#[test]
fn balances_of_one_year_end_stay_bars_together() {
    let d = drafted(
        "一、2025年工作回顾\n\
         全县生产总值420.5亿元，增长5.2%。\n\
         二、金融运行\n\
         年末金融机构存款余额5600亿元，贷款余额4200亿元。\n",
    );
    let (a, b) = (ids_of(&d, 5600.0), ids_of(&d, 4200.0));
    let together = d.charts.iter().any(|c| {
        c.kind.as_deref() == Some("bars") && c.figures.contains(&a[0]) && c.figures.contains(&b[0])
    });
    assert!(together, "{:?}", d.charts);
}
