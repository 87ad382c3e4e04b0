//! What a draft says of the report as a whole: its year, title, byline and place, each
//! read from the text or left for the desk.

use super::bilingual::zh;
use super::{places, text, Drafted, TO_FILL};
use crate::draft::scan;
use crate::shared::messages as msg;
use crate::shared::model::{Meta, Skip};
use byline::author;
use year::report_year;

mod byline;
mod deck;
mod year;

/// The source a web page prints on a line of its own (来源：昆山发布), or among the
/// other fields of its page line (发布时间：2026-01-20 来源：某县人民政府办公室 作者：…):
/// a short name, no sentence, up to the next field; `None` where the text prints none.
fn printed_source(text: &str) -> Option<&str> {
    text.lines().find_map(|l| {
        let l = l.trim();
        // A news story's closing line in brackets: （来源：江城日报 责任编辑：李华）.
        let l = (l.strip_prefix(['（', '(']))
            .and_then(|b| b.strip_suffix(['）', ')']))
            .filter(|b| b.starts_with("来源：") || b.starts_with("来源:"))
            .unwrap_or(l);
        // A newspaper's scan prints the colon half-width: (来源:南昌日报 记者 范志刚).
        let name = match l.strip_prefix("来源：").or_else(|| l.strip_prefix("来源:")) {
            Some(name) => name,
            // Among a page line's fields, or a byline's (记者 何川 通讯员 李青 2026-01-15
            // 08:30 来源：南溪晚报): after a space, never inside a sentence.
            None => {
                let at = l.find("来源：")?;
                let head = &l[..at];
                let fields = super::leftovers::page_line(l)
                    || !head.contains(['，', '。', '；', '！', '？', '、']);
                (fields && head.ends_with(char::is_whitespace))
                    .then(|| &l[at + "来源：".len()..])?
            }
        };
        // The words up to the next field (作者：…); a date after the name stays, as the
        // page prints it (来源：某省统计局 2026-07-16).
        // The reporter's credit after the paper (南昌日报 记者 范志刚) is a field too.
        let field = |w: &str| w.contains(['：', ':']) || w.starts_with("记者");
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
        if !scan::is_han(*c) || *c == '年' {
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

/// The place whose meeting the report is given at, as the dateline names it (——2026年6月
/// 25日在桐溪县第十八届人民代表大会常务委员会第三十次会议上 → 桐溪县): the whole words
/// between 在 and 第…届人民代表大会, when they are one place.
/// A story's first sentence names it without 在 (1月8日上午，临江区第十八届人民代表大会…,
/// 临江区十八届人大五次会议开幕): the words after the last mark before the session's number.
fn place_of_meeting(text: &str) -> Option<String> {
    let opening: String = text.chars().take(OPENING_CHARS).collect();
    // 区十八届人大五次会议开幕 over the story names no place; its first sentence may.
    // Both 届人民代表大会 and 届人大 open with 届人.
    opening.match_indices("届人").find_map(|(at, _)| {
        let before = opening[..at]
            .trim_end_matches(super::numbered::NUMERALS)
            .trim_end_matches('第');
        let from = before
            .char_indices()
            .rfind(|&(_, c)| c == '在' || !scan::is_han(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let name = &before[from..];
        place(name).filter(|p| p == name)
    })
}

/// The offices that issued a bulletin, on a line of their own under the title or at the
/// end (石门县统计局; 石岭县统计局 国家统计局石岭调查队): its source, where no 来源 line
/// names one.
fn issuing(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|l| offices(l))
}

/// True for a line of one to three offices parted by spaces, the first an office of one
/// place ([`issuer`]), each an office's name (统计局, 调查队, 人民政府 …).
fn offices(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let office = |w: &&str| BYLINES.iter().chain(&["调查队"]).any(|b| w.ends_with(b));
    (1..=3).contains(&words.len())
        && words.first().is_some_and(|w| issuer(w).is_some())
        && words.iter().all(office)
}

/// The bureau a bulletin names under its title (石岭县统计局 国家统计局石岭调查队): a 公报
/// has no author; the bureau is its source and its publisher.
fn bureau(text: &str) -> Option<&str> {
    text.lines().take(6).map(str::trim).find(|l| offices(l))
}

/// The offices whose byline names a report's place (南溪市人民政府, 南溪市统计局).
const BYLINES: [&str; 3] = ["人民政府", "统计局", "发展和改革委员会"];

/// The place of a byline line among the text's first lines, a whole line of the shape
/// X人民政府, X统计局 or X发展和改革委员会 whose X is one place (南溪市人民政府 → 南溪市).
pub fn place_in_byline(text: &str) -> Option<String> {
    text.lines().take(6).find_map(issuer)
}

/// The place of an issuing office's line (石门县统计局 → 石门县), a whole line of the
/// shape X人民政府, X统计局 or X发展和改革委员会 whose X is one place.
pub fn issuer(line: &str) -> Option<String> {
    let line = line.trim();
    let head = BYLINES.iter().find_map(|b| line.strip_suffix(b))?;
    place(head).filter(|p| p == head)
}

/// The report's place: the one its title names, else the province its opening names,
/// else the one its byline names, else the one it names as its subject.
pub fn report_place(text: &str, outline: &text::Outline) -> Option<String> {
    outline
        .title
        .as_deref()
        .and_then(place)
        .or_else(|| place_in_text(text))
        .or_else(|| place_of_meeting(text))
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
    // The subhead the text prints under its title, as printed (its numbers trace to the
    // text's line as a quote, tests/audit.rs); else the first figure's clauses.
    let deck = outline.deck.clone().unwrap_or_else(|| {
        drafted
            .first()
            .map(|d| text::pasted::without_markers(&deck::clauses(d)))
            .unwrap_or_else(|| TO_FILL.to_string())
    });
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
        publication: zh(printed_source(text)
            .filter(|p| p.ends_with('报'))
            .or_else(|| bureau(text).and_then(|b| b.split_whitespace().next()))
            .unwrap_or(TO_FILL)),
        // Empty, which the data file leaves out, for a bulletin its bureau issued.
        author: zh(author(text).unwrap_or_else(|| match bureau(text) {
            Some(_) => String::new(),
            None => TO_FILL.to_string(),
        })),
        year,
        place: place.map(zh),
        // （图：…记者 陈刚 摄）: the photo's credit, for the desk to keep where the page
        // shows the photo.
        // The photo a caption credits (记者 陈刚 摄) is the printed page's: a page of charts
        // shows none (data/README.md, `image_credit`).
        image_credit: None,
        source_line: zh(msg::draft::draft_source_line(
            printed_source(text).or_else(|| issuing(text)),
        )),
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
