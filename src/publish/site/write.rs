//! Puts a built site on disk, and reads a folder of built assets back as one.

use super::Dist;
use std::path::Path;

/// Writes every file of `site` under `out`, creating folders as needed.
///
/// # Errors
/// When a folder or a file cannot be written; the error names it.
pub fn write(site: &Dist, out: &Path) -> Result<(), String> {
    write_linked(site, out, &[])
}

/// [`write`](fn@write), but the files under each `(prefix, dir)` of `linked` (a report from the
/// cache: `SLUG/` and its cache entry, which holds exactly those files) are hard links
/// to the entry's files instead of copies: a rebuild writes one report, not the whole
/// site again. A file that cannot be linked (another file system) is written. Every
/// file is removed before it is written, so that writing never goes through a link
/// into the cache.
///
/// # Errors
/// When a folder or a file cannot be written; the error names it.
pub fn write_linked(site: &Dist, out: &Path, linked: &[(String, &Path)]) -> Result<(), String> {
    for (path, bytes) in site.iter() {
        let file = out.join(path);
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let _ = std::fs::remove_file(&file);
        let from = linked
            .iter()
            .find_map(|(prefix, dir)| path.strip_prefix(prefix.as_str()).map(|p| dir.join(p)));
        if from.is_some_and(|from| std::fs::hard_link(from, &file).is_ok()) {
            continue;
        }
        std::fs::write(&file, bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// Every file under `dir` as a site, paths relative to `dir` with `/` between folders.
///
/// # Errors
/// When the folder or a file in it cannot be read.
pub fn read(dir: &Path) -> Result<Dist, String> {
    let mut site = Dist::new();
    read_into(dir, "", &mut site)?;
    Ok(site)
}

fn read_into(dir: &Path, prefix: &str, site: &mut Dist) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let path = entry.path();
        if path.is_dir() {
            read_into(&path, &format!("{name}/"), site)?;
        } else {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            site.put(name, bytes);
        }
    }
    Ok(())
}

/// Puts built files into the cache at `dir` (`cache/NAME-HASH`), in place of the older
/// entries of `name`: written beside and renamed, so that an interrupted build leaves no
/// half entry.
///
/// # Errors
/// When the entry cannot be written or renamed.
pub fn keep(cache: &Path, dir: &Path, name: &str, dist: &Dist) -> Result<(), String> {
    if let Ok(entries) = std::fs::read_dir(cache) {
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().to_string();
            let old = file
                .strip_prefix(name)
                .and_then(|r| r.strip_prefix('-'))
                .is_some_and(|k| k.len() == 10 && k.bytes().all(|b| b.is_ascii_hexdigit()));
            if old {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    // An empty entry (a site built without the assets shares no file) is kept too.
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    write(dist, &tmp)?;
    std::fs::rename(&tmp, dir).map_err(|e| format!("{}: {e}", dir.display()))
}
