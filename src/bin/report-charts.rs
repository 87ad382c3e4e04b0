//! The native command: checks the data, renders every chart to SVG, writes the schema.
//!
//! ```text
//! report-charts check  DATA.json          (and DATA.txt beside it: every number covered)
//! report-charts draft  TEXT.txt [--out FILE.json]   (never overwrites a file)
//! report-charts svg    DATA.json OUT_DIR [--width PX] [--lang zh|en] [--theme light|dark]
//! report-charts site   [--www DIR] [--assets DIR | --no-assets] [--cache DIR] [--no-images] DATA.json|DIR … OUT_DIR
//!                      (one report: its whole dist/ at OUT_DIR; folders: a site of every
//!                      report, src/publish/site/)
//! report-charts resolve DATA.json OUT_DIR [--partial]
//!                      (OUT_DIR/charts.zh.bin and charts.en.bin: what the reader draws;
//!                      --partial keeps broken charts as their problems instead of failing)
//! report-charts schema OUT.json
//! report-charts ids    DATA.json
//! report-charts score  CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses[=all]] [--record]
//!                      (the draft measured against truth lists: src/draft/score/)
//! ```

// The command is native only; the wasm build of the crate compiles it to nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "cmd/site.rs"]
mod site_command;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use report_charts::check::validate;
    use report_charts::draft::score;
    use report_charts::publish::social::Site;
    use report_charts::shared::model::{Lang, Report};
    use report_charts::shared::theme::ThemeName;
    use report_charts::shared::view::View;
    use std::path::Path;
    use std::process::ExitCode;

    fn read(path: &str) -> Result<Report, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        validate::load(path, &text).map_err(|e| e.to_string())
    }

    /// Where the site will be served, from `SITE_URL`; warns when it is not set.
    pub(crate) fn site_url() -> Result<Site, String> {
        let site = Site::parse(&std::env::var("SITE_URL").unwrap_or_default())?;
        if site.root().is_none() {
            eprintln!(
                "{}",
                report_charts::shared::messages::outputs::site_url_unset()
            );
        }
        Ok(site)
    }

    /// Writes `charts.LANG.bin`, the resolved form the reader draws, for both languages.
    fn resolved(path: &str, out: &Path, partial: bool) -> Result<(), String> {
        use report_charts::publish::resolve;
        use report_charts::shared::wire;
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let (report, broken) = if partial {
            let p = validate::partial::load_partial(path, &text).map_err(|e| e.to_string())?;
            (p.report, p.broken)
        } else {
            (
                validate::load(path, &text).map_err(|e| e.to_string())?,
                Vec::new(),
            )
        };
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        for lang in report_charts::publish::page::languages(&report) {
            let code = if lang == Lang::En { "en" } else { "zh" };
            let bytes = wire::encode(&resolve::resolved(&report, &broken, path, lang));
            let file = out.join(format!("charts.{code}.bin"));
            std::fs::write(&file, &bytes).map_err(|e| format!("{}: {e}", file.display()))?;
            println!("wrote {} ({} bytes)", file.display(), bytes.len());
        }
        Ok(())
    }

    /// Validates a data file, then checks it against its text (DATA.txt beside DATA.json).
    fn check(path: &str) -> Result<(), String> {
        use report_charts::draft::coverage;
        use report_charts::shared::messages;
        // Read once: the model validated from it, and the file as the desk wrote it, which
        // the warnings read too.
        let json =
            std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let (raw, typed) = validate::parse_lenient(path, &json).map_err(|e| e.to_string())?;
        let mut partial = validate::partial::validate_seeded(path, &raw, typed);
        validate::partial::located(&mut partial, &json);
        if let Some(e) = partial.error.take() {
            return Err(e.to_string());
        }
        let r = &partial.report;
        let (f, c, s, k) = (
            r.figures.len(),
            r.charts.len(),
            r.sections.len(),
            r.skips.len(),
        );
        println!("{}", messages::commands::checked(path, f, c, s, k));
        let english = messages::commands::missing_english(
            r.missing_english(),
            r.labels_missing_english(),
            r.figures.len(),
        );
        println!("{path}: {english}");
        let glossary = report_charts::draft::glossary::Glossary::bundled()?;
        let unread = report_charts::draft::unread::tally(&r.skips, &glossary);
        if !unread.is_empty() {
            println!("{path}: {}", messages::draft::unread_skips(&unread));
        }
        if r.unconfirmed() > 0 {
            let figures: Vec<String> = (r.figures.iter().filter(|f| f.draft))
                .map(|f| messages::names::figure(&r.figures, f).zh)
                .collect();
            let charts: Vec<String> = (r.charts.iter().filter(|c| c.draft))
                .map(|c| messages::names::chart(&r.charts, c).zh)
                .collect();
            let figures: Vec<&str> = figures.iter().map(String::as_str).collect();
            let charts: Vec<&str> = charts.iter().map(String::as_str).collect();
            println!(
                "{path}: {}",
                messages::draft::unconfirmed(&figures, &charts)
            );
        }
        let text_path = Path::new(path).with_extension("txt");
        // No text beside the data: nothing to cover (a data file written by hand).
        let text = match std::fs::read_to_string(&text_path) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("{}: cannot read: {e}", text_path.display())),
        };
        warn(path, &raw, &partial, text.as_deref());
        let Some(text) = text else { return Ok(()) };
        // The editor's count of the numbers to decide, by the editor's own function, so
        // that `check` and the editor's 待决定 never say two numbers for one list.
        let undecided = report_charts::edit::desk::review::to_decide(&text, &raw);
        if undecided > 0 {
            println!("{path}: {}", messages::commands::to_decide(undecided));
        }
        let missing = coverage::uncovered(&text, r);
        if missing.is_empty() {
            println!(
                "{}",
                messages::commands::all_covered(&text_path.display().to_string())
            );
            return Ok(());
        }
        let mut lines = vec![messages::commands::uncovered(
            missing.len(),
            &text_path.display().to_string(),
        )];
        lines.extend(missing.iter().map(|u| {
            format!(
                "  {}",
                messages::commands::uncovered_number(&u.number, &u.sentence)
            )
        }));
        Err(lines.join("\n"))
    }

    /// Prints every warning of data file `path` (read as `raw`, validated as `read`),
    /// against its `text` where there is one: the editor's list, from the same function
    /// (`edit::desk::review::warnings`), in both languages. They never fail the check.
    fn warn(
        path: &str,
        raw: &report_charts::check::raw::ReportFile,
        read: &validate::partial::Partial,
        text: Option<&str>,
    ) {
        use report_charts::edit::desk::{marks, review};
        use report_charts::shared::messages::commands::warning;
        let order: Vec<String> = match text {
            Some(t) if !t.trim().is_empty() => {
                marks::lines(t).into_iter().map(|l| l.text).collect()
            }
            _ => Vec::new(),
        };
        for w in review::warnings(raw, read, &order) {
            let line = warning(&w.path.to_string(), &w.message.zh, &w.message.en);
            println!("{path}: {line}");
        }
    }

    /// Drafts `TEXT.txt` into `TEXT.json` (or `out`), never over an existing file.
    fn draft(text_path: &str, out: Option<&str>) -> Result<(), String> {
        use report_charts::draft;
        use report_charts::shared::messages;
        use std::io::Write;
        let text = std::fs::read_to_string(text_path)
            .map_err(|e| format!("{text_path}: cannot read: {e}"))?;
        let out = out.map_or_else(|| Path::new(text_path).with_extension("json"), Into::into);
        let d = draft::draft(&text)?;
        let json = draft::to_json(&d)?;
        let beside = out.with_extension("draft.json");
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&out)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => messages::commands::draft_exists(
                    &out.display().to_string(),
                    &beside.display().to_string(),
                ),
                _ => format!("{}: {e}", out.display()),
            })?;
        file.write_all(json.as_bytes())
            .map_err(|e| format!("{}: {e}", out.display()))?;
        let (f, c, k) = (d.figures.len(), d.charts.len(), d.skips.len());
        println!(
            "{}",
            messages::commands::drafted(&out.display().to_string(), f, c, k)
        );
        Ok(())
    }

    fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
        args.windows(2)
            .find(|w| w[0] == name)
            .map(|w| w[1].as_str())
    }

    /// Scores the draft on a corpus; fails when the ratchet does.
    fn score(args: &[String]) -> Result<(), String> {
        let Some(o) = score::Options::from_args(args)? else {
            println!("{}", report_charts::shared::messages::score::SCORE_USAGE);
            return Ok(());
        };
        let outcome = score::run(&o)?;
        print!("{}", outcome.printed);
        if outcome.failures.is_empty() {
            Ok(())
        } else {
            Err(outcome.failures.join("\n"))
        }
    }

    fn run(args: &[String]) -> Result<(), String> {
        let usage = "usage: report-charts check DATA | draft TEXT [--out FILE] | svg DATA OUT_DIR [--width PX] [--lang zh|en] [--theme light|dark] | site [--www DIR] [--assets DIR | --no-assets] [--cache DIR] [--no-images] [--timings] DATA|DIR … OUT_DIR | resolve DATA OUT_DIR [--partial] | schema OUT | ids DATA | score CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses[=all]] [--record] (score --help)";
        match args.first().map(String::as_str) {
            Some("check") => check(args.get(1).ok_or(usage)?),
            Some("draft") => draft(args.get(1).ok_or(usage)?, option(args, "--out")),
            Some("score") => score(&args[1..]),
            Some("ids") => {
                let r = read(args.get(1).ok_or(usage)?)?;
                for c in &r.charts {
                    println!("{}", c.id);
                }
                Ok(())
            }
            Some("svg") => {
                let r = read(args.get(1).ok_or(usage)?)?;
                let out = Path::new(args.get(2).ok_or(usage)?);
                std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
                let width: f64 = option(args, "--width")
                    .unwrap_or("640")
                    .parse()
                    .map_err(|_| "--width takes a number of CSS pixels".to_string())?;
                let view = View {
                    width,
                    lang: Lang::parse(option(args, "--lang").unwrap_or("zh")),
                    theme: ThemeName::parse(option(args, "--theme").unwrap_or("light")),
                };
                for c in &r.charts {
                    let svg = report_charts::publish::svg(&r, &c.id, view)?;
                    let file = out.join(format!("{}.svg", c.id));
                    std::fs::write(&file, svg).map_err(|e| format!("{}: {e}", file.display()))?;
                }
                println!("wrote {} charts to {}", r.charts.len(), out.display());
                Ok(())
            }
            Some("site") => crate::site_command::run(&args[1..]),
            Some("resolve") => {
                let path = args.get(1).ok_or(usage)?;
                let out = Path::new(args.get(2).ok_or(usage)?);
                resolved(path, out, args.iter().any(|a| a == "--partial"))
            }
            Some("schema") => {
                let out = args.get(1).ok_or(usage)?;
                let schema = schemars::schema_for!(report_charts::check::raw::ReportFile);
                let text = serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?;
                std::fs::write(out, text + "\n").map_err(|e| format!("{out}: {e}"))?;
                Ok(())
            }
            _ => Err(usage.to_string()),
        }
    }

    /// True when a panic's message is `println!`'s on a closed pipe.
    fn broken_pipe(info: &std::panic::PanicHookInfo<'_>) -> bool {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        message.starts_with("failed printing to std") && message.contains("Broken pipe")
    }

    pub fn main() -> ExitCode {
        // `report-charts check x.json | head -2`: the reader of the output has gone, so
        // there is no one left to tell; stop quietly as other tools do, not with a panic.
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if broken_pipe(info) {
                std::process::exit(0);
            }
            default_hook(info);
        }));
        let args: Vec<String> = std::env::args().skip(1).collect();
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        }
    }
}
