//! The minus sign as the text prints it. A report prints 增长-3.5%, 增长－3.5% or
//! 增长−3.5%; every output of a figure's numbers prints the same sign, never another
//! (`tests/audit.rs` fails on an output that drops it or changes it).

use crate::shared::model::Figure;

/// Minus signs as texts print them: ASCII, full-width, and the mathematical minus.
pub const MINUS: [char; 3] = ['-', '－', '−'];

/// True when `c`, after `prev`, is a minus sign: one of [`MINUS`] that no digit, %, point
/// or Latin letter stands before (5-5.5%, 6%-6.5% and 2025-01-20 are ranges and a date,
/// GB-2020 is a code). An en dash (5–6%) is never a sign. The one rule of a printed sign
/// for every stage: the reader's outputs, the draft, and the checks of values and titles.
fn sign_after(prev: Option<char>, c: char) -> bool {
    MINUS.contains(&c) && !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '%' || p == '.')
}

/// True when `c` is a minus sign ([`sign_after`]) before the digit `next`.
fn sign_at(prev: Option<char>, c: char, next: Option<char>) -> bool {
    sign_after(prev, c) && next.is_some_and(|d| d.is_ascii_digit())
}

/// True when the number after `lead` is printed with a minus sign: `lead` ends with one,
/// and it is no range's or date's second end nor a code's hyphen ([`sign_after`]).
pub fn minus_before(lead: &str) -> bool {
    let mut back = lead.chars().rev();
    back.next().is_some_and(|c| sign_after(back.next(), c))
}

/// Dashes that are no minus sign of [`MINUS`] but that a text may print as one
/// (增长–3.5%, 增长—1.2%): en and em dashes, the figure dash, small hyphen-minus.
const DASHES: [char; 6] = ['–', '—', '―', '‒', '﹣', '﹘'];

/// True when the number after `lead` has a dash right before it that is no range's
/// second end (no digit, %, point or Latin letter before the dash): it may be a minus
/// sign printed with the wrong character, so the number is the desk's, never read as
/// positive.
pub fn dash_before(lead: &str) -> bool {
    let mut back = lead.chars().rev();
    back.next().is_some_and(|c| {
        DASHES.contains(&c)
            && !back
                .find(|p| !DASHES.contains(p))
                .is_some_and(|p| p.is_ascii_alphanumeric() || p == '%' || p == '.')
    })
}

/// The minus sign `source` prints before its first negative number, if any.
pub fn minus_in(source: &str) -> Option<char> {
    minus_of(source, None)
}

/// The minus sign `source` prints right before the number `digits` (3.5 of 增长－3.5%),
/// or before any number when `digits` is `None`.
fn minus_of(source: &str, digits: Option<&[char]>) -> Option<char> {
    let chars: Vec<char> = source.chars().collect();
    (0..chars.len()).find_map(|i| {
        let prev = i.checked_sub(1).map(|k| chars[k]);
        if !sign_at(prev, chars[i], chars.get(i + 1).copied()) {
            return None;
        }
        let Some(want) = digits else {
            return Some(chars[i]);
        };
        let end = i + 1 + want.len();
        let whole = !chars
            .get(end)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.');
        (chars.get(i + 1..end) == Some(want) && whole).then_some(chars[i])
    })
}

/// `text`, a number of figure `f` as formatted (the formatter's sign is ASCII, or −
/// on a bar's end), with the sign of each negative number as `f`'s sentence prints it:
/// the one before that number, else its first. Unchanged where the sentence prints no
/// minus sign (a decline's bar end keeps −).
pub fn as_printed(text: String, f: &Figure) -> String {
    let Some(first) = minus_in(&f.source) else {
        return text;
    };
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .map(|i| {
            let prev = i.checked_sub(1).map(|k| chars[k]);
            if !sign_at(prev, chars[i], chars.get(i + 1).copied()) {
                return chars[i];
            }
            let run = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || **c == '.')
                .count();
            let digits = &chars[i + 1..i + 1 + run];
            let digits = digits.strip_suffix(&['.']).unwrap_or(digits);
            minus_of(&f.source, Some(digits)).unwrap_or(first)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_is_the_first_minus_before_a_digit_never_a_range_or_a_date() {
        let cases = [
            ("增长-3.5%", Some('-')),
            ("增长－3.5%", Some('－')),
            ("增长−3.5%", Some('−')),
            ("增长5-5.5%", None),
            ("时间：2025-01-20", None),
            ("歼-35系列", Some('-')),
            ("增长3.5%", None),
        ];
        for (source, want) in cases {
            assert_eq!(minus_in(source), want, "{source}");
        }
    }
}
