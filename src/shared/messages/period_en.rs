//! The English of a period as a report prints it (上半年, 1—11月, 11月末, 2024年), in one
//! place: the draft names a figure's period with it, and a `from` change names the period
//! of its old value with it ("down from 5.5% in the first half"). A period of any other
//! shape gets no English, which the desk writes (`check` counts it), never a guess.

/// Month names, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English of period `zh`, or `None` for a shape not known here.
pub fn english(zh: &str) -> Option<String> {
    let zh = zh.trim();
    if let Some(year) = whole_year(zh) {
        return Some(year.to_string());
    }
    // 2021—2025年: the span, with an en dash.
    if let Some((printed, first, last)) = crate::shared::words::leading_span_of_years(zh) {
        return (printed.len() == zh.len()).then(|| format!("{first}–{last}"));
    }
    // 2025年上半年: the part of that year.
    let (year, part) = match zh.find('年') {
        Some(at) if whole_year(&zh[..at + '年'.len_utf8()]).is_some() => {
            (Some(&zh[..at]), &zh[at + '年'.len_utf8()..])
        }
        _ => (None, zh),
    };
    if let (Some(y), "年末" | "年底") = (year, part) {
        return Some(format!("end of {y}"));
    }
    let (en, of) = part_of_year(part)?;
    Some(match year {
        Some(y) if of => format!("{en} of {y}"),
        Some(y) => format!("{en} {y}"),
        None => en,
    })
}

/// The period of a `from` change's old value in English, after "down from 5.5%":
/// " in the first half", " last year", " in 2020". A period without an English name
/// gives nothing.
pub fn base(zh: &str) -> String {
    match zh {
        "上年末" | "去年" => " last year".to_string(),
        "年初" => " at the start of the year".to_string(),
        // 从2020年的38210元: "up from 38,210 in 2020", a whole year after "in".
        _ if whole_year(zh).is_some() => format!(" in {}", zh.trim_end_matches('年')),
        // Only a part of a year reads after "in the": never "in the 2024".
        _ => match part_of_year(zh) {
            Some((en, true)) if !en.starts_with("end of") => format!(" in the {en}"),
            _ => String::new(),
        },
    }
}

/// The year of `zh` when it is one whole year as printed (2024年, 2024).
fn whole_year(zh: &str) -> Option<&str> {
    let digits = zh.strip_suffix('年').unwrap_or(zh);
    (digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// The English of a part of a year, and whether its year follows "of" (first half of
/// 2025) rather than stands after it (January–November 2025).
fn part_of_year(zh: &str) -> Option<(String, bool)> {
    let named = match zh {
        "上半年" => Some("first half"),
        "下半年" => Some("second half"),
        "一季度" | "第一季度" => Some("first quarter"),
        "二季度" | "第二季度" => Some("second quarter"),
        "三季度" | "第三季度" => Some("third quarter"),
        "四季度" | "第四季度" => Some("fourth quarter"),
        "前三季度" => Some("first three quarters"),
        "年末" | "年底" => Some("end of the year"),
        _ => None,
    };
    if let Some(en) = named {
        return Some((en.to_string(), true));
    }
    if let Some(n) = zh.strip_prefix('前').and_then(|r| r.strip_suffix("个月")) {
        let n = month(n)?;
        return Some((format!("first {n} months"), true));
    }
    if let Some(m) = zh.strip_suffix("月末").or_else(|| zh.strip_suffix("月底")) {
        return Some((format!("end of {}", MONTHS[month(m)? - 1]), false));
    }
    let months = zh.strip_suffix('月')?;
    let dash = ['—', '-', '－', '–', '～', '~'];
    let (from, to) = match months.split_once(dash).or_else(|| months.split_once('至')) {
        Some((a, b)) => (month(a)?, month(b)?),
        None => {
            let m = month(months)?;
            (m, m)
        }
    };
    if from >= to {
        return (from == to).then(|| (MONTHS[from - 1].to_string(), false));
    }
    Some((format!("{}–{}", MONTHS[from - 1], MONTHS[to - 1]), false))
}

/// A month's number as printed (1 to 12, Arabic digits only).
fn month(s: &str) -> Option<usize> {
    let n: usize = s.trim_end_matches('—').parse().ok()?;
    (1..=12).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::{base, english};

    #[test]
    fn the_periods_a_report_prints_are_named_as_an_english_page_names_them() {
        let cases = [
            ("2024年", Some("2024")),
            ("上半年", Some("first half")),
            ("2025年上半年", Some("first half of 2025")),
            ("前三季度", Some("first three quarters")),
            ("一季度", Some("first quarter")),
            ("1—11月", Some("January–November")),
            ("1-6月", Some("January–June")),
            ("1至11月", Some("January–November")),
            ("2025年1—11月", Some("January–November 2025")),
            ("11月", Some("November")),
            ("11月末", Some("end of November")),
            ("6月底", Some("end of June")),
            ("前11个月", Some("first 11 months")),
            ("年末", Some("end of the year")),
            ("2025年年末", Some("end of 2025")),
            // Shapes not known here are left to the desk.
            ("十四五", None),
            ("连续9年", None),
            ("13月", None),
            ("11—1月", None),
            ("去年", None),
        ];
        for (zh, en) in cases {
            assert_eq!(english(zh).as_deref(), en, "{zh}");
        }
    }

    #[test]
    fn the_period_of_an_old_value_reads_after_its_number_or_not_at_all() {
        let cases = [
            ("上半年", " in the first half"),
            ("一季度", " in the first quarter"),
            ("前三季度", " in the first three quarters"),
            ("上年末", " last year"),
            ("去年", " last year"),
            ("年初", " at the start of the year"),
            // A shape that does not read after "in the" is left out, never misworded.
            ("年末", ""),
            // A whole year reads after "in", never "in the": 从2020年的… → "in 2020".
            ("2024年", " in 2024"),
            ("1—11月", ""),
            ("十四五", ""),
        ];
        for (zh, en) in cases {
            assert_eq!(base(zh), en, "{zh}");
        }
    }
}
