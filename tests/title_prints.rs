#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A title that quotes a figure follows the figure (issue 18): after the desk clears the
//! qualifier of a change (增长5.5%左右 → 增长5.5%), or gives it another unit or a value
//! another qualifier, a title written from the figure as it was says what no figure says.
//! `check` reports it at `title.zh` in both languages, and the editor offers the title
//! written from the figure, never rewriting the desk's own. Short texts of our own.

mod common;

use common::{confirmed_draft, reported_at};
use report_charts::check::validate::{self, JsonPath};
use report_charts::edit::desk::review;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

/// A county's review of 2025: a growth of about 5.5%, and revenue.
const REVIEW: &str = "2026年松岭县政府工作报告\n一、2025年工作回顾\n2025年，全县地区生产总值增长5.5%左右，一般公共预算收入12.1亿元，增长3.2%。\n";
/// Its neighbour's: a count of more than 1.2万, and another count.
const JOBS: &str = "2026年竹岭县政府工作报告\n一、2025年工作回顾\n2025年，全县城镇新增就业1.2万人以上，农村劳动力转移就业3.4万人。\n";

/// The index of the first figure of `v` whose `key` is `value`, and of the first chart
/// that draws it.
fn figure_and_chart(v: &Value, pick: impl Fn(&Value) -> bool) -> (usize, usize) {
    let figures = v["figures"].as_array().unwrap();
    let k = figures.iter().position(pick).unwrap();
    let id = &figures[k]["id"];
    let charts = v["charts"].as_array().unwrap();
    let i = charts
        .iter()
        .position(|c| c["figures"].as_array().unwrap().contains(id))
        .unwrap();
    (k, i)
}

type Edit = fn(&mut Value);
type Pick = fn(&Value) -> bool;

#[test]
fn a_title_that_quotes_a_figure_is_reported_once_the_desk_changes_what_follows_its_number() {
    let gdp: Pick = |f| f["change"]["value"] == json!(5.5);
    let jobs: Pick = |f| f["value"] == json!(1.2);
    let no_change_qualifier: Edit = |f| {
        f["change"].as_object_mut().unwrap().remove("qualifier");
    };
    let points: Edit = |f| {
        f["change"]["kind"] = json!("rise");
        f["change"]["unit"] = json!("个百分点");
    };
    let no_value_qualifier: Edit = |f| {
        f.as_object_mut().unwrap().remove("qualifier");
    };
    let around: Edit = |f| f["qualifier"] = json!("左右");
    // (the text, which figure, the desk's edit, what the title said, what it prints now)
    let cases: [(&str, Pick, Edit, &str, &str); 4] = [
        (REVIEW, gdp, no_change_qualifier, "5.5%左右", "5.5%"),
        (REVIEW, gdp, points, "5.5%左右", "5.5个百分点左右"),
        (JOBS, jobs, no_value_qualifier, "1.2万人以上", "1.2万人"),
        (JOBS, jobs, around, "1.2万人以上", "1.2万人左右"),
    ];
    for (text, pick, edit, said, now) in cases {
        let review = confirmed_draft(text);
        let (k, i) = figure_and_chart(&review, pick);
        let path = JsonPath::item("charts", i).key("title").key("zh");
        let title = review["charts"][i]["title"]["zh"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(title.contains(said), "{title}");
        // As drafted, the title follows its figure.
        assert_eq!(reported_at(&review, &path, Lang::Zh), Vec::<String>::new());
        let mut v = review.clone();
        edit(&mut v["figures"][k]);
        for (lang, words) in [(Lang::Zh, "现在印作"), (Lang::En, "now prints")] {
            let got = reported_at(&v, &path, lang).join("\n");
            // What the figure prints now, quoted whole: 5.5% is not 5.5%左右.
            let now = match lang {
                Lang::Zh => format!("“{now}”"),
                Lang::En => format!("\"{now}\""),
            };
            for want in [said, &now, words] {
                assert!(
                    got.contains(want),
                    "{said} → {now}, {lang:?}: {want} in {got}"
                );
            }
        }
    }
}

#[test]
fn a_title_the_desk_wrote_is_flagged_and_offered_again_from_the_figure_never_rewritten() {
    let mut v = confirmed_draft(REVIEW);
    let (k, i) = figure_and_chart(&v, |f| f["change"]["value"] == json!(5.5));
    let own = "松岭县经济增长5.5%左右，好于预期";
    v["charts"][i]["title"]["zh"] = json!(own);
    v["figures"][k]["change"]
        .as_object_mut()
        .unwrap()
        .remove("qualifier");
    let r = review::review("x.json", REVIEW, &v.to_string(), Lang::Zh);
    let path = JsonPath::item("charts", i).key("title").key("zh");
    assert!(
        r.problems.iter().any(|p| p.path == path),
        "{:?}",
        r.problems
    );
    let offered: Vec<&str> = (r.retitles.iter())
        .filter(|t| t.path == path)
        .map(|t| t.title.as_str())
        .collect();
    assert_eq!(offered.len(), 1, "{offered:?}");
    assert!(offered[0].ends_with("增长5.5%"), "{offered:?}");
    // The file keeps the desk's title until the desk takes the offer.
    assert_eq!(v["charts"][i]["title"]["zh"], json!(own));
}

#[test]
fn a_title_that_prints_a_range_or_a_shorter_unit_is_no_stale_number() {
    // A plan's range of a count (新增2—4家), of a growth (增长6%—6.5%) and with 至.
    let texts = [
        "2026年松岭县政府工作报告\n二、2026年工作安排\n力争省级实验室再增加2—4家，规模以上工业企业达到120家。\n",
        "2026年松岭县政府工作报告\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长6%—6.5%，城镇新增就业0.8万人以上。\n",
        // A unit with a part in brackets, which the title leaves out (万户（套）).
        "2026年松岭县政府工作报告\n一、2025年工作回顾\n2025年，全县改造城镇老旧小区住房1.63万户（套），新开工保障性住房3200套。\n",
    ];
    for text in texts {
        let v = confirmed_draft(text);
        let problems = match validate::load("x.json", &v.to_string()) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems,
        };
        let titles: Vec<String> = (problems.iter())
            .filter(|p| p.path.to_string().ends_with("title.zh"))
            .map(|p| p.message.said_in(Lang::Zh).to_string())
            .collect();
        assert_eq!(titles, Vec::<String>::new(), "{text}");
    }
}
