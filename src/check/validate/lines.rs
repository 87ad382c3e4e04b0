//! The line of a data file a problem is on (issue 18 §4, H2): every problem names the
//! file, the JSON path and the line, not only the first value of the wrong type, whose
//! place the parser gives. The path is found in the file's text by a scan of its JSON:
//! the line its value starts on, or, for a value that is missing (`figures[3].label` is
//! missing), the line of the nearest value of the path that is there (`figures[3]`).
//!
//! A file on one line (the editor sends its file compact) is read in the repository's
//! layout ([`crate::check::pretty`]), as 发布 and the editor's saves write it, and as the
//! lenient reader gives the parser's place ([`super::lenient`]).

use super::{Problem, Step};
use std::collections::HashMap;

/// Sets the line of every problem of `problems` that names no place of its own, as found
/// in data file `json`.
pub fn locate(problems: &mut [Problem], json: &str) {
    locate_all(&mut [problems], json);
}

/// [`locate`] for several lists of problems of one file (its error's and its broken
/// charts'), which is scanned once: a file of thousands of problems in hundreds of charts
/// is scanned once, not once a chart or a problem.
pub fn locate_all(lists: &mut [&mut [Problem]], json: &str) {
    let wanted = |p: &Problem| p.line.is_none() && !has_place(p);
    if !lists.iter().any(|l| l.iter().any(wanted)) {
        return;
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let pretty;
    let text = if json.trim_end().contains('\n') {
        json
    } else {
        match crate::check::pretty(json) {
            Ok(p) => {
                pretty = p;
                &pretty
            }
            Err(_) => return,
        }
    };
    let lines = lines_of(text);
    for p in lists.iter_mut().flat_map(|l| l.iter_mut()) {
        if wanted(p) {
            p.line = nearest(&lines, p.path.steps());
        }
    }
}

/// The line each value of `text` starts on, by its path's [`key`]: one pass over the file.
fn lines_of(text: &str) -> HashMap<String, usize> {
    let mut lines = HashMap::new();
    Scan::new(text).walk(&mut String::new(), &mut lines);
    lines
}

/// The line of `steps`' value in `lines`, or of the nearest value of its path that is there.
fn nearest(lines: &HashMap<String, usize>, steps: &[Step]) -> Option<usize> {
    (0..=steps.len())
        .rev()
        .find_map(|n| lines.get(&key(&steps[..n])).copied())
}

/// A path's key in the map of lines: `.figures[3].value`.
fn key(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        push(&mut out, s);
    }
    out
}

fn push(out: &mut String, step: &Step) {
    match step {
        Step::Key(k) => {
            out.push('.');
            out.push_str(k);
        }
        Step::Index(i) => {
            out.push('[');
            out.push_str(&i.to_string());
            out.push(']');
        }
    }
}

/// True when the problem's message names its place itself: the parser's line and
/// column of a value of the wrong type.
fn has_place(p: &Problem) -> bool {
    p.message.en.contains(" at line ")
}

/// The line (from 1) that the value at `steps` starts on in JSON `text`, or that of the
/// nearest value of its path that `text` has: one path's scan, which the tests hold the
/// pass over the whole file to.
#[cfg(test)]
fn line_of(text: &str, steps: &[Step]) -> usize {
    Scan::new(text).find(steps)
}

/// A cursor over JSON text that counts lines.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b) = self.peek().filter(u8::is_ascii_whitespace) {
            self.line += usize::from(b == b'\n');
            self.at += 1;
        }
    }

    /// Past one byte, when it is `b`.
    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let here = self.peek() == Some(b);
        self.at += usize::from(here);
        here
    }

    /// A string from its opening quote, as its raw bytes (escapes kept as written).
    fn string(&mut self) -> &[u8] {
        self.at += 1;
        let start = self.at;
        while let Some(b) = self.peek() {
            match b {
                b'\\' => self.at += 2,
                b'"' => break,
                _ => self.at += 1,
            }
        }
        let end = self.at.min(self.bytes.len());
        self.at += 1;
        &self.bytes[start..end]
    }

    /// Past one value.
    fn skip(&mut self) {
        self.space();
        match self.peek() {
            Some(b'"') => {
                self.string();
            }
            Some(open @ (b'{' | b'[')) => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                while !self.eat(close) && self.peek().is_some() {
                    if open == b'{' {
                        self.skip();
                        self.eat(b':');
                    }
                    self.skip();
                    self.eat(b',');
                }
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
            }
        }
    }

    /// Records the line of the value from here, at `path`, and of every value inside it.
    fn walk(&mut self, path: &mut String, lines: &mut HashMap<String, usize>) {
        self.space();
        lines.insert(path.clone(), self.line);
        let open = self.peek();
        if !matches!(open, Some(b'{' | b'[')) {
            return self.skip();
        }
        self.at += 1;
        let close = if open == Some(b'{') { b'}' } else { b']' };
        let mut n = 0;
        while !self.eat(close) && self.peek().is_some() {
            let len = path.len();
            if open == Some(b'{') {
                if self.peek() != Some(b'"') {
                    return;
                }
                let k = std::str::from_utf8(self.string())
                    .unwrap_or_default()
                    .to_string();
                self.eat(b':');
                push(path, &Step::Key(k));
            } else {
                push(path, &Step::Index(n));
            }
            self.walk(path, lines);
            path.truncate(len);
            self.eat(b',');
            n += 1;
        }
    }

    /// The line of the value at `steps` from here, or of the nearest one found.
    #[cfg(test)]
    fn find(&mut self, steps: &[Step]) -> usize {
        self.space();
        let here = self.line;
        let Some((step, rest)) = steps.split_first() else {
            return here;
        };
        match (self.peek(), step) {
            (Some(b'{'), Step::Key(key)) => {
                self.at += 1;
                while !self.eat(b'}') && self.peek() == Some(b'"') {
                    let found = self.string() == key.as_bytes();
                    self.eat(b':');
                    if found {
                        return self.find(rest);
                    }
                    self.skip();
                    self.eat(b',');
                    self.space();
                }
                here
            }
            (Some(b'['), Step::Index(i)) => {
                self.at += 1;
                let mut n = 0;
                while !self.eat(b']') && self.peek().is_some() {
                    if n == *i {
                        return self.find(rest);
                    }
                    self.skip();
                    self.eat(b',');
                    n += 1;
                }
                here
            }
            _ => here,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::validate::JsonPath;

    const FILE: &str = r#"{
  "meta": {"title": "x"},
  "figures": [
    {
      "id": "gdp",
      "label": "地区生产总值\"",
      "value": 800
    },
    {
      "id": "b", "value": [1, {"x": 2}]
    }
  ],
  "charts": []
}"#;

    #[test]
    fn a_path_is_found_on_the_line_its_value_starts_on_or_its_nearest() {
        let figures = JsonPath::root().key("figures");
        for (path, line) in [
            (JsonPath::root(), 1),
            (JsonPath::root().key("meta").key("title"), 2),
            (figures.at(0), 4),
            (figures.at(0).key("label"), 6),
            (figures.at(0).key("value"), 7),
            (figures.at(1).key("value").at(1).key("x"), 10),
            // Missing: its nearest value that is there.
            (figures.at(0).key("unit"), 4),
            (figures.at(5), 3),
            (JsonPath::root().key("charts").at(0), 13),
        ] {
            assert_eq!(line_of(FILE, path.steps()), line, "{path}");
            // The pass over the whole file finds the same.
            assert_eq!(nearest(&lines_of(FILE), path.steps()), Some(line), "{path}");
        }
    }
}
