//! A newspaper's page jumps: （下转第四版） where a story breaks off to go on on another
//! page, （紧接第一版） where it picks up again. A text copied from a print edition keeps
//! them in the middle of a paragraph; they are the paper's furniture, never the report's
//! words, and the page number in them is no figure.

/// The words a jump opens with, inside its brackets.
const OPENERS: [&str; 6] = ["下转", "上接", "紧接", "接上", "转", "接"];

/// The characters a page's name may hold: 第四版, 第4版, 第A2版.
fn page_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "一二三四五六七八九十〇零".contains(c)
}

/// The byte length of a page jump at the start of `s`, or `None`: an opening bracket, an
/// opener, 第, a page's name of one to four characters, 版 (or 页), a closing bracket.
fn jump_at(s: &str) -> Option<usize> {
    let open = s.chars().next().filter(|c| ['（', '('].contains(c))?;
    let rest = &s[open.len_utf8()..];
    let opener = OPENERS.iter().find(|o| rest.starts_with(*o))?;
    let rest = rest[opener.len()..].strip_prefix('第')?;
    let name: String = rest.chars().take_while(|&c| page_char(c)).collect();
    if !(1..=4).contains(&name.chars().count()) {
        return None;
    }
    let rest = &rest[name.len()..];
    let rest = rest.strip_prefix(['版', '页'])?;
    let close = rest.chars().next().filter(|c| ['）', ')'].contains(c))?;
    let rest = &rest[close.len_utf8()..];
    Some(s.len() - rest.len())
}

/// The page jumps of `line`, as printed, in their order.
pub(super) fn jumps(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = line[at..].find(['（', '(']) {
        let from = at + i;
        match jump_at(&line[from..]) {
            Some(len) => {
                out.push(&line[from..from + len]);
                at = from + len;
            }
            None => at = from + line[from..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// `line` without its page jumps.
pub(super) fn without(line: &str) -> String {
    let mut out = line.to_string();
    for j in jumps(line) {
        out = out.replacen(j, "", 1);
    }
    out
}
