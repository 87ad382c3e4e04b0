//! The resolved file's layout, its constants and its errors: what both sides of the wire
//! and the messages that word its errors agree on, with nothing of the charts but a
//! kind's handle. The layout:
//!
//! ```text
//! file    = "RCHT" format:u8 lang:u8 count:var record*
//! record  = length:var (0 chart | 1 id problems)   each chart on its own: a damaged
//! chart   = kind:u8 id title subtitle footer keep     record breaks one chart only
//!           (kind: the chart kind's own code, `charts::<kind>::KIND`)
//!           items:var item*
//! item    = has:var kind:u8 [value:f64] [signed:f64] [from:f64] [added:f64]
//!           id label before unit unit_key source
//!           [value_text] [number] [change_text change_short] [from_text] [reference]
//! has     = bits, each saying a [part] is there: 0 value · 1 value_text · 2 number ·
//!           3 change (signed, change_text, change_short) · 4 from · 5 from_text ·
//!           6 reference · 9 added · and flags: 7 accent · 8 down (the change is a fall) ·
//!           10 target · 11 limit (the figure's status; neither: a result) ·
//!           12 floor · 13 ceiling (the value is a bound: 突破400亿元, 5.5%以内)
//! text    = length:var utf-8      var = LEB128 u32      f64 = 8 bytes, little-endian
//! ```
//!
//! [`FORMAT`] changes whenever the layout does, so a page never misreads a file of
//! another build: it says so instead.

use crate::shared::charts::kind::ChartKind;

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"RCHT";
/// The version of the layout above (2: an item's status, bits 10 and 11; 3: bit 6 is a
/// comparison's reference, no longer a before→after chart's worked-out per cent; 4: a
/// chart's words to keep whole, `keep`, after its footer; 5: a value's bound, bits 12
/// and 13).
pub const FORMAT: u8 = 5;

/// The bits of an item's `has`.
pub(super) const VALUE: usize = 1;
pub(super) const VALUE_TEXT: usize = 1 << 1;
pub(super) const NUMBER: usize = 1 << 2;
pub(super) const CHANGE: usize = 1 << 3;
pub(super) const FROM: usize = 1 << 4;
pub(super) const FROM_TEXT: usize = 1 << 5;
pub(super) const REFERENCE: usize = 1 << 6;
pub(super) const ACCENT: usize = 1 << 7;
pub(super) const DOWN: usize = 1 << 8;
pub(super) const ADDED: usize = 1 << 9;
pub(super) const TARGET: usize = 1 << 10;
pub(super) const LIMIT: usize = 1 << 11;
pub(super) const FLOOR: usize = 1 << 12;
pub(super) const CEILING: usize = 1 << 13;

/// Separates the fields of one record where the reader hands texts to the page's script.
pub const FIELD: char = '\u{1f}';
/// Separates those records.
pub const RECORD: char = '\u{1e}';

/// Why bytes are not a resolved file, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    /// It does not start with [`MAGIC`].
    NotOurs,
    /// Written by a build of another format.
    Format(u8),
    /// It ends at this byte before the structure does.
    CutShort(usize),
    /// A value that cannot be (bad tag, text not UTF-8, a number not finite) at this byte.
    Damaged(usize),
    /// A chart of a kind this program does not draw: the story page's wasm leaves out
    /// the register's kinds, which only the indicators' pages draw.
    NotDrawn(ChartKind),
}
