//! Labels of counts of people: 群众 alone says nothing of who was counted.

/// Nouns of people that say nothing alone: 惠及76万群众 counts people reached by
/// something, not 群众.
const PEOPLE: [&str; 4] = ["群众", "各族群众", "人民群众", "困难群众"];

/// The label of a count of people named by a bare [`PEOPLE`] noun (`after`): the noun
/// with what the clause says they did after it (8万户群众实现安居), else with the words
/// that reach them before it (政策惠及群众); `None` for any other noun.
pub(super) fn named(after: &str, before: &str, trail: &str) -> Option<String> {
    if !PEOPLE.contains(&after) {
        return None;
    }
    let rest = trail
        .find(after)
        .map(|at| &trail[at + after.len()..])
        .map(|r| r.split(['，', ',', '；', '。', '、']).next().unwrap_or(r))
        .unwrap_or("");
    let count = rest.chars().count();
    if (2..=10).contains(&count) && !rest.chars().any(|c| c.is_ascii_digit()) {
        return Some(format!("{after}{rest}"));
    }
    (!before.is_empty()).then(|| format!("{before}{after}"))
}
