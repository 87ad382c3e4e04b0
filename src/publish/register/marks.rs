//! Marks passed (迈上6万亿元台阶, 跨越5000亿元大关): a round level the figure went past,
//! printed beside the figure itself (达到62661亿元). A mark is no value of the indicator:
//! the register prefers the figure, and never ranks a mark.

use crate::draft::changes::MARKS;
use crate::shared::model::Figure;

/// True when the figure's number stands in its sentence as a mark passed: printed with
/// its unit and right after it one of [`MARKS`] (6万亿元台阶).
pub fn passed(f: &Figure) -> bool {
    let Some(value) = f.value else {
        return false;
    };
    let printed = format!("{value}{}", f.unit.zh);
    let s = f.source.as_str();
    s.match_indices(&printed).any(|(at, _)| {
        // 16万亿元台阶 is not 6万亿元台阶.
        let whole = !s[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.');
        let after = &s[at + printed.len()..];
        whole && MARKS.iter().any(|m| after.starts_with(m))
    })
}
