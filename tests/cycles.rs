#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! No two source files reach each other through `crate::` paths, directly or round a
//! loop: each concept has one home, and a file that reaches back up to what uses it is a
//! sign it keeps something that belongs elsewhere (issue 17). Every `crate::…` path in code
//! counts, in a `use` or in an expression; comments do not.
//!
//! Nor do the stage folders of `src/` (`draft/`, `check/`, `publish/`, …) reach each
//! other round a loop: a stage uses the stages before it and `shared/`, never one that
//! uses it, so each folder can be read, and its tests run, without those after it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of `text` without its comments (line comments only: the crate has no block
/// comments) and without its string literals' contents, where a `crate::` is no path.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if !in_str && c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' && prev != '\'' {
                in_str = !in_str;
            }
            out.push(if in_str { ' ' } else { c });
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every path a `crate::` of `code` names, with braces opened: `crate::a::{b, c::d}`
/// gives `a::b` and `a::c::d`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        expand("", rest, &mut out);
    }
    out
}

/// The paths of `tail`, each after `prefix`: one, or a `{…}` group of them.
fn expand(prefix: &str, tail: &str, out: &mut Vec<String>) {
    let end = tail
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(tail.len());
    let path = format!("{prefix}{}", &tail[..end]);
    let Some(body) = tail[end..].strip_prefix('{') else {
        out.push(path.trim_end_matches("::").to_string());
        return;
    };
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            ',' | '}' if depth == 0 => {
                match body[start..i].trim() {
                    "" => {}
                    "self" => out.push(path.trim_end_matches("::").to_string()),
                    item => expand(&path, item, out),
                }
                start = i + 1;
                if c == '}' {
                    return;
                }
            }
            _ => {}
        }
    }
}

/// The file of the longest module prefix of `path` (`shared::wire::format::FORMAT` is
/// `src/shared/wire/format.rs`).
fn file_of(src: &Path, path: &str) -> Option<PathBuf> {
    let parts: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    (1..=parts.len()).rev().find_map(|n| {
        let base = src.join(parts[..n].join("/"));
        [base.with_extension("rs"), base.join("mod.rs")]
            .into_iter()
            .find(|f| f.is_file())
    })
}

/// A loop of files, each reaching the next, when there is one.
fn a_loop(graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Option<Vec<PathBuf>> {
    // Depth first, with the path taken so far: a file met again on it closes a loop.
    fn visit(
        at: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        if let Some(k) = stack.iter().position(|p| p == at) {
            let mut cycle = stack[k..].to_vec();
            cycle.push(at.clone());
            return Some(cycle);
        }
        if !done.insert(at.clone()) {
            return None;
        }
        stack.push(at.clone());
        for next in graph.get(at).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

/// The files each file of `src` reaches by `crate::` paths (itself left out).
fn graph(src: &Path) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let mut files = Vec::new();
    sources(src, &mut files);
    files
        .iter()
        .filter(|f| !f.starts_with(src.join("bin")))
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let to = paths(&code(&text))
                .iter()
                .filter_map(|p| file_of(src, p))
                .filter(|t| t != f)
                .collect();
            (f.clone(), to)
        })
        .collect()
}

#[test]
fn no_source_file_reaches_back_to_a_file_that_reaches_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let g = graph(&src);
    assert!(g.len() > 50, "read {} files", g.len());
    if let Some(cycle) = a_loop(&g) {
        let names: Vec<String> = cycle
            .iter()
            .map(|p| p.strip_prefix(&src).unwrap().display().to_string())
            .collect();
        panic!("a cycle of crate:: paths: {}", names.join(" → "));
    }
}

/// The top-level folders of `src` each folder's files reach (itself left out); files at
/// the top (`lib.rs`) belong to no stage and are left out.
fn folders(
    src: &Path,
    files: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let folder = |f: &Path| {
        let rel = f.strip_prefix(src).ok()?;
        let mut parts = rel.components();
        let first = parts.next()?;
        parts.next().map(|_| PathBuf::from(first.as_os_str()))
    };
    let mut out: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (from, tos) in files {
        let Some(a) = folder(from) else { continue };
        let reached = out.entry(a.clone()).or_default();
        reached.extend(tos.iter().filter_map(|t| folder(t)).filter(|b| *b != a));
    }
    out
}

#[test]
fn no_stage_folder_reaches_back_to_a_stage_folder_that_reaches_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let g = folders(&src, &graph(&src));
    assert!(g.len() >= 6, "read {} folders: {:?}", g.len(), g.keys());
    if let Some(cycle) = a_loop(&g) {
        let names: Vec<String> = cycle.iter().map(|p| format!("{}/", p.display())).collect();
        panic!(
            "a cycle of stage folders: {} (edges: {g:?})",
            names.join(" → ")
        );
    }
}

#[test]
fn the_check_reads_paths_as_the_compiler_does_and_finds_a_loop() {
    let found = paths(&code(
        "use crate::shared::{model::{Lang, Report}, wire};\n\
         // crate::shared::render in a comment\n\
         let m = \"crate::publish\"; crate::check::validate::load(x);\n",
    ));
    assert_eq!(
        found,
        [
            "shared::model::Lang",
            "shared::model::Report",
            "shared::wire",
            "check::validate::load"
        ]
    );
    let (a, b) = (PathBuf::from("a.rs"), PathBuf::from("b.rs"));
    let mut g = BTreeMap::new();
    g.insert(a.clone(), BTreeSet::from([b.clone()]));
    g.insert(b.clone(), BTreeSet::new());
    assert_eq!(a_loop(&g), None);
    g.insert(b.clone(), BTreeSet::from([a.clone()]));
    assert!(a_loop(&g).is_some());
}

#[test]
fn two_stage_folders_whose_files_reach_each_other_make_a_loop() {
    let src = PathBuf::from("src");
    let file = |p: &str| src.join(p);
    let mut g = BTreeMap::new();
    g.insert(file("draft/a.rs"), BTreeSet::from([file("shared/s.rs")]));
    g.insert(
        file("check/b.rs"),
        BTreeSet::from([file("draft/a.rs"), file("lib.rs")]),
    );
    g.insert(file("shared/s.rs"), BTreeSet::from([file("shared/t.rs")]));
    assert_eq!(a_loop(&folders(&src, &g)), None);
    g.insert(file("draft/c.rs"), BTreeSet::from([file("check/d.rs")]));
    let cycle = a_loop(&folders(&src, &g)).unwrap();
    assert!(cycle.contains(&PathBuf::from("draft")) && cycle.contains(&PathBuf::from("check")));
}
