//! Numbers as the report prints them, in Chinese and in English.
//!
//! Values are written in their shortest round-trip decimal form, so 251.64 stays
//! 251.64 and never becomes 251.64000000000001. English scales go through decimal
//! strings, not float multiplication, for the same reason: 2739.63亿元 is exactly
//! 273.963 billion yuan.

use crate::model::{Change, ChangeKind, Figure, Lang, Qualifier};

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

/// The size of the change from `from` to `to` in whole per cent, unsigned: 37 → 10 is 73.
/// `None` when there is no base to divide by, or the change is too large for a float
/// (from a tiny base: 0.000001 → 10^300 would print as `inf`).
pub fn percent_change(from: f64, to: f64) -> Option<String> {
    if from == 0.0 {
        return None;
    }
    let pct = ((to - from) / from * 100.0).abs().round();
    pct.is_finite().then(|| number(pct))
}

/// The change from `from` to `to` as a before→after chart writes it under its arrow:
/// 减少73% / down 73%.
pub fn percent_change_text(from: f64, to: f64, lang: Lang) -> Option<String> {
    let pct = percent_change(from, to)?;
    Some(match (lang, to < from) {
        (Lang::Zh, true) => format!("减少{pct}%"),
        (Lang::Zh, false) => format!("增加{pct}%"),
        (Lang::En, true) => format!("down {pct}%"),
        (Lang::En, false) => format!("up {pct}%"),
    })
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

/// The power of ten a Chinese unit's leading magnitude stands for: 亿元 → 8, 万人次 → 4.
pub fn magnitude(unit_zh: &str) -> i32 {
    if unit_zh.starts_with('亿') {
        8
    } else if unit_zh.starts_with('万') {
        4
    } else {
        0
    }
}

/// An English amount: 80 billion, 30 million, 16,400.
fn english_amount(v: f64, unit_zh: &str) -> String {
    let neg = v < 0.0;
    let exact = shift_decimal(&number(v.abs()), magnitude(unit_zh));
    let int_len = exact.split('.').next().map_or(0, str::len) as i32;
    let (shift, word) = if int_len > 9 {
        (-9, " billion")
    } else if int_len > 6 {
        (-6, " million")
    } else {
        (0, "")
    };
    // Grouped in both cases: 10^12 亿元 is 100,000,000,000 billion, not 100000000000 billion.
    let body = if shift == 0 {
        group_thousands(&exact)
    } else {
        format!("{}{word}", group_thousands(&shift_decimal(&exact, shift)))
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
pub fn unit_as_printed(unit: &crate::model::Text, lang: Lang) -> String {
    match lang {
        Lang::Zh => unit.zh.clone(),
        Lang::En if magnitude(&unit.zh) == 0 => unit.en.clone(),
        Lang::En => with_unit_en(&english_amount(1.0, &unit.zh), &unit.en),
    }
}

/// The number and unit of a figure, without its qualifier: 800亿元 / 80 billion yuan.
pub fn value_bare(v: f64, unit: &crate::model::Text, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}{}", number(v), unit.zh),
        Lang::En => with_unit_en(&english_amount(v, &unit.zh), &unit.en),
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

/// The number alone, as the chart's big type shows it: 800 (zh) or 80 billion (en).
pub fn value_number(f: &Figure, lang: Lang) -> Option<String> {
    let v = f.value?;
    Some(match lang {
        Lang::Zh => number(v),
        Lang::En => english_amount(v, &f.unit.zh),
    })
}

/// The unit as shown beside a big number, with 余 placed where Chinese puts it.
pub fn unit_after_number(f: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => match f.qualifier {
            Some(Qualifier::MoreThan) => more_than_unit(&f.unit.zh),
            // 左右 follows the unit: 40亿元左右.
            Some(Qualifier::Around) => format!("{}左右", f.unit.zh),
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

/// 余 goes after the magnitude: 2.1万余个, 2600余家.
fn more_than_unit(unit: &str) -> String {
    match unit.chars().next() {
        Some(m @ ('万' | '亿')) => format!("{m}余{}", &unit[m.len_utf8()..]),
        _ => format!("余{unit}"),
    }
}

/// The qualifier that stands before the number, if any: 突破 / over.
pub fn qualifier_before(f: &Figure, lang: Lang) -> &'static str {
    match (f.qualifier, lang) {
        (None, _) => "",
        (Some(Qualifier::MoreThan | Qualifier::Around), Lang::Zh) => "",
        (Some(q), Lang::Zh) => q.zh(),
        (Some(Qualifier::Passed | Qualifier::Over), Lang::En) => "over",
        (Some(Qualifier::Nearly), Lang::En) => "nearly",
        (Some(Qualifier::MoreThan), Lang::En) => "more than",
        (Some(Qualifier::Reached), Lang::En) => "",
        (Some(Qualifier::About | Qualifier::Around), Lang::En) => "about",
    }
}

/// A figure's value exactly as the report prints it: 突破800亿元, 2600余家, 超3000万人次.
pub fn value(f: &Figure, lang: Lang) -> Option<String> {
    let n = value_number(f, lang)?;
    let q = qualifier_before(f, lang);
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

/// A change as printed: 增长4.3%, 提升2.9个百分点, 由37个压缩为10个.
pub fn change(c: &Change, f: &Figure, lang: Lang) -> String {
    let v = number(c.value);
    match lang {
        Lang::Zh => match c.kind {
            ChangeKind::Growth => format!("增长{v}%"),
            ChangeKind::Decline => format!("下降{v}%"),
            ChangeKind::Improve => format!("改善{v}%"),
            ChangeKind::Rise => format!("提升{v}个百分点"),
            ChangeKind::Above => format!(
                "高于{}{v}个百分点",
                c.reference.as_ref().map_or("", |r| r.zh.as_str())
            ),
            ChangeKind::Added => format!("新增{v}{}", c.unit),
            ChangeKind::From => format!(
                "由{v}{}压缩为{}{}",
                c.unit,
                f.value.map(number).unwrap_or_default(),
                f.unit.zh
            ),
        },
        Lang::En => match c.kind {
            ChangeKind::Growth => format!("up {v}%"),
            ChangeKind::Decline => format!("down {v}%"),
            ChangeKind::Improve => format!("improved {v}%"),
            ChangeKind::Rise => format!("up {v} percentage points"),
            ChangeKind::Above => format!(
                "{v} percentage points above {}",
                c.reference.as_ref().map_or("", |r| r.en.as_str())
            ),
            // 新增47家: "47 new companies", the adjective before the noun.
            ChangeKind::Added => match f.unit.en.as_str() {
                "" | "%" => format!(
                    "{} new",
                    with_unit_en(&english_amount(c.value, &c.unit), &f.unit.en)
                ),
                noun => {
                    let n = english_amount(c.value, &c.unit);
                    format!("{n} new {}", noun_for(&n, noun))
                }
            },
            ChangeKind::From => format!("down from {}", english_amount(c.value, &c.unit)),
        },
    }
}

/// The verb of a change, for a figure printed only as a change: 增长 / up.
pub fn change_verb(kind: ChangeKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ChangeKind::Growth, Lang::Zh) => "增长",
        (ChangeKind::Decline, Lang::Zh) => "下降",
        (ChangeKind::Improve, Lang::Zh) => "改善",
        (ChangeKind::Rise, Lang::Zh) => "提升",
        (ChangeKind::Above, Lang::Zh) => "高于",
        (ChangeKind::Added, Lang::Zh) => "新增",
        (ChangeKind::From, Lang::Zh) => "压缩",
        (ChangeKind::Growth | ChangeKind::Rise, Lang::En) => "up",
        (ChangeKind::Decline | ChangeKind::From, Lang::En) => "down",
        (ChangeKind::Improve, Lang::En) => "improved",
        (ChangeKind::Above, Lang::En) => "above by",
        (ChangeKind::Added, Lang::En) => "added",
    }
}

/// A change unit in English: % stays, 个百分点 becomes "points".
pub fn unit_en(unit_zh: &str) -> String {
    match unit_zh {
        "%" => "%".to_string(),
        "个百分点" => "points".to_string(),
        other => other.to_string(),
    }
}

/// The short signed form for bar ends and arrows: +4.3%, +2.9个百分点 / +2.9 pts.
pub fn change_short(c: &Change, lang: Lang) -> String {
    let s = signed(c.signed());
    match (c.unit.as_str(), lang) {
        ("%", _) => format!("{s}%"),
        ("个百分点", Lang::Zh) => format!("{s}个百分点"),
        ("个百分点", Lang::En) => format!("{s} pts"),
        (u, Lang::Zh) => format!("{s}{u}"),
        (_, Lang::En) => s,
    }
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
}
