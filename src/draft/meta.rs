//! What a draft says of the report as a whole: its year, title, byline and place, each
//! read from the text or left for the desk.

use super::bilingual::zh;
use super::{leftovers, numbers, places, text, years, Drafted, TO_FILL};
use crate::shared::messages as msg;
use crate::shared::model::{Meta, Skip, SkipReason};
use std::collections::HashMap;

/// Words of a title that make a report a summary of results (某区2025年国民经济和社会发展
/// 情况, 统计公报, 工作总结): its figures are for the year its title names.
const SUMMARY: [&str; 5] = ["公报", "情况", "简况", "总结", "回顾"];

/// The year a title says a summary of results is for (某区2025年…情况 → 2025); None for
/// any other title, or one that names several years.
fn summary_year(title: &str) -> Option<i64> {
    let year = one_year(title)?;
    SUMMARY.iter().any(|w| title.contains(w)).then_some(year)
}

/// Words of a title that make it a plan's (2026年上半年重点工作安排): its year is no
/// year of results.
const PLANS: [&str; 5] = ["目标", "计划", "安排", "任务", "预期"];

/// The year a title names right before a part of that year (2025年上半年全省经济运行稳中
/// 有进, 2025年1—9月…, 2025年一季度…): a bulletin of that part's results, whatever words
/// follow; None for a plan's title.
fn part_year(title: &str) -> Option<i64> {
    let year = one_year(title)?;
    let rest = title.split_once(&format!("{year}年"))?.1;
    let part = years::sentence_period(rest)
        .is_some_and(|p| p.ends_with("半年") || p.contains(['季', '月']));
    (part && !PLANS.iter().any(|w| title.contains(w))).then_some(year)
}

/// The year a 政府工作报告 of year N reviews: N−1, as it is delivered early in N.
fn work_report_year(title: &str) -> Option<i64> {
    let year = one_year(title)?;
    title.contains("政府工作报告").then_some(year - 1)
}

/// The one year a title names; None for none or several.
fn one_year(title: &str) -> Option<i64> {
    let mut named = years::years(title);
    named.dedup();
    match named.as_slice() {
        [year] => Some(*year),
        _ => None,
    }
}

/// The year the text names most outside its paragraphs of targets (a review of 2025 with
/// 2026年主要预期目标是：… names both), when one year is named more than any other; 0 when
/// none is or two tie: the desk fills it in, never a guess.
fn year(skips: &[Skip], not_results: &[&str]) -> i64 {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let of_results = |s: &&Skip| {
        !not_results.contains(&s.sentence.as_str())
            && !dated(&s.sentence, &s.number)
            && !based(&s.sentence, &s.number)
    };
    for s in skips
        .iter()
        .filter(|s| s.reason == SkipReason::Year)
        .filter(of_results)
    {
        *counts.entry(s.number.as_str()).or_default() += 1;
    }
    // One pass, no sort: a sort's code would weigh on the editor's wasm.
    let most = counts.values().copied().max().unwrap_or(0);
    let mut top = counts.iter().filter(|(_, n)| **n == most);
    match (top.next(), top.next()) {
        (Some((y, _)), None) => y.parse().unwrap_or(0),
        _ => 0,
    }
}

/// True when `sentence` names `year` only as the base a change starts from (由2020年的
/// 68.4%提高到73.2%, 比2020年翻一番): the year of its results is another.
fn based(sentence: &str, year: &str) -> bool {
    let named = format!("{year}年");
    let mut at = sentence.match_indices(&named).map(|(i, _)| &sentence[..i]);
    at.all(|before| before.ends_with(['由', '从', '比', '较']))
}

/// True when `sentence` names `year` only in a date (2025年1月18日，…审议通过本报告):
/// the day the report was read out, not a year of its results.
fn dated(sentence: &str, year: &str) -> bool {
    let is_date = |rest: &str| {
        let month = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let Some(day) = month.strip_prefix('月') else {
            return false;
        };
        month.len() < rest.len()
            && day
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with('日')
    };
    let named = format!("{year}年");
    let mut at = sentence
        .match_indices(&named)
        .map(|(i, _)| &sentence[i + named.len()..]);
    at.all(is_date)
}

/// The year of the report's figures: the one its review heading names (一、2025年工作
/// 回顾), else a summary's title year or the year of the part of a year a title names
/// (2025年上半年…), else a five-year plan outline's base year (“十五五”规划纲要 → 2025:
/// its goals' 2030 is a horizon), else the one its results name most, else the
/// year a 政府工作报告's title says it reviews; never the year of its targets, and 0
/// where the text does not tell.
fn report_year(text: &str, outline: &text::Outline, skips: &[Skip], not_results: &[&str]) -> i64 {
    let title = outline.title.as_deref();
    years::review_year(text, outline)
        .or_else(|| title.and_then(summary_year))
        .or_else(|| title.and_then(part_year))
        .or_else(|| title.and_then(super::plan_years::base_year))
        .or_else(|| Some(year(skips, not_results)).filter(|y| *y > 0))
        .or_else(|| title.and_then(work_report_year))
        .unwrap_or(0)
}

/// The byline: the name before /文 (范志刚/文), or after 记者; else a work report's
/// speaker (县长 林志远). A photo's credit (本报记者 朱江 摄) names the photographer, not
/// the writer: it is no byline.
fn author(text: &str) -> Option<String> {
    // The speaker stands under the title and the dateline, never further down.
    writer(text).or_else(|| text.lines().take(12).find_map(leftovers::speaker))
}

/// The writer's byline: the name before /文, or after 记者.
fn writer(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let l = l.trim();
        if l.ends_with('摄') {
            return None;
        }
        if let Some(name) = news_byline(l) {
            return Some(name);
        }
        let name = l
            .find("/文")
            .map(|i| &l[..i])
            .or_else(|| l.find("记者").map(|i| &l[i + "记者".len()..]))?;
        let name: String = name
            .trim()
            .chars()
            .rev()
            .take_while(|c| numbers::is_han(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        (!name.is_empty() && name.chars().count() <= 4).then_some(name)
    })
}

/// The byline of a news story, in its dateline (本报讯（记者 王明）10月24日，…): the name
/// right after 记者 inside the brackets, up to the closing one or a space. 记者了解到 is
/// no byline: the name must end at a bracket or a space.
fn news_byline(line: &str) -> Option<String> {
    line.match_indices("记者").find_map(|(at, w)| {
        let opened = line[..at].ends_with(['（', '(']);
        let rest = line[at + w.len()..].trim_start();
        let name: String = rest.chars().take_while(|&c| numbers::is_han(c)).collect();
        let after = rest[name.len()..].chars().next();
        let closed = matches!(after, Some('）' | ')' | ' ' | '\u{3000}'));
        let n = name.chars().count();
        (opened && closed && (2..=4).contains(&n)).then_some(name)
    })
}

/// The source a web page prints on a line of its own (来源：昆山发布), or among the
/// other fields of its page line (发布时间：2026-01-20 来源：某县人民政府办公室 作者：…):
/// a short name, no sentence, up to the next field; `None` where the text prints none.
fn printed_source(text: &str) -> Option<&str> {
    text.lines().find_map(|l| {
        let l = l.trim();
        // A news story's closing line in brackets: （来源：江城日报 责任编辑：李华）.
        let l = (l.strip_prefix(['（', '(']))
            .and_then(|b| b.strip_suffix(['）', ')']))
            .filter(|b| b.starts_with("来源："))
            .unwrap_or(l);
        let name = match l.strip_prefix("来源：") {
            Some(name) => name,
            // Among a page line's fields: after a space, never inside a sentence.
            None if super::leftovers::page_line(l) => {
                let at = l.find("来源：")?;
                let spaced = l[..at].ends_with(char::is_whitespace);
                spaced.then(|| &l[at + "来源：".len()..])?
            }
            None => return None,
        };
        // The words up to the next field (作者：…); a date after the name stays, as the
        // page prints it (来源：某省统计局 2026-07-16).
        let field = |w: &str| w.contains(['：', ':']);
        let end = name
            .match_indices(char::is_whitespace)
            .find(|&(i, _)| field(name[i..].trim_start()))
            .map_or(name.len(), |(i, _)| i);
        let name = name[..end].trim();
        let n = name.chars().count();
        let plain = !name.contains(['，', '。', '；', '：', ',', ';', ':']);
        ((1..=30).contains(&n) && plain).then_some(name)
    })
}

/// The place a title names (2026年江西省政府工作报告 → 江西省, 湖滨区2024年生态环境状况
///公报 → 湖滨区): the Han characters before the first word for a division (the glossary's,
/// [`places::longest_division`]), years left out. None when the title names no place
/// (2026年政府工作报告), or only a fragment before a division word (前11个月我市): never
/// guessed. A report's title in the form 关于南塘区…的报告 names 南塘区: its 关于 is
/// no part of the place.
pub fn place(title: &str) -> Option<String> {
    let chars: Vec<char> = title.chars().collect();
    let mut start = 0;
    for (i, c) in chars.iter().enumerate() {
        if !numbers::is_han(*c) || *c == '年' {
            start = i + 1;
            continue;
        }
        // 关于 (its 于 included) opens the name's run: the name starts after it.
        if i < start {
            continue;
        }
        if i == start && chars[i..].starts_with(&['关', '于']) {
            start = i + 2;
            continue;
        }
        let rest: String = chars[i..].iter().collect();
        if let Some(d) = places::longest_division(&|d| rest.starts_with(d)) {
            // 贵州省: the 州 of a two-character name is not yet the division.
            if i - start < 2 {
                continue;
            }
            let name: String = chars[start..i].iter().collect();
            // 前11个月我市: a name cut off by a number, or a pronoun (我市, 本县), is no
            // place; the desk names it rather than a fragment.
            let cut = start > 0 && chars[start - 1].is_ascii_digit();
            if cut || name.ends_with(['我', '本', '全', '该']) {
                return None;
            }
            return (i - start <= 10).then(|| format!("{name}{d}"));
        }
    }
    None
}

/// The provinces by the short name a text calls them by, with their full name.
const PROVINCES: [(&str, &str); 31] = [
    ("北京", "北京市"),
    ("天津", "天津市"),
    ("上海", "上海市"),
    ("重庆", "重庆市"),
    ("河北", "河北省"),
    ("山西", "山西省"),
    ("辽宁", "辽宁省"),
    ("吉林", "吉林省"),
    ("黑龙江", "黑龙江省"),
    ("江苏", "江苏省"),
    ("浙江", "浙江省"),
    ("安徽", "安徽省"),
    ("福建", "福建省"),
    ("江西", "江西省"),
    ("山东", "山东省"),
    ("河南", "河南省"),
    ("湖北", "湖北省"),
    ("湖南", "湖南省"),
    ("广东", "广东省"),
    ("海南", "海南省"),
    ("四川", "四川省"),
    ("贵州", "贵州省"),
    ("云南", "云南省"),
    ("陕西", "陕西省"),
    ("甘肃", "甘肃省"),
    ("青海", "青海省"),
    ("内蒙古", "内蒙古自治区"),
    ("广西", "广西壮族自治区"),
    ("西藏", "西藏自治区"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
];

/// How much of the text's opening names its place: the masthead, the paper (来源：云南日报)
/// and the meeting (在云南省第十四届人民代表大会).
const OPENING_CHARS: usize = 600;

/// The province a text's opening names most (2026年政府工作报告 from 云南日报, 在云南省…
/// 大会上 → 云南省), for a title that names no place. Only when it is named at least twice
/// and more often than any other, or once as the province of the meeting (江西省第十四届
/// 人民代表大会); else None: the desk fills it, never a guess.
pub fn place_in_text(text: &str) -> Option<String> {
    let opening: String = text.chars().take(OPENING_CHARS).collect();
    // 江西省第十四届人民代表大会第五次会议: the meeting the report is given at names its
    // province once, and for sure.
    let meeting = PROVINCES.iter().find(|(_, full)| {
        opening.match_indices(full).any(|(at, _)| {
            let after: String = opening[at + full.len()..].chars().take(12).collect();
            after.starts_with('第') && after.contains("届人民代表大会")
        })
    });
    if let Some((_, full)) = meeting {
        return Some(full.to_string());
    }
    let mut counts: Vec<(usize, &str)> = PROVINCES
        .iter()
        .map(|(short, full)| (opening.matches(short).count(), *full))
        .collect();
    counts.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    match counts.as_slice() {
        [(first, full), (second, _), ..] if *first >= 2 && first > second => Some(full.to_string()),
        _ => None,
    }
}

/// The offices whose byline names a report's place (南溪市人民政府, 南溪市统计局).
const BYLINES: [&str; 3] = ["人民政府", "统计局", "发展和改革委员会"];

/// The place of a byline line among the text's first lines, a whole line of the shape
/// X人民政府, X统计局 or X发展和改革委员会 whose X is one place (南溪市人民政府 → 南溪市).
pub fn place_in_byline(text: &str) -> Option<String> {
    text.lines().take(6).find_map(|line| {
        let line = line.trim();
        let head = BYLINES.iter().find_map(|b| line.strip_suffix(b))?;
        place(head).filter(|p| p == head)
    })
}

/// The report's place: the one its title names, else the province its opening names,
/// else the one its byline names, else the one it names as its subject.
pub fn report_place(text: &str, outline: &text::Outline) -> Option<String> {
    outline
        .title
        .as_deref()
        .and_then(place)
        .or_else(|| place_in_text(text))
        .or_else(|| place_in_byline(text))
        .or_else(|| super::subject_place::subject_place(text))
}

/// The report's meta as the text gives it; what it does not say is left [`TO_FILL`].
pub(super) fn meta(
    text: &str,
    outline: &text::Outline,
    skips: &[Skip],
    drafted: &[Drafted],
    not_results: &[&str],
) -> Meta {
    let year = report_year(text, outline, skips, not_results);
    let deck = drafted
        .first()
        .map(|d| text::pasted::without_markers(&d.figure.source))
        .unwrap_or_else(|| TO_FILL.to_string());
    let place = report_place(text, outline);
    // A headline over the text is the story's title, as the paper printed it; the
    // default one only where the text prints none, for the desk to write (`check` says so).
    let title = outline
        .title
        .clone()
        .or_else(|| outline.headline_text().map(str::to_string))
        .unwrap_or_else(|| msg::draft::draft_title(place.as_deref(), year));
    Meta {
        title: zh(title),
        deck: zh(deck),
        publication: zh(TO_FILL),
        author: zh(author(text).unwrap_or_else(|| TO_FILL.to_string())),
        year,
        place: place.map(zh),
        image_credit: None,
        source_line: zh(msg::draft::draft_source_line(printed_source(text))),
    }
}

#[cfg(test)]
mod tests {
    use super::{author, place_in_text};

    #[test]
    fn a_news_storys_dateline_names_its_reporter_and_a_sentence_about_reporters_does_not() {
        for (text, want) in [
            (
                "本报讯（记者 王明）10月24日，市统计局发布数据。\n",
                Some("王明"),
            ),
            ("本报讯(记者王明)全市经济平稳。\n", Some("王明")),
            ("记者了解到，全市经济平稳。\n", None),
            ("（记者从市统计局获悉）全市经济平稳。\n", None),
        ] {
            assert_eq!(author(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_news_storys_closing_line_in_brackets_names_its_source() {
        let text = "全市经济平稳。\n（来源：江城日报 责任编辑：李华）\n";
        assert_eq!(super::printed_source(text), Some("江城日报"));
    }

    #[test]
    fn a_photo_credit_is_no_byline() {
        assert_eq!(author("会上，市长作报告。本报记者 王五 摄\n"), None);
        assert_eq!(author("李明/文\n"), Some("李明".to_string()));
    }

    #[test]
    fn a_text_whose_title_names_no_place_takes_the_province_its_opening_names() {
        let cases = [
            (
                "报告\n来源：云南日报\n在云南省人民代表大会上\n",
                Some("云南省"),
            ),
            (
                "报告\n在广西壮族自治区人民代表大会上\n广西各族人民\n",
                Some("广西壮族自治区"),
            ),
            ("报告\n各位代表：全省经济稳定增长。\n", None),
            // Named once each: neither is the place for sure.
            ("报告\n云南日报\n福建省代表团\n", None),
            ("报告\n云南日报 云南\n福建 福建\n", None),
        ];
        for (text, want) in cases {
            assert_eq!(place_in_text(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_place_named_only_after_the_opening_is_not_read() {
        let text = format!("报告\n{}\n云南省 云南省\n", "全省".repeat(400));
        assert_eq!(place_in_text(&text), None);
    }
}
