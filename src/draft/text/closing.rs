//! A paragraph that closes a numbered list of headings (一、…十、…, then 2026年，…拟安排…):
//! it speaks of what comes next, so it belongs to no item but to a section of its own.

use super::Outline;
use crate::draft::numbered::numbered;
use crate::draft::short::short_name;

/// Words that open a paragraph about what comes next.
const NEXT: [&str; 5] = ["下一步", "明年", "今后", "新的一年", "来年"];

/// The most characters of a closing section's name, read from its opening words.
const NAME_CHARS: usize = 12;

/// Files the paragraphs from the first closing one on under a section of their own, named
/// by the words before its first comma: a paragraph after the first of the last item of a
/// numbered list of at least three headings, that opens with [`NEXT`] or a year later than
/// every year printed before it (or in a heading), and does not name the item's subject. A paragraph that
/// names it (助残扶弱 under 十、助残扶弱) continues its item.
pub(super) fn close_list(out: &mut Outline) {
    let headings: Vec<&str> = out.sections.iter().flatten().map(String::as_str).collect();
    let last = out.sections.len() - 1;
    let listed = headings.len() >= 3 && headings.iter().rev().take(3).all(|h| numbered(h));
    let Some(Some(heading)) = out.sections.last().filter(|_| listed) else {
        return;
    };
    let subject = short_name(heading);
    // Years of the title and headings count as printed before (三、2026年工作安排).
    let mut seen = (out.title.iter().chain(out.sections.iter().flatten()))
        .map(|t| latest_year(t))
        .max()
        .unwrap_or(0);
    let mut first_of_item = None;
    let mut closing = None;
    for (i, s) in out.sentences.iter().enumerate() {
        let opens = i == 0 || out.sentences[i - 1].paragraph != s.paragraph;
        if s.section == last && opens {
            let later = first_of_item.is_some_and(|p| p != s.paragraph);
            first_of_item.get_or_insert(s.paragraph);
            if later && next_words(&s.text, seen) && !paragraph_names(out, s.paragraph, &subject) {
                closing = Some(i);
                break;
            }
        }
        seen = seen.max(latest_year(&s.text));
    }
    let Some(i) = closing else { return };
    let text = &out.sentences[i].text;
    let name: String = text
        .split(['，', '：', ','])
        .next()
        .unwrap_or(text)
        .chars()
        .take(NAME_CHARS)
        .collect();
    out.sections.push(Some(name));
    let section = out.sections.len() - 1;
    for s in &mut out.sentences[i..] {
        s.section = section;
    }
}

/// True when `text` opens with [`NEXT`] or a year later than `seen`.
fn next_words(text: &str, seen: u32) -> bool {
    let year: String = text.chars().take_while(char::is_ascii_digit).collect();
    let after = &text[year.len()..];
    NEXT.iter().any(|w| text.starts_with(w))
        || year.len() == 4 && after.starts_with('年') && year.parse().is_ok_and(|y: u32| y > seen)
}

/// True when a sentence of paragraph `p` names `subject`.
fn paragraph_names(out: &Outline, p: usize, subject: &str) -> bool {
    !subject.is_empty()
        && out
            .sentences
            .iter()
            .any(|s| s.paragraph == p && s.text.contains(subject))
}

/// The latest year of four digits and 年 printed in `text`, 0 for none.
fn latest_year(text: &str) -> u32 {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(4))
        .filter(|&k| chars[k + 4] == '年' && chars[k..k + 4].iter().all(char::is_ascii_digit))
        .filter(|&k| k == 0 || !chars[k - 1].is_ascii_digit())
        .filter_map(|k| chars[k..k + 4].iter().collect::<String>().parse().ok())
        .max()
        .unwrap_or(0)
}
