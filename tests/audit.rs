#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The audit: every output of a build says the same number as the figure it comes from,
//! magnitude included (800亿元 = 80 billion yuan = 8e10).
//!
//! For every report `data/*.json`, the native command writes the site into a folder of
//! the test's own (pages, embed pages, SVGs, CSVs, the resolved charts files, the demo
//! and the one-file edition); the test reads each back as a reader would and traces every
//! Arabic number to a figure of its chart (or of the report, for the page's own texts).
//! What only images or the browser show is read from the same code natively: the scenes
//! of the article PNGs, the long image and the social cards, the alt texts of the long
//! image's page, and what the reader's wasm decodes and draws from `charts.LANG.bin`
//! (its texts for aria labels and tooltips, its canvas text). `tests/page/audit.spec.js`
//! checks that the browser's aria labels are the build's alt texts.
//!
//! Numbers written in Chinese characters (第一, 十大) are not read.

#[path = "audit/checks.rs"]
mod checks;
#[path = "audit/claims.rs"]
mod claims;
mod common;
#[path = "audit/drawn.rs"]
mod drawn;
#[path = "audit/facts.rs"]
mod facts;
#[path = "audit/froms.rs"]
mod froms;
#[path = "audit/outputs.rs"]
mod outputs;
#[path = "audit/printed.rs"]
mod printed;
#[path = "audit/quoted.rs"]
mod quoted;
#[path = "audit/ranges.rs"]
mod ranges;
#[path = "audit/read.rs"]
mod read;
#[path = "audit/signs.rs"]
mod signs;
#[path = "audit/trace.rs"]
mod trace;

use report_charts::check::validate;
use report_charts::publish::page;
use report_charts::shared::charts;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::Report;
use report_charts::shared::theme::{Theme, ThemeName};
use std::path::{Path, PathBuf};
use std::process::Command;
use trace::Finding;

/// Every report of `data/`: its file name and its validated data.
fn reports() -> Vec<(PathBuf, Report)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out: Vec<(PathBuf, Report)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let r = validate::load(&p.display().to_string(), &text)
                .unwrap_or_else(|e| panic!("{} does not validate:\n{e}", p.display()));
            (p, r)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(!out.is_empty(), "no report in data/");
    out
}

fn run(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(args)
        .env("SITE_URL", "")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "report-charts {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Writes the site of `data` into a fresh folder of this test's, as `make build` does,
/// but with stand-ins for the bundled script, stylesheet and wasm (they print no number).
fn build(data: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let slug = data.file_stem().unwrap().to_string_lossy().to_string();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("audit")
        .join(&slug);
    if out.exists() {
        std::fs::remove_dir_all(&out).unwrap();
    }
    let assets = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("audit-assets")
        .join(&slug);
    std::fs::create_dir_all(assets.join("pkg")).unwrap();
    for (name, text) in [
        ("app.js", "export {};"),
        ("style.css", "body{}"),
        ("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ("pkg/report_charts_bg.wasm", ""),
        ("frame.js", "export {};"),
        ("story-tools.js", "export {};"),
    ] {
        std::fs::write(assets.join(name), text).unwrap();
    }
    let (d, o, a, www) = (
        data.to_str().unwrap(),
        out.to_str().unwrap(),
        assets.to_str().unwrap(),
        root.join("www"),
    );
    let w = www.display().to_string();
    run(&["site", "--no-images", "--www", &w, "--assets", a, d, o]);
    out
}

/// Every file under `dir`, as paths relative to it.
fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            files(&e.path(), &format!("{name}/"), out);
        } else {
            out.push(name);
        }
    }
}

/// Audits every file the build wrote for `r` into `dir`.
fn audit_site(r: &Report, dir: &Path, quotes: &[String], out: &mut Vec<Finding>) {
    let mut names = Vec::new();
    files(dir, "", &mut names);
    names.sort();
    let mut seen = [0; 4];
    for name in &names {
        let path = dir.join(name);
        let place = format!("{}/{name}", dir.file_name().unwrap().to_string_lossy());
        let chart_id = name.rsplit('/').next().unwrap().split('.').next().unwrap();
        if name.ends_with(".html") {
            let only = name.starts_with("embed/").then_some(chart_id);
            outputs::html(
                &std::fs::read_to_string(&path).unwrap(),
                r,
                only,
                quotes,
                &place,
                out,
            );
            seen[0] += 1;
        } else if name.ends_with(".svg") && name.starts_with("svg/") {
            let c = r
                .chart(chart_id)
                .unwrap_or_else(|| panic!("{place}: no such chart"));
            let scope = trace::chart_scope(r, c);
            let doc = std::fs::read_to_string(&path).unwrap();
            outputs::svg(&doc, &scope, outputs::lang_of(name), &place, out);
            seen[1] += 1;
        } else if name.ends_with(".csv") {
            outputs::csv(
                &std::fs::read_to_string(&path).unwrap(),
                r,
                chart_id,
                &place,
                out,
            );
            seen[2] += 1;
        } else if name.ends_with(".bin") {
            drawn::resolved(r, &std::fs::read(&path).unwrap(), &place, out);
            seen[3] += 1;
        }
    }
    // An audit that reads nothing passes everything: each kind of output must be there.
    let charts = r.charts.len() * page::languages(r).len();
    assert!(
        seen[0] >= 3 + charts,
        "{}: too few pages ({})",
        dir.display(),
        seen[0]
    );
    assert_eq!(seen[1], 4 * charts, "{}: SVGs", dir.display());
    assert_eq!(seen[2], charts, "{}: CSVs", dir.display());
    assert_eq!(
        seen[3],
        page::languages(r).len(),
        "{}: charts files",
        dir.display()
    );
}

fn report_findings(findings: &[Finding]) -> String {
    let mut lines: Vec<String> = findings.iter().map(|f| format!("  {f}")).collect();
    lines.dedup();
    format!(
        "{} numbers trace to no figure:\n{}",
        lines.len(),
        lines.join("\n")
    )
}

#[test]
fn every_number_of_every_output_is_its_figures_number_in_its_magnitude() {
    let mut findings = Vec::new();
    for (data, r) in reports() {
        audit_report(&data, &r, &mut findings);
    }
    assert!(findings.is_empty(), "{}", report_findings(&findings));
}

/// Builds the site of `data` (validated as `r`) and audits every output of it.
fn audit_report(data: &Path, r: &Report, findings: &mut Vec<Finding>) {
    let dir = build(data);
    // The story pages quote the report's text: its sentences, as the page shows them.
    let quotes = std::fs::read_to_string(data.with_extension("txt"))
        .map(|t| quoted::quotes(&t))
        .unwrap_or_default();
    audit_site(r, &dir, &quotes, findings);
    drawn::images(r, findings);
}

#[test]
fn every_number_of_a_drafted_reports_outputs_is_its_figures_number() {
    // Short texts of our own with targets of a period, comparisons and a communiqué's
    // shapes, drafted as `make draft` writes them into `data/` (the tester's s9 finding 12).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("audit-drafted");
    std::fs::create_dir_all(&dir).unwrap();
    let mut findings = Vec::new();
    // A county's communiqué with a pasted table, a city paper's web page with a range of
    // targets, 12余万户 and its leftovers (the tester's s10 finding 8), and a growth
    // printed with a minus sign: every output keeps the text's sign; targets that are
    // ranges (120亿—130亿元, 增长6%—6.5%): every output says both ends.
    for slug in [
        "linhe-communique-2025",
        "qinghe-district-2025",
        "baishi-communique-2025",
        "xiyuan-web-2026",
        "linhe-signed-2025",
        "anping-ranges-2026",
        // A summary whose printed subhead, a mark it passed included, is the page's deck.
        "dongshan-summary-2025",
        // Changes from one year's value to another's, the years printed with them.
        "nanhu-froms-2025",
    ] {
        let text = match slug {
            "linhe-signed-2025" => signs::TEXT.to_string(),
            "anping-ranges-2026" => ranges::TEXT.to_string(),
            "nanhu-froms-2025" => froms::TEXT.to_string(),
            _ => std::fs::read_to_string(root.join(format!("tests/reports/{slug}.txt"))).unwrap(),
        };
        let data = dir.join(format!("{slug}.json"));
        let (r, json) = common::drafted_json(&dir.join(slug).display().to_string(), &text);
        std::fs::write(&data, &json).unwrap();
        std::fs::write(data.with_extension("txt"), &text).unwrap();
        audit_report(&data, &r, &mut findings);
    }
    assert!(findings.is_empty(), "{}", report_findings(&findings));
}

#[test]
fn no_title_claims_a_rank_that_the_sentences_of_its_figures_do_not_say() {
    let mut findings = Vec::new();
    for (_, r) in reports() {
        claims::titles(&r, &mut findings);
    }
    assert!(findings.is_empty(), "{}", report_findings(&findings));
}

#[test]
fn a_comparison_names_what_it_compares_with_and_never_draws_a_bare_compared_with() {
    use report_charts::shared::messages::charts::compared_with;
    for (_, r) in reports() {
        for c in r
            .charts
            .iter()
            .filter(|c| c.kind == charts::comparison::KIND)
        {
            for lang in page::languages(&r) {
                let spec = report_charts::publish::resolve::resolve(&r, c, lang);
                let scene = charts::layout(
                    &spec,
                    Theme::new(ThemeName::Light, 360.0),
                    360.0,
                    &mut ApproxMeasure,
                );
                let texts: Vec<String> = scene.texts().map(|(t, _)| t.to_string()).collect();
                assert!(
                    !texts.iter().any(|t| t == compared_with(lang)),
                    "{} ({lang:?}): a bar labelled only {:?}: {texts:?}",
                    c.id,
                    compared_with(lang)
                );
                for f in r.figures_of(c) {
                    let named = f
                        .change
                        .iter()
                        .chain(&f.compare)
                        .filter_map(|k| k.reference.as_ref());
                    for reference in named {
                        let name = reference.pick(lang).to_lowercase();
                        assert!(
                            texts.iter().any(|t| t.to_lowercase() == name),
                            "{} ({lang:?}): no bar named {name:?}: {texts:?}",
                            c.id
                        );
                    }
                }
            }
        }
    }
}
