//! Numbers as a report prints them: the Arabic number, the unit after it (a magnitude
//! 万/亿, 余 where Chinese puts it, then a unit of the glossary), the qualifier before it,
//! and its sign. Why a number is not a figure at all: [`super::not_figures`].

use super::glossary::Glossary;
use super::scan::suffix_len;
use super::scan::{is_han, MAGNITUDES};
use crate::check::printed::Number;
use crate::shared::model::Qualifier;

/// The unit printed after a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// As the data file writes it: 万个 (余 taken out), 亿元, %.
    pub zh: String,
    /// 余 or 多 where it stood: 2.1万余个 and 2600余家 ([`Qualifier::MoreThan`]),
    /// 380余万人次, 100多个 and 300多万人, 6万多户, 4万多亿元 (unit 万亿元).
    pub more: Option<Qualifier>,
    /// 左右, 以上, 以内 or 以下 followed the unit.
    pub after: Option<Qualifier>,
    /// Byte offset after the unit itself.
    pub unit_end: usize,
    /// Byte offset after the unit and the qualifier after it.
    pub end: usize,
}

/// The qualifiers printed after a unit.
const AFTER: [(&str, Qualifier); 4] = [
    ("左右", Qualifier::Around),
    ("以上", Qualifier::OrMore),
    ("以内", Qualifier::Within),
    ("以下", Qualifier::OrLess),
];

/// 4万多亿元, 2万余亿元: more than 4万亿元, 余 or 多 printed between the magnitudes, when
/// `rest` (after 万 and its 余 or 多) opens with 亿.
fn between_magnitudes(
    magnitude: Option<&str>,
    more: Option<Qualifier>,
    rest: &str,
) -> Option<Qualifier> {
    if magnitude != Some("万") || !rest.starts_with('亿') {
        return None;
    }
    match more? {
        Qualifier::OddAfterMagnitude => Some(Qualifier::OddBetweenMagnitudes),
        Qualifier::MoreThan => Some(Qualifier::MoreThanBetweenMagnitudes),
        _ => None,
    }
}

/// The unit that starts `rest` (the text right after a number), if the glossary knows it.
pub fn unit(rest: &str, offset: usize, glossary: &Glossary) -> Option<Unit> {
    read_unit(rest, offset, glossary, false)
}

/// The unit that starts `rest`, where `before` is the sentence up to the number: as
/// [`unit()`], and a bare magnitude with 多 that closes its clause after a change of a
/// people's count (农村贫困人口减少1亿多，…; 贫困人口减少6800多万) counts those people,
/// as one before their name does (3000多万群众). Anywhere else 多万 closing a clause
/// names nothing and stays the desk's.
pub fn unit_after(before: &str, rest: &str, offset: usize, glossary: &Glossary) -> Option<Unit> {
    read_unit(rest, offset, glossary, people_changed(before))
}

/// Change verbs a count of people moves by: 减少, 增加 (贫困人口减少6800多万).
const PEOPLE_MOVED: [&str; 2] = ["减少", "增加"];

/// True when the clause of `before` (a sentence up to a number) ends with a change verb
/// whose subject, in the same clause, names people (贫困人口减少, 农村贫困人口又减少):
/// the number that follows is how many of them.
fn people_changed(before: &str) -> bool {
    let clause = before
        .rsplit(['，', '；', '。', ',', ';', '：'])
        .next()
        .unwrap_or(before);
    let Some(subject) = PEOPLE_MOVED.iter().find_map(|v| clause.strip_suffix(v)) else {
        return false;
    };
    let subject = subject.strip_suffix(['又', '再']).unwrap_or(subject);
    PEOPLE.iter().any(|p| subject.ends_with(p))
}

/// True when `r` (after a unit) closes its clause: nothing, or a mark between clauses.
fn clause_closes(r: &str) -> bool {
    r.chars()
        .next()
        .is_none_or(|c| matches!(c, '，' | '。' | '；' | '、' | ',' | ';'))
}

fn read_unit(rest: &str, offset: usize, glossary: &Glossary, people: bool) -> Option<Unit> {
    let mut r = spaced_unit(rest, glossary).unwrap_or(rest);
    let mut more = None;
    let odd = r.starts_with('多');
    if odd {
        more = Some(Qualifier::Odd);
        r = &r['多'.len_utf8()..];
    }
    // 380余万人次: 余 may stand before the magnitude as well as after it, and is printed
    // where it stood.
    if r.starts_with('余')
        && MAGNITUDES
            .iter()
            .any(|m| r['余'.len_utf8()..].starts_with(m))
    {
        more = Some(Qualifier::MoreThanBeforeMagnitude);
        r = &r['余'.len_utf8()..];
    }
    let mut magnitude = MAGNITUDES
        .into_iter()
        .find(|m| r.starts_with(*m))
        .inspect(|m| r = &r[m.len()..]);
    // 1万6千多户, 1亿3千多万: a number printed half in Chinese numerals is no 1万 or 1亿;
    // the desk reads it whole.
    if magnitude.is_some() && numeral_place_next(r) {
        return None;
    }
    if more.is_none() && r.starts_with('余') {
        more = Some(Qualifier::MoreThan);
        r = &r['余'.len_utf8()..];
    } else if more.is_none() && magnitude.is_some() && r.starts_with('多') {
        // 6万多户.
        more = Some(Qualifier::OddAfterMagnitude);
        r = &r['多'.len_utf8()..];
    }
    if let Some(between) = between_magnitudes(magnitude, more, r) {
        (magnitude, more) = (Some("万亿"), Some(between));
        r = &r['亿'.len_utf8()..];
    }
    // 迈上5万亿台阶: words that open with a unit's character are no unit.
    let base = glossary
        .unit_at(r)
        .filter(|_| !NOT_UNITS.iter().any(|w| r.starts_with(w)));
    if base.is_none() && (magnitude.is_none() || unknown_unit_next(r)) {
        return None;
    }
    let base = base.unwrap_or("");
    r = &r[base.len()..];
    // 5PB is no 5P: a unit in letters ends where the letters end.
    if base.ends_with(|c: char| c.is_ascii_alphabetic())
        && r.starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return None;
    }
    // The full-width ％ of some web pages is the data file's %: a change is in %.
    let base = if base == "％" { "%" } else { base };
    // 1.2万亿元人民币 is in 万亿元, as the lists write it; 人民币 names no figure.
    if base == "元" {
        r = r.strip_prefix("人民币").unwrap_or(r);
    }
    // 1.2万家次, 300项次, 1200列次: how many times what the unit counts was served or
    // run, read whole (as 人次 is), never 1.2万家 with 次 left over. 位次 and 名次 are
    // places in a ranking.
    let times = base.chars().count() == 1
        && !"年天岁度倍次位名".contains(base)
        && glossary.unit_kind(base) == "count"
        && r.starts_with('次');
    let base = if times {
        r = &r['次'.len_utf8()..];
        format!("{base}次")
    } else {
        base.to_string()
    };
    // 796元/月, 3095万吨/年, 3.8万套（间）, 0.55元/千瓦时: the rest of the unit as printed.
    // A rate the draft cannot read whole (元/标准…) leaves the number to the desk: cut at
    // its slash, 0.55元/千瓦时 would be 0.55 yuan.
    let suffix = match (base.is_empty(), r.strip_prefix('/')) {
        (true, _) => 0,
        (false, Some(per)) => 1 + glossary.per_len(per)?,
        (false, None) => per_word_len(r, glossary).unwrap_or_else(|| suffix_len(r)),
    };
    let base = format!("{base}{}", &r[..suffix]);
    r = &r[suffix..];
    // 增长1倍多: 多 after 倍 (the only unit it follows) is more than, as printed.
    if more.is_none() && base == "倍" && r.starts_with('多') {
        more = Some(Qualifier::Odd);
        r = &r['多'.len_utf8()..];
    }
    let unit_end = offset + rest.len() - r.len();
    let after = AFTER.iter().find(|(w, _)| r.starts_with(w));
    if let Some((w, _)) = after {
        r = &r[w.len()..];
    }
    let zh = format!("{}{base}", magnitude.map(String::from).unwrap_or_default());
    // 多万 without a unit, or 2.2万P (a unit the glossary does not know, in letters), is
    // no reading: the desk decides.
    let odd = odd
        || matches!(
            more,
            Some(Qualifier::OddAfterMagnitude | Qualifier::OddBetweenMagnitudes)
        );
    let counted = people_next(r) || people && clause_closes(r);
    if base.is_empty() && (odd && !counted || r.starts_with(|c: char| c.is_ascii_alphabetic())) {
        return None;
    }
    Some(Unit {
        zh,
        more,
        after: after.map(|(_, q)| *q),
        unit_end,
        end: offset + rest.len() - r.len(),
    })
}

/// True when `r` (right after a magnitude) goes on with digits and the place of a Chinese
/// numeral (6千, 5百): the rest of one number (1万6千), never a unit.
fn numeral_place_next(r: &str) -> bool {
    let digits = r.trim_start_matches(|c: char| c.is_ascii_digit());
    digits.len() < r.len() && digits.starts_with(['千', '百'])
}

/// Spaces a PDF or a web page prints between a number and its unit.
const SPACES: [char; 3] = [' ', '\u{3000}', '\u{a0}'];

/// `rest` without the spaces that part a number from its unit (1520.3 亿千瓦时, 16.5 ℃);
/// `None` where no space opens it or no magnitude or unit follows. A space before 年 or
/// 月 keeps its number apart: a table's years (2024 年) are no figures.
fn spaced_unit<'a>(rest: &'a str, glossary: &Glossary) -> Option<&'a str> {
    let r = rest.trim_start_matches(SPACES);
    if r.len() == rest.len() || r.starts_with(['年', '月', '日']) {
        return None;
    }
    let unit = MAGNITUDES.iter().any(|m| r.starts_with(m)) || glossary.unit_at(r).is_some();
    unit.then_some(r)
}

/// The length of a rate written with 每 after its unit (0.35元每千瓦时, 50元每亩), where
/// what it is per closes its phrase; `None` otherwise (120元每人每年 is read as before).
fn per_word_len(r: &str, glossary: &Glossary) -> Option<usize> {
    let per = r.strip_prefix('每')?;
    let len = glossary.per_len(per)?;
    let closes = per[len..].chars().next().is_none_or(|c| !is_han(c));
    closes.then_some('每'.len_utf8() + len)
}

/// What opens a unit of measure and never a noun that is counted: the metric prefixes,
/// 平方 and 立方 (2.2万平方千米, 120万千伏安).
const MEASURE_OPENINGS: [&str; 8] = ["千", "兆", "吉", "毫", "微", "厘", "平方", "立方"];

/// True when `r` (right after a bare magnitude) opens with a unit the glossary does not
/// know: a metric prefix, or one character that closes its phrase (1200万羽，), as a
/// measure word does and a noun of people hardly ever. Read as 万 alone, the number
/// would lose its unit; the desk decides.
fn unknown_unit_next(r: &str) -> bool {
    let mut cs = r.chars();
    let one = cs.next().is_some_and(|c| is_han(c) && c != '的');
    // 5万至6万人: a word before a number is no unit.
    (one && cs.next().is_none_or(|c| !is_han(c) && !c.is_alphanumeric()))
        || MEASURE_OPENINGS.iter().any(|w| r.starts_with(w))
}

/// Words for people that a bare magnitude counts (3000多万皖北地区群众, 30多万监测对象,
/// 1000多万失业人员, 9亿多劳动力), and for the households they live in (2900多万家庭).
pub(super) const PEOPLE: [&str; 16] = [
    "群众",
    "人口",
    "居民",
    "农民",
    "儿女",
    "职工",
    "学生",
    "监测对象",
    "老年人",
    "人员",
    "毕业生",
    "在校生",
    "纳税人",
    "残疾人",
    "劳动力",
    "家庭",
];

/// True when `r` (after a bare magnitude) names people within its next few words: the
/// magnitude then counts them, 多 or not.
fn people_next(r: &str) -> bool {
    let words: String = r.chars().take_while(|c| is_han(*c)).take(8).collect();
    PEOPLE.iter().any(|p| words.contains(p))
}

/// Words that start with a unit of the glossary but are none: 台阶, 方面, 头部 ….
const NOT_UNITS: [&str; 17] = [
    "台阶", "方面", "方案", "方式", "方向", "头部", "类型", "人制", "回望", "回顾", "起步", "期间",
    "口岸", "宗教", "秒杀",
    // 13亿多人口, 2900万家庭: people and households a bare magnitude counts, never 亿人 or
    // 万家.
    "人口", "家庭",
];

/// The qualifiers printed right before a number, longest first.
const BEFORE: [(&str, Qualifier); 13] = [
    ("不超过", Qualifier::AtMost),
    ("不高于", Qualifier::NoHigherThan),
    ("不少于", Qualifier::NoFewerThan),
    ("超过", Qualifier::OverFully),
    ("接近", Qualifier::Nearly),
    ("不低于", Qualifier::AtLeast),
    ("突破", Qualifier::Passed),
    ("跨越", Qualifier::Crossed),
    ("迈上", Qualifier::SteppedOnto),
    ("超", Qualifier::Over),
    ("近", Qualifier::Nearly),
    ("达", Qualifier::Reached),
    ("约", Qualifier::About),
];

/// The qualifier that ends `lead` (the text right before a number), with its printed
/// length in bytes.
pub fn qualifier_before(lead: &str) -> Option<(Qualifier, usize)> {
    // 达成/到达 … end in other words; only a qualifier touching the number counts, and
    // 达到 is a printed form the model has no word for (it stays in the text).
    BEFORE
        .into_iter()
        .find(|(w, _)| lead.ends_with(w))
        .filter(|(w, _)| !closes_a_word(lead, w))
        .map(|(w, q)| (q, w.len()))
}

/// Words that end in 约 or 近 and mean neither about nor nearly: 签约12个, 节约, 附近, 最近.
const ENDS_IN_ABOUT: [&str; 20] = [
    "签约", "预约", "节约", "履约", "合约", "集约", "制约", "违约", "续约", "解约", "公约", "条约",
    "特约", "邀约", "附近", "最近", "邻近", "靠近", "贴近", "亲近",
];

/// True when the qualifier `w` that ends `lead` is only the last character of another
/// word (项目签约12个: signed, not about 12).
fn closes_a_word(lead: &str, w: &str) -> bool {
    matches!(w, "约" | "近") && ENDS_IN_ABOUT.iter().any(|x| lead.ends_with(x))
}

/// The value of number `n` of `sentence` with the sign the sentence prints: −2.4 for
/// 人口自然增长率为-2.4‰. The editor's checks and proposals compare with it, so that a
/// value typed or proposed without its minus sign never passes for the text's.
pub fn signed(sentence: &str, n: &Number) -> f64 {
    crate::check::printed::signed(sentence, n)
}

/// The qualifier that ends `lead` before a number of `unit`, with its printed length.
/// 跨越3个千亿元台阶 counts the marks passed: 跨越 qualifies an amount, never a count of
/// 个 (the word stays in the label, as the text prints it).
pub fn qualifier_before_unit(lead: &str, unit: &Unit) -> Option<(Qualifier, usize)> {
    qualifier_before(lead).filter(|(q, _)| {
        !matches!(q, Qualifier::Crossed | Qualifier::SteppedOnto) || unit.zh != "个"
    })
}

/// True for a qualifier that makes its figure a bound (a limit): 不超过, 不高于, 以内, and
/// 以下 after the unit (降至10%以下: a bound word wherever it stands, `tests/truth/README.md`).
pub fn bounds(q: Qualifier) -> bool {
    matches!(
        q,
        Qualifier::AtMost | Qualifier::NoHigherThan | Qualifier::Within | Qualifier::OrLess
    )
}

/// The qualifier of a number: 余 or 多 after it, else the word after its unit (左右,
/// 以上), else the one before it.
pub fn qualifier(before: Option<Qualifier>, unit: &Unit) -> Option<Qualifier> {
    unit.more.or(unit.after).or(before)
}

/// `label` (a figure's label, or a sentence) without the number of a list item opening it
/// (1.地区生产总值, 2、一般公共预算收入, （3）城镇调查失业率); `None` where none opens it,
/// and where the number is the sentence's own (1.5万个, 2025年).
pub fn without_item_number(label: &str) -> Option<&str> {
    let rest = label.strip_prefix(['（', '(']).unwrap_or(label);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let name = rest[digits..].strip_prefix(['.', '．', '、', '）', ')'])?;
    name.starts_with(is_han).then_some(name)
}
