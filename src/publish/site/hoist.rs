//! The files every report of a site shares (the wasm, the stylesheet, the icon): taken
//! out of each report, named by content hash and put once at the site's root, with the
//! reports' pages and scripts pointed one folder up to them.

use super::manifest::{self, Manifest};
use super::Dist;
use crate::publish::bundle::{content_hash, rewrite_refs};
use crate::publish::files;

/// Whether a report's file is one that every report shares: the wasm, the stylesheet
/// and the icon. The scripts stay in each report's folder, because they find the
/// report's files from their own address.
fn is_shared(path: &str) -> bool {
    (path.starts_with("pkg/") && path.ends_with(".wasm"))
        || (!path.contains('/')
            && path.ends_with(".css")
            && path.starts_with(files::STYLE.trim_end_matches("css")))
        || path == files::FAVICON
}

/// Takes the shared files out of every report's files (giving each a content hash where it has
/// none) and points the reports' pages and scripts one folder up to them.
pub(super) fn share<'a>(reports: impl IntoIterator<Item = &'a mut Dist>) -> Dist {
    let mut shared = Dist::new();
    // Every report carries the same wasm: hash each content once, not once a report
    // (comparing bytes costs far less than hashing them byte by byte).
    let mut hashes: Vec<(String, Vec<u8>, String)> = Vec::new();
    for dist in reports {
        let mut moved: Vec<(String, String)> = Vec::new();
        // The editor's 发布 fetches the assets by their served names: now one folder up.
        let mut manifest = dist
            .text(manifest::PATH)
            .ok()
            .and_then(|t| Manifest::parse(t).ok());
        for path in dist.paths().into_iter().filter(|p| is_shared(p)) {
            let Some(bytes) = dist.take(&path) else {
                continue;
            };
            let hash = match hashes.iter().find(|(p, b, _)| *p == path && *b == bytes) {
                Some((_, _, h)) => h.clone(),
                None => {
                    let h = content_hash(&bytes);
                    hashes.push((path.clone(), bytes.clone(), h.clone()));
                    h
                }
            };
            let named = if path.contains(&hash) || path == files::FAVICON {
                path.clone()
            } else {
                hashed(&path, &hash)
            };
            if named != path {
                rename_refs(dist, &path, &named);
            }
            if let Some(m) = &mut manifest {
                for (_, served) in m.assets.iter_mut().filter(|(_, s)| *s == path) {
                    *served = format!("../{named}");
                }
            }
            shared.put(named.clone(), bytes);
            moved.push((path, named));
        }
        let moved: Vec<String> = moved.into_iter().map(|(_, named)| named).collect();
        point_up(dist, &moved);
        if let Some(json) = manifest.and_then(|m| m.to_json().ok()) {
            dist.put(manifest::PATH, json);
        }
    }
    shared
}

fn hashed(path: &str, hash: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{path}.{hash}"),
    }
}

fn base(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

/// The files that name others: pages, scripts, and the scripts' list of names.
fn is_text(path: &str) -> bool {
    path.ends_with(".html") || path.ends_with(".js") || path == files::MANIFEST
}

fn rename_refs(dist: &mut Dist, old: &str, new: &str) {
    for path in dist.paths().into_iter().filter(|p| is_text(p)) {
        if let Ok(text) = dist.text(&path) {
            let t = rewrite_refs(text, base(old), base(new));
            dist.put(path, t);
        }
    }
}

/// Rewrites `"…/P"` (relative to each file's own folder) to one folder further up, for
/// every moved path `P`. A page `depth` folders down reaches the report's root with
/// `../` × depth; the site's root is one more.
fn point_up(dist: &mut Dist, moved: &[String]) {
    for path in dist.paths().into_iter().filter(|p| is_text(p)) {
        // Scripts (and their list of names) resolve against their own folder, the
        // report's root.
        let depth = if path.ends_with(".js") || path == files::MANIFEST {
            0
        } else {
            path.matches('/').count()
        };
        let up = "../".repeat(depth);
        let Ok(text) = dist.text(&path) else {
            continue;
        };
        let mut t = text.to_string();
        for m in moved {
            for q in ['"', '\''] {
                t = t.replace(&format!("{q}{up}{m}"), &format!("{q}../{up}{m}"));
            }
        }
        dist.put(path, t);
    }
}
