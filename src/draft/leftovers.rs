//! Lines a web page prints around a report: its menu, the source, the time, the editor,
//! the page's reader counts, the dateline, bylines and credits. None of it is the
//! report's text; `text` leaves it out.

use super::marks::{SENTENCE_ENDS, SENTENCE_MARKS};
use super::numbered::{bracket_numbered, numbered};

/// A line the page prints around the report, named by its first words (来源：, 时间：,
/// 浏览次数：…): whatever numbers it holds are the page's, never the report's.
pub(super) fn page_line(t: &str) -> bool {
    // 浏览次数：1024次 and its kin count readers of the page, not anything the report says.
    const OPENERS: [&str; 32] = [
        "（本文来源",
        "(本文来源",
        "本文来源",
        "扫一扫",
        "【字号",
        "来源：",
        "（来源：",
        "(来源：",
        // A newspaper's scan prints the colon half-width.
        "来源:",
        "（来源:",
        "(来源:",
        "时间：",
        // A press conference's place, under its time line.
        "地点：",
        "地点:",
        "编辑：",
        "编辑:",
        "责任编辑",
        "审核：",
        "审核:",
        "校对：",
        // A WeChat post's call to its readers.
        "点个在看",
        "相关报道",
        "发布时间",
        "发布日期",
        "日期：",
        "作者：",
        "浏览次数",
        "阅读次数",
        "点击次数",
        "浏览量",
        "阅读量",
        "访问量",
    ];
    OPENERS.iter().any(|o| t.starts_with(o))
}

/// What a web page leaves around a report's text: its menu, font-size buttons, source
/// and time lines, the dateline (——2026年1月26日在…会议上), the speaker's byline and a
/// photo credit. None of it is the report's text.
pub(super) fn leftover(line: &str, title: Option<&str>) -> bool {
    const MENU: [&str; 8] = ["下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "】"];
    let t = line.trim();
    let chars = t.chars().count();
    let no_marks = !t.contains(SENTENCE_MARKS) && !t.contains(SENTENCE_ENDS);
    let datetime = t.chars().all(|c| c.is_ascii_digit() || " -:".contains(c));
    // 省长 刘小涛, 自治区主席 韦 韬, 毛伟明: a title and a name, or a name alone; never a
    // number and what it counts (16.6%　工业投资增速), which is text.
    // A numbered line is a heading, however it is spaced (一、 2025年工作回顾, （一）　产业
    // 发展提质增效).
    let byline = no_marks
        && !t.contains(|c: char| c.is_ascii_digit())
        && !numbered(t)
        && !bracket_numbered(t)
        && chars <= 20
        && (t.contains(char::is_whitespace)
            || ["省长", "主席", "市长", "县长", "区长"]
                .iter()
                .any(|w| t.contains(w))
            || chars <= 4);
    let credit = credit(t);
    // ——2026年1月26日在…会议上; a bullet (——经济增长稳中有进。…) is text, and so is a
    // heading a dash opens (——扎实抓好稳增长、防风险，发展底盘持续夯实), which names no
    // day and no meeting.
    let meeting = ["会议", "大会", "讲话", "上的"]
        .iter()
        .any(|w| t.contains(w));
    let dated = t.contains(|c: char| c.is_ascii_digit()) || t.contains('月') && t.contains('日');
    let dateline = t.starts_with(['—', '―']) && !t.contains(SENTENCE_ENDS) && (dated || meeting);
    MENU.contains(&t)
        || page_line(t)
        || datetime
        || date_line(t)
        || stamp(t)
        || byline
        || credit
        || dateline
        || copyright(t)
        // 清河县统计局 under the title signs the bulletin: its source, never its first
        // paragraph nor a topic's title (tester s-test23 #23).
        || super::meta::issuer(t).is_some()
        || title.is_some_and(|title| title.contains(t))
}

/// A page's copyright line (版权所有 © 2026 南溪晚报社 未经授权禁止转载, Copyright ©
/// 2026 …): the site's, and its year is the page's, never one the report names. A
/// report's sentence prints none of these words.
fn copyright(t: &str) -> bool {
    const WORDS: [&str; 5] = [
        "版权所有",
        "禁止转载",
        "不得转载",
        "All Rights Reserved",
        "©",
    ];
    t.to_ascii_lowercase().starts_with("copyright") || WORDS.iter().any(|w| t.contains(w))
}

/// A WeChat article's dateline: the account, the date and the time, parted by spaces
/// (昆山发布 2026年1月16日 08:00, 2026-01-16 08:00 某某发布). Its numbers are the page's.
pub(super) fn stamp(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let dated = words.iter().any(|w| date_line(w) || iso_date(w));
    let clock = |w: &str| {
        w.split_once(':')
            .is_some_and(|(h, m)| digits(h, 1..=2) && digits(m, 2..=2))
    };
    let name =
        |w: &str| (1..=12).contains(&w.chars().count()) && w.chars().all(super::scan::is_han);
    // 2026年01月09日 08:30  来源：临江日报: the page's source is one of its fields.
    words.len() >= 2
        && dated
        && words
            .iter()
            .all(|w| date_line(w) || iso_date(w) || clock(w) || name(w) || page_line(w))
}

/// A figure's or a table's caption in a bulletin, on a line of its own (图1  2021—2025年
/// 地区生产总值及其增长速度, 表2 …): it names a graphic the text does not hold, and says no
/// sentence. Its range of years is the graphic's, never a plan's.
pub(super) fn caption(t: &str) -> bool {
    let Some(rest) = t.strip_prefix(['图', '表']) else {
        return false;
    };
    let words = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    words.len() < rest.len()
        && words.starts_with(|c: char| {
            c.is_whitespace() || super::scan::is_han(c) || c.is_ascii_digit()
        })
        && t.chars().count() <= 2 * super::marks::HEADING_CHARS
        && !t.contains(SENTENCE_ENDS)
        && !t.contains(['，', '；', ','])
}

/// The most characters of a place and a day between 本报 and 电 (本报云溪1月10日电).
const DATELINE_WORDS: usize = 12;

/// A news story's dateline run into its first paragraph (本报讯（记者 李晓明 通讯员
/// 王芳）1月8日上午，…, 本报松阳1月10日电（记者 周岚）…): the paper's and the byline's
/// words, then the text. `None` when the line opens otherwise.
pub(super) fn dateline_opening(t: &str) -> Option<(&str, &str)> {
    // 本报讯（ or 本报 PLACE DAY 电（: the paper's own; a bracket closes the byline.
    let paper = t.strip_prefix("本报")?;
    let sent = paper.strip_prefix('讯').or_else(|| {
        let at = paper.find('电')?;
        let words = &paper[..at];
        (words.chars().count() <= DATELINE_WORDS && !words.contains(SENTENCE_MARKS))
            .then(|| &paper[at + '电'.len_utf8()..])
    })?;
    let open = sent.strip_prefix(['（', '('])?;
    let close = open.find(['）', ')'])?;
    let end = t.len() - open.len() + close + open[close..].chars().next()?.len_utf8();
    let rest = t.get(end..)?.trim_start();
    (!rest.is_empty()).then(|| (&t[..end], rest))
}

/// The words of a photo's caption that credit it (（图：1月8日，…开幕。记者 陈刚 摄） →
/// 记者 陈刚 摄), as printed, spaces kept.
pub(super) fn photo_credit(t: &str) -> Option<&str> {
    let inner = t.trim().trim_end_matches(['）', ')']).trim_end();
    let from = inner
        .rfind(['。', '：', '，'])
        .map_or(0, |i| i + '。'.len_utf8());
    let credit = inner.get(from..)?.trim_start_matches(['（', '(']).trim();
    (inner.ends_with('摄') && credit.chars().count() <= 30).then_some(credit)
}

/// True when `s` is ASCII digits, as many as `n` allows.
fn digits(s: &str, n: std::ops::RangeInclusive<usize>) -> bool {
    n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// 2026-01-16: a date as a web page prints it.
fn iso_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2))
}

/// Words a reporter's byline opens with: 本报记者 李明, 通讯员 王五.
const REPORTERS: [&str; 4] = ["本报记者", "记者", "本报通讯员", "通讯员"];

/// True when `t` is a reporter's byline: names after 记者 (通讯员), a space between them
/// or not (本报记者 李明 通讯员 王五, 记者李明). A sentence that opens with 记者
/// (记者走访了老旧小区改造现场) is text: its words after 记者 are no name.
fn names_after_reporters(t: &str) -> bool {
    let t = without_outlet(t);
    let Some(rest) = REPORTERS.iter().find_map(|r| t.strip_prefix(r)) else {
        return false;
    };
    let mut names = rest.split_whitespace().flat_map(|w| {
        REPORTERS
            .iter()
            .find_map(|r| w.strip_prefix(r))
            .unwrap_or(w)
            .split(['、', ' '])
    });
    names.all(|n| n.chars().count() <= 4 && n.chars().all(|c| super::scan::is_han(c) || c == '·'))
}

/// How the name of a paper, an agency or a site ends (合肥晚报, 新华社, 南溪新闻网,
/// 东湖融媒体中心).
const OUTLETS: [&str; 6] = ["报", "社", "台", "网", "刊", "中心"];

/// `t` without the outlet's name a byline opens with (合肥晚报记者 刘洋 → 记者 刘洋):
/// a few characters of a name that ends as an outlet's does, right before 记者 or
/// 通讯员. Anything else is `t` as it is.
fn without_outlet(t: &str) -> &str {
    let at = REPORTERS.iter().filter_map(|r| t.find(r)).min();
    let Some(at) = at.filter(|&a| a > 0) else {
        return t;
    };
    let outlet = &t[..at];
    let named = outlet.chars().count() <= 12 && outlet.chars().all(super::scan::is_han);
    if named && OUTLETS.iter().any(|o| outlet.ends_with(o)) {
        &t[at..]
    } else {
        t
    }
}

/// A writer's or a photographer's credit: 本报记者 朱江 摄, a reporter's byline (本报记者
/// 李明), or a paper's 李明/文 (本版图片由…提供). The story page names its writer in its
/// own footer, and has none of the photos.
pub(super) fn credit(t: &str) -> bool {
    let short = !t.contains(SENTENCE_ENDS) && !t.contains(SENTENCE_MARKS);
    // （图：1月8日，…开幕。记者 陈刚 摄）: a photo's caption and its credit.
    let photo = t.starts_with(['（', '(']) && photo_credit(t).is_some();
    (t.ends_with('摄') && t.contains("记者"))
        || photo
        || (short && t.chars().count() <= 30 && names_after_reporters(t))
        || (!t.contains(SENTENCE_ENDS)
            && t.chars().count() <= 60
            && (t.contains("/文") || t.contains("／文") || t.contains("图片由")))
}

/// Characters a web page leaves at a line's ends besides spaces: zero-width spaces and
/// joiners, the byte-order mark.
const INVISIBLE: [char; 5] = ['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// A line without the spaces and invisible characters around it.
pub(super) fn clean(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || INVISIBLE.contains(&c))
}

/// True for a zero-width character ([`INVISIBLE`]): a page's mark, no text.
pub(crate) fn invisible(c: char) -> bool {
    INVISIBLE.contains(&c)
}

/// `text` as its reader sees it: without the zero-width characters a web page leaves
/// inside a number or a word (74.4\u{200b}万亿元 is 74.4万亿元), and without the lines that
/// held nothing else. A page's inline mark that a copy set on a line of its own
/// (74.4 / \u{200b} / 万亿元) cuts no sentence: it is no blank line.
pub(crate) fn visible(text: &str) -> String {
    if !text.contains(INVISIBLE) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let kept: String = line.chars().filter(|&c| !invisible(c)).collect();
        let only_marks = kept.trim().is_empty() && line.contains(invisible);
        if !only_marks {
            out.push_str(&kept);
        }
    }
    out
}

/// A date alone on its line (2026年3月18日, under the issuer of a communiqué): it ends
/// its block, and is never glued to the paragraph after it.
pub(super) fn date_line(t: &str) -> bool {
    let mut rest = t;
    for mark in ['年', '月', '日'] {
        let Some((digits, after)) = rest.split_once(mark) else {
            return false;
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        rest = after;
    }
    rest.is_empty()
}

/// A PDF's page number on a line of its own (— 3 —, - 12 -, －3－, 第3页): the page's,
/// never the report's, and it may stand inside a sentence cut by the page's end. `text`
/// drops the line before anything else reads it, so that it is no table row, no
/// paragraph and no break.
pub(super) fn page_mark(line: &str) -> bool {
    const DASHES: [char; 6] = ['—', '-', '－', '–', '―', '─'];
    let t = line.trim();
    let inner = t.trim_matches(|c: char| DASHES.contains(&c) || c.is_whitespace());
    let digits = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let dashed = t.starts_with(DASHES) && t.ends_with(DASHES) && digits(inner);
    let paged = t
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix('页'))
        .is_some_and(|n| digits(n.trim()));
    dashed || paged
}

/// Titles a work report's speaker is printed with, on the line under its dateline.
const SPEAKERS: [&str; 11] = [
    "省长", "市长", "县长", "区长", "主席", "州长", "旗长", "盟长", "局长", "厅长", "主任",
];

/// The speaker of a work report, on a line of its own under the dateline (青溪县人民政府
/// 县长 林志远, 省长 刘小涛, 自治区主席 韦 韬): a title after nothing, after 政府, or after a
/// place or an office (县审计局局长 陈明华) with a space before the name, a name after it,
/// and no sentence's marks. A
/// heading (推进城区长效管理) has no such shape.
pub(super) fn speaker(line: &str) -> Option<String> {
    let l = line.trim();
    if l.contains(SENTENCE_MARKS) || l.chars().count() > 30 {
        return None;
    }
    let (at, title) = SPEAKERS
        .iter()
        .filter_map(|w| l.rfind(w).map(|i| (i, *w)))
        .max()?;
    let (before, after) = (&l[..at], &l[at + title.len()..]);
    let spaced = after.starts_with(char::is_whitespace);
    let placed = before.ends_with(['省', '市', '县', '区', '州', '旗', '盟']) && spaced;
    // 县审计局局长 陈明华, 市统计局局长 王五: the head of an office reports for it.
    let office = before.ends_with(['局', '厅', '委', '办']) && spaced;
    let titled = before.is_empty() || before.ends_with("政府") || placed || office;
    let name: String = after.chars().filter(|c| !c.is_whitespace()).collect();
    let n = name.chars().count();
    let named = name.chars().all(|c| super::scan::is_han(c) || c == '·');
    // A Han name has two to four characters; a name written with · (艾尔肯·吐尼亚孜) up
    // to ten. 省长赵刚作政府工作报告 is a photo's caption, not a speaker's line.
    let long = if name.contains('·') { 10 } else { 4 };
    (titled && named && (2..=long).contains(&n)).then_some(name)
}
