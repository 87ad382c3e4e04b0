//! Latin prose inside a Chinese text: a bilingual PDF pasted as it prints, its English
//! lines between the Chinese ones (Preliminary statistics show that the GDP reached 41
//! billion yuan, up 5.1 percent over the previous year.). Its words keep their spaces,
//! its sentence ends at its full stop before the Chinese goes on, and its numbers are
//! never read: the Chinese gives the figures.

/// True when `word` (no whitespace in it) is printed in ASCII alone, as an English word
/// or number is (reached, 206,000, (GDP), year.): a space next to it is the English's.
pub fn ascii_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_graphic())
}

/// True when a space between `before` and `after`, two words of ASCII alone, parts
/// English words (previous year, 2025 National): one of them has a letter. Two numbers
/// (62.8 3.6) are a table's cells, which [`super::table`] keeps apart on its own.
pub fn parts_words(before: &str, after: &str) -> bool {
    let letter = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic());
    ascii_word(before) && ascii_word(after) && (letter(before) || letter(after))
}

/// True when `sentence` is Latin prose: no Chinese character, and three words of two
/// letters or more (Per capita GDP reached 206,000 yuan). 5G, PM2.5 or a table's row of
/// numbers are not.
pub fn prose(sentence: &str) -> bool {
    let words = sentence
        .split_whitespace()
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .count();
    words >= 3 && !sentence.chars().any(super::scan::is_han)
}

/// True when the `.` between `before` and `after` (`None` at the paragraph's end) ends
/// an English sentence that the Chinese goes on after (previous year.全年全市…) or that
/// ends its paragraph (…86,500 yuan.): a letter, a bracket or a per cent before it, a
/// Chinese character or nothing after it. A decimal point stands between digits.
pub fn full_stop(before: char, after: Option<char>) -> bool {
    (before.is_ascii_alphabetic() || matches!(before, ')' | '%'))
        && after.is_none_or(super::scan::is_han)
}

#[cfg(test)]
mod tests {
    use super::{full_stop, parts_words, prose};

    #[test]
    fn english_words_keep_their_spaces_and_chinese_ones_do_not() {
        for (before, after, kept) in [
            ("previous", "year.", true),
            ("2025", "National", true),
            ("(GDP)", "reached", true),
            ("62.8", "3.6", false),
            ("全市GDP", "26724亿元", false),
            ("AI", "大模型", false),
        ] {
            assert_eq!(parts_words(before, after), kept, "{before} {after}");
        }
    }

    #[test]
    fn a_line_of_english_is_prose_and_a_name_in_latin_is_not() {
        for (s, is) in [
            ("Per capita GDP reached 206,000 yuan", true),
            ("and Social Development", true),
            ("PM2.5 5G", false),
            ("集成电路 亿块 120.5 15.3", false),
            ("The output rose 全年", false),
        ] {
            assert_eq!(prose(s), is, "{s}");
        }
    }

    #[test]
    fn an_english_full_stop_ends_before_chinese_and_a_decimal_point_does_not() {
        for (b, a, is) in [
            ('r', Some('全'), true),
            (')', Some('年'), true),
            ('n', None, true),
            ('2', Some('3'), false),
            ('5', None, false),
            ('n', Some('P'), false),
        ] {
            assert_eq!(full_stop(b, a), is, "{b}.{a:?}");
        }
    }
}
