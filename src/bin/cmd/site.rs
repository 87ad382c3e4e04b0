//! `report-charts site`: parses the arguments, reads the inputs, and writes what
//! `report_charts::publish::site` builds.

use report_charts::publish::files;
use report_charts::publish::fonts::Fonts;
use report_charts::publish::site::{self, many, write, Assets, Dist, Input, Machine, Templates};
use report_charts::shared::messages;
use std::path::{Path, PathBuf};

/// Where the built assets (wasm, scripts, stylesheet) come from.
enum AssetsFrom {
    /// `--assets DIR`.
    Dir(PathBuf),
    /// Neither option: `make build`'s folder, which must then exist.
    Default,
    /// `--no-assets`: the pages alone, which load nothing (the tests of the HTML).
    None,
}

/// `make build` writes the assets here; the command runs from the repository's root, as
/// `--www`'s default `./www` does.
const DEFAULT_ASSETS: &str = "target/site-assets";

/// Files every page loads: an assets folder without them would give pages that 404 their
/// stylesheet and script, the tester's H1 (2026-12-06).
const NEEDED_ASSETS: [&str; 3] = [files::STYLE, files::APP, files::READER_WASM];

/// What the command line asks for.
struct Args {
    www: PathBuf,
    /// `--www` was passed.
    www_given: bool,
    assets: AssetsFrom,
    cache: Option<PathBuf>,
    images: bool,
    timings: bool,
    inputs: Vec<PathBuf>,
    out: PathBuf,
}

/// The usage, printed as the command prints every message: in English.
fn usage() -> String {
    messages::site::site_usage().to_string()
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args {
        www: PathBuf::from("www"),
        www_given: false,
        assets: AssetsFrom::Default,
        cache: None,
        images: true,
        timings: false,
        inputs: Vec::new(),
        out: PathBuf::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().map(PathBuf::from).ok_or_else(usage);
        match arg.as_str() {
            "--www" => (a.www, a.www_given) = (value()?, true),
            "--assets" => a.assets = AssetsFrom::Dir(value()?),
            "--no-assets" => a.assets = AssetsFrom::None,
            "--cache" => a.cache = Some(value()?),
            "--no-images" => a.images = false,
            "--timings" => a.timings = true,
            s if s.starts_with("--") => return Err(usage()),
            s => a.inputs.push(PathBuf::from(s)),
        }
    }
    a.out = a.inputs.pop().ok_or_else(usage)?;
    if a.inputs.is_empty() {
        return Err(usage());
    }
    Ok(a)
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

/// A hash of this command's own bytes: the code that draws every report. Hashing the
/// debug command's 50 MB took 0.3 to 0.6 s a run, so the hash is kept in the cache
/// (`code.key`) beside the size and modification time it was made for, and made again
/// only when they change.
fn code_hash(cache: Option<&Path>) -> String {
    let Ok(exe) = std::env::current_exe() else {
        return String::new();
    };
    let stamp = std::fs::metadata(&exe)
        .ok()
        .and_then(|m| Some((m.len(), m.modified().ok()?)))
        .and_then(|(len, t)| Some((len, t.duration_since(std::time::UNIX_EPOCH).ok()?)))
        .map(|(len, t)| format!("{len} {}", t.as_nanos()));
    let kept = cache.map(|c| c.join("code.key"));
    if let (Some(stamp), Some(kept)) = (&stamp, &kept) {
        let old = std::fs::read_to_string(kept).unwrap_or_default();
        if let Some(hash) = old
            .strip_prefix(stamp.as_str())
            .and_then(|r| r.strip_prefix(' '))
        {
            return hash.trim().to_string();
        }
    }
    let hash = std::fs::read(&exe)
        .map(|b| report_charts::publish::bundle::content_hash(&b))
        .unwrap_or_default();
    if let (Some(stamp), Some(kept), Some(dir)) = (stamp, kept, cache) {
        // A cache key only: a failed write costs the next run the hash again.
        let _ = std::fs::create_dir_all(dir);
        let _ = std::fs::write(kept, format!("{stamp} {hash}\n"));
    }
    hash
}

/// The built assets, refused with what to do when the folder is missing or lacks a file
/// every page loads.
fn read_assets(from: &AssetsFrom) -> Result<Dist, String> {
    let (dir, given) = match from {
        AssetsFrom::None => return Ok(Dist::new()),
        AssetsFrom::Dir(dir) => (dir.as_path(), true),
        AssetsFrom::Default => (Path::new(DEFAULT_ASSETS), false),
    };
    if !dir.is_dir() {
        return Err(messages::site::site_assets_missing(
            &dir.display().to_string(),
            given,
        ));
    }
    let files = write::read(dir)?;
    let lacking: Vec<&str> = NEEDED_ASSETS
        .into_iter()
        .filter(|f| files.get(f).is_none())
        .collect();
    if !lacking.is_empty() {
        return Err(messages::site::site_assets_lacking(
            &dir.display().to_string(),
            &lacking,
        ));
    }
    Ok(files)
}

/// The page templates of `--www`; when they cannot be read, an error that names the
/// folder tried and says what to pass.
fn templates(a: &Args) -> Result<Templates, String> {
    Templates::read(&a.www).map_err(|e| {
        messages::site::site_templates_missing(&e, &a.www.display().to_string(), a.www_given)
    })
}

/// Runs `site` with the arguments after its name.
pub fn run(args: &[String]) -> Result<(), String> {
    let a = parse(args)?;
    let assets = Assets {
        templates: templates(&a)?,
        files: read_assets(&a.assets)?,
    };
    let site_url = crate::native::site_url()?;
    let fonts = if a.images {
        Some(Fonts::for_build()?)
    } else {
        None
    };
    let machine = Machine {
        site: &site_url,
        fonts: fonts.as_ref(),
    };
    let one = a.inputs.len() == 1 && a.inputs[0].is_file();
    if one {
        return one_report(&a.inputs[0], &assets, machine, &a.out);
    }
    let start = std::time::Instant::now();
    let sources = many::sources(&a.inputs)?;
    let read = start.elapsed().as_secs_f64();
    let code = code_hash(a.cache.as_deref());
    let hashed = start.elapsed().as_secs_f64() - read;
    let o = many::Options {
        assets: &assets,
        machine,
        cache: a.cache.as_deref(),
        code: &code,
    };
    let built = many::build(&sources, &o)?;
    let before = std::time::Instant::now();
    write::write_linked(&built.dist, &a.out, &built.linked())?;
    if a.timings {
        let mut stages = vec![("sources", read), ("code hash", hashed)];
        stages.extend(built.stages.iter().copied());
        stages.push(("write", before.elapsed().as_secs_f64()));
        for (stage, s) in stages {
            eprintln!("{}", messages::site::site_stage(stage, s));
        }
    }
    for w in built.reports.iter().flat_map(|r| r.warnings.iter()) {
        eprintln!("{w}");
    }
    let rebuilt = built.reports.iter().filter(|r| r.rebuilt).count();
    println!(
        "{}",
        messages::site::site_written(
            &a.out.display().to_string(),
            built.reports.len(),
            rebuilt,
            built.dist.len()
        )
    );
    let missing: String = built
        .reports
        .iter()
        .flat_map(|r| r.missing.iter())
        .collect();
    if !missing.is_empty() {
        eprintln!("{}", messages::outputs::glyphs_missing(&missing));
    }
    // The other reports are written; a refused one still fails the run, so CI notices.
    if !built.refused.is_empty() {
        let errors: Vec<String> = built.refused.iter().map(|r| r.error.clone()).collect();
        return Err(messages::site::site_refused(&errors));
    }
    Ok(())
}

/// The site of one data file at `out` (`make build`).
fn one_report(
    path: &Path,
    assets: &Assets,
    machine: Machine<'_>,
    out: &Path,
) -> Result<(), String> {
    let name = path.display().to_string();
    let data = read_text(path)?;
    let report = report_charts::check::validate::load(&name, &data).map_err(|e| e.to_string())?;
    let text_path = path.with_extension("txt");
    let text = text_path
        .is_file()
        .then(|| read_text(&text_path))
        .transpose()?;
    let slug = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("report")
        .to_string();
    let input = Input {
        slug: &slug,
        report: &report,
        data: &data,
        text: text.as_deref(),
        draft: false,
    };
    let built = site::report(input, assets, machine)?;
    write::write(&built.dist, out)?;
    for line in &built.log {
        println!("{line}");
    }
    println!(
        "wrote {} files ({} bytes) to {}",
        built.dist.len(),
        built.dist.size(),
        out.display()
    );
    if !built.missing.is_empty() {
        let missing: String = built.missing.iter().collect();
        eprintln!("{}", messages::outputs::glyphs_missing(&missing));
    }
    Ok(())
}
