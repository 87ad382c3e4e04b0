//! A site of many reports (`make site`): every report of the given folders at `SLUG/`,
//! built on every core, each from the cache when its text, data and the code that draws
//! it are unchanged; the files every report shares (the wasm, the stylesheet, the icon)
//! once at the root with content hashes; and an index of the reports.
//!
//! A report is `SLUG.json` (curated data, its text `SLUG.txt` beside it when there is
//! one) or `SLUG.txt` alone, which is drafted in memory: its data goes into the site (and
//! the cache), never into the folder it was read from, and its pages say it is a draft.

use super::index::{self, Entry};
use super::{hoist, joined, write, Assets, Dist, Input, Machine};
use crate::check::validate;
use crate::check::validate::partial::BrokenChart;
use crate::draft;
use crate::publish::bundle::content_hash;
use crate::publish::files;
use crate::shared::model::Report;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One report found in a folder.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its name: the file name without extension.
    pub slug: String,
    /// Its data file's path and contents, when it has one.
    pub data: Option<(String, String)>,
    /// Its text's path and contents, when it has one.
    pub text: Option<(String, String)>,
}

/// What every report of the site is built with.
#[derive(Clone, Copy)]
pub struct Options<'a> {
    /// The assets and templates.
    pub assets: &'a Assets,
    /// The machine's site address and fonts.
    pub machine: Machine<'a>,
    /// Where built reports are kept between runs; `None` builds every report.
    pub cache: Option<&'a Path>,
    /// A hash of the code that draws (the command's own bytes): a new build of the code
    /// rebuilds every report.
    pub code: &'a str,
}

/// A report as the site holds it.
#[derive(Debug, Clone)]
pub struct BuiltReport {
    /// Its folder under the site.
    pub slug: String,
    /// The validated report.
    pub report: Report,
    /// Whether only the draft has read it.
    pub draft: bool,
    /// Its files, relative to its folder, the shared ones taken out (pointed one folder
    /// up to the site's root).
    pub dist: Dist,
    /// The files it shares with every report, at the site's root (the wasm, the
    /// stylesheet, the icon): taken out of a report built in this run, empty for one
    /// from the cache.
    pub shared: Dist,
    /// Whether it was built in this run (not taken from the cache).
    pub rebuilt: bool,
    /// Its cache entry, which holds exactly its files, when it came from the cache.
    pub cached: Option<PathBuf>,
    /// Characters the fonts lack.
    pub missing: Vec<char>,
    /// What the command should warn of: the draft's charts left out.
    pub warnings: Vec<String>,
}

/// A report the site left out, because its data (or the draft of its text) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Its slug.
    pub slug: String,
    /// What the index calls it: its text's first line (its title) when it has a text,
    /// else its slug.
    pub name: String,
    /// The error for the desk: the file, the JSON path and what is wrong.
    pub error: String,
}

/// The site of many reports.
#[derive(Debug, Clone, Default)]
pub struct ManySite {
    /// Every file of the site.
    pub dist: Dist,
    /// Every report built, in slug order.
    pub reports: Vec<BuiltReport>,
    /// The reports left out, in slug order: none of their files is in [`ManySite::dist`].
    pub refused: Vec<Refused>,
    /// Each stage's wall time in seconds, in order (`report-charts site --timings`).
    pub stages: Vec<(&'static str, f64)>,
}

/// Wall time since `start` in seconds, and a new start.
fn lap(start: &mut std::time::Instant) -> f64 {
    let s = start.elapsed().as_secs_f64();
    *start = std::time::Instant::now();
    s
}

/// The reports of `inputs`: data files, text files, and folders of them, by slug.
///
/// # Errors
/// When a folder or a file cannot be read, or no report is found.
pub fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>, String> {
    let mut files: Vec<PathBuf> = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries =
                std::fs::read_dir(input).map_err(|e| format!("{}: {e}", input.display()))?;
            for e in entries.flatten() {
                files.push(e.path());
            }
        } else {
            files.push(input.clone());
        }
    }
    files.sort();
    let mut out: Vec<Source> = Vec::new();
    for f in files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or_default();
        let Some(slug) = f.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        // Only SLUG.json and SLUG.txt are reports (SLUG.draft.json and the rest are not).
        if !matches!(ext, "json" | "txt") || slug.contains('.') || f.is_dir() {
            continue;
        }
        let path = f.display().to_string();
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let i = match out.iter().position(|s| s.slug == slug) {
            Some(i) => i,
            None => {
                out.push(Source {
                    slug: slug.to_string(),
                    data: None,
                    text: None,
                });
                out.len() - 1
            }
        };
        if ext == "json" {
            out[i].data = Some((path, text));
        } else {
            out[i].text = Some((path, text));
        }
    }
    if out.is_empty() {
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(crate::shared::messages::site::site_no_reports(
            &names.join(" "),
        ));
    }
    Ok(out)
}

/// A hash of everything a report's files depend on besides the report: the code, the
/// assets, the templates and the site's address.
pub fn assets_key(o: &Options<'_>) -> String {
    let mut all = String::from(o.code);
    for (path, bytes) in o.assets.files.iter() {
        all.push_str(path);
        all.push_str(&content_hash(bytes));
    }
    let t = &o.assets.templates;
    for s in [&t.page, &t.embed_chart, &t.forwarder, &t.demo] {
        all.push_str(&content_hash(s.as_bytes()));
    }
    all.push_str(o.machine.site.root().unwrap_or_default());
    all.push_str(if o.machine.fonts.is_some() {
        "images"
    } else {
        ""
    });
    content_hash(all.as_bytes())
}

/// Builds the site of `sources`, each report on its own core. A report that is refused
/// (bad data, a draft that cannot be read) does not stop the others: it is left out of
/// the site whole, listed in [`ManySite::refused`] and on the index, and the caller
/// decides how to fail.
///
/// # Errors
/// When the files made from every report together (the register) cannot be made.
pub fn build(sources: &[Source], o: &Options<'_>) -> Result<ManySite, String> {
    let mut clock = std::time::Instant::now();
    let mut site = ManySite::default();
    let key = assets_key(o);
    site.stages.push(("assets key", lap(&mut clock)));
    // The shared files are the assets' and kept once a key (`shared-KEY/`): without
    // them no report comes from the cache, as one must be built to give them.
    let shared_dir = o.cache.map(|c| c.join(format!("shared-{key}")));
    let have_shared = shared_dir.as_ref().is_some_and(|d| d.is_dir());
    let results: Vec<Result<BuiltReport, String>> = sources
        .par_iter()
        .map(|s| one(s, o, &key, have_shared))
        .collect();
    site.stages
        .push(("reports (built or cached)", lap(&mut clock)));
    let mut reports = Vec::new();
    for (s, r) in sources.iter().zip(results) {
        match r {
            Ok(b) => reports.push(b),
            Err(error) => site.refused.push(Refused {
                slug: s.slug.clone(),
                name: name_of(s),
                error,
            }),
        }
    }
    let shared = match (reports.iter().find(|b| b.rebuilt), &shared_dir) {
        (Some(b), _) => b.shared.clone(),
        (None, Some(dir)) if have_shared => write::read(dir)?,
        (None, _) => Dist::new(),
    };
    // Kept from a report built in this run (with none, the cache had them already).
    if let (Some(dir), Some(cache), false) = (&shared_dir, o.cache, have_shared) {
        if reports.iter().any(|b| b.rebuilt) {
            write::keep(cache, dir, "shared", &shared)?;
        }
    }
    site.stages.push(("shared files", lap(&mut clock)));
    let (scripts, copied) = joined::scripts(&shared, &reports, &o.assets.templates.embed_chart);
    site.dist.merge("", shared);
    site.dist.merge(files::INDICATORS, copied);
    let cache = o.cache.map(|c| (c, key.as_str()));
    let texts: std::collections::HashMap<&str, &str> = sources
        .iter()
        .filter_map(|s| s.text.as_ref().map(|(_, t)| (s.slug.as_str(), t.as_str())))
        .collect();
    let (extra, indicators, reg) = joined::extra_files(&reports, &texts, &scripts, cache)?;
    let entries: Vec<Entry> = reports
        .iter()
        .map(|b| {
            Entry::of(
                &b.slug,
                &b.report,
                b.draft || super::unreviewed(&b.report),
                &reg,
            )
        })
        .collect();
    site.stages.push(("register", lap(&mut clock)));
    let left_out: Vec<&str> = site.refused.iter().map(|r| r.name.as_str()).collect();
    site.dist.put(
        files::SITE_INDEX,
        index::page(&entries, &indicators, &left_out),
    );
    site.dist.put(files::INDEX_STYLE, index::style(&entries));
    site.dist.merge("", extra);
    for b in &reports {
        site.dist.merge(&format!("{}/", b.slug), b.dist.clone());
    }
    site.stages.push(("index and merge", lap(&mut clock)));
    site.reports = reports;
    Ok(site)
}

impl ManySite {
    /// The reports from the cache, as [`write::write_linked`] links them: their folder
    /// in the site and their cache entry.
    pub fn linked(&self) -> Vec<(String, &Path)> {
        let cached = self.reports.iter();
        let linked = cached.filter_map(|b| Some((format!("{}/", b.slug), b.cached.as_deref()?)));
        linked.collect()
    }
}

/// What the index calls a refused report: its title (its data's `meta.title.zh` where
/// the file still reads as JSON, else its text's first line), else its slug.
fn name_of(s: &Source) -> String {
    let from_data = s.data.as_ref().and_then(|(_, json)| {
        let v: serde_json::Value = serde_json::from_str(json).ok()?;
        Some(v.pointer("/meta/title/zh")?.as_str()?.trim().to_string())
    });
    let from_text = || {
        s.text
            .as_ref()
            .and_then(|(_, t)| t.lines().map(str::trim).find(|l| !l.is_empty()))
            .map(str::to_string)
    };
    from_data
        .or_else(from_text)
        .filter(|l| !l.is_empty() && l.chars().count() <= 60)
        .unwrap_or_else(|| s.slug.clone())
}

/// The data file of `s`: its own, or the draft of its text (never written beside it).
fn data_of(s: &Source) -> Result<(String, String, bool), String> {
    match (&s.data, &s.text) {
        (Some((path, json)), _) => Ok((path.clone(), json.clone(), false)),
        (None, Some((path, text))) => {
            let d = draft::draft(text).map_err(|e| format!("{path}: {e}"))?;
            let json = draft::to_json(&d).map_err(|e| format!("{path}: {e}"))?;
            Ok((format!("{path} (drafted)"), json, true))
        }
        (None, None) => Err(crate::shared::messages::site::site_no_reports(&s.slug)),
    }
}

/// The cache key of `s`: its data and text, and the assets and code (`assets_key`). A
/// report with only its text is keyed by the text alone (the draft is the code's), so
/// that an unchanged text is not drafted again: its data comes from the cache.
fn key_of(s: &Source, assets_key: &str) -> String {
    let hash = |file: &Option<(String, String)>| {
        file.as_ref()
            .map_or_else(String::new, |(_, t)| content_hash(t.as_bytes()))
    };
    content_hash(format!("{assets_key}{}{}", hash(&s.data), hash(&s.text)).as_bytes())
}

/// One report: from the cache when its key is there, else built (and cached).
fn one(s: &Source, o: &Options<'_>, assets_key: &str, shared: bool) -> Result<BuiltReport, String> {
    let key = key_of(s, assets_key);
    let entry = o.cache.map(|c| c.join(format!("{}-{key}", s.slug)));
    if let Some(dir) = entry.as_ref().filter(|d| shared && d.is_dir()) {
        let dist = write::read(dir)?;
        // The data as it was built: the curated file, or the draft made of the text.
        let json = dist.text(&files::source(&s.slug, "json"))?;
        let draft = s.data.is_none();
        let path = match (&s.data, &s.text) {
            (Some((path, _)), _) => path.clone(),
            (None, Some((path, _))) => format!("{path} (drafted)"),
            (None, None) => s.slug.clone(),
        };
        let (report, warnings) = load(&path, json, draft)?;
        return Ok(BuiltReport {
            slug: s.slug.clone(),
            report,
            draft,
            dist,
            shared: Dist::new(),
            rebuilt: false,
            cached: Some(dir.clone()),
            missing: Vec::new(),
            warnings,
        });
    }
    let (path, json, draft) = data_of(s)?;
    let (report, warnings) = load(&path, &json, draft)?;
    let text = s.text.as_ref().map(|(_, t)| t.as_str());
    let input = Input {
        slug: &s.slug,
        report: &report,
        data: &json,
        text,
        draft,
    };
    let mut built = super::report(input, o.assets, o.machine)?;
    // Cached as the site holds it, shared files out: a report from the cache is neither
    // read with its copy of the wasm nor pointed to the shared files again.
    let shared = hoist::share(std::iter::once(&mut built.dist));
    if let (Some(dir), Some(cache)) = (entry.as_ref(), o.cache) {
        write::keep(cache, dir, &s.slug, &built.dist)?;
    }
    Ok(BuiltReport {
        slug: s.slug.clone(),
        report,
        draft,
        dist: built.dist,
        shared,
        rebuilt: true,
        cached: None,
        missing: built.missing,
        warnings,
    })
}

/// Validates a report's data. Curated data must be right; a draft made on the fly may
/// propose a chart that breaks a rule, which is left out with a warning (a missing chart
/// is forgiven, a wrong one is not), as long as every problem is a broken chart's.
fn load(path: &str, json: &str, draft: bool) -> Result<(Report, Vec<String>), String> {
    if !draft {
        return Ok((
            validate::load(path, json).map_err(|e| e.to_string())?,
            Vec::new(),
        ));
    }
    let p = validate::partial::load_partial(path, json).map_err(|e| e.to_string())?;
    let Some(error) = p.error else {
        return Ok((p.report, Vec::new()));
    };
    let in_charts: usize = p.broken.iter().map(|b| b.problems.len()).sum();
    if in_charts < error.problems.len() {
        return Err(error.to_string());
    }
    let names: Vec<String> = p.broken.iter().map(BrokenChart::name).collect();
    let ids: Vec<&str> = names.iter().map(String::as_str).collect();
    Ok((
        p.report,
        vec![crate::shared::messages::site::site_draft_charts_left_out(
            path,
            &ids,
            &error.to_string(),
        )],
    ))
}
