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
            &digits(usize::from(found)),
            "; this page reads format ",
            &digits(usize::from(FORMAT)),
            "): build the site again",
        ]
        .concat(),
        WireError::CutShort(at) => ["is cut short after ", &digits(at), " bytes"].concat(),
        WireError::Damaged(at) => ["is damaged at byte ", &digits(at)].concat(),
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
        &digits(index + 1),
        " of the file ",
        &unreadable_file(e),
    ]
    .concat()
}

/// `n` in decimal digits, written without `core::fmt`: the reader's wasm writes its few
/// integers (a chart's place and a byte's offset in these messages, a font's size on the
/// canvas) with this, and leaves out the integer `to_string`s (453 B raw).
pub fn digits(n: usize) -> String {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut rest = n;
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    buf[at..].iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_integer_is_written_in_the_digits_to_string_writes() {
        for n in [0, 7, 10, 99, 100, 1234, 65_536, usize::MAX] {
            assert_eq!(digits(n), n.to_string());
        }
    }
}
