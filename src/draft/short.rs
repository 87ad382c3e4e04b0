//! The short name of a section, for the story page's list of sections: the heading's
//! own words, never cut mid-word. A cut of the first characters made 一、“十 of
//! 一、“十四五”时期和2025年工作回顾; the short name is what the heading is about
//! (工作回顾), or the whole heading when it has no shorter name (the list wraps).

/// Shorter than this many characters, a heading is its own short name.
const SHORT: usize = 6;

/// What follows the last of these words is the heading's subject:
/// “十四五”时期和2025年工作回顾 → 工作回顾, 总体要求和目标任务 → 目标任务.
const AFTER: [&str; 5] = ["时期", "年", "和", "及", "与"];

/// The short name of heading `h`: without its number (一、, （一）, 第一部分) and quotes.
pub fn short_name(h: &str) -> String {
    // 敢担当 善作为 经济发展更具竞争力: the last part names it.
    let last = h.split_whitespace().last().unwrap_or(h);
    let bare: String = unnumbered(last)
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"' | '「' | '」'))
        .collect();
    if bare.chars().count() <= SHORT || two_subjects(&bare) {
        return bare;
    }
    let subject = AFTER
        .iter()
        .filter_map(|w| bare.rfind(w).map(|i| &bare[i + w.len()..]))
        .filter(|rest| (2..=SHORT).contains(&rest.chars().count()))
        .min_by_key(|rest| std::cmp::Reverse(rest.len()));
    subject.map_or(bare.clone(), str::to_string)
}

/// True for a heading that names two subjects of one rank, each short
/// (国内贸易和对外经济, 居民收入和社会保障): a communiqué's section holds both, so half
/// of it names half the section. A period before 和 (“十四五”时期和…) is no subject.
fn two_subjects(bare: &str) -> bool {
    let Some((a, b)) = bare.split_once(['和', '及', '与']) else {
        return false;
    };
    let short = |t: &str| (2..=SHORT).contains(&t.chars().count());
    short(a) && short(b) && !a.ends_with("时期") && !a.ends_with('年')
}

/// `h` without a leading 一、, （一）, (一) or 第一部分.
fn unnumbered(h: &str) -> &str {
    const NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let t = h.trim();
    if let Some(rest) = t.trim_start_matches(NUMERALS).strip_prefix('、') {
        return rest.trim_start();
    }
    for (open, close) in [("（", "）"), ("(", ")")] {
        if let Some(rest) = t
            .strip_prefix(open)
            .map(|r| r.trim_start_matches(NUMERALS))
            .and_then(|r| r.strip_prefix(close))
        {
            return rest.trim_start();
        }
    }
    t.strip_prefix('第')
        .map(|r| r.trim_start_matches(NUMERALS))
        .and_then(|r| r.strip_prefix("部分"))
        .map_or(t, str::trim_start)
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn a_short_name_is_what_the_heading_is_about_never_a_cut_mid_word() {
        for (heading, short) in [
            ("一、“十四五”时期和2025年工作回顾", "工作回顾"),
            ("二、“十五五”时期工作总体要求和目标任务", "目标任务"),
            ("三、2026年重点工作", "重点工作"),
            ("（一）聚力稳增长", "聚力稳增长"),
            ("第二部分 民生保障", "民生保障"),
            ("敢担当 善作为 经济发展更具竞争力", "经济发展更具竞争力"),
            ("生态环境", "生态环境"),
            ("五、国内贸易和对外经济", "国内贸易和对外经济"),
            ("七、居民收入和社会保障", "居民收入和社会保障"),
            ("三、工业和建筑业", "工业和建筑业"),
        ] {
            assert_eq!(short_name(heading), short, "{heading}");
        }
    }
}
