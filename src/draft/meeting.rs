//! The numbers a meeting gives of itself. A paper's report of a session closes with its
//! members due and present (本次大会应到代表512名，实到代表497名，符合法定人数): they
//! count the meeting, never the place, and are no indicator; the draft skips them as
//! `meeting`.

/// Words that count a meeting's members: due, present, attending, sitting in, absent.
const ATTENDANCE: [&str; 5] = ["应到", "实到", "出席", "列席", "缺席"];

/// Units of a count of people.
const PEOPLE: [&str; 3] = ["名", "人", "位"];

/// True when a number in `unit` after `lead` (its sentence up to it) counts the members
/// a meeting had due or present: a count of people whose clause names attendance
/// (应到代表512名, 实到497名, 出席会议的委员298人).
pub(super) fn attendance(lead: &str, unit: &str) -> bool {
    let clause = super::label::clause_tail(lead);
    PEOPLE.contains(&unit) && ATTENDANCE.iter().any(|w| clause.contains(w))
}
