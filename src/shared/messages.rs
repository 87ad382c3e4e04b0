//! Every message a user can see, in one place, so that their wording stays consistent
//! and can be reviewed (and one day translated) together.
//!
//! Data messages are written for the editor who edits `data/*.json`: they say what is
//! wrong and, where there is one, what would be right. Paths and files are added by
//! [`crate::validate::DataError`], not here.

use crate::model::{ChartKind, Lang};
use crate::wire::{WireError, FORMAT};

/// The file could not be read as JSON.
pub fn malformed_json(detail: &str) -> String {
    format!("is not valid JSON: {detail}")
}

/// Valid JSON, but a value of the wrong type (a string where a number belongs).
pub fn wrong_type(detail: &str) -> String {
    format!("has the wrong type: {detail}")
}

/// A key nobody declared: usually a typo.
pub fn unknown_key(key: &str) -> String {
    format!("has an unknown key \"{key}\" (misspelt?)")
}

/// A required field is absent.
pub fn missing() -> String {
    "is missing".to_string()
}

/// A text or id is present but empty.
pub fn empty() -> String {
    "is empty".to_string()
}

/// An id that is not ASCII kebab-case.
pub fn not_kebab(id: &str) -> String {
    format!("\"{id}\" is not an ASCII kebab-case id (like \"gdp-growth\")")
}

/// The same id twice.
pub fn duplicate_id(id: &str, first_path: &str) -> String {
    format!("\"{id}\" is used twice: first at {first_path}")
}

/// A reference to something that does not exist.
pub fn unknown_ref(what: &str, id: &str) -> String {
    format!("names {what} \"{id}\", which does not exist")
}

/// A number that JSON can carry but a chart cannot draw.
pub fn not_finite(value: f64) -> String {
    format!("{value} is not a finite number")
}

/// A count below zero.
pub fn negative_count(value: f64) -> String {
    format!("{value} is negative, but a count cannot be")
}

/// A negative change: the direction belongs in the kind.
pub fn negative_change(value: f64) -> String {
    format!("{value} is negative: write the number as printed and say the direction with kind \"decline\"")
}

/// A share outside 0–100.
pub fn share_out_of_range(value: f64) -> String {
    format!("{value} is a share of a whole and must lie between 0 and 100")
}

/// A figure with nothing to draw.
pub fn no_value_no_change() -> String {
    "has neither a value nor a change: a figure needs at least one".to_string()
}

/// A word outside a closed list.
pub fn not_one_of(value: &str, allowed: &[&str]) -> String {
    format!("\"{value}\" is not one of: {}", allowed.join(", "))
}

/// A change whose unit does not fit its kind.
pub fn change_unit(kind: &str, unit: &str, expected: &str) -> String {
    format!("a change of kind \"{kind}\" is in {expected}, not \"{unit}\"")
}

/// A range whose upper end `to` is not above its lower end.
pub fn range_inverted(lang: Lang, value: f64, to: f64) -> String {
    match lang {
        Lang::Zh => format!("区间上限 to {to} 不大于下限 {value}：按原文写出两端（6—6.5：value 6，to 6.5）"),
        Lang::En => format!(
            "the upper end {to} of a range is not above its lower end {value}: write both ends as printed (6—6.5: value 6, to 6.5)"
        ),
    }
}

/// A range with an upper end and no lower end.
pub fn range_without_value(lang: Lang) -> String {
    match lang {
        Lang::Zh => "有区间上限 to 却没有下限 value：区间两端都要写".to_string(),
        Lang::En => {
            "has the upper end of a range but no value: a range needs both ends".to_string()
        }
    }
}

/// A `compare` of a kind that neither compares nor contributes.
pub fn compare_kind(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::Zh => format!("compare 只能是比较（above、below）或拉动（pull），不能是 \"{kind}\""),
        Lang::En => format!(
            "a compare is a comparison (\"above\", \"below\") or a contribution (\"pull\"), not \"{kind}\""
        ),
    }
}

/// A `compare` on a figure without a `change`: the comparison is its change.
pub fn compare_without_change(lang: Lang) -> String {
    match lang {
        Lang::Zh => "没有 change 的数字不用 compare：把比较写进 change".to_string(),
        Lang::En => {
            "is a second change, but the figure has no first: write the comparison as its change"
                .to_string()
        }
    }
}

/// How many figures and charts the draft wrote and the desk has not confirmed.
pub fn unconfirmed(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Zh => format!("{count} 个数字或图表待确认（\"draft\": true）：核对原文后删去该标记"),
        Lang::En => format!(
            "warning: {count} figures and charts written by the draft are not confirmed yet (\"draft\": true): check each against its sentence, then remove the mark"
        ),
    }
}

/// What a target or a limit says before its number, so that it never reads as a result:
/// 目标 / target, 上限 / limit.
pub fn status_word(status: crate::model::Status, lang: Lang) -> &'static str {
    use crate::model::Status;
    match (status, lang) {
        (Status::Result, _) => "",
        (Status::Target, Lang::Zh) => "目标",
        (Status::Target, Lang::En) => "target",
        (Status::Limit, Lang::Zh) => "限值",
        (Status::Limit, Lang::En) => "limit",
    }
}

/// A chart with too few or too many figures for its kind.
pub fn figure_count(kind: ChartKind, count: usize, min: usize, max: usize) -> String {
    if max == usize::MAX {
        format!(
            "a \"{}\" chart needs at least {min} figures, not {count}",
            kind.name()
        )
    } else {
        format!(
            "a \"{}\" chart takes {min} to {max} figures, not {count}",
            kind.name()
        )
    }
}

/// A chart mixing units on one axis.
pub fn mixed_units(kind: ChartKind, first: &str, other: &str) -> String {
    format!(
        "a \"{}\" chart draws one unit on one axis, but mixes \"{first}\" and \"{other}\" (use \"multiples\" for unlike units)",
        kind.name()
    )
}

/// A figure that does not fit the chart kind that names it.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn unfit_figure(kind: ChartKind, id: &str, needs: crate::charts::check::Need) -> String {
    use crate::charts::check::Need;
    let needs = match needs {
        Need::Nothing => "nothing",
        Need::Value => "a value",
        Need::GrowthChange => "a change of kind \"growth\" or \"decline\"",
        Need::ShareValue => "kind \"share\" and a value",
        Need::ValueAndFrom => "a value and a change of kind \"from\"",
    };
    format!(
        "figure \"{id}\" cannot be drawn by a \"{}\" chart: it needs {needs}",
        kind.name()
    )
}

/// Amounts on one bar chart that may not be compared: not one indicator across the
/// items of one topic.
pub fn unlike_amounts(lang: Lang, first: &str, other: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "条形图只比较可比的数：\"{other}\" 与 \"{first}\" 不是同一话题里的同一指标（标签结尾至少两个字相同）；请分开画，或用卡片"
        ),
        Lang::En => format!(
            "a \"bars\" chart compares only amounts that may be compared: \"{other}\" and \"{first}\" are not one indicator (labels ending in the same two characters or more) in one topic; draw them apart, or as cards"
        ),
    }
}

/// A number in a chart's title that no figure of the chart has.
pub fn title_number_not_a_figure(lang: Lang, number: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "标题中的 {number} 不是本图任何数字的数值或变化：标题只说图上数字所说的"
        ),
        Lang::En => format!(
            "{number} in the title is no value or change of a figure on this chart: a title says only what its figures say"
        ),
    }
}

/// A superlative in a chart's title that the text does not say.
pub fn superlative_not_in_text(lang: Lang, word: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "标题说“{word}”，但原文没有这样说，本图也没有包含全部同类数字"
        ),
        Lang::En => format!(
            "the title says \"{word}\", but no sentence of its figures says so, and the chart does not hold every figure of its kind"
        ),
    }
}

/// A target or a limit on a kind that draws results only.
pub fn status_not_drawn(
    lang: Lang,
    kind: ChartKind,
    id: &str,
    status: crate::model::Status,
) -> String {
    let (zh, en) = match status {
        crate::model::Status::Limit => ("限值", "a limit"),
        _ => ("目标", "a target"),
    };
    match lang {
        Lang::Zh => format!(
            "数字 \"{id}\" 是{zh}：\"{}\" 图只画实绩，{zh}画在这里会被读成实绩（限值也从不画成占比环或方格图）；请用 \"targets\"（预期目标）图或卡片",
            kind.name()
        ),
        Lang::En => format!(
            "figure \"{id}\" is {en}: a \"{}\" chart draws results only, where {en} would read as a result (and a limit is never a share ring or a waffle); draw it in a \"targets\" chart or as a card",
            kind.name()
        ),
    }
}

/// A result on a `targets` chart that stands beside no target.
pub fn lone_result(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "预期目标图中的实绩 \"{id}\" 后面没有目标：实绩只作为同一指标目标旁的上年数出现，紧排在该目标之前"
        ),
        Lang::En => format!(
            "result \"{id}\" on a \"targets\" chart stands beside no target: a result appears only as last year's figure of a target's indicator, right before that target"
        ),
    }
}

/// A `targets` chart without a target.
pub fn no_target(lang: Lang) -> String {
    match lang {
        Lang::Zh => "预期目标图没有目标或限值".to_string(),
        Lang::En => "a \"targets\" chart needs a target or a limit".to_string(),
    }
}

/// What stands before last year's result beside a target: 上年 / last year.
pub fn last_year(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "上年 ",
        Lang::En => "Last year: ",
    }
}

/// A part larger than its whole.
pub fn part_exceeds_whole(part: &str, whole: &str) -> String {
    format!("part \"{part}\" is larger than its whole \"{whole}\"")
}

/// An accent on a figure the chart does not draw.
pub fn accent_not_drawn(id: &str) -> String {
    format!("accent \"{id}\" is not one of this chart's figures")
}

/// A chart id the page asked for but the data does not have.
pub fn no_such_chart(id: &str) -> String {
    format!("there is no chart \"{id}\" in the data")
}

/// A drawing surface failed (canvas lost, out of memory).
pub fn drawing_failed(detail: &str) -> String {
    format!("the chart could not be drawn: {detail}")
}

/// Why a resolved chart file (`data/SLUG.LANG.bin`) cannot be read at all.
pub fn unreadable_file(e: WireError) -> String {
    match e {
        WireError::NotOurs => {
            "is not a chart file written by this site's build (make build writes it)".to_string()
        }
        WireError::Format(found) => format!(
            "was written by another build (format {found}; this page reads format {FORMAT}): build the site again"
        ),
        WireError::CutShort(at) => format!("is cut short after {at} bytes"),
        WireError::Damaged(at) => format!("is damaged at byte {at}"),
    }
}

/// Why one chart of a resolved file cannot be drawn (the others still can).
pub fn damaged_chart(index: usize, e: WireError) -> String {
    format!("chart {} of the file {}", index + 1, unreadable_file(e))
}

// --- the build's outputs for sharing and for articles (issue 13) -----------------------

/// `SITE_URL` is not an absolute http(s) URL.
pub fn site_url_not_absolute(url: &str) -> String {
    format!(
        "SITE_URL \"{url}\" is not an absolute http:// or https:// URL without a query (e.g. https://news.example.org/report/)"
    )
}

/// The build was not told where the site is served.
pub fn site_url_unset() -> String {
    "warning: SITE_URL is not set, so og:image, og:url and twitter:image are relative and \
     shared links will show no card: build with make build SITE_URL=https://…/"
        .to_string()
}

/// A block of the long image taller than a slice may be.
pub fn block_too_tall(what: &str, height: u32, max: u32) -> String {
    format!(
        "{what} is {height} px tall in the long image, more than the {max} px a long-image slice may be: it cannot be cut between blocks"
    )
}

/// Characters the bundled font subset cannot draw.
pub fn glyphs_missing(chars: &str) -> String {
    format!(
        "warning: the font subset has no glyph for {chars} (drawn as boxes): run data/fonts/subset.sh"
    )
}
/// The key under a waffle chart: what one of its hundred cells stands for.
pub fn waffle_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每个小方代表1%",
        Lang::En => "Each square is 1%",
    }
}
/// A skip whose number is not digits.
pub fn skip_not_a_number(number: &str) -> String {
    format!("\"{number}\" is not a number as the text prints it (digits, one decimal point)")
}

/// A skip whose number is not in its sentence.
pub fn skip_not_in_sentence(number: &str) -> String {
    format!("\"{number}\" does not occur in the skip's sentence")
}

/// The parts of a structure that do not make a whole.
pub fn structure_sum(sum: f64, percent: bool) -> String {
    if percent {
        format!("the parts of a \"structure\" chart in % add up to {sum}, not 100")
    } else {
        format!("the parts of a \"structure\" chart add up to {sum}: they need a positive whole")
    }
}

/// `draft` would overwrite a file.
pub fn draft_exists(out: &str, beside: &str) -> String {
    format!("{out} exists already and the draft never overwrites a file: write beside it with --out {beside}, then compare the two")
}

/// Numbers of the text that no figure covers and no skip explains.
pub fn uncovered(count: usize, text_file: &str) -> String {
    format!(
        "{count} number{} of {text_file} {} no figure and no skip (add a figure, or a skip with its reason):",
        if count == 1 { "" } else { "s" },
        if count == 1 { "has" } else { "have" }
    )
}

/// One uncovered number and its sentence.
pub fn uncovered_number(number: &str, sentence: &str) -> String {
    format!("{number} in: {sentence}")
}

/// How many texts (and figure labels among them) still lack English.
pub fn missing_english(count: usize, labels: usize, figures: usize) -> String {
    if count == 0 {
        "every text has its English: the English edition is built".to_string()
    } else {
        format!(
            "{count} text{} lack English ({labels} of {figures} figure labels): the page is built in Chinese only until each has its \"en\"",
            if count == 1 { "" } else { "s" }
        )
    }
}

/// `draft` wrote a data file.
pub fn drafted(out: &str, figures: usize, charts: usize, skips: usize) -> String {
    format!(
        "wrote {out}: {figures} figures, {charts} charts, {skips} skips; curate it, then run check"
    )
}

/// `check` found a data file right.
pub fn checked(file: &str, figures: usize, charts: usize, sections: usize, skips: usize) -> String {
    format!("{file}: ok: {figures} figures, {charts} charts, {sections} sections, {skips} skips")
}

/// `check` found every number of the text covered.
pub fn all_covered(text_file: &str) -> String {
    format!("{text_file}: every number is a figure or a skip")
}

// --- The story page's own words around the charts, each (zh, en): the page is written
// --- whole at build time in each language, so it reads without script.

/// The list of the story's sections, for jumping between them.
pub const PAGE_SECTIONS: (&str, &str) = ("本文章节", "Sections");

/// The one disclosure under each chart: its data table, sources, downloads, embed codes.
pub const PAGE_DATA: (&str, &str) = ("数据与下载", "Data and downloads");

/// The data table's column heads: item, value, change.
pub const PAGE_HEADS: [(&str, &str); 3] = [("项目", "Item"), ("数值", "Value"), ("变化", "Change")];

/// The report's sentences a chart's numbers come from (always quoted in Chinese).
pub const PAGE_SOURCE: (&str, &str) = ("原文", "Source (Chinese)");

/// Before the download links.
pub const PAGE_DOWNLOAD: (&str, &str) = ("下载", "Download");

/// The embed codes' toggle, and the names of its two codes.
pub const PAGE_EMBED: [(&str, &str); 3] = [
    ("嵌入代码", "Embed code"),
    ("iframe 嵌入", "iframe embed"),
    ("脚本嵌入", "Script embed"),
];

/// The copy button of an embed code, before and after a click.
pub const PAGE_COPY: [(&str, &str); 2] = [("复制", "Copy"), ("已复制", "Copied")];

// --- Texts the draft writes into a data file where the report has none: the desk
// --- replaces them while curating. Each is (zh, en), en `None` where none is written.

/// What the text does not say (publication, credits, byline).
pub const DRAFT_TO_FILL: &str = "待填写";

/// The label of a figure whose clause names nothing.
pub const DRAFT_UNNAMED: &str = "未命名";

/// The section of a text without headings.
pub const DRAFT_WHOLE: (&str, &str) = ("全文", "The report");

/// The section of the text before the first heading.
pub const DRAFT_LEAD: (&str, &str) = ("导语", "Introduction");

/// The topic of paragraph `n` (from 1).
pub fn draft_paragraph(n: usize) -> (String, String) {
    (format!("第{n}段"), format!("Paragraph {n}"))
}

/// The headline of a text without a title line.
pub fn draft_title(year: i64) -> String {
    if year > 0 {
        format!("{year}年报告图解")
    } else {
        "报告图解".to_string()
    }
}

/// The footer line of every chart until the desk names the source.
pub fn draft_source_line() -> String {
    format!("来源：{DRAFT_TO_FILL}")
}

/// A subtitle: the one unit of a chart, or 单位见各项 for several, and the year.
pub fn draft_subtitle(unit: Option<&str>, year: i64) -> String {
    let year = if year > 0 {
        format!("，{year}年")
    } else {
        String::new()
    };
    match unit {
        Some(u) => format!("单位：{u}{year}"),
        None => format!("单位见各项{year}"),
    }
}

/// The subtitle of a growth chart.
pub fn draft_growth_subtitle(year: i64) -> String {
    if year > 0 {
        format!("同比增长，%，{year}年")
    } else {
        "同比增长，%".to_string()
    }
}

/// The subtitle of a targets chart: 预期目标, and the targets' year where the text gives it.
pub fn draft_targets_subtitle(period: Option<&str>) -> String {
    match period {
        Some(p) => format!("预期目标，{p}"),
        None => "预期目标".to_string(),
    }
}

/// The title of a growth chart: its fastest figure.
pub fn draft_fastest(label: &str, change: &str) -> String {
    format!("{label}{change}，增速最快")
}

/// The title of a structure chart: its largest part.
pub fn draft_largest_part(label: &str, value: &str) -> String {
    format!("{label}占{value}%")
}

/// The title of a part-whole chart: the whole, then the part.
pub fn draft_part_of(whole: &str, part: &str) -> String {
    format!("{whole}，其中{part}")
}

/// Skips the draft could not read: the desk decides each.
pub fn unread_skips(count: usize) -> String {
    format!(
        "{count} skip{} of reason \"unread\": the draft found no unit it knows; make each a figure or give it its reason",
        if count == 1 { "" } else { "s" }
    )
}

// --- the editor (issue 12) ------------------------------------------------------------

/// A figure's value that its sentence does not print.
pub fn value_not_in_sentence(value: f64) -> String {
    format!("the value {value} is not a number of its sentence: the text prints otherwise")
}

/// A figure's change that its sentence does not print.
pub fn change_not_in_sentence(value: f64) -> String {
    format!("the change {value} is not a number of its sentence: the text prints otherwise")
}

/// A figure whose sentence is not in the report's text.
pub fn source_not_in_text() -> String {
    "its sentence is not in the report's text".to_string()
}

/// The editor asked for a number its sentence does not have.
pub fn no_such_number(number: &str) -> String {
    format!("the sentence has no number \"{number}\"")
}

// --- the score (issue 18): the draft measured on real texts -----------------------------
// The command line speaks English, as `check` and `draft` do.

/// A file or folder that cannot be read.
pub fn cannot_read(file: &str, detail: &str) -> String {
    format!("{file}: cannot read: {detail}")
}

/// A file that cannot be written.
pub fn cannot_write(file: &str, detail: &str) -> String {
    format!("{file}: cannot write: {detail}")
}

/// How to call `report-charts score`, and why the test half's misses stay hidden.
pub const SCORE_USAGE: &str = "usage: report-charts score CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses | --misses=all] [--record]

Drafts every CORPUS_DIR/**/SLUG.txt that has a truth list DIR/*/SLUG.json (default
tests/truth; format in tests/truth/README.md), in memory, and compares the draft's figures
with the list: per text and per half (tune, test) the recall, the wrong drafted figures by
class (unit, change, status, split, other, not-figure) and the headings found.

  --truth DIR      the truth lists (default tests/truth)
  --ratchet FILE   the recorded recall and wrong share per half (default DIR/ratchet.json);
                   the score fails when a half falls below it by more than 0.05 points
  --record         write the ratchet anew from this run instead of checking it
  --misses         list the missed and wrong figures of the tune half's texts
  --misses=all     list the test half's too. Rules of the draft are written from tune
                   texts only: the test half measures the draft on text it was not tuned
                   to, and stops measuring that once its misses have been read for rules.";

/// A truth list that names another text than its own file's.
pub fn truth_text_mismatch(named: &str, expected: &str) -> String {
    format!(
        "names the text \"{named}\", but a list SLUG.json is the list of SLUG.txt (\"{expected}\")"
    )
}

/// A quote that its text does not hold.
pub fn truth_quote_missing(quote: &str) -> String {
    format!("\"{quote}\" does not occur in the text (whitespace removed)")
}

/// An occurrence of a quote beyond those of the text.
pub fn truth_nth_beyond(nth: usize, count: usize) -> String {
    format!("asks for occurrence {nth} of the quote, but the text has {count} (counted from 1)")
}

/// The label of a totals row.
pub fn score_total(texts: usize) -> String {
    format!("total ({texts} text{})", if texts == 1 { "" } else { "s" })
}

/// A truth list whose text the corpus does not have: skipped, not failed.
pub fn score_text_missing(list: &str, corpus: &str) -> String {
    format!("skipped {list}: its text is not in {corpus}")
}

/// The heading of one text's misses.
pub fn score_misses_of(slug: &str, half: &str) -> String {
    format!("misses of {slug} ({half} half):\n")
}

/// A text without a miss.
pub const SCORE_NO_MISSES: &str = "  every figure found right, nothing wrong, every heading found";

/// Why the test half's misses are not listed.
pub const SCORE_TEST_MISSES_HIDDEN: &str = "the test half's misses are not listed: rules are written from tune texts only (--misses=all lists them, to read, not to write rules from)";

/// The ratchet file's own note.
pub const SCORE_RATCHET_ABOUT: &str = "Written by `report-charts score --record` (make score): per half of the truth-listed texts, the recall (truth figures found right, %) and the wrong share (wrong drafted figures, %) last measured. The score fails when a half's recall falls, or its wrong share rises, by more than 0.05 points.";

/// A half's recall fell below the ratchet.
pub fn score_recall_fell(half: &str, now: f64, was: f64) -> String {
    format!("the {half} half's recall fell to {now:.2}% from the {was:.2}% recorded in the ratchet: find the rule that lost figures (make score with --misses), or run score --record if the truth lists changed")
}

/// A half's wrong share rose above the ratchet.
pub fn score_wrong_rose(half: &str, now: f64, was: f64) -> String {
    format!("the {half} half's wrong figures rose to {now:.2}% of those drafted from the {was:.2}% recorded in the ratchet: find the rule that drafts them (make score with --misses), or run score --record if the truth lists changed")
}

/// `--record` wrote the ratchet.
pub fn score_recorded(file: &str) -> String {
    format!("recorded this run in {file}")
}

/// There is no ratchet yet.
pub fn score_no_ratchet(file: &str) -> String {
    format!("no ratchet at {file} yet: run with --record to keep these figures from falling")
}

/// The ratchet holds.
pub fn score_ratchet_holds(file: &str) -> String {
    format!("the ratchet in {file} holds")
}
