//! The nation named by its people (14亿多中国人的饭碗, 14亿人的粮食安全, 56个民族共同团结
//! 奋斗): the number says whose food or home the report speaks of, as the threshold of a
//! class says which ones; it counts nothing the year did. A count of people the year
//! reached (解决3200万人的安全饮水问题) is a figure. The population of 13亿人口的发展中
//! 国家 is left as it was: the truth lists disagree on it (a figure in two, a `label`
//! skip in four). And facts a plan's part states among its goals ([`stated_fact`]).

use super::scan::is_han;

/// What only a whole people has: the country's food, its wisdom, its livelihood.
const A_PEOPLES: [&str; 5] = ["饭碗", "粮食安全", "吃饭", "智慧", "福祉"];

/// Words that say the people counted are the whole nation's, as a people: 中国人 and
/// 人民 are never a group a measure reached.
const THE_PEOPLE: [&str; 2] = ["中国人", "人民"];

/// True when a count in `unit` (万 or 亿, bare or of 人) with `after` after its unit
/// names the nation by its people (…中国人的饭碗, …人的粮食安全, …人民的智慧), or by its
/// peoples (N个民族共同团结奋斗).
pub(super) fn named_by_its_people(unit: &str, after: &str) -> bool {
    if unit == "个" {
        return peoples(after);
    }
    let Some(people) = ["万", "亿"]
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .filter(|p| matches!(*p, "" | "人"))
    else {
        return false;
    };
    let after = after.trim_start_matches(['多', '余']);
    // 9亿人民: the unit read may have taken 人 of 人民.
    if people == "人" && after.starts_with('民') {
        return after['民'.len_utf8()..].starts_with('的');
    }
    if people.is_empty() {
        if let Some(r) = THE_PEOPLE.iter().find_map(|w| after.strip_prefix(w)) {
            return r.starts_with('的') || r.starts_with(is_han) && possessed(r);
        }
    }
    after.strip_prefix('的').is_some_and(possessed)
}

/// True when `r` opens with what only a whole people has.
fn possessed(r: &str) -> bool {
    let r = r.strip_prefix('的').unwrap_or(r);
    A_PEOPLES.iter().any(|w| r.starts_with(w))
}

/// True when `after` (what follows a count in 个) is the nation's peoples as one: 民族
/// followed by what they do together (共同, 大团结) or are (同胞, 兄弟); 少数民族, a count
/// of peoples a province has (全省有55个民族) and of what is named after their unity
/// (120个民族团结进步示范社区) are figures.
fn peoples(after: &str) -> bool {
    after.strip_prefix("民族").is_some_and(|r| {
        ["共同", "大团结", "同胞", "兄弟"]
            .iter()
            .any(|w| r.starts_with(w))
    })
}

/// Words that make a number a forecast: the year's cohort expected (预计…毕业生…), a
/// size it will reach (将达).
const FORECAST: [&str; 2] = ["预计", "将"];

/// Places a report says have something (我国有2.9亿在校学生, 全省有3000多万劳动力).
const HAVERS: [&str; 7] = ["我国", "全国", "中国", "全省", "全市", "全区", "全县"];

/// True when `clause` (a clause up to its first number) states a fact the year's goals
/// start from, not a goal: the size of the year's cohort of graduates (今年高校毕业生
/// 1000多万人), which no government sets, or what the country has (我国有…). A forecast
/// of either (预计…, 将…) is left where the paragraph puts it.
pub(super) fn stated_fact(clause: &str) -> bool {
    if FORECAST.iter().any(|w| clause.contains(w)) {
        return false;
    }
    let bare = ["超过", "超", "达到", "达", "近", "约", "为"]
        .iter()
        .find_map(|w| clause.strip_suffix(w))
        .unwrap_or(clause);
    let place = clause.trim_start_matches("今年");
    bare.ends_with("毕业生") || bare.ends_with('有') && HAVERS.iter().any(|h| place.starts_with(h))
}

/// True when `before` (a figure's sentence up to its end) states a fact of 今年 in the
/// figure's clause ([`stated_fact`]): the year's cohort is that year's, dated as its
/// goals are.
pub(super) fn fact_of_this_year(before: &str) -> bool {
    let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
    let words = clause
        .find(|c: char| c.is_ascii_digit())
        .map_or(clause, |i| &clause[..i]);
    words.contains("今年") && !words.contains("今年以来") && stated_fact(words)
}
