//! The score (`report-charts score`, `make score`): the draft measured on real texts
//! against hand-written truth lists (`tests/truth/README.md`), per text and per half.
//!
//! ```text
//! CORPUS/**/SLUG.txt + TRUTH/*/SLUG.json ──truth::parse, check──▶ TruthList
//!   text ──draft (in memory, as `report-charts draft`)──▶ JSON ──matching::score──▶ TextScore
//!   TextScores ──Tally per half──▶ report (table, misses) + ratchet
//! ```
//!
//! It only measures: it never writes a draft, and it writes no file but its ratchet.

pub mod figure;
pub mod matching;
pub mod ratchet;
pub mod report;
pub mod truth;

use crate::shared::messages as msg;
use matching::{Class, TextScore};
use ratchet::{Measured, Ratchet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use truth::Half;

/// Which misses to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Misses {
    /// None: the table only.
    #[default]
    None,
    /// The tune half's: rules may be written from these.
    Tune,
    /// Both halves' (`--misses=all`): to read, never to write rules from.
    All,
}

/// What to score, and how.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// Searched for `SLUG.txt` at any depth.
    pub corpus: PathBuf,
    /// Holds `FOLDER/SLUG.json` truth lists.
    pub truth: PathBuf,
    /// The ratchet file; `None` for `TRUTH/ratchet.json`.
    pub ratchet: Option<PathBuf>,
    /// Which misses to list.
    pub misses: Misses,
    /// Write the ratchet anew instead of checking it.
    pub record: bool,
    /// Score the data files `DIR/SLUG.json` instead of drafting (`--drafts DIR`): a desk's
    /// curated file, or a second list of the same text, to measure how far two careful
    /// readers agree. Texts without such a file are left out, and the ratchet is not used.
    pub drafts: Option<PathBuf>,
}

impl Options {
    /// The options of `report-charts score ARGS…`; `None` for `--help`, the usage as the
    /// error for anything it does not know.
    ///
    /// # Errors
    ///
    /// The usage, for an argument it does not know, a flag without its value, or no
    /// corpus folder.
    pub fn from_args(args: &[String]) -> Result<Option<Options>, String> {
        let usage = || msg::score::SCORE_USAGE.to_string();
        let mut o = Options {
            truth: "tests/truth".into(),
            ..Options::default()
        };
        let mut corpus = None;
        let mut rest = args.iter();
        while let Some(a) = rest.next() {
            match a.as_str() {
                "--help" | "-h" => return Ok(None),
                "--truth" => o.truth = rest.next().ok_or_else(usage)?.into(),
                "--ratchet" => o.ratchet = Some(rest.next().ok_or_else(usage)?.into()),
                "--misses" => o.misses = Misses::Tune,
                "--misses=all" => o.misses = Misses::All,
                "--record" => o.record = true,
                "--drafts" => o.drafts = Some(rest.next().ok_or_else(usage)?.into()),
                _ if !a.starts_with('-') && corpus.is_none() => corpus = Some(a.into()),
                _ => return Err(usage()),
            }
        }
        o.corpus = corpus.ok_or_else(usage)?;
        if o.record && o.drafts.is_some() {
            return Err(msg::score::SCORE_DRAFTS_RECORD.to_string());
        }
        Ok(Some(o))
    }
}

/// Every text scored, and the truth lists whose text the corpus lacks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scored {
    /// One per truth list with its text, in the lists' order.
    pub texts: Vec<TextScore>,
    /// `FOLDER/SLUG.json` of each list whose `SLUG.txt` is not in the corpus.
    pub missing: Vec<String>,
}

/// What a run printed, and what fails it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// The table, the misses asked for, and notes.
    pub printed: String,
    /// Why the run fails (the ratchet); empty when it passes.
    pub failures: Vec<String>,
}

/// Totals over texts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tally {
    /// Texts.
    pub texts: usize,
    /// Truth figures.
    pub expected: usize,
    /// Truth figures found right.
    pub found: usize,
    /// Drafted figures.
    pub drafted: usize,
    /// Wrong drafted figures, by [`Class::ALL`].
    pub wrong: [usize; 6],
    /// Level-1 and level-2 headings: (expected, found).
    pub headings: [(usize, usize); 2],
    /// Figures found right whose period differs from the list's: reported, not scored.
    pub periods: usize,
}

impl Tally {
    /// Adds a text.
    pub fn add(&mut self, s: &TextScore) {
        self.texts += 1;
        self.expected += s.truth.len();
        self.found += s.found();
        self.drafted += s.draft.len();
        self.periods += s.periods_apart();
        for (n, class) in self.wrong.iter_mut().zip(Class::ALL) {
            *n += s.wrong_of(class);
        }
        for (h, level) in self.headings.iter_mut().zip(&s.headings) {
            h.0 += level.expected;
            h.1 += level.expected - level.missed.len();
        }
    }

    /// The tally of `texts`.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a TextScore>) -> Tally {
        let mut t = Tally::default();
        for s in texts {
            t.add(s);
        }
        t
    }

    /// Wrong drafted figures of every class.
    pub fn wrong_total(&self) -> usize {
        self.wrong.iter().sum()
    }

    /// Found right, in per cent of expected (100 when none is expected).
    pub fn recall(&self) -> f64 {
        percent(self.found, self.expected, 100.0)
    }

    /// Wrong, in per cent of drafted (0 when none is drafted).
    pub fn wrong_share(&self) -> f64 {
        percent(self.wrong_total(), self.drafted, 0.0)
    }
}

fn percent(part: usize, whole: usize, none: f64) -> f64 {
    if whole == 0 {
        none
    } else {
        // Two decimals: what the table prints is what the ratchet keeps.
        (part as f64 * 10000.0 / whole as f64).round() / 100.0
    }
}

/// Every `*.json` in the folders of `dir` (not in `dir` itself, which holds the README
/// and the ratchet), as (path, slug), sorted.
fn truth_lists(dir: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let mut out = Vec::new();
    for folder in sorted_entries(dir)? {
        if !folder.is_dir() {
            continue;
        }
        for file in sorted_entries(&folder)? {
            if file.extension().is_some_and(|e| e == "json") {
                let slug = file.file_stem().map(|s| s.to_string_lossy().into_owned());
                out.extend(slug.map(|s| (file.clone(), s)));
            }
        }
    }
    Ok(out)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let name = dir.display().to_string();
    let entries =
        std::fs::read_dir(dir).map_err(|e| msg::score::cannot_read(&name, &e.to_string()))?;
    let mut out: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    out.sort();
    Ok(out)
}

/// Every `SLUG.txt` under `dir`, at any depth, by slug.
fn corpus_texts(dir: &Path, out: &mut BTreeMap<String, Vec<PathBuf>>) -> Result<(), String> {
    for path in sorted_entries(dir)? {
        if path.is_dir() {
            corpus_texts(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            if let Some(slug) = path.file_stem() {
                let slug = slug.to_string_lossy().into_owned();
                out.entry(slug).or_default().push(path);
            }
        }
    }
    Ok(())
}

/// The text for the list `list` of `slug`: in a folder named as the list's, if several.
fn text_for<'a>(list: &Path, candidates: &'a [PathBuf]) -> Option<&'a PathBuf> {
    let folder = list.parent().and_then(Path::file_name);
    candidates
        .iter()
        .find(|c| c.parent().and_then(Path::file_name) == folder)
        .or_else(|| candidates.first())
}

/// Drafts and scores every text of the corpus that has a truth list. A truth list that
/// is not valid or names a quote its text lacks is an error, with every such problem.
///
/// # Errors
///
/// Every problem of the truth lists (one not valid, or naming a quote its text lacks), or a
/// corpus folder that cannot be read.
pub fn score(o: &Options) -> Result<Scored, String> {
    let lists = truth_lists(&o.truth)?;
    let mut corpus = BTreeMap::new();
    corpus_texts(&o.corpus, &mut corpus)?;
    let mut scored = Scored::default();
    let mut errors = Vec::new();
    let mut ready = Vec::new();
    for (file, slug) in &lists {
        if o.drafts
            .as_ref()
            .is_some_and(|d| !d.join(format!("{slug}.json")).is_file())
        {
            continue;
        }
        let name = file.display().to_string();
        let Some(text_path) = corpus.get(slug).and_then(|c| text_for(file, c)) else {
            scored
                .missing
                .push(format!("{}/{slug}.json", folder_of(file)));
            continue;
        };
        let read = |p: &Path| {
            let n = p.display().to_string();
            std::fs::read_to_string(p).map_err(|e| msg::score::cannot_read(&n, &e.to_string()))
        };
        let (json, text) = (read(file)?, read(text_path)?);
        match truth::parse(&name, &json)
            .and_then(|list| truth::check(&name, slug, &list, &text).map(|()| list))
        {
            Ok(list) => ready.push((slug, folder_of(file), list, text)),
            Err(e) => errors.push(e.to_string()),
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    for (slug, folder, list, text) in ready {
        let json = match &o.drafts {
            Some(dir) => {
                let p = dir.join(format!("{slug}.json"));
                let n = p.display().to_string();
                std::fs::read_to_string(&p)
                    .map_err(|e| msg::score::cannot_read(&n, &e.to_string()))?
            }
            None => {
                let d = crate::draft::draft(&text).map_err(|e| format!("{slug}: {e}"))?;
                crate::draft::to_json(&d).map_err(|e| format!("{slug}: {e}"))?
            }
        };
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| format!("{slug}: {e}"))?;
        let mut s = matching::score(slug, &list, &text, &value);
        s.folder = folder;
        scored.texts.push(s);
    }
    Ok(scored)
}

/// The name of the folder a truth list stands in.
fn folder_of(list: &Path) -> String {
    let folder = list.parent().and_then(Path::file_name);
    folder.map_or(String::new(), |f| f.to_string_lossy().into_owned())
}

/// The tally of each folder's half (its texts' truth lists' folder), by folder and half.
pub fn folder_tallies(texts: &[TextScore]) -> BTreeMap<(&str, Half), Tally> {
    let mut out: BTreeMap<(&str, Half), Tally> = BTreeMap::new();
    for s in texts {
        out.entry((s.folder.as_str(), s.half)).or_default().add(s);
    }
    out
}

/// What each folder's half measured, as the ratchet keeps it (only those with texts).
pub fn measured(scored: &Scored) -> Ratchet {
    let mut r = Ratchet {
        about: msg::score::SCORE_RATCHET_ABOUT.to_string(),
        ..Ratchet::default()
    };
    for ((folder, half), t) in folder_tallies(&scored.texts) {
        let m = Measured {
            texts: t.texts,
            recall: t.recall(),
            wrong_share: t.wrong_share(),
        };
        r.set(folder, half, m);
    }
    r
}

/// Scores, prints, and checks (or records) the ratchet.
///
/// # Errors
///
/// The errors of [`score`], or a ratchet file that cannot be read or written. A score
/// below the ratchet is no error: it is in [`Outcome::failures`].
pub fn run(o: &Options) -> Result<Outcome, String> {
    let scored = score(o)?;
    let mut printed = report::table(&scored.texts);
    for m in &scored.missing {
        printed.push_str(&msg::score::score_text_missing(
            m,
            &o.corpus.display().to_string(),
        ));
        printed.push('\n');
    }
    printed.push_str(&report::misses(&scored.texts, o.misses));
    let file = o
        .ratchet
        .clone()
        .unwrap_or_else(|| o.truth.join("ratchet.json"));
    let name = file.display().to_string();
    let now = measured(&scored);
    let mut failures = Vec::new();
    if let Some(dir) = &o.drafts {
        printed.push_str(&msg::score::score_drafts_unrecorded(
            &dir.display().to_string(),
        ));
    } else if o.record {
        // A folder this corpus holds no text of keeps its record: the fresh half and the
        // State Council's reports stand in corpora of their own, scored apart.
        let mut kept = now;
        if let Some(was) = ratchet::read(&file)? {
            for (key, m) in was.records {
                kept.records.entry(key).or_insert(m);
            }
        }
        ratchet::write(&file, &kept)?;
        printed.push_str(&msg::score::score_recorded(&name));
    } else {
        match ratchet::read(&file)? {
            None => printed.push_str(&msg::score::score_no_ratchet(&name)),
            Some(was) => {
                failures = ratchet::check(&was, &now);
                if failures.is_empty() {
                    printed.push_str(&msg::score::score_ratchet_holds(&name));
                }
            }
        }
    }
    printed.push('\n');
    Ok(Outcome { printed, failures })
}
