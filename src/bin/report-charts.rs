//! The native command: checks the data, renders every chart to SVG, writes the schema.
//!
//! ```text
//! report-charts check  DATA.json          (and DATA.txt beside it: every number covered)
//! report-charts draft  TEXT.txt [--out FILE.json]   (never overwrites a file)
//! report-charts svg    DATA.json OUT_DIR [--width PX] [--lang zh|en] [--theme light|dark]
//! report-charts site   DATA.json www/index.html www/embed-chart.html OUT_DIR
//!                      (index.html, embed/ID.html, svg/ fallbacks, csv/ data)
//! report-charts onefile DIST_DIR OUT.html   (the one-file edition of a built site)
//! report-charts fingerprint DIST_DIR        (content hashes in cacheable asset names)
//! report-charts og     DATA.json OUT_DIR   (OUT_DIR/ID.png, ID.en.png: 1200×630 social cards)
//! report-charts article DATA.json DIST_DIR (png/ID.png at 1080 px wide; long/: the long image; cover/: covers)
//! report-charts pages  DATA.json WWW_DIR OUT_DIR  (embed.html and demo/index.html from
//!                      their templates in WWW_DIR)
//! report-charts resolve DATA.json OUT_DIR [--partial]
//!                      (OUT_DIR/charts.zh.bin and charts.en.bin: what the reader draws;
//!                      --partial keeps broken charts as their problems instead of failing)
//! report-charts schema OUT.json
//! report-charts ids    DATA.json
//! report-charts score  CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses[=all]] [--record]
//!                      (the draft measured against truth lists: src/build/score/)
//! ```

// The command is native only; the wasm build of the crate compiles it to nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use report_charts::build::score;
    use report_charts::layout::ApproxMeasure;
    use report_charts::model::{Lang, Report};
    use report_charts::page::{self, SvgSizes};
    use report_charts::render;
    use report_charts::social::Site;
    use report_charts::theme::ThemeName;
    use report_charts::{validate, View};
    use std::collections::HashMap;
    use std::path::Path;
    use std::process::ExitCode;

    fn read(path: &str) -> Result<Report, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        validate::load(path, &text).map_err(|e| e.to_string())
    }

    /// SVG sizes recorded while the fallbacks are written.
    struct Sizes(HashMap<(String, bool, Lang), (f64, f64)>);

    impl SvgSizes for Sizes {
        fn size(&self, id: &str, narrow: bool, lang: Lang) -> (f64, f64) {
            self.0
                .get(&(id.to_string(), narrow, lang))
                .copied()
                .unwrap_or((640.0, 400.0))
        }
    }

    /// Where the site will be served, from `SITE_URL`; warns when it is not set.
    fn site_url() -> Result<Site, String> {
        let site = Site::parse(&std::env::var("SITE_URL").unwrap_or_default())?;
        if site.root().is_none() {
            eprintln!("{}", report_charts::messages::site_url_unset());
        }
        Ok(site)
    }

    /// The report's text beside its data file (`DATA.txt`), if there is one.
    fn report_text(data: &str) -> Result<Option<String>, String> {
        let path = Path::new(data).with_extension("txt");
        match std::fs::read_to_string(&path) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
        }
    }

    /// Widths of the static fallbacks: the page's column on a desktop and on a phone.
    const WIDE: f64 = 720.0;
    const NARROW: f64 = 360.0;

    /// Writes `svg/ID[.narrow][.dark].svg` for every chart and `index.html` into `out`.
    /// Writes `text` to `file`, creating its folder.
    fn write(file: &Path, text: &str) -> Result<(), String> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// Writes the static site of `r` into `out`: `svg/` fallbacks and `csv/` data in
    /// each language, `index.html` and `embed/ID.html`, and when the report has English
    /// `en/index.html` and `embed/ID.en.html`. `text` is the report's text, which the
    /// story pages print.
    fn site(
        r: &Report,
        template: &str,
        embed_template: &str,
        out: &Path,
        text: Option<&str>,
    ) -> Result<(), String> {
        let site = site_url()?;
        let dir = out.join("svg");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut sizes = Sizes(HashMap::new());
        let variants = [
            (false, ThemeName::Light, ""),
            (false, ThemeName::Dark, ".dark"),
            (true, ThemeName::Light, ".narrow"),
            (true, ThemeName::Dark, ".narrow.dark"),
        ];
        let langs = page::languages(r);
        for &lang in &langs {
            for c in &r.charts {
                for (narrow, theme, suffix) in variants {
                    let width = if narrow { NARROW } else { WIDE };
                    let view = View { width, lang, theme };
                    let scene = report_charts::scene(r, &c.id, view, &mut ApproxMeasure)?;
                    sizes
                        .0
                        .insert((c.id.clone(), narrow, lang), (scene.width, scene.height));
                    let svg = render::svg(&scene, c.title.pick(lang))?;
                    let name = format!("{}{}{suffix}.svg", c.id, page::suffix(lang));
                    write(&dir.join(name), &svg)?;
                }
                write(
                    &out.join("csv")
                        .join(format!("{}{}.csv", c.id, page::suffix(lang))),
                    &report_charts::resolve::csv(r, c, lang),
                )?;
            }
        }
        let cx = page::Context {
            sizes: &sizes,
            site: &site,
            text,
        };
        write(
            &out.join("index.html"),
            &page::fill(template, r, Lang::Zh, &cx),
        )?;
        let embed_template = std::fs::read_to_string(embed_template)
            .map_err(|e| format!("{embed_template}: cannot read: {e}"))?;
        for c in &r.charts {
            write(
                &out.join("embed").join(format!("{}.html", c.id)),
                &page::embed_page(&embed_template, r, &c.id, Lang::Zh, &cx),
            )?;
        }
        if page::has_english(r) {
            write(
                &out.join("en").join("index.html"),
                &page::fill(template, r, Lang::En, &cx),
            )?;
            for c in &r.charts {
                write(
                    &out.join("embed").join(format!("{}.en.html", c.id)),
                    &page::embed_page(&embed_template, r, &c.id, Lang::En, &cx),
                )?;
            }
        }
        println!(
            "wrote {} story page(s), {} SVG fallbacks, CSV files and embed pages to {}",
            langs.len(),
            langs.len() * variants.len() * r.charts.len(),
            out.display()
        );
        Ok(())
    }

    /// Writes `ID.png` (and `ID.en.png` when the report has English), the 1200 × 630
    /// social card of every chart, into `out`.
    fn og(r: &Report, out: &Path) -> Result<(), String> {
        use report_charts::raster;
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        let fonts = raster::Fonts::for_build()?;
        let (mut bytes, mut count) = (0, 0);
        let mut missing: Vec<char> = Vec::new();
        for lang in page::languages(r) {
            for c in &r.charts {
                let scene = raster::card_scene(r, &c.id, lang, ThemeName::Light)?;
                for ch in fonts.missing_in(&scene) {
                    if !missing.contains(&ch) {
                        missing.push(ch);
                    }
                }
                let png = raster::card_png(&scene, &fonts).map_err(|e| format!("{}: {e}", c.id))?;
                let file = out.join(format!("{}{}.png", c.id, page::suffix(lang)));
                std::fs::write(&file, &png).map_err(|e| format!("{}: {e}", file.display()))?;
                bytes += png.len();
                count += 1;
            }
        }
        println!(
            "wrote {count} social cards ({bytes} bytes) to {}",
            out.display()
        );
        if !missing.is_empty() {
            eprintln!(
                "{}",
                report_charts::messages::glyphs_missing(&missing.iter().collect::<String>())
            );
        }
        Ok(())
    }

    /// Writes the article images and the long image of `r` under `out`.
    fn article(r: &Report, out: &Path) -> Result<(), String> {
        let w = report_charts::article::write_all(r, out)?;
        println!(
            "wrote {} chart images to {} and {} covers to {}",
            w.charts,
            out.join("png").display(),
            w.covers,
            out.join("cover").display()
        );
        for (lang, sizes) in &w.slices {
            let list: Vec<String> = sizes.iter().map(|(w, h)| format!("{w}×{h}")).collect();
            println!(
                "wrote the {lang:?} long image as {} slices ({}) to {}",
                sizes.len(),
                list.join(", "),
                out.join("long").display()
            );
        }
        if !w.missing.is_empty() {
            eprintln!(
                "{}",
                report_charts::messages::glyphs_missing(&w.missing.iter().collect::<String>())
            );
        }
        Ok(())
    }

    /// Writes `charts.LANG.bin`, the resolved form the reader draws, for both languages.
    fn resolved(path: &str, out: &Path, partial: bool) -> Result<(), String> {
        use report_charts::{resolve, wire};
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let (report, broken) = if partial {
            let p = validate::load_partial(path, &text).map_err(|e| e.to_string())?;
            (p.report, p.broken)
        } else {
            (
                validate::load(path, &text).map_err(|e| e.to_string())?,
                Vec::new(),
            )
        };
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        for lang in report_charts::page::languages(&report) {
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
        use report_charts::{coverage, messages};
        let r = read(path)?;
        let (f, c, s, k) = (
            r.figures.len(),
            r.charts.len(),
            r.sections.len(),
            r.skips.len(),
        );
        println!("{}", messages::checked(path, f, c, s, k));
        let english = messages::missing_english(
            r.missing_english(),
            r.labels_missing_english(),
            r.figures.len(),
        );
        println!("{path}: {english}");
        let unread = r
            .skips
            .iter()
            .filter(|s| s.reason == report_charts::model::SkipReason::Unread)
            .count();
        if unread > 0 {
            println!("{path}: {}", messages::unread_skips(unread));
        }
        if r.unconfirmed() > 0 {
            let figures: Vec<&str> = (r.figures.iter().filter(|f| f.draft))
                .map(|f| f.id.as_str())
                .collect();
            let charts: Vec<&str> = (r.charts.iter().filter(|c| c.draft))
                .map(|c| c.id.as_str())
                .collect();
            println!("{path}: {}", messages::unconfirmed(&figures, &charts));
        }
        let text_path = Path::new(path).with_extension("txt");
        // No text beside the data: nothing to cover (a data file written by hand).
        let text = match std::fs::read_to_string(&text_path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(format!("{}: cannot read: {e}", text_path.display())),
        };
        let missing = coverage::uncovered(&text, &r);
        if missing.is_empty() {
            println!(
                "{}",
                messages::all_covered(&text_path.display().to_string())
            );
            return Ok(());
        }
        let mut lines = vec![messages::uncovered(
            missing.len(),
            &text_path.display().to_string(),
        )];
        lines.extend(
            missing
                .iter()
                .map(|u| format!("  {}", messages::uncovered_number(&u.number, &u.sentence))),
        );
        Err(lines.join("\n"))
    }

    /// Drafts `TEXT.txt` into `TEXT.json` (or `out`), never over an existing file.
    fn draft(text_path: &str, out: Option<&str>) -> Result<(), String> {
        use report_charts::{draft, messages};
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
                std::io::ErrorKind::AlreadyExists => messages::draft_exists(
                    &out.display().to_string(),
                    &beside.display().to_string(),
                ),
                _ => format!("{}: {e}", out.display()),
            })?;
        file.write_all(json.as_bytes())
            .map_err(|e| format!("{}: {e}", out.display()))?;
        let (f, c, k) = (d.figures.len(), d.charts.len(), d.skips.len());
        println!("{}", messages::drafted(&out.display().to_string(), f, c, k));
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
            println!("{}", report_charts::messages::SCORE_USAGE);
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
        let usage = "usage: report-charts check DATA | draft TEXT [--out FILE] | svg DATA OUT_DIR [--width PX] [--lang zh|en] [--theme light|dark] | site DATA PAGE_TEMPLATE EMBED_TEMPLATE OUT_DIR | onefile DIST OUT.html | fingerprint DIST | og DATA OUT_DIR | article DATA DIST | pages DATA WWW_DIR OUT_DIR | resolve DATA OUT_DIR [--partial] | schema OUT | ids DATA | score CORPUS_DIR [--truth DIR] [--ratchet FILE] [--misses[=all]] [--record] (score --help)";
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
                    let svg = report_charts::svg(&r, &c.id, view)?;
                    let file = out.join(format!("{}.svg", c.id));
                    std::fs::write(&file, svg).map_err(|e| format!("{}: {e}", file.display()))?;
                }
                println!("wrote {} charts to {}", r.charts.len(), out.display());
                Ok(())
            }
            Some("site") => {
                let data = args.get(1).ok_or(usage)?;
                let r = read(data)?;
                let text = report_text(data)?;
                let template_path = args.get(2).ok_or(usage)?;
                let template = std::fs::read_to_string(template_path)
                    .map_err(|e| format!("{template_path}: cannot read: {e}"))?;
                let embed_template = args.get(3).ok_or(usage)?;
                let out = Path::new(args.get(4).ok_or(usage)?);
                site(&r, &template, embed_template, out, text.as_deref())
            }
            Some("onefile") => {
                let dir = Path::new(args.get(1).ok_or(usage)?);
                let out = args.get(2).ok_or(usage)?;
                let html = report_charts::bundle::one_file(dir)?;
                std::fs::write(out, &html).map_err(|e| format!("{out}: {e}"))?;
                println!("wrote {out} ({} bytes)", html.len());
                Ok(())
            }
            Some("fingerprint") => {
                let dir = Path::new(args.get(1).ok_or(usage)?);
                for (old, new) in report_charts::bundle::fingerprint(dir)? {
                    println!("{old} -> {new}");
                }
                Ok(())
            }
            Some("og") => {
                let r = read(args.get(1).ok_or(usage)?)?;
                og(&r, Path::new(args.get(2).ok_or(usage)?))
            }
            Some("pages") => {
                let r = read(args.get(1).ok_or(usage)?)?;
                let (www, out) = (
                    Path::new(args.get(2).ok_or(usage)?),
                    Path::new(args.get(3).ok_or(usage)?),
                );
                let fill = |name: &str, f: fn(&str, &Report) -> String| {
                    let t = std::fs::read_to_string(www.join(name))
                        .map_err(|e| format!("{}: cannot read: {e}", www.join(name).display()))?;
                    write(&out.join(name), &f(&t, &r))
                };
                fill("embed.html", report_charts::demo::forwarder)?;
                fill("demo/index.html", report_charts::demo::article)
            }
            Some("resolve") => {
                let path = args.get(1).ok_or(usage)?;
                let out = Path::new(args.get(2).ok_or(usage)?);
                resolved(path, out, args.iter().any(|a| a == "--partial"))
            }
            Some("article") => {
                let r = read(args.get(1).ok_or(usage)?)?;
                article(&r, Path::new(args.get(2).ok_or(usage)?))
            }
            Some("schema") => {
                let out = args.get(1).ok_or(usage)?;
                let schema = schemars::schema_for!(report_charts::raw::ReportFile);
                let text = serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?;
                std::fs::write(out, text + "\n").map_err(|e| format!("{out}: {e}"))?;
                Ok(())
            }
            _ => Err(usage.to_string()),
        }
    }

    pub fn main() -> ExitCode {
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
