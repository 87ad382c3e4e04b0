//! Changes as the report prints them: 增长4.3%, 提升2.9个百分点, 由37个压缩为10个,
//! 增长5%左右, 增长6%—6.5%, 低于全省平均水平0.4个百分点, in Chinese and in English.

use super::english::{english_amount_dp, noun_for, with_unit_en};
use super::{decimal, decimals, from_printed, qualifier_word, range_dash, signed};
use crate::shared::messages::draft::status_word;
use crate::shared::messages::period_en;
use crate::shared::model::{Change, ChangeKind, Figure, Lang, Qualifier};

/// The number of a change as printed, with its range and qualifier: 5%左右, 约5%,
/// 6%—6.5% (zh); about 5, 6–6.5 (en, the unit is the caller's).
fn change_number(c: &Change, lang: Lang) -> (String, String) {
    let v = decimal(c.value, c.decimals);
    let unit = if lang == Lang::Zh && c.to.is_some() && c.unit == "%" {
        "%"
    } else {
        ""
    };
    let v = match c.to {
        Some(to) => format!("{v}{unit}{}{}", range_dash(lang), decimal(to, c.decimals)),
        None => v,
    };
    let before = qualifier_word(c.qualifier, lang);
    let after = match (c.qualifier, lang) {
        (Some(q), Lang::Zh) if q.after_unit() => q.zh(),
        _ => "",
    };
    match lang {
        Lang::Zh => (format!("{before}{v}"), after.to_string()),
        Lang::En if before.is_empty() => (v, String::new()),
        Lang::En => (format!("{before} {v}"), String::new()),
    }
}

/// What stands before a change-only figure's number: its basis (环比, 实际), its verb
/// and the qualifier printed before the number: 增长, 环比增长, 增长约 / up, m/m up,
/// up about.
pub fn change_before(c: &Change, f: &Figure, lang: Lang) -> String {
    // 上涨, 压减: the sentence's own verb, in both languages.
    let printed = match lang {
        Lang::Zh => super::verb::zh(c, f),
        Lang::En => super::verb::en(c, f),
    };
    let own = printed.unwrap_or_else(|| change_verb(c.kind, lang));
    let verb = match (c.yearly, c.kind, lang) {
        (false, _, _) => own.to_string(),
        (true, _, Lang::Zh) => format!("年均{own}"),
        (true, ChangeKind::Growth, Lang::En) if own == "up" => "average annual growth".to_string(),
        (true, ChangeKind::Decline, Lang::En) if own == "down" => {
            "average annual decline".to_string()
        }
        (true, _, Lang::En) => format!("{own} a year on average"),
    };
    // 环比增长0.6% beside 同比增长8.1%: a card that drops the basis shows two growths of
    // one indicator and one month that a reader cannot tell apart.
    let verb = match (super::basis::word(c, f, lang, true), lang) {
        (None, _) => verb,
        (Some(b), Lang::Zh) => match verb.strip_prefix("年均") {
            Some(rest) => format!("年均{b}{rest}"),
            None => format!("{b}{verb}"),
        },
        (Some(b), Lang::En) => format!("{b} {verb}"),
    };
    let verb = match (qualifier_word(c.qualifier, lang), lang) {
        ("", _) => verb.to_string(),
        (q, Lang::Zh) => format!("{verb}{q}"),
        (q, Lang::En) => format!("{verb} {q}"),
    };
    super::basis::with_since(c, verb, lang, true)
}

/// The number of a change-only figure as its big type shows it: 4.2, 6—6.5.
pub fn change_value_number(c: &Change, lang: Lang) -> String {
    let mut bare = c.clone();
    bare.qualifier = None;
    let (v, _) = change_number(&bare, lang);
    if lang == Lang::Zh && c.to.is_some() && c.unit == "%" {
        // 6%—6.5 reads as 6—6.5 beside its unit.
        v.replacen('%', "", 1)
    } else {
        v
    }
}

/// The unit after a change-only figure's number, with 左右/以上 after it: %左右 / points.
pub fn change_unit_after(c: &Change, lang: Lang) -> String {
    match lang {
        Lang::Zh => match c.qualifier {
            Some(q) if q.after_unit() => format!("{}{}", c.unit, q.zh()),
            // 1倍多: the big type shows the number alone, 多 after 倍.
            _ if c.kind == ChangeKind::Times => format!("{}{}", c.unit, inside_times(c)),
            _ => c.unit.clone(),
        },
        Lang::En => unit_en(&c.unit),
    }
}

/// A figure's change with its comparison, as the rows, descriptions and tooltips show
/// them: 增长6.1%，高于全国平均水平0.9个百分点; a target's change says it is one.
pub fn change_with_compare(c: &Change, f: &Figure, lang: Lang) -> String {
    let status = status_word(f.status, lang);
    let mut out = match (status, lang) {
        ("", _) => change(c, f, lang),
        (w, Lang::Zh) => format!("{w}{}", change(c, f, lang)),
        (w, Lang::En) => format!("{w} {}", change(c, f, lang)),
    };
    if let Some(k) = &f.compare {
        out.push_str(if lang == Lang::Zh { "，" } else { ", " });
        out.push_str(&change(k, f, lang));
    }
    out
}

/// A change as printed: 增长4.3%, 提升2.9个百分点, 由37个压缩为10个, 增长5%左右; an
/// average a year as printed too: 年均增长5.7% / average annual growth of 5.7%; a
/// growth printed with a minus sign with that sign: 增长-3.5%.
pub fn change(c: &Change, f: &Figure, lang: Lang) -> String {
    let words = super::sign::as_printed(change_words(c, f, lang), f);
    super::basis::with_since(c, words, lang, false)
}

fn change_words(c: &Change, f: &Figure, lang: Lang) -> String {
    let once = one_year(c, f, lang);
    // 实际增长5.4% is not 增长5.4%: the basis the sentence prints stays with the change.
    let basis = super::basis::word(c, f, lang, false);
    let once = match (basis, lang) {
        (None, _) => once,
        (Some(b), Lang::Zh) => format!("{b}{once}"),
        (Some(b), Lang::En) => format!("{once} {b}"),
    };
    if !c.yearly || c.kind.compares() {
        return once;
    }
    match (c.kind, lang) {
        (_, Lang::Zh) => format!("年均{once}"),
        (ChangeKind::Growth, Lang::En) if once.starts_with("up ") => {
            once.replacen("up ", "average annual growth of ", 1)
        }
        (ChangeKind::Decline, Lang::En) if c.unit == "%" && once.starts_with("down ") => {
            once.replacen("down ", "average annual decline of ", 1)
        }
        (_, Lang::En) => format!("{once} a year on average"),
    }
}

/// The Chinese verb of a growth, a decline, a rise or an added change, as its sentence
/// prints it.
fn verb(c: &Change, f: &Figure) -> &'static str {
    super::verb::zh(c, f).unwrap_or_default()
}

/// A change of one period, as [`change`] prints it without 年均.
fn one_year(c: &Change, f: &Figure, lang: Lang) -> String {
    let (v, after) = change_number(c, lang);
    let reference = |l: Lang| c.reference.as_ref().map_or("", |r| r.pick(l));
    match lang {
        Lang::Zh => match c.kind {
            ChangeKind::Growth => format!("{}{v}%{after}", verb(c, f)),
            ChangeKind::Decline if c.unit == "个百分点" => {
                format!("{}{v}个百分点{after}", verb(c, f))
            }
            ChangeKind::Decline => format!("{}{v}%{after}", verb(c, f)),
            ChangeKind::Improve => format!("改善{v}%{after}"),
            ChangeKind::Rise => format!("{}{v}个百分点{after}", verb(c, f)),
            ChangeKind::Above => format!("高于{}{v}个百分点{after}", reference(lang)),
            ChangeKind::Below => format!("低于{}{v}个百分点{after}", reference(lang)),
            ChangeKind::Pull => format!("拉动{}增长{v}个百分点{after}", reference(lang)),
            ChangeKind::Added | ChangeKind::Reduced => {
                format!("{}{v}{}{after}", verb(c, f), c.unit)
            }
            // 增长1倍多: 余 and 多 stand after 倍, as printed.
            ChangeKind::Times => format!("增长{v}倍{}{after}", inside_times(c)),
            // The text's own bridge where it prints one (由37个压缩为10个), else a
            // neutral one (由5.5%降至5.3%, 由27136元增至36439元); the old value's own
            // period where the text gives it (从上半年5.5%降到5.3%).
            ChangeKind::From => {
                let printed = from_printed::from_printed(c, f);
                format!(
                    "{}{}{v}{}{}{}{}{}",
                    if printed.cong { "从" } else { "由" },
                    printed.period.unwrap_or_default(),
                    c.unit,
                    printed.bridge.as_deref().unwrap_or(if rose(c, f) {
                        "增至"
                    } else {
                        "降至"
                    }),
                    printed.new_year.unwrap_or_default(),
                    f.value.map(|v| decimal(v, f.decimals)).unwrap_or_default(),
                    f.unit.zh
                )
            }
        },
        Lang::En => match c.kind {
            // 增长-3.5%: a growth below zero, as printed, never "up".
            ChangeKind::Growth if c.value < 0.0 => format!("growth of {v}%"),
            ChangeKind::Growth => format!("{} {v}%", verb_en(c, f, "up")),
            ChangeKind::Decline if c.unit == "个百分点" => {
                format!("{} {v} percentage points", verb_en(c, f, "down"))
            }
            ChangeKind::Decline => format!("{} {v}%", verb_en(c, f, "down")),
            ChangeKind::Improve => format!("improved {v}%"),
            // 增长1.2倍 is ×2.2; English says what the text says, never a percentage.
            ChangeKind::Times => format!("grew by {v} times"),
            ChangeKind::Rise => format!("{} {v} percentage points", verb_en(c, f, "up")),
            // A reference with no English (a report in Chinese alone, on the register's
            // English page) says less, never "above ." with nothing after it.
            ChangeKind::Above | ChangeKind::Below => {
                let (side, more) = match c.kind {
                    ChangeKind::Above => ("above", "higher"),
                    _ => ("below", "lower"),
                };
                match reference(lang) {
                    "" => format!("{v} percentage points {more}"),
                    r => format!("{v} percentage points {side} {r}"),
                }
            }
            ChangeKind::Pull => match reference(lang) {
                "" => format!("contributed {v} percentage points of growth"),
                r => format!("contributed {v} percentage points to the growth of {r}"),
            },
            // 比上年末增加2.3万人 is a net increase: "up 23,000 people", never "new"
            // (data/README.md); 减少 is its pair ("down").
            ChangeKind::Added if verb(c, f) != "新增" => format!(
                "up {}",
                with_unit_en(&english_amount_dp(c.value, &c.unit, c.decimals), &f.unit.en)
            ),
            // 新增47家: "47 new companies", the adjective before the noun.
            ChangeKind::Added => match f.unit.en.as_str() {
                "" | "%" => format!(
                    "{} new",
                    with_unit_en(&english_amount_dp(c.value, &c.unit, c.decimals), &f.unit.en)
                ),
                noun => {
                    let n = english_amount_dp(c.value, &c.unit, c.decimals);
                    format!("{n} new {}", noun_for(&n, noun))
                }
            },
            // 减少0.8万亩: "down 8,000 mu", the amount in the figure's own unit.
            ChangeKind::Reduced => format!(
                "{} {}",
                verb_en(c, f, "down"),
                with_unit_en(&english_amount_dp(c.value, &c.unit, c.decimals), &f.unit.en)
            ),
            ChangeKind::From => format!(
                "{} from {}{}",
                if rose(c, f) { "up" } else { "down" },
                // A rate keeps its sign of unit: "down from 5.4%", never "from 5.4".
                match c.unit.as_str() {
                    "%" => format!("{}%", decimal(c.value, c.decimals)),
                    _ => english_amount_dp(c.value, &c.unit, c.decimals),
                },
                from_printed::from_printed(c, f)
                    .period
                    .map(|p| period_en::base(p.trim_end_matches('的')))
                    .unwrap_or_default()
            ),
        },
    }
}

/// The English of the verb `f`'s sentence prints before change `c` (压减 → "cut"), or
/// `plain` where the glossary has none.
fn verb_en(c: &Change, f: &Figure, plain: &'static str) -> &'static str {
    super::verb::en(c, f).unwrap_or(plain)
}

/// 余 or 多 as printed after 倍 in a change (增长1倍多); empty for any other qualifier.
fn inside_times(c: &Change) -> &'static str {
    match c.qualifier {
        Some(Qualifier::Odd | Qualifier::OddAfterMagnitude) => "多",
        Some(Qualifier::MoreThan | Qualifier::MoreThanBeforeMagnitude) => "余",
        _ => "",
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
        (ChangeKind::Below, Lang::Zh) => "低于",
        (ChangeKind::Pull, Lang::Zh) => "拉动",
        (ChangeKind::Added, Lang::Zh) => "新增",
        (ChangeKind::Reduced, Lang::Zh) => "减少",
        (ChangeKind::From, Lang::Zh) => "降至",
        (ChangeKind::Times, Lang::Zh) => "增长",
        (ChangeKind::Times, Lang::En) => "grew by",
        (ChangeKind::Growth | ChangeKind::Rise, Lang::En) => "up",
        (ChangeKind::Decline | ChangeKind::From | ChangeKind::Reduced, Lang::En) => "down",
        (ChangeKind::Improve, Lang::En) => "improved",
        (ChangeKind::Above, Lang::En) => "above by",
        (ChangeKind::Below, Lang::En) => "below by",
        (ChangeKind::Pull, Lang::En) => "contributed",
        (ChangeKind::Added, Lang::En) => "added",
    }
}

/// A change unit in English: % stays, 个百分点 becomes "points".
pub fn unit_en(unit_zh: &str) -> String {
    match unit_zh {
        "%" => "%".to_string(),
        "个百分点" => "points".to_string(),
        "倍" => "times".to_string(),
        other => other.to_string(),
    }
}

/// The short signed form for bar ends and arrows, with the change's qualifier and range
/// as printed: +4.3%, +20%以上, 约+5%, +6%—6.5%, +2.9个百分点 / +2.9 pts, at least +20%.
/// A chart that shows a change says what the text says: 增长20%以上 is never "+20%",
/// 年均增长5.7% is 年均+5.7% / +5.7% avg. a year.
pub fn change_short(c: &Change, lang: Lang) -> String {
    let s = decimals::pad(&signed(c.signed()), c.decimals);
    let unit = match (c.unit.as_str(), lang) {
        ("%", _) => "%",
        ("个百分点", Lang::Zh) => "个百分点",
        ("个百分点", Lang::En) => " pts",
        ("倍", Lang::En) => " times",
        (u, Lang::Zh) => u,
        (_, Lang::En) => "",
    };
    let body = match c.to {
        // Both ends as printed: +6%—6.5% / +6–6.5%.
        Some(to) => match lang {
            Lang::Zh => format!(
                "{s}{unit}{}{}{unit}",
                range_dash(lang),
                decimal(to, c.decimals)
            ),
            Lang::En => format!("{s}{}{}{unit}", range_dash(lang), decimal(to, c.decimals)),
        },
        None => format!("{s}{unit}"),
    };
    let body = match (c.qualifier, lang) {
        (None, _) => body,
        (Some(q), Lang::Zh) if q.after_unit() => format!("{body}{}", q.zh()),
        (Some(q), Lang::Zh) => format!("{}{body}", qualifier_word(Some(q), lang)),
        (Some(q), Lang::En) => match qualifier_word(Some(q), lang) {
            "" => body,
            w => format!("{w} {body}"),
        },
    };
    // 年均增长5.7% is never "+5.7%" on a bar: a reader who sees only the bar reads a
    // change of one year.
    match c.yearly && !c.kind.compares() {
        true => crate::shared::messages::periods::yearly_short(&body, lang),
        false => body,
    }
}

/// [`change_short`] of `f`'s change, with the basis its sentence prints: 实际+5.4% /
/// +5.4% real.
pub fn change_short_of(c: &Change, f: &Figure, lang: Lang) -> String {
    let short = super::sign::as_printed(change_short(c, lang), f);
    let short = match (super::basis::word(c, f, lang, true), lang) {
        (None, _) => short,
        // 年均+5.7% with 实际: 年均实际+5.7%, as 年均实际增长 is printed.
        (Some(b), Lang::Zh) => match short.strip_prefix("年均") {
            Some(rest) => format!("年均{b}{rest}"),
            None => format!("{b}{short}"),
        },
        (Some(b), Lang::En) => format!("{short} {b}"),
    };
    super::basis::with_since(c, short, lang, false)
}

/// True when a change of kind `from` rose: the figure's value is above the old one.
pub fn rose(c: &Change, f: &Figure) -> bool {
    c.kind == ChangeKind::From && f.value.is_some_and(|v| v > c.value)
}
