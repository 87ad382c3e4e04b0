//! The report's byline: its writer (范志刚/文, 记者 周晓岚 通讯员 韩立新) or its speaker
//! (县长 林志远), read from the lines a story or a speech opens with.

use crate::draft::leftovers;
use crate::draft::scan;

/// The byline: the name before /文 (范志刚/文), or after 记者; else a work report's
/// speaker (县长 林志远). A photo's credit (本报记者 朱江 摄) names the photographer, not
/// the writer: it is no byline.
pub(super) fn author(text: &str) -> Option<String> {
    // The speaker stands under the title and the dateline, never in the speech: a web
    // page's leftovers (下载, 打印, 【字号：…】, 来源：, 时间：) may put it on the 16th line,
    // so the head ends at the speech's first sentence (各位代表：…), not at a line count.
    writer(text).or_else(|| head(text).find_map(speaker_line))
}

/// The speaker's office and name, one space between them (自治区主席 嘎玛泽登, 县审计局局长
/// 周文远; 省长刘小涛 and 自治区主席 韦 韬 as 省长 刘小涛 and 自治区主席 韦韬): the byline of a
/// speech names its speaker by office, never as its writer (范志刚/文).
fn speaker_line(line: &str) -> Option<String> {
    let name = leftovers::speaker(line)?;
    let compact: String = line.split_whitespace().collect();
    let office = compact.strip_suffix(name.as_str())?;
    Some(format!("{office} {name}"))
}

/// The lines above a text's first sentence: its title, dateline, page leftovers and
/// speaker. A line of more than [`HEAD_LINE`] characters, one that ends a sentence, or
/// the salutation (各位代表：) is the body's; at most [`HEAD_LINES`] lines in all.
fn head(text: &str) -> impl Iterator<Item = &str> {
    text.lines().take(HEAD_LINES).take_while(|l| {
        let l = l.trim();
        l.chars().count() <= HEAD_LINE && !l.ends_with('。') && !l.starts_with("各位代表")
    })
}

/// How many characters a line of a report's head may have (a dateline: ——2026年2月3日在
/// 宁夏回族自治区第十三届人民代表大会第四次会议上, 35).
const HEAD_LINE: usize = 48;

/// How many lines a report's head may have: a web page prints a dozen of its own above
/// the title (ningxia's speaker is on line 22).
const HEAD_LINES: usize = 30;

/// The writer's byline: the name before /文, or after 记者.
fn writer(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let l = l.trim();
        if l.ends_with('摄') {
            return None;
        }
        // 本报记者 张三 通讯员 李四: the reporter is the name right after 记者; a city
        // paper credits its 通讯员 beside the reporter, and so does the byline.
        let named = news_byline(l).or_else(|| {
            l.find("记者")
                .and_then(|i| reporter(&l[i + "记者".len()..]))
        });
        if let Some(name) = named {
            return Some(with_contributors(l, name));
        }
        let name = l
            .find("/文")
            .map(|i| &l[..i])
            .or_else(|| l.find("记者").map(|i| &l[i + "记者".len()..]))?;
        // （来源：南昌日报 记者 范志刚）: the bracket closing the line is no part of it.
        let name: String = name
            .trim()
            .trim_end_matches(['）', ')'])
            .chars()
            .rev()
            .take_while(|c| scan::is_han(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        (!name.is_empty() && name.chars().count() <= 4).then_some(name)
    })
}

/// The reporter's name at the head of `rest`, the words after 记者 (` 张三 通讯员 李四`,
/// `张三`): a run of two to four Han characters that ends at a space, the line's end or
/// 通讯员; 记者了解到，… names nobody.
fn reporter(rest: &str) -> Option<String> {
    let rest = rest.trim_start();
    let run: String = rest.chars().take_while(|&c| scan::is_han(c)).collect();
    let name = run.split("通讯员").next().unwrap_or("");
    let after = rest[name.len()..].chars().next();
    let ends = after.is_none_or(char::is_whitespace) || rest[name.len()..].starts_with("通讯员");
    let n = name.chars().count();
    (ends && (2..=4).contains(&n)).then(|| name.to_string())
}

/// The byline of reporter `name` of `line` with the 通讯员 it credits after the name
/// (记者 周晓岚 通讯员 韩立新 2026-01-15 …: `记者 周晓岚 通讯员 韩立新`), as printed,
/// the roles named; the name alone where it credits none.
fn with_contributors(line: &str, name: String) -> String {
    let after = line
        .find(name.as_str())
        .map_or("", |i| &line[i + name.len()..]);
    let Some(rest) = after.trim_start().strip_prefix("通讯员") else {
        return name;
    };
    // Names of two to four Han characters, parted by spaces or 、, up to the first word
    // that is none (a date, 来源：, a closing bracket).
    let mut names: Vec<String> = Vec::new();
    let mut rest = rest.trim_start_matches([' ', '\u{3000}']);
    loop {
        let run: String = rest.chars().take_while(|&c| scan::is_han(c)).collect();
        let next = rest[run.len()..].chars().next();
        let ends = next.is_none_or(|c| matches!(c, ' ' | '\u{3000}' | '、' | '）' | ')'));
        if !(2..=4).contains(&run.chars().count()) || !ends {
            break;
        }
        rest = rest[run.len()..].trim_start_matches([' ', '\u{3000}', '、']);
        names.push(run);
    }
    if names.is_empty() {
        return name;
    }
    format!("记者 {name} 通讯员 {}", names.join(" "))
}

/// The byline of a news story, in its dateline (本报讯（记者 王明）10月24日，…): the name
/// right after 记者 inside the brackets, up to the closing one or a space. 记者了解到 is
/// no byline: the name must end at a bracket or a space.
fn news_byline(line: &str) -> Option<String> {
    line.match_indices("记者").find_map(|(at, w)| {
        let opened = line[..at].ends_with(['（', '(']);
        let rest = line[at + w.len()..].trim_start();
        let name: String = rest.chars().take_while(|&c| scan::is_han(c)).collect();
        let after = rest[name.len()..].chars().next();
        let closed = matches!(after, Some('）' | ')' | ' ' | '\u{3000}'));
        let n = name.chars().count();
        (opened && closed && (2..=4).contains(&n)).then_some(name)
    })
}
