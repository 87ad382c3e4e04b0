//! Line breaking for [`Builder::paragraph`]: Chinese by character, Latin by word, with
//! the 禁则 rules (no closing mark at a line's start, no opening mark at a line's end, no
//! one-character last line).

use crate::shared::layout::builder::Builder;
use crate::shared::layout::{is_wide, Font};

impl Builder<'_> {
    /// The lines `text` breaks into at `max_w`: Chinese by character, Latin by word,
    /// never a closing mark at the start of a line.
    pub fn wrap(&mut self, text: &str, max_w: f64, font: Font) -> Vec<String> {
        // Widths grow with length, so a text or a last line that fits whole keeps every
        // token: measured once, not once per character (in the browser each measurement
        // is a `measureText`, most of a chart's layout at first; issue 19).
        if self.width(text.trim_end(), font) <= max_w {
            return vec![text.trim_end().to_string()];
        }
        let tokens = tokens(text, &self.keep);
        let mut lines = Vec::new();
        let mut line = String::new();
        for (i, token) in tokens.iter().enumerate() {
            // The line with the token, then without it again where it does not fit:
            // `format!` would bring core's formatting into the reader's wasm.
            let kept = line.len();
            line.push_str(token);
            if kept > 0 && self.width(line.trim_end(), font) > max_w {
                line.truncate(kept);
                lines.push(line.trim_end().to_string());
                line = token.trim_start().to_string();
                let mut rest = line.clone();
                tokens[i + 1..].iter().for_each(|t| rest.push_str(t));
                if self.width(rest.trim_end(), font) <= max_w {
                    line = rest;
                    break;
                }
            }
            // A single token wider than the line is cut by character.
            if self.width(line.trim_end(), font) > max_w && line.chars().count() > 1 {
                line = cut_to_fit(self, &line, max_w, font, &mut lines);
            }
        }
        if !line.trim().is_empty() || lines.is_empty() {
            lines.push(line.trim_end().to_string());
        }
        avoid_widow(&mut lines);
        lines
    }

    /// The lines of a title `text` at `max_w`, broken where a reader parses it (tester
    /// s-test24 F14): whole phrases to a line where they fit, a phrase ending after a
    /// comma or a colon and before the verb of a number (固定资产投资 / 下降2.4%, of
    /// `verbs`); a phrase wider than a line is broken as [`Self::wrap`] breaks any text,
    /// never inside a word the builder keeps. Also whether every phrase stayed whole.
    pub fn wrap_phrases(
        &mut self,
        text: &str,
        max_w: f64,
        font: Font,
        verbs: &[&str],
    ) -> (Vec<String>, bool) {
        let text = text.trim_end();
        if self.width(text, font) <= max_w {
            return (vec![text.to_string()], true);
        }
        let mut whole = true;
        let mut lines = Vec::new();
        let mut line = String::new();
        for phrase in phrases(text, verbs) {
            let kept = line.len();
            line.push_str(phrase);
            if self.width(line.trim_end(), font) <= max_w {
                continue;
            }
            line.truncate(kept);
            if !line.trim().is_empty() {
                lines.push(line.trim_end().to_string());
            }
            let mut inside = self.wrap(phrase.trim_start(), max_w, font);
            whole &= inside.len() < 2;
            line = inside.pop().unwrap_or_default();
            lines.append(&mut inside);
        }
        if !line.trim().is_empty() || lines.is_empty() {
            lines.push(line.trim_end().to_string());
        }
        (lines, whole)
    }
}

/// `text` in phrases: each ends after a comma, a pause mark, a semicolon or a colon (a
/// Latin one before a space), or
/// right before a word of `verbs` that a number follows (增长5%左右, 下降-2.4%); the text
/// never opens with an empty phrase.
fn phrases<'a>(text: &'a str, verbs: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let rest = &text[i..];
        let verb = verbs.iter().any(|v| {
            let after = rest.get(v.len()..).unwrap_or_default();
            let after = after.strip_prefix(['-', '−']).unwrap_or(after);
            !v.is_empty() && rest.starts_with(*v) && after.starts_with(|d: char| d.is_ascii_digit())
        });
        if verb && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        // A Latin mark ends a phrase only before a space: 100,000 and 1:2 are numbers.
        let latin = matches!(c, ',' | ';' | ':') && text[i + 1..].starts_with(' ');
        if latin || matches!(c, '，' | '、' | '；' | '：') {
            let end = i + c.len_utf8();
            out.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// True when `a` then `b` stand side by side in a word of `keep` (words separated by
/// spaces, from the chart's data: 规模以上 bonds 规模, 模以 and 以上). Chars compared one
/// by one: a `str` search brings its searcher into the reader's wasm.
fn bonded(keep: &str, a: char, b: char) -> bool {
    let mut last = ' ';
    keep.chars().any(|k| {
        let pair = last == a && k == b;
        last = k;
        pair
    })
}

/// A last line of one Chinese character (百分 / 点) takes a companion from the line
/// before, which then only gets shorter, so both still fit.
fn avoid_widow(lines: &mut [String]) {
    let n = lines.len();
    if n < 2 {
        return;
    }
    let last: Vec<char> = lines[n - 1].chars().collect();
    let prev: Vec<char> = lines[n - 2].chars().collect();
    let single_wide = last.iter().filter(|c| is_wide(**c)).count() == 1
        && last.iter().all(|c| is_wide(*c) || is_closing(*c));
    if !single_wide || prev.len() < 4 {
        return;
    }
    let Some(&moved) = prev.last() else { return };
    if !is_wide(moved) {
        return;
    }
    lines[n - 2] = prev[..prev.len() - 1].iter().collect();
    lines[n - 1].insert(0, moved);
}

/// Cuts heads off `line`, each the longest that fits `max_w` (at least one character),
/// until the rest fits or is one character; pushes the heads onto `lines` and returns
/// the rest. A word thousands of characters long takes a few short measurements per
/// line: never a measurement of the whole word per line, or of every head per character.
fn cut_to_fit(
    b: &mut Builder<'_>,
    line: &str,
    max_w: f64,
    font: Font,
    lines: &mut Vec<String>,
) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    while chars.len() - start > 1 {
        let rest = &chars[start..];
        let trimmed = rest.len() - rest.iter().rev().take_while(|c| c.is_whitespace()).count();
        let n = longest_fit(b, &rest[..trimmed], max_w, font);
        if n >= trimmed {
            break;
        }
        lines.push(rest[..n].iter().collect());
        start += n;
    }
    chars[start..].iter().collect()
}

/// The length of the longest head of `chars` that fits `max_w`, at least 1. Widths grow
/// with length, so the head is found by doubling, then halving the gap.
fn longest_fit(b: &mut Builder<'_>, chars: &[char], max_w: f64, font: Font) -> usize {
    let fits = |b: &mut Builder<'_>, n: usize| {
        b.width(&chars[..n].iter().collect::<String>(), font) <= max_w
    };
    // `lo` fits (0 always does); `hi` does not, or is the whole.
    let (mut lo, mut hi) = (0, 1.min(chars.len()));
    while hi > lo && fits(b, hi) {
        lo = hi;
        hi = (hi * 2).min(chars.len());
    }
    if hi == lo {
        return lo.max(1);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fits(b, mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo.max(1)
}

/// Closing marks that must not begin a line (禁则).
fn is_closing(c: char) -> bool {
    // A match, not a search of a string: `str::contains` brings 2 KB of searcher into the
    // reader's wasm.
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '”'
            | '’'
            | '》'
            | '〉'
            | '%'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
    )
}

/// Opening marks that must not end a line (禁则).
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '“' | '‘' | '《' | '〈' | '【' | '(' | '['
    )
}

/// Break units: a wide character each, a Latin word with its trailing space, closing
/// marks glued to what precedes them and opening marks to what follows; a wide character
/// [`bonded`] to the one before by a word of `keep` stays with it.
fn tokens(text: &str, keep: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    // The last token is a number (it ends in a digit or %), maybe with its unit so far:
    // it takes the unit and qualifier characters that follow ([`UNITS`]).
    let mut number = false;
    for c in text.chars() {
        if is_closing(c) {
            word.push(c);
            continue;
        }
        if is_opening(c) {
            if !word.is_empty() && !word.chars().all(is_opening) {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
            continue;
        }
        if is_wide(c) {
            if !word.is_empty() && !word.chars().all(is_opening) {
                // Bytes: a digit and % are ASCII, and a `str` pattern brings its searcher.
                number = matches!(word.as_bytes().last(), Some(b'0'..=b'9' | b'%'));
                out.push(std::mem::take(&mut word));
            }
            if let (true, Some(last)) = (
                number && word.is_empty() && UNITS.chars().any(|u| u == c),
                out.last_mut(),
            ) {
                last.push(c);
                continue;
            }
            number = false;
            push_kept(&mut out, &mut word, keep, c);
            continue;
        }
        if c == ' ' {
            number = false;
            push_kept(&mut out, &mut word, keep, c);
            continue;
        }
        // A Latin character right after a wide one starts a new word.
        word.push(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    // Glue closing marks that began a token onto the token before.
    let mut glued: Vec<String> = Vec::new();
    for t in out {
        match (t.chars().next(), glued.last_mut()) {
            (Some(c), Some(prev)) if is_closing(c) && t.chars().all(is_closing) => {
                prev.push_str(&t)
            }
            _ => glued.push(t),
        }
    }
    glued
}

/// Pushes `c`, a wide character or a space, as a token of its own, or onto the last token
/// where a word of `keep` bonds the two ([`bonded`]); `word`, empty but for opening marks,
/// goes with it.
fn push_kept(out: &mut Vec<String>, word: &mut String, keep: &str, c: char) {
    let prev = out.last_mut().filter(|_| word.is_empty());
    if let Some(last) = prev.filter(|t| t.chars().next_back().is_some_and(|p| bonded(keep, p, c))) {
        last.push(c);
        return;
    }
    word.push(c);
    out.push(std::mem::take(word));
}

/// The characters of a unit printed after a number (亿元, 万吨, 个, 2026年, 个百分点) and
/// of its qualifier (左右, 以上, 以内, 以下), which stay with it: a line never ends in 5% with 左右
/// on the next (the tester's M3). A character of them after a unit that is no qualifier
/// (6个以上项目: 项) only takes a break away. A string walked by char: smaller in the
/// reader's wasm than a `match`, a lookahead or a pass of its own over the tokens (that
/// was about 500 B gzip), and no `str` search.
const UNITS: &str = "万亿千百分点元吨米个人家项户次年月日倍亩时左右以上内下";

#[cfg(test)]
mod tests;
