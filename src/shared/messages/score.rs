//! The score (issue 18): the draft measured on real texts. The command line speaks
//! English, as `check` and `draft` do.

/// A file or folder that cannot be read.
pub fn cannot_read(file: &str, detail: &str) -> String {
    format!("{file}: cannot read: {detail}")
}

/// A file that cannot be written.
pub fn cannot_write(file: &str, detail: &str) -> String {
    format!("{file}: cannot write: {detail}")
}

/// How to call `report-charts score`, and why the test half's misses stay hidden.
pub const SCORE_USAGE: &str = "usage: report-charts score CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses | --misses=all] [--record] [--drafts DIR]

Drafts every CORPUS_DIR/**/SLUG.txt that has a truth list DIR/*/SLUG.json (default
tests/truth; format in tests/truth/README.md), in memory, and compares the draft's figures
with the list: per text and per half (tune, test, fresh) the recall, the wrong drafted figures by
class (unit, change, status, split, other, not-figure) and the headings found.

  --truth DIR      the truth lists (default tests/truth)
  --ratchet FILE   the recorded recall and wrong share per half (default DIR/ratchet.json);
                   the score fails when a half falls below it by more than 0.05 points
  --record         write the ratchet anew from this run instead of checking it (a half
                   this corpus has no text of keeps its record)
  --misses         list the missed and wrong figures of the tune half's texts
  --misses=all     list the test and fresh halves' too. Rules of the draft are written from tune
                   texts only: the test half measures the draft on text it was not tuned
                   to, and stops measuring that once its misses have been read for rules.
  --drafts DIR     score the data files DIR/SLUG.json (a desk's curated file, or a second
                   truth list written as one: tests/truth/scripts/list_as_draft.py) instead
                   of drafting; only texts with such a file are scored, and the ratchet,
                   which keeps the draft's own record, is neither checked nor written";

/// A truth list that names another text than its own file's.
pub fn truth_text_mismatch(named: &str, expected: &str) -> String {
    format!(
        "names the text \"{named}\", but a list SLUG.json is the list of SLUG.txt (\"{expected}\")"
    )
}

/// A quote that its text does not hold.
pub fn truth_quote_missing(quote: &str) -> String {
    format!("\"{quote}\" does not occur in the text (whitespace removed)")
}

/// An occurrence of a quote beyond those of the text.
pub fn truth_nth_beyond(nth: usize, count: usize) -> String {
    format!("asks for occurrence {nth} of the quote, but the text has {count} (counted from 1)")
}

/// The label of a half's totals over one folder of truth lists.
pub fn score_folder_total(folder: &str, texts: usize) -> String {
    format!(
        "{folder} ({texts} text{})",
        if texts == 1 { "" } else { "s" }
    )
}

/// The label of a totals row.
pub fn score_total(texts: usize) -> String {
    format!("total ({texts} text{})", if texts == 1 { "" } else { "s" })
}

/// A truth list whose text the corpus does not have: skipped, not failed.
pub fn score_text_missing(list: &str, corpus: &str) -> String {
    format!("skipped {list}: its text is not in {corpus}")
}

/// A run of `--drafts`: the ratchet keeps the draft's record, not these files'.
pub fn score_drafts_unrecorded(dir: &str) -> String {
    format!("scored the files of {dir}, not the draft: the ratchet is neither checked nor written")
}

/// `--drafts` with `--record`.
pub const SCORE_DRAFTS_RECORD: &str =
    "--drafts scores files that are not the draft's: it cannot --record the draft's ratchet";

/// The heading of one text's misses.
pub fn score_misses_of(slug: &str, half: &str) -> String {
    format!("misses of {slug} ({half} half):\n")
}

/// A text without a miss.
pub const SCORE_NO_MISSES: &str = "  every figure found right, nothing wrong, every heading found";

/// Why the test half's misses are not listed.
pub const SCORE_TEST_MISSES_HIDDEN: &str = "the test half's misses are not listed: rules are written from tune texts only (--misses=all lists them, to read, not to write rules from)";

/// The ratchet file's own note.
pub const SCORE_RATCHET_ABOUT: &str = "Written by `report-charts score --record` (make score): per folder of truth lists and half (`gzbg-2026/tune`), the recall (truth figures found right, %) and the wrong share (wrong drafted figures, %) last measured. The score fails when a record's recall falls, or its wrong share rises, by more than 0.05 points.";

/// A folder's half's recall (`key`: `gzbg-2026/tune`) fell below the ratchet.
pub fn score_recall_fell(key: &str, now: f64, was: f64) -> String {
    format!("the recall of {key} fell to {now:.2}% from the {was:.2}% recorded in the ratchet: find the rule that lost figures (make score with --misses), or run score --record if the truth lists changed")
}

/// A folder's half's wrong share (`key`: `gzbg-2026/tune`) rose above the ratchet.
pub fn score_wrong_rose(key: &str, now: f64, was: f64) -> String {
    format!("the wrong figures of {key} rose to {now:.2}% of those drafted from the {was:.2}% recorded in the ratchet: find the rule that drafts them (make score with --misses), or run score --record if the truth lists changed")
}

/// `--record` wrote the ratchet.
pub fn score_recorded(file: &str) -> String {
    format!("recorded this run in {file}")
}

/// There is no ratchet yet.
pub fn score_no_ratchet(file: &str) -> String {
    format!("no ratchet at {file} yet: run with --record to keep these figures from falling")
}

/// The ratchet holds.
pub fn score_ratchet_holds(file: &str) -> String {
    format!("the ratchet in {file} holds")
}
