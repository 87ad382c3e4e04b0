//! The kicker over a story's headline, on its page, cover and long image: the
//! publication, then the year. A placeholder the draft wrote for a publication it did not
//! find (待填写) never reaches a reader: the kicker leaves it out (`check` and the editor
//! report it to the desk). Where the title prints another year than the data's (a 两会
//! story of 2026, 聚焦2026年…政府工作报告, whose results are of 2025), the kicker says
//! both, as the site's index does (2026年报告 · 2025年数据), never the data's year alone
//! under a headline of the other.

use crate::shared::messages::{draft::placeholder_in, outputs, site::index_years};
use crate::shared::model::{Lang, Report};

/// The year a title prints (2026年政府工作报告, 陕西省2026年政府工作报告 → 2026): its first
/// four digits followed by 年.
pub fn title_year(title: &str) -> Option<i64> {
    let chars: Vec<char> = title.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[..4].iter().all(char::is_ascii_digit) && w[4] == '年')
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// The kicker of `report` in `lang`: its publication, unless empty or a placeholder, and
/// its year (both years where the title prints another).
pub fn kicker(report: &Report, lang: Lang) -> String {
    let m = &report.meta;
    let other = title_year(&m.title.zh).filter(|t| m.year > 0 && *t != m.year);
    let year = match other {
        Some(t) => index_years(lang, m.year, Some(t)),
        None => outputs::report_year(m.year, lang),
    };
    let publication = m.publication.pick(lang).trim();
    if publication.is_empty() || placeholder_in(publication).is_some() {
        year
    } else {
        format!("{publication} · {year}")
    }
}
