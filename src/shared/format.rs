//! Numbers as the report prints them, in Chinese and in English.
//!
//! Values are written in their shortest round-trip decimal form, so 251.64 stays
//! 251.64 and never becomes 251.64000000000001. English scales go through decimal
//! strings, not float multiplication, for the same reason: 2739.63亿元 is exactly
//! 273.963 billion yuan.

use crate::shared::messages::draft::{cumulative_word, status_word, yearly_word};
use crate::shared::model::{ChangeKind, Figure, Lang, Qualifier};

pub mod basis;
pub mod changes;
pub mod decimals;
mod english;
mod from_printed;
pub mod qualifier;
pub mod sign;
pub mod verb;
pub use changes::{
    change, change_before, change_short, change_unit_after, change_value_number, change_verb,
    change_with_compare, unit_en,
};
pub use decimals::decimal;
use english::{english_amount, english_amount_dp, noun_for, with_unit_en};
use qualifier::qualifier_word;
pub use qualifier::{qualifier_before, qualifier_name};

/// The shortest decimal that reads back as `v`; never an exponent, never `-0`.
pub fn number(v: f64) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    let s = format!("{v}");
    // Rust prints f64 without exponent, but keep a guard for the -0 case.
    s.trim_start_matches('+').to_string()
}

/// `number` with a sign: +4.3 or −2.1 (a real minus sign, as newsrooms print it).
pub fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", number(v))
    } else if v < 0.0 {
        format!("−{}", number(-v))
    } else {
        "0".to_string()
    }
}

/// The power of ten a Chinese unit's leading magnitude stands for: 亿元 → 8, 万人次 → 4,
/// 万亿元 → 12, 千亿元 → 11.
pub fn magnitude(unit_zh: &str) -> i32 {
    if unit_zh.starts_with("万亿") {
        12
    } else if unit_zh.starts_with("千亿") {
        11
    } else if unit_zh.starts_with('亿') {
        8
    } else if unit_zh.starts_with('万') {
        4
    } else {
        0
    }
}

/// A Chinese unit without its leading magnitude: 元 of 亿元 and of 万亿元, 人 of 万人. Two
/// units of one base count the same thing in other powers of ten (2.18万亿元，比去年增加
/// 5600亿元: the increase is the amount's, printed in a smaller magnitude).
pub fn unit_base(unit_zh: &str) -> &str {
    let chars = match magnitude(unit_zh) {
        12 | 11 => 2,
        8 | 4 => 1,
        _ => 0,
    };
    unit_zh
        .char_indices()
        .nth(chars)
        .map_or("", |(at, _)| &unit_zh[at..])
}

/// The unit a number printed as the report prints it is counted in, in each language:
/// 亿元 / 100 million yuan, 万户 / 10,000 households, 家 / companies. The CSVs write the
/// value as printed (800) beside it, so that both languages say 800 and mean 8e10.
pub fn unit_as_printed(unit: &crate::shared::model::Text, lang: Lang) -> String {
    match lang {
        Lang::Zh => unit.zh.clone(),
        Lang::En if magnitude(&unit.zh) == 0 => unit.en.clone(),
        Lang::En => with_unit_en(&english_amount(1.0, &unit.zh), &unit.en),
    }
}

/// The number and unit of a figure, without its qualifier: 800亿元 / 80 billion yuan.
pub fn value_bare(v: f64, unit: &crate::shared::model::Text, lang: Lang) -> String {
    value_bare_dp(v, 0, unit, lang)
}

/// [`value_bare`] with the digits printed after the point (`decimals`): 5.0%.
pub fn value_bare_dp(
    v: f64,
    decimals: u8,
    unit: &crate::shared::model::Text,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!("{}{}", decimal(v, decimals), unit.zh),
        Lang::En => with_unit_en(&english_amount_dp(v, &unit.zh, decimals), &unit.en),
    }
}

/// The number alone, as the chart's big type shows it: 800 (zh) or 80 billion (en); a
/// range with both ends as printed: 6—6.5; a negative one with the sign its sentence
/// prints (-1.2).
pub fn value_number(f: &Figure, lang: Lang) -> Option<String> {
    value_digits(f, lang).map(|n| sign::as_printed(n, f))
}

fn value_digits(f: &Figure, lang: Lang) -> Option<String> {
    let v = f.value?;
    let one = |v: f64| match lang {
        Lang::Zh => decimal(v, f.decimals),
        Lang::En => english_amount_dp(v, &f.unit.zh, f.decimals),
    };
    Some(match f.to {
        Some(to) => format!("{}{}{}", one(v), range_dash(lang), one(to)),
        None => one(v),
    })
}

/// The dash between the ends of a range.
fn range_dash(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "—",
        Lang::En => "–",
    }
}

/// The unit as shown beside a big number, with 余 placed where Chinese puts it and
/// 左右, 以上, 以内, 以下 after it.
pub fn unit_after_number(f: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => match f.qualifier {
            Some(Qualifier::MoreThan) => inside_unit(&f.unit.zh, "余"),
            Some(Qualifier::OddAfterMagnitude) => inside_unit(&f.unit.zh, "多"),
            Some(Qualifier::OddBetweenMagnitudes) => between_magnitudes(&f.unit.zh, "多"),
            Some(Qualifier::MoreThanBetweenMagnitudes) => between_magnitudes(&f.unit.zh, "余"),
            // 多 follows the number, before any magnitude: 300多万人; 余 as printed
            // there: 380余万人次.
            Some(Qualifier::Odd) => format!("多{}", f.unit.zh),
            Some(Qualifier::MoreThanBeforeMagnitude) => format!("余{}", f.unit.zh),
            // 左右 follows the unit: 40亿元左右.
            Some(q) if q.after_unit() => format!("{}{}", f.unit.zh, q.zh()),
            _ => f.unit.zh.clone(),
        },
        Lang::En => {
            if f.unit.en == "%" {
                "%".to_string()
            } else {
                noun_for(&value_number(f, lang).unwrap_or_default(), &f.unit.en)
            }
        }
    }
}

/// `word` (余 or 多) after the magnitude: 2.1万余个, 2600余家, 1.2万亿余元, 6万多户.
fn inside_unit(unit: &str, word: &str) -> String {
    let m = ["万亿", "千亿", "万", "亿"]
        .into_iter()
        .find(|m| unit.starts_with(m))
        .unwrap_or("");
    format!("{m}{word}{}", &unit[m.len()..])
}

/// `word` (余 or 多) between the 万 and the 亿 of a unit in 万亿: 4万多亿元, 2万余亿元
/// (`check` refuses such a qualifier on any other unit; after its magnitude there).
fn between_magnitudes(unit: &str, word: &str) -> String {
    match unit.strip_prefix("万亿") {
        Some(rest) => format!("万{word}亿{rest}"),
        None => inside_unit(unit, word),
    }
}

/// What stands before a figure's number: its period, its status (a target or a limit
/// says so, so that it never reads as a result) and its qualifier: 2026年目标约.
pub fn before_number(f: &Figure, q: &str, lang: Lang) -> String {
    let period = f.period.as_ref().map_or("", |p| p.pick(lang));
    // 从4276.8亿元增加到5780亿元 over the “十四五”时期: the new value is the level of the
    // plan's last year, never a sum of the five years.
    let from = f
        .change
        .as_ref()
        .is_some_and(|c| c.kind == ChangeKind::From);
    let end = f
        .period
        .as_ref()
        .and_then(|p| plan_end(&p.zh))
        .filter(|_| from);
    let period = match (end, lang) {
        (Some((zh, _)), Lang::Zh) => zh,
        (Some((_, en)), Lang::En) => en,
        (None, _) => period,
    };
    // 一般公共预算收入五年累计 names its period already: never 五年累计五年2150亿元.
    let period = match period {
        p if !p.is_empty() && f.label.pick(lang).contains(p) => "",
        p => p,
    };
    // 五年来累计完成投资612.5亿元: a sum over the period says so (一般公共预算收入五年
    // 累计 names it already).
    let summed = match f.cumulative && !f.label.zh.contains("累计") {
        true => cumulative_word(lang),
        false => "",
    };
    // 城镇新增就业五年来年均超过70万人: never 五年来超过70万人 (five times too few).
    let yearly = match f.yearly && !f.label.zh.contains("年均") {
        true => yearly_word(lang),
        false => "",
    };
    let words = [period, summed, yearly, status_word(f.status, lang), q];
    match lang {
        Lang::Zh => words.concat(),
        Lang::En => words
            .iter()
            .filter(|w| !w.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The last year of a five-year plan's period as printed (“十四五”时期), in Chinese and
/// in English.
fn plan_end(zh: &str) -> Option<(&'static str, &'static str)> {
    const ENDS: [(&str, &str, &str); 2] =
        [("十三五", "2020年", "2020"), ("十四五", "2025年", "2025")];
    ENDS.iter()
        .find(|(plan, _, _)| zh.contains(plan))
        .map(|(_, z, e)| (*z, *e))
}

/// A figure's value exactly as the report prints it: 突破800亿元, 2600余家, 超3000万人次;
/// a target or a limit with its word (目标5.5%左右), a figure of another year with it.
pub fn value(f: &Figure, lang: Lang) -> Option<String> {
    let n = value_number(f, lang)?;
    let q = before_number(f, qualifier_before(f, lang), lang);
    let unit = unit_after_number(f, lang);
    Some(match lang {
        Lang::Zh => format!("{q}{n}{unit}"),
        Lang::En => {
            let body = with_unit_en(&n, &unit);
            if q.is_empty() {
                body
            } else {
                format!("{q} {body}")
            }
        }
    })
}

/// A figure as the pages print it (the data table's value, the tooltip's, the editor's
/// lists): its value as [`value`] prints it, qualifier included (超1万家, 30余项), or, for
/// a figure printed only as a change, the change with its comparison (增长6.1%). It says
/// its period and status as [`value`] does (2026年目标增长5.5%左右, 前三季度增长7.1%, as
/// 2026年限值5.5%以内): the data table, the tooltips, the alt text and the live numbers
/// never leave next year's target, nor a part of the year, to a subtitle.
pub fn printed(f: &Figure, lang: Lang) -> Option<String> {
    let (None, Some(c)) = (&f.value, &f.change) else {
        return value(f, lang);
    };
    let change = change_with_compare(c, f, lang);
    let period = (f.period.as_ref())
        .map(|p| p.pick(lang))
        .filter(|p| !p.is_empty());
    Some(match (period, lang) {
        (None, _) => change,
        (Some(p), Lang::Zh) => format!("{p}{change}"),
        (Some(p), Lang::En) => format!("{p} {change}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_has_a_csv_word_in_both_languages() {
        for (q, printed) in Qualifier::ALL {
            assert_eq!(qualifier_name(Some(q), Lang::Zh), printed);
            assert!(!qualifier_name(Some(q), Lang::En).is_empty(), "{printed}");
        }
    }
}
