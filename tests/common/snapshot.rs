//! SVG snapshots: a test's drawing compared with the file it was accepted as.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

/// True when the test run asks to accept every drawing as its snapshot
/// (`UPDATE_SNAPSHOTS=1`, `make snapshots`).
pub fn updating() -> bool {
    std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1")
}

/// The first line where `old` and `new` differ: its number and both versions.
pub fn first_difference(old: &str, new: &str) -> String {
    let (mut a, mut b) = (old.lines(), new.lines());
    let mut n = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (x, y) => {
                return format!(
                    "line {n}:\n      was: {}\n      now: {}",
                    x.unwrap_or("(end of file)"),
                    y.unwrap_or("(end of file)")
                )
            }
        }
    }
}

/// Compares `actual` with the snapshot at `file`; returns a failure message on mismatch.
pub fn check(file: &Path, actual: &str, update: bool) -> Option<String> {
    let new_file = file.with_extension("new.svg");
    match std::fs::read_to_string(file) {
        Ok(expected) if !update => {
            if expected == actual {
                // A stale proposal from an earlier failure is no longer wanted.
                let _ = std::fs::remove_file(&new_file);
                None
            } else {
                std::fs::write(&new_file, actual)
                    .unwrap_or_else(|e| panic!("{}: {e}", new_file.display()));
                Some(format!(
                    "{} differs (new version in {}) at {}",
                    file.display(),
                    new_file.display(),
                    first_difference(&expected, actual)
                ))
            }
        }
        _ => {
            std::fs::write(file, actual).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let _ = std::fs::remove_file(&new_file);
            None
        }
    }
}
