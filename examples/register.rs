//! The register of a folder of report texts, drafted in memory (the texts are only read):
//! `cargo run --example register -- CORPUS_DIR OUT_DIR` writes `OUT_DIR/indicators.csv`
//! and `OUT_DIR/indicators/ID.html`. The site build (`make site`) will do the same for
//! `dist/`; this is the register alone, for trying it on a corpus.

use report_charts::check::validate;
use report_charts::draft::{self, glossary::Glossary};
use report_charts::publish::register::{self, Source};
use std::path::Path;

fn main() {
    if let Err(e) = run() {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out] = args.as_slice() else {
        return Err("usage: register CORPUS_DIR OUT_DIR".into());
    };
    let mut texts: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let mut reports = Vec::new();
    for p in &texts {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let raw = draft::draft(&text)?;
        let file = p.display().to_string();
        // A draft whose proposed charts do not pass `check` still has its figures: the
        // register is built from those, and the report's page would have no chart links.
        let report = match validate::validate(&file, &raw) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}\n  (its figures are registered without its charts)");
                let mut bare = raw.clone();
                bare.charts = Default::default();
                validate::validate(&file, &bare).map_err(|e| e.to_string())?
            }
        };
        let slug = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        reports.push((slug, report));
    }
    let sources: Vec<Source<'_>> = reports
        .iter()
        .map(|(slug, report)| Source {
            slug,
            report,
            place: None,
            text: None,
        })
        .collect();
    let reg = register::register(&sources, &Glossary::bundled()?);
    for (path, body) in register::files(&reg)? {
        let to = Path::new(out).join(&path);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&to, body).map_err(|e| format!("{}: {e}", to.display()))?;
        println!("{}", to.display());
    }
    Ok(())
}
