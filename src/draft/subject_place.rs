//! The place a story names as its subject, for a text whose title, opening and byline
//! name none: a city paper's story names its city again and again (宁州市 three times),
//! and no other place as often. Two places as often are left for the desk: never a guess.

use super::meta::place;
use crate::draft::scan;

/// How often a place must be named to be the text's subject.
const TIMES: usize = 3;

/// The first characters of a text's own words for its place (全市, 我县, 本区, 该省, 市区).
const PRONOUNS: [char; 8] = ['全', '我', '本', '该', '市', '省', '区', '县'];

/// Words that join a place to the one before it (青川市与白沙县, 青川市和白沙县).
const JOINS: [char; 5] = ['与', '和', '及', '同', '在'];

/// The place (…市, …区, …县, …省, as [`place`] reads it) the text names most, when it names
/// it at least [`TIMES`] times and more often than any other; else `None`.
pub fn subject_place(text: &str) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for run in text.split(|c: char| !scan::is_han(c)) {
        let mut rest = run;
        while let Some(p) = place(rest) {
            let Some(at) = rest.find(&p) else {
                break;
            };
            rest = &rest[at + p.len()..];
            // 青川市与白沙县: a word joining two places is no part of the second's name.
            let p = match p.strip_prefix(JOINS) {
                Some(name) if name.chars().count() >= 3 => name.to_string(),
                _ => p,
            };
            // 全市地区生产总值: a pronoun's 市 before a word is no place's name.
            if p.starts_with(PRONOUNS) {
                continue;
            }
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
    }
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    match counts.as_slice() {
        [(p, n), rest @ ..] if *n >= TIMES && rest.first().is_none_or(|(_, m)| m < n) => {
            Some(p.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::subject_place;

    #[test]
    fn a_place_named_three_times_and_no_other_as_often_is_the_subject() {
        for (text, want) in [
            (
                "青川市召开大会。青川市经济增长5%。青川市新增就业1万人。",
                Some("青川市"),
            ),
            ("青川市召开大会。青川市经济增长5%。", None),
            (
                "青川市与白沙县合作。青川市、白沙县经济增长。青川市和白沙县各新增就业1万人。",
                None,
            ),
            (
                "全市地区生产总值增长。全市地区生产总值达到。全市地区。",
                None,
            ),
            (
                "青川市召开大会。青川市与白沙县合作。青川市新增就业1万人。",
                Some("青川市"),
            ),
        ] {
            assert_eq!(subject_place(text).as_deref(), want, "{text}");
        }
    }
}
