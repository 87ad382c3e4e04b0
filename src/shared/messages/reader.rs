//! What the reader says when a chart cannot be found, read or drawn: its wasm says them
//! on the page, and the build the first of them.

use crate::shared::wire::format::{WireError, FORMAT};

/// A chart id the page asked for but the data does not have.
pub fn no_such_chart(id: &str) -> String {
    // Joined, not `format!`, as are the reader's other messages: its wasm formats nothing.
    ["there is no chart \"", id, "\" in the data"].concat()
}

/// A drawing surface failed (canvas lost, out of memory).
pub fn drawing_failed(detail: &str) -> String {
    ["the chart could not be drawn: ", detail].concat()
}

/// Why a resolved chart file (`data/SLUG.LANG.bin`) cannot be read at all.
pub fn unreadable_file(e: WireError) -> String {
    match e {
        WireError::NotOurs => {
            "is not a chart file written by this site's build (make build writes it)".to_string()
        }
        WireError::Format(found) => [
            "was written by another build (format ",
            &found.to_string(),
            "; this page reads format ",
            &FORMAT.to_string(),
            "): build the site again",
        ]
        .concat(),
        WireError::CutShort(at) => ["is cut short after ", &at.to_string(), " bytes"].concat(),
        WireError::Damaged(at) => ["is damaged at byte ", &at.to_string()].concat(),
        WireError::NotDrawn(kind) => [
            "is a ",
            kind.name(),
            " chart, which this page's program does not draw (the indicators' pages do)",
        ]
        .concat(),
    }
}

/// Why one chart of a resolved file cannot be drawn (the others still can).
pub fn damaged_chart(index: usize, e: WireError) -> String {
    [
        "chart ",
        &(index + 1).to_string(),
        " of the file ",
        &unreadable_file(e),
    ]
    .concat()
}
