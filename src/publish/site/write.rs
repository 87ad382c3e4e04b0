//! Puts a built site on disk, and reads a folder of built assets back as one.

use super::Dist;
use std::path::Path;

/// Writes every file of `site` under `out`, creating folders as needed.
///
/// # Errors
/// When a folder or a file cannot be written; the error names it.
pub fn write(site: &Dist, out: &Path) -> Result<(), String> {
    for (path, bytes) in site.iter() {
        let file = out.join(path);
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
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
