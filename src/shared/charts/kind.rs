//! What a chart kind is called and what it takes, declared once in the kind's own file
//! (`charts/<kind>.rs`, as `pub const KIND: ChartKind`) and listed once in the table of
//! [`super::ALL`]. Validation, the wire codes, the draft's and the editor's vocabulary and
//! the schema all read it from there.
//!
//! It names nothing of the model or the specs, which hold a [`ChartKind`]: how a kind is
//! laid out and checked, which does name them, is its [`super::Plan`] beside it.

use std::fmt;
use std::hash::{Hash, Hasher};

/// One chart kind.
pub struct Kind {
    /// Its name in the data file: `bars`.
    pub name: &'static str,
    /// How a desk reads it, in Chinese and English: the editor's choices and the
    /// validation's messages name it so.
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    pub words: (&'static str, &'static str),
    /// Its code in the resolved file (`wire`). Written out, never a position: a code
    /// is never reused and never changed without a bump of [`crate::shared::wire::FORMAT`].
    pub code: u8,
    /// The fewest and the most figures it draws.
    pub figures: (usize, usize),
}

/// A chart kind: a handle on its [`Kind`], compared by its wire code.
#[derive(Clone, Copy)]
pub struct ChartKind(&'static Kind);

impl ChartKind {
    /// The handle of a kind; each kind's file makes its own (`KIND`).
    pub const fn new(kind: &'static Kind) -> ChartKind {
        ChartKind(kind)
    }

    /// Everything known of it.
    pub fn def(self) -> &'static Kind {
        self.0
    }

    /// Its name in the data file.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// Its code in the resolved file.
    pub fn code(self) -> u8 {
        self.0.code
    }
}

impl PartialEq for ChartKind {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl Eq for ChartKind {}

impl Hash for ChartKind {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl fmt::Debug for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
