//! Runs of text that no line breaks inside (issue 19, the tester's P1 and C2): a period
//! (1—11月, 2021—2025年), a number with its unit (6.2%, 2025年) and the words of
//! `data/glossary/unbreakable.txt` (规模以上: 「…占规模以 / 上工业…」 reads as two words).
//! The story page's HTML keeps them in spans that do not wrap; a chart gets the words in
//! its data ([`keep_words`]), since the reader's wasm has no word list.

const WORDS: &str = include_str!("../../data/glossary/unbreakable.txt");

/// Characters of a unit or of a qualifier after a number (亿元, 个百分点, 左右).
const UNIT: &str = "%％万亿千百分点元吨米个人家项户次年月日倍亩时左右以上内下";

/// Dashes between the two ends of a period or a range (1—11月, 6-6.5%).
const DASHES: [char; 5] = ['—', '–', '-', '~', '～'];

fn words() -> impl Iterator<Item = &'static str> {
    WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The glossary's words that `texts` print, separated by spaces: what a chart's layout
/// keeps whole.
pub fn keep_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let texts: Vec<&str> = texts.into_iter().collect();
    let mut out = String::new();
    for w in words().filter(|w| texts.iter().any(|t| t.contains(w))) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The end of the number that starts at `i` of `c`, with a range's second end after a
/// dash and the unit after it (1—11月, 5.3%左右).
fn number_end(c: &[char], i: usize) -> usize {
    let digit = |k: usize| c.get(k).is_some_and(char::is_ascii_digit);
    let mut j = i;
    loop {
        while digit(j) || (c.get(j) == Some(&'.') && digit(j + 1)) {
            j += 1;
        }
        if c.get(j).is_some_and(|d| DASHES.contains(d)) && digit(j + 1) {
            j += 1;
            continue;
        }
        break;
    }
    while c.get(j).is_some_and(|u| UNIT.contains(*u)) {
        j += 1;
    }
    j
}

/// `escaped`, HTML already escaped, with each run that must not break in a
/// `<span class="nb">`: numbers with their units and periods, and the glossary's words.
pub fn kept_whole(escaped: &str) -> String {
    let c: Vec<char> = escaped.chars().collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < c.len() {
        // An entity's digits (&#39;) are markup, not a number.
        if c[i] == '&' {
            i += c[i..].iter().position(|&x| x == ';').map_or(1, |p| p + 1);
            continue;
        }
        let after_word = i > 0 && (c[i - 1].is_ascii_alphanumeric() || c[i - 1] == '.');
        if c[i].is_ascii_digit() && !after_word {
            let end = number_end(&c, i);
            if end - i > 1 {
                runs.push((i, end));
            }
            i = end.max(i + 1);
            continue;
        }
        let word = words().find(|w| {
            let w: Vec<char> = w.chars().collect();
            c.get(i..i + w.len()) == Some(&w[..])
        });
        match word {
            Some(w) => {
                let n = w.chars().count();
                runs.push((i, i + n));
                i += n;
            }
            None => i += 1,
        }
    }
    let mut out = String::with_capacity(escaped.len() + runs.len() * 24);
    let mut at = 0;
    for (start, end) in runs {
        out.extend(&c[at..start]);
        out.push_str("<span class=\"nb\">");
        out.extend(&c[start..end]);
        out.push_str("</span>");
        at = end;
    }
    out.extend(&c[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::kept_whole;

    #[test]
    fn an_entitys_digits_and_a_latin_names_digits_are_no_number() {
        assert_eq!(kept_whole("PM2.5 &#39;"), "PM2.5 &#39;");
        assert_eq!(
            kept_whole("增长5%左右"),
            "增长<span class=\"nb\">5%左右</span>"
        );
    }
}
