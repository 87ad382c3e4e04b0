//! Numbers as the report prints them, in Chinese and in English.
//!
//! Values are written in their shortest round-trip decimal form, so 251.64 stays
//! 251.64 and never becomes 251.64000000000001. English scales go through decimal
//! strings, not float multiplication, for the same reason: 2739.63亿元 is exactly
//! 273.963 billion yuan.

use crate::shared::messages::draft::status_word;
use crate::shared::model::{ChangeKind, Figure, Lang, Qualifier};

pub mod basis;
pub mod changes;
pub mod decimals;
mod from_printed;
pub mod qualifier;
pub mod sign;
pub mod verb;
pub use changes::{
    change, change_before, change_short, change_unit_after, change_value_number, change_verb,
    change_with_compare, unit_en,
};
pub use decimals::decimal;
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

/// Groups the integer part in threes with commas: 16400 → 16,400.
fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Shifts the decimal string of a non-negative number by `10^shift` exactly.
fn shift_decimal(s: &str, shift: i32) -> String {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let mut out = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    if out.contains('.') {
        out = out.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let trimmed = out.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else if trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_string()
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

/// An English amount: 80 billion, 30 million, 16,400.
fn english_amount(v: f64, unit_zh: &str) -> String {
    english_amount_dp(v, unit_zh, 0)
}

/// An English amount that keeps the digits printed after the point, as significant
/// digits: 5.0% is 5.0%, 191.0亿元 is 19.10 billion (its last printed digit counts ten
/// millions), 1.50万人 is 15,000 (no digit after the point is printed).
fn english_amount_dp(v: f64, unit_zh: &str, decimals: u8) -> String {
    let neg = v < 0.0;
    let m = magnitude(unit_zh);
    let exact = shift_decimal(&number(v.abs()), m);
    let int_len = exact.split('.').next().map_or(0, str::len) as i32;
    // 14.2万亿元 is 14.2 trillion yuan: nobody writes 14,200 billion.
    let (shift, word) = if int_len > 12 {
        (-12, " trillion")
    } else if int_len > 9 {
        (-9, " billion")
    } else if int_len > 6 {
        (-6, " million")
    } else {
        (0, "")
    };
    // The last printed digit is worth 10^(m − decimals); shown in units of 10^-shift, it
    // needs decimals − m − shift digits after the point. Only printed zeros count: 800亿元
    // says nothing of the digits below its hundreds.
    let dp = if decimals > decimals::shortest(v.abs()) {
        u8::try_from((i32::from(decimals) - m - shift).max(0)).unwrap_or(0)
    } else {
        0
    };
    // Grouped in both cases: 10^12 亿元 is 100,000,000 trillion, not 100000000 trillion.
    let body = if shift == 0 {
        group_thousands(&decimals::pad(&exact, dp))
    } else {
        let scaled = decimals::pad(&shift_decimal(&exact, shift), dp);
        format!("{}{word}", group_thousands(&scaled))
    };
    if neg {
        format!("−{body}")
    } else {
        body
    }
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

fn with_unit_en(amount: &str, noun: &str) -> String {
    if noun == "%" {
        format!("{amount}%")
    } else if noun.is_empty() {
        amount.to_string()
    } else {
        format!("{amount} {}", noun_for(amount, noun))
    }
}

/// The English noun as it goes with `amount`: 1 building, 5 buildings.
fn noun_for(amount: &str, noun: &str) -> String {
    if amount == "1" {
        singular(noun)
    } else {
        noun.to_string()
    }
}

/// The singular of a plural English noun (only its last word is plural): companies →
/// company, businesses → business, car parks → car park; anything else unchanged.
fn singular(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes"]
        .iter()
        .any(|end| noun.ends_with(end))
    {
        noun[..noun.len() - 2].to_string()
    } else if noun.ends_with('s') && !noun.ends_with("ss") {
        noun[..noun.len() - 1].to_string()
    } else {
        noun.to_string()
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
    let words = [period, status_word(f.status, lang), q];
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
    fn shifting_a_decimal_is_exact() {
        assert_eq!(shift_decimal("2739.63", 8), "273963000000");
        assert_eq!(shift_decimal("273963000000", -9), "273.963");
        assert_eq!(shift_decimal("1.64", 4), "16400");
        assert_eq!(shift_decimal("5", -3), "0.005");
    }

    #[test]
    fn amounts_of_ten_to_the_twelve_and_more_are_trillions() {
        let cases = [
            (14.2, "万亿元", "14.2 trillion"),
            (2.35, "万亿元", "2.35 trillion"),
            (9999.0, "亿元", "999.9 billion"),
            (12000.0, "亿元", "1.2 trillion"),
            (800.0, "亿元", "80 billion"),
        ];
        for (v, unit, want) in cases {
            assert_eq!(english_amount(v, unit), want, "{v}{unit}");
        }
    }

    #[test]
    fn english_amounts_keep_the_digits_printed_after_the_point() {
        let cases = [
            (5.0, "%", 1, "5.0"),
            (191.0, "亿元", 1, "19.10 billion"),
            (800.0, "亿元", 0, "80 billion"),
            (1.5, "万人", 2, "15,000"),
            (12.0, "万元", 1, "120,000"),
            (3.0, "万亿元", 2, "3.00 trillion"),
        ];
        for (v, unit, d, want) in cases {
            assert_eq!(english_amount_dp(v, unit, d), want, "{v}{unit} with {d}");
        }
    }

    #[test]
    fn every_qualifier_has_a_csv_word_in_both_languages() {
        for (q, printed) in Qualifier::ALL {
            assert_eq!(qualifier_name(Some(q), Lang::Zh), printed);
            assert!(!qualifier_name(Some(q), Lang::En).is_empty(), "{printed}");
        }
    }
}
