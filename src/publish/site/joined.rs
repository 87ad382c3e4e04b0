//! The files made from every report of a site together, at its root: the register of
//! indicators (issue 20 §2) and the indicators' pages, with the scripts they share with
//! the reports' pages.

use super::many::BuiltReport;
use super::{write, Dist};
use crate::draft::glossary::Glossary;
use crate::publish::bundle::content_hash;
use crate::publish::register::figure::Scripts;
use crate::publish::{files, register};
use crate::shared::model::Lang;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Files made from every report together, at the site's root: the register of
/// indicators (issue 20 §2), `indicators.csv` and `indicators/ID.html` for every
/// indicator that [`register::PAGE_REPORTS`] reports share. Each value links to its
/// sentence on its report's page where the page marks it (`SLUG/#t-FIGURE`), else to its
/// chart. Made afresh each run from the reports (cached or not): it lays out and writes
/// a few SVGs per indicator, no images. Returns the files and the indicators that have
/// a page (id, Chinese name, English name), for the index, and the register itself (the
/// index's headlines come from it); `scripts` names the shared files the pages load;
/// `texts` holds each report's text by slug, where it has one.
///
/// With a `cache` (its folder and the code's hash), the files are kept there under a
/// hash of the register and the scripts (`register-HASH/`) and taken from it while
/// neither changes: a report edited without a change to its figures (a typo in a
/// sentence no figure quotes) does not draw the indicators' pages again.
///
/// # Errors
/// When the glossary cannot be read, a chart cannot be drawn, or the cache cannot be
/// read or written.
pub fn extra_files(
    reports: &[BuiltReport],
    texts: &HashMap<&str, &str>,
    scripts: &Scripts,
    cache: Option<(&Path, &str)>,
) -> Result<(Dist, Vec<register::Named>, register::Register), String> {
    let glossary = Glossary::bundled()?;
    let places: Vec<Option<String>> = reports
        .iter()
        .map(|b| b.report.meta.place.as_ref().map(|p| p.zh.clone()))
        .collect();
    let sources: Vec<register::Source<'_>> = reports
        .iter()
        .zip(&places)
        .map(|(b, place)| register::Source {
            slug: &b.slug,
            report: &b.report,
            place: place.as_deref(),
            text: texts.get(b.slug.as_str()).copied(),
        })
        .collect();
    let mut reg = register::register(&sources, &glossary);
    // The marks of each report's text, read once (a page is scanned once, not per figure).
    let marks: HashMap<&str, HashSet<&str>> = reports
        .iter()
        .map(|b| {
            let page = b.dist.text(files::story(Lang::Zh)).unwrap_or_default();
            let ids = page
                .split(" id=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .collect();
            (b.slug.as_str(), ids)
        })
        .collect();
    reg.link_sentences(|slug, anchor| marks.get(slug).is_some_and(|ids| ids.contains(anchor)));
    let pages = register::pages(&reg);
    let entry = cache.map(|(dir, code)| {
        let inputs = format!("{code}{reg:?}{scripts:?}");
        dir.join(format!("register-{}", content_hash(inputs.as_bytes())))
    });
    if let Some(dir) = entry.as_ref().filter(|d| d.is_dir()) {
        return Ok((write::read(dir)?, pages, reg));
    }
    let mut dist = Dist::new();
    for (path, contents) in register::files_at(&reg, scripts)? {
        dist.put(path, contents);
    }
    if let (Some(dir), Some((cache, _))) = (entry, cache) {
        write::keep(cache, &dir, "register", &dist)?;
    }
    Ok((dist, pages, reg))
}

/// The shared files the indicators' pages load, as they name them, and the scripts
/// copied beside them (into `indicators/`, as every report has its own copies: a script
/// finds its charts files from its own address). The scripts are a report's, already
/// pointed one folder up to the shared wasm; `indicators/` is as deep as a report. Empty
/// names (no scripts) when the site was built without the assets.
pub(super) fn scripts(
    shared: &Dist,
    reports: &[BuiltReport],
    embed_template: &str,
) -> (Scripts, Dist) {
    let mut copied = Dist::new();
    let Some(first) = reports.first() else {
        return (Scripts::default(), copied);
    };
    let named = |stem: &str| {
        first
            .dist
            .paths()
            .into_iter()
            .find(|p| !p.contains('/') && p.ends_with(".js") && p.strip_prefix(stem).is_some())
    };
    let style = shared
        .paths()
        .into_iter()
        .find(|p| p.starts_with("style.") && p.ends_with(".css"));
    let (Some(app), Some(frame), Some(style)) = (named("app."), named("frame."), style) else {
        return (Scripts::default(), copied);
    };
    // The story page's tools, which `app` imports from beside itself, where there are any.
    let tools = named("story-tools.");
    for name in [
        Some(&app),
        Some(&frame),
        Some(&files::EMBED_SCRIPT.to_string()),
        tools.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        if let Some(bytes) = first.dist.get(name) {
            copied.put(name.clone(), bytes.to_vec());
        }
    }
    // Hashed and shared at the site's root like the story page's wasm.
    let wasm = shared
        .paths()
        .into_iter()
        .find(|p| files::is_register_wasm(p))
        .map(|p| format!("../{p}"))
        .unwrap_or_default();
    let scripts = Scripts {
        app,
        frame,
        style: format!("../{style}"),
        embed_template: embed_template.to_string(),
        wasm,
    };
    (scripts, copied)
}
