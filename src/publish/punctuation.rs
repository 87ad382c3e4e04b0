//! Chinese punctuation for display. Newspaper scans print ASCII `,` `:` `"` inside
//! Chinese sentences (全区地区生产总值突破800亿元,增长4.3%); a reader is shown the
//! full-width marks that the paper meant (，：“”). The data keeps the sentence as printed,
//! and every check against the report's text reads it as printed: only what is displayed
//! goes through [`full_width`].

/// The ASCII marks that become full-width inside Chinese text, with their full-width form.
const MARKS: [(char, char); 7] = [
    (',', '，'),
    (':', '：'),
    (';', '；'),
    ('?', '？'),
    ('!', '！'),
    ('(', '（'),
    (')', '）'),
];

/// Whether `c` is a Han character (the CJK unified ideographs and their extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// `text` as a Chinese reader should see it: in a text with Han characters, the ASCII
/// marks of [`MARKS`] become full-width, except a `,` or `:` between two digits (1,234 and
/// 10:30 are numbers, not sentences); ASCII double quotes become “ and ” in turn when they
/// pair up, and stay as printed when they do not (which one opens is then unknown). A text
/// without Han characters is returned unchanged.
pub fn full_width(text: &str) -> String {
    if !text.chars().any(is_han) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let quotes_pair = chars.iter().filter(|&&c| c == '"').count() % 2 == 0;
    let mut open = false;
    let mut out = String::with_capacity(text.len() + chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let digit = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit)
        };
        let in_number = matches!(c, ',' | ':') && digit(i.checked_sub(1)) && digit(Some(i + 1));
        match MARKS.iter().find(|(ascii, _)| *ascii == c) {
            Some(&(_, wide)) if !in_number => out.push(wide),
            _ if c == '"' && quotes_pair => {
                open = !open;
                out.push(if open { '“' } else { '”' });
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::full_width;

    #[test]
    fn the_scans_ascii_marks_become_full_width_inside_chinese_text() {
        let cases = [
            (
                "全区地区生产总值突破800亿元,增长4.3%,每平方公里产出22.67亿元",
                "全区地区生产总值突破800亿元，增长4.3%，每平方公里产出22.67亿元",
            ),
            ("迈上新台阶:全区", "迈上新台阶：全区"),
            (
                "推出\"楼宇更新贷\"\"养老集群贷\"等产品",
                "推出“楼宇更新贷”“养老集群贷”等产品",
            ),
            (
                "完成投资(含续建)5亿元;开工!",
                "完成投资（含续建）5亿元；开工！",
            ),
        ];
        for (printed, shown) in cases {
            assert_eq!(full_width(printed), shown, "{printed}");
        }
    }

    #[test]
    fn numbers_and_unpaired_quotes_are_left_as_printed() {
        let cases = [
            ("接待游客1,234万人次", "接待游客1,234万人次"),
            ("上午9:30开馆,全天开放", "上午9:30开馆，全天开放"),
            ("推出\"楼宇更新贷等产品", "推出\"楼宇更新贷等产品"),
            (
                "GDP grew 4.3%, to 80 billion: a record",
                "GDP grew 4.3%, to 80 billion: a record",
            ),
        ];
        for (printed, shown) in cases {
            assert_eq!(full_width(printed), shown, "{printed}");
        }
    }

    #[test]
    fn full_width_text_is_left_alone_and_the_change_is_one_mark_for_one() {
        let shown = "增长4.3%，“十四五”时期：圆满收官";
        assert_eq!(full_width(shown), shown);
        let printed = "增长4.3%,\"十四五\"时期:圆满收官";
        assert_eq!(full_width(printed).chars().count(), printed.chars().count());
    }
}
