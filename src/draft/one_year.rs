//! One year after five in one sentence: 年均增长6.4%，2025年增长6%; 五年累计完成58.3亿元，
//! 2025年完成12.9亿元; 五年新增城镇就业2.6万人，2025年新增5400人. A clause that opens
//! with a year and names nothing but its verb is the figure before's indicator in that
//! year: its period is the year, never the five years of the paragraph, and its label
//! the indicator's, without the five years' words (五年累计) and never the year alone.

use super::sentence::Found;

/// Verbs a year's clause may print between its year and its number and still name
/// nothing of its own: 2025年增长6%, 2025年完成12.9亿元.
const VERBS: [&str; 10] = [
    "增长", "下降", "完成", "新增", "达到", "实现", "增加", "减少", "突破", "为",
];

/// The words of a label that say it counts over five years, not one: 一般公共预算收入五年
/// 累计, 五年新增城镇就业. Longest first where one holds another.
const FIVE_YEARS: [&str; 5] = ["过去五年", "五年累计", "五年来", "五年", "累计"];

/// Where the clause ending at byte `end` of `sentence` starts.
fn clause_start(sentence: &str, end: usize) -> usize {
    let before = sentence.get(..end).unwrap_or(sentence);
    before.rfind(['，', '；', '：', ',', ';']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(0, char::len_utf8)
    })
}

/// The year `clause` opens with (2025年…), as printed, and what follows it.
fn leading_year(clause: &str) -> Option<(&str, &str)> {
    let digits = clause.bytes().take_while(u8::is_ascii_digit).count();
    let rest = clause.get(digits..)?.strip_prefix('年')?;
    (digits == 4).then(|| (&clause[..digits + '年'.len_utf8()], rest))
}

/// True when `words` (what a year's clause prints before its number) are only a verb.
fn names_nothing(words: &str) -> bool {
    words.is_empty() || VERBS.contains(&words)
}

/// `label` without the words that make it a sum over five years.
fn one_years(label: &str) -> &str {
    let mut l = label;
    for w in FIVE_YEARS {
        l = l.strip_prefix(w).unwrap_or(l);
        l = l.strip_suffix(w).unwrap_or(l);
    }
    l
}

/// Gives figure `f` of `sentence` the year its clause opens with, where that clause
/// names nothing but a verb, and `before`, the label of the figure before it in the
/// sentence, without its five years' words.
pub(super) fn settle(f: &mut Found, sentence: &str, before: Option<&str>) {
    let value_end = f.value_end().min(sentence.len());
    let clause = sentence
        .get(clause_start(sentence, value_end)..value_end)
        .unwrap_or_default();
    let Some((year, rest)) = leading_year(clause) else {
        return;
    };
    let words = rest
        .find(|c: char| c.is_ascii_digit())
        .map_or(rest, |i| &rest[..i]);
    let Some(before) = before.filter(|_| names_nothing(words)) else {
        return;
    };
    let label = one_years(before);
    if label.is_empty() || leading_year(label).is_some() {
        return;
    }
    f.label = label.to_string();
    f.period = Some(year.to_string());
}

/// Words after a head's year that make it a span from that year on (2020年以来：), not
/// the year's.
const SINCE: [&str; 4] = ["以来", "至", "到", "—"];

/// Gives figure `f` of `sentence` without a period the year its sentence's head opens
/// with (2024年决算数：一般公共预算收入17.99亿元，…): the head before the colon names the
/// year of every figure after it. A head with a number of its own or a span
/// (2020年以来：) names none.
pub(super) fn head_year(f: &mut Found, sentence: &str) {
    if f.period.is_some() {
        return;
    }
    let Some(colon) = sentence.find('：').filter(|c| *c < f.value_end()) else {
        return;
    };
    let Some((year, rest)) = leading_year(&sentence[..colon]) else {
        return;
    };
    let own_number = rest.contains(|c: char| c.is_ascii_digit());
    if own_number || SINCE.iter().any(|w| rest.starts_with(w)) {
        return;
    }
    f.period = Some(year.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_years_clause_names_nothing_only_with_a_verb_alone() {
        assert!(names_nothing("增长"));
        assert!(names_nothing("完成"));
        assert!(!names_nothing("完成固定资产投资"));
        assert_eq!(leading_year("2025年增长6%"), Some(("2025年", "增长6%")));
        assert_eq!(leading_year("全县增长6%"), None);
        assert_eq!(one_years("一般公共预算收入五年累计"), "一般公共预算收入");
        assert_eq!(one_years("五年新增城镇就业"), "新增城镇就业");
    }
}
