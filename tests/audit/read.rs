//! Reading outputs back as a reader does: the numbers a text prints (with the magnitude
//! that follows them, 800亿元 = 8e10, 80 billion = 8e10), and the texts of HTML, SVG and
//! CSV files. Written apart from the crate's formatting, so that the audit does not share
//! a mistake with what it audits.

/// A number as a text prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Printed {
    /// An amount: `text` as printed (with its magnitude word), `value` in base units,
    /// and `last` the power of ten its last printed digit counts in base units (5.0% is
    /// -1, 19.10 billion is 7, 800亿元 is 8). A number printed with a minus sign
    /// (增长-3.5%, a bar's −3.5%) is negative, and `minus` is the sign as printed.
    Number {
        text: String,
        value: f64,
        last: i32,
        minus: Option<char>,
    },
    /// Digits glued to Latin letters (PM2.5, 5G): a name, not an amount.
    Name(String),
}

/// The power of ten a Chinese magnitude at the start of `s` stands for: 亿元 → 1e8.
pub fn chinese_scale(s: &str) -> Option<(f64, usize)> {
    [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
        .into_iter()
        .find(|(m, _)| s.starts_with(m))
        .map(|(m, scale)| (scale, m.len()))
}

/// The English magnitude word at the start of `s`, after at most one run of spaces.
fn english_scale(s: &str) -> Option<(f64, usize)> {
    let trimmed = s.trim_start_matches([' ', '\u{a0}', '\n']);
    let skipped = s.len() - trimmed.len();
    [
        ("trillion", 1e12),
        ("billion", 1e9),
        ("million", 1e6),
        ("thousand", 1e3),
    ]
    .into_iter()
    .find(|(w, _)| {
        trimmed.starts_with(w)
            && !trimmed[w.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
    })
    .map(|(w, scale)| (scale, skipped + w.len()))
}

/// The end of the digits (with thousands groups and one decimal part) starting at `i`.
fn digits_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let run = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut j = run(i);
    // 16,400: a comma followed by exactly three digits groups thousands.
    while b.get(j) == Some(&b',') && run(j + 1) == j + 4 {
        j += 4;
    }
    if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j = run(j + 1);
    }
    j
}

/// The power of ten the last digit of `digits` counts at `scale` (a power of ten):
/// 5.0 at 1 is -1, 19.10 at 1e9 is 7.
pub fn last_digit(digits: &str, scale: f64) -> i32 {
    let after_point = digits.split_once('.').map_or(0, |(_, f)| f.len());
    scale.log10().round() as i32 - after_point as i32
}

/// The minus sign that ends `before` (the text right before a number's digits), as
/// printed: ASCII, full-width or U+2212; none after a digit or a % (5-5.5% is a range,
/// 2025-01-20 a date) or a letter (a name). Written apart from
/// `shared::format::sign::minus_before` on purpose: the audit does not share the rule it checks.
pub fn minus_before(before: &str) -> Option<char> {
    let mut back = before.chars().rev();
    let sign = back.next().filter(|c| ['-', '－', '−'].contains(c))?;
    let prev = back.next();
    (!prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '%')).then_some(sign)
}

/// The magnitude a range's lower end shares with its upper end, where `rest` (the text
/// right after the lower end's digits) is a dash and the upper end with its magnitude:
/// 120—130亿元 is 120亿 to 130亿, as 12–13 billion is 12 billion to 13 billion.
fn range_scale(rest: &str) -> Option<f64> {
    let after = ['—', '–', '-', '~', '～', '至']
        .into_iter()
        .find_map(|d| rest.strip_prefix(d))?;
    let end = digits_end(after, 0);
    if end == 0 {
        return None;
    }
    chinese_scale(&after[end..])
        .or_else(|| english_scale(&after[end..]))
        .map(|(scale, _)| scale)
}

/// Every number `text` prints, in order, with the byte offset where it starts.
pub fn numbers(text: &str) -> Vec<(usize, Printed)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let end = digits_end(text, i);
        let latin = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphabetic);
        if latin(i.checked_sub(1).and_then(|p| b.get(p))) || latin(b.get(end)) {
            let start = text[..i]
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '.')
                .map_or(0, |(p, c)| p + c.len_utf8());
            let stop = text[end..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .map_or(text.len(), |p| end + p);
            out.push((
                start,
                Printed::Name(text[start..stop].trim_end_matches('.').to_string()),
            ));
            i = stop;
            continue;
        }
        let raw: f64 = text[i..end].replace(',', "").parse().unwrap_or(f64::NAN);
        let rest = &text[end..];
        // 120余万户, 3多亿元: 余 or 多 before the magnitude is 120万 and more.
        let odd = ["余", "多"]
            .into_iter()
            .find(|w| rest.strip_prefix(w).and_then(chinese_scale).is_some())
            .map_or(0, str::len);
        let (scale, len) = chinese_scale(&rest[odd..])
            .map(|(scale, len)| (scale, odd + len))
            .or_else(|| english_scale(rest))
            .or_else(|| range_scale(rest).map(|scale| (scale, 0)))
            .unwrap_or((1.0, 0));
        let minus = minus_before(&text[..i]);
        let sign = if minus.is_some() { -1.0 } else { 1.0 };
        out.push((
            i,
            Printed::Number {
                text: text[i..end + len].to_string(),
                value: sign * raw * scale,
                last: last_digit(&text[i..end], scale),
                minus,
            },
        ));
        i = end;
    }
    out
}

/// Decodes the entities the crate's writers use.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One piece of markup: a tag with its attributes, or the text between tags.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// `<name a="v">` (or `</name>` with `closing`).
    Tag {
        name: String,
        closing: bool,
        attrs: Vec<(String, String)>,
    },
    /// Text, entities decoded.
    Text(String),
}

/// The attributes of a tag's inside (after its name).
fn attributes(mut s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let name_end = s
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(s.len());
        if name_end == 0 {
            return out;
        }
        let name = s[..name_end].to_ascii_lowercase();
        s = s[name_end..].trim_start();
        let value = if let Some(v) = s.strip_prefix('=') {
            let v = v.trim_start();
            let (value, rest) = match v.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = v[1..].find(q).map_or(v.len(), |p| p + 1);
                    (&v[1..close], v.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let e = v.find(char::is_whitespace).unwrap_or(v.len());
                    (&v[..e], &v[e..])
                }
            };
            s = rest;
            unescape(value)
        } else {
            String::new()
        };
        out.push((name, value));
    }
}

/// The tokens of an HTML or SVG document; comments dropped, and the contents of
/// `<script>` and `<style>` skipped (code and data, not text a reader reads).
pub fn tokens(doc: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(i) = rest.find('<') {
        if i > 0 {
            out.push(Token::Text(unescape(&rest[..i])));
        }
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let inside = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let closing = inside.starts_with('/');
        let inside = inside.trim_start_matches('/');
        let name_end = inside
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(inside.len());
        let name = inside[..name_end].to_ascii_lowercase();
        if name.starts_with('!') || name.starts_with('?') {
            continue;
        }
        let raw = !closing && (name == "script" || name == "style");
        out.push(Token::Tag {
            attrs: attributes(&inside[name_end..]),
            name: name.clone(),
            closing,
        });
        if raw {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |e| &rest[e..]);
        }
    }
    if !rest.is_empty() {
        out.push(Token::Text(unescape(rest)));
    }
    out
}

/// Standard base64 (the one-file edition inlines its SVGs so).
pub fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// The records of a CSV file (byte-order mark dropped), each a list of fields.
pub fn csv(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}
