//! The score's ratchet (`tests/truth/ratchet.json`): per folder of truth lists and half,
//! the recall and the wrong share last recorded. A record whose recall falls, or whose
//! wrong share rises, by more than [`TOLERANCE`] points fails the score. The file is the
//! tool's own: `--record` writes it anew.
//!
//! Records are kept per folder, not per half alone, because the folders are corpora of
//! different registers scored from different places (the provincial reports in one
//! corpus, the State Council's beside the repository): a half's total over one corpus is
//! no measure of the same half over another.

use super::truth::Half;
use crate::check::validate::DataError;
use crate::shared::messages as msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Percentage points a measure may move the wrong way before the ratchet fails (the
/// draft's rounding of a figure or two must not fail CI, a lost rule must).
pub const TOLERANCE: f64 = 0.05;

/// What one half measured, in per cent.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measured {
    /// Texts scored.
    pub texts: usize,
    /// Truth figures found right, of those expected.
    pub recall: f64,
    /// Wrong drafted figures, of those drafted.
    pub wrong_share: f64,
}

/// The ratchet file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratchet {
    /// What it is, for a reader of the file.
    #[serde(default)]
    pub about: String,
    /// What each folder's half measured, by [`Ratchet::key`] (`gzbg-2026/tune`).
    pub records: BTreeMap<String, Measured>,
}

impl Ratchet {
    /// The key of a folder's half: `FOLDER/HALF`.
    pub fn key(folder: &str, half: Half) -> String {
        format!("{folder}/{}", half.name())
    }

    /// The record of a folder's half.
    pub fn get(&self, folder: &str, half: Half) -> Option<Measured> {
        self.records.get(&Self::key(folder, half)).copied()
    }

    /// Sets the record of a folder's half.
    pub fn set(&mut self, folder: &str, half: Half, m: Measured) {
        self.records.insert(Self::key(folder, half), m);
    }
}

/// Reads the ratchet at `file`; `None` when there is none yet.
///
/// # Errors
///
/// A message naming the file when it cannot be read or is not a ratchet.
pub fn read(file: &Path) -> Result<Option<Ratchet>, String> {
    let name = file.display().to_string();
    let json = match std::fs::read_to_string(file) {
        Ok(j) => j,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(msg::score::cannot_read(&name, &e.to_string())),
    };
    super::truth::parse_json::<Ratchet>(&name, &json)
        .map(Some)
        .map_err(|e: DataError| e.to_string())
}

/// Writes `r` to `file`, over a ratchet file only: a file there that is not one is the
/// user's, and stays.
///
/// # Errors
///
/// When the file there is not a ratchet (see [`read`]), or it cannot be written.
pub fn write(file: &Path, r: &Ratchet) -> Result<(), String> {
    read(file)?;
    let json = serde_json::to_string_pretty(r).map_err(|e| e.to_string())? + "\n";
    std::fs::write(file, json)
        .map_err(|e| msg::score::cannot_write(&file.display().to_string(), &e.to_string()))
}

/// What fails the ratchet: one message per measure that moved the wrong way. A record
/// this run did not measure (a folder whose texts the corpus lacks) is not compared.
pub fn check(recorded: &Ratchet, measured: &Ratchet) -> Vec<String> {
    let mut out = Vec::new();
    for (key, now) in &measured.records {
        let Some(was) = recorded.records.get(key) else {
            continue;
        };
        // The measures are rounded to two decimals: a move of exactly the tolerance holds.
        let slack = TOLERANCE + 1e-9;
        if now.recall < was.recall - slack {
            out.push(msg::score::score_recall_fell(key, now.recall, was.recall));
        }
        if now.wrong_share > was.wrong_share + slack {
            out.push(msg::score::score_wrong_rose(
                key,
                now.wrong_share,
                was.wrong_share,
            ));
        }
    }
    out
}
