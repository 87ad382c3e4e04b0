//! The name a pasted report's files get when the desk gives none: its place and the year
//! its title prints, as the site names reports (`xihu-2024`, `shimen-2026`): 2026年广西壮族
//! 自治区政府工作报告 → `guangxi-2026`. The short names of places and the division words
//! are data (`data/glossary/places.json` and `divisions.txt`, read by [`places`]: the
//! same words the draft reads a title's place by); a place it does not list is named by
//! its pinyin without its division word.

use crate::draft::places::{self, listed};

/// `place` without the longest division word it ends in (自治旗, not 旗), when at least
/// two characters are left (西湖区 → 西湖; 金州 stays 金州).
fn without_division(place: &str) -> &str {
    places::longest_division(&|d| place.ends_with(d))
        .and_then(|d| place.strip_suffix(d))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(place)
}

/// The word of `place` in a file name: the glossary's, else its pinyin in one word.
fn place_word(place: &str) -> String {
    if let Some(id) = listed(place) {
        return id;
    }
    crate::draft::ids::pinyin_words(without_division(place))
        .into_iter()
        .map(|w| w.to_ascii_lowercase())
        .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect()
}

/// The first syllables of `title`'s Chinese, its year left out, joined by hyphens as an id
/// is (a report's file name must be ASCII).
fn title_words(title: &str) -> String {
    let without_year = match title_year(title) {
        Some(y) => title.replacen(&format!("{y}年"), "", 1),
        None => title.to_string(),
    };
    let han: String = without_year
        .chars()
        .filter(|&c| crate::draft::scan::is_han(c))
        .collect();
    let words = crate::draft::ids::pinyin_words(&han);
    words.into_iter().take(6).collect::<Vec<_>>().join("-")
}

/// The first year `title` prints (2026年…), if any.
fn title_year(title: &str) -> Option<i64> {
    let chars: Vec<char> = title.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits = w[..4].iter().all(char::is_ascii_digit);
        let starts = w[0] == '1' || w[0] == '2';
        (digits && starts && w[4] == '年')
            .then(|| w[..4].iter().collect::<String>().parse().ok())
            .flatten()
    })
}

/// The file name of a pasted report nobody named: the short name of its `place` and the
/// year its `title` prints (a work report's title has the year it is given in, its
/// figures are the year before: the site's names are the title's), else `year`, the
/// year the draft read. Where the draft found no place, the title's first syllables stand
/// for it (前三季度全市经济运行… → `qian-san-ji-du-quan-shi`), and `report` only where
/// there is no title either, or the title is the draft's own, made up for a text that
/// printed none (2026年报告图解 names no report: tester s-test20 E5).
pub fn report_slug(place: &str, title: &str, year: i64) -> String {
    let place = place.trim();
    let made_up = crate::shared::messages::draft::is_default_title(
        title,
        Some(place).filter(|p| !p.is_empty()),
        year,
    );
    let title = if made_up { "" } else { title };
    let word = place_word(place);
    let word = if word.is_empty() {
        title_words(title)
    } else {
        word
    };
    let mut words = vec![if word.is_empty() {
        "report".to_string()
    } else {
        word
    }];
    if let Some(y) = title_year(title).or((year > 0).then_some(year)) {
        words.push(y.to_string());
    }
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::report_slug;

    #[test]
    fn a_pasted_report_is_named_by_its_short_place_and_the_year_its_title_prints() {
        for (place, title, year, slug) in [
            (
                "广西壮族自治区",
                "2026年广西壮族自治区政府工作报告",
                2025,
                "guangxi-2026",
            ),
            ("陕西省", "2026年陕西省政府工作报告", 2025, "shaanxi-2026"),
            ("重庆市", "2026年重庆市政府工作报告", 2025, "chongqing-2026"),
            ("江苏省", "政府工作报告", 2025, "jiangsu-2025"),
            // The draft's own title of a text that printed none names no report.
            ("", "2026年报告图解", 2026, "report-2026"),
            ("", "报告图解", 0, "report"),
            ("石门县", "2026年石门县政府工作报告", 2025, "shimen-2026"),
            ("西湖区", "西湖区2024年经济运行情况", 2024, "xihu-2024"),
            (
                "",
                "2026年政府工作报告",
                2025,
                "zheng-fu-gong-zuo-bao-gao-2026",
            ),
            (
                "",
                "前三季度全市经济运行稳中有进",
                0,
                "qian-san-ji-du-quan-shi",
            ),
            ("", "", 2025, "report-2025"),
            ("", "", 0, "report"),
        ] {
            assert_eq!(report_slug(place, title, year), slug, "{place} {title}");
        }
    }

    #[test]
    fn a_place_the_draft_reads_from_a_title_is_named_without_the_same_division_word() {
        // One list of division words (data/glossary/divisions.txt) for both: the draft read
        // no 盟 from a title before, and the file name kept the 自治 of a 自治旗.
        for (title, place, slug) in [
            ("2026年阿拉善盟政府工作报告", "阿拉善盟", "alashan-2026"),
            (
                "2026年鄂温克族自治旗政府工作报告",
                "鄂温克族自治旗",
                "ewenkezu-2026",
            ),
            (
                "2026年恩施土家族苗族自治州政府工作报告",
                "恩施土家族苗族自治州",
                "enshitujiazumiaozu-2026",
            ),
        ] {
            let read = crate::draft::meta::place(title);
            assert_eq!(read.as_deref(), Some(place), "{title}");
            assert_eq!(report_slug(place, title, 2025), slug, "{place}");
        }
    }
}
