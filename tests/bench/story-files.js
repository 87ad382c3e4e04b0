// What the story page transfers on a first load at 1280 px in the light scheme, as files
// of a built dist/: shared by the size ratchet (size.js) and the browser benchmark
// (page.js, which checks that a real page load fetches exactly these files).
//
// The build fingerprints cacheable assets (style.<hash>.css, pkg/report_charts_bg.<hash>.wasm),
// so each is named here by its unfingerprinted name and found in dist/.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Files every first load fetches, by their names before fingerprinting. */
const ASSETS = [
  'index.html',
  'style.css',
  'app.js',
  'pkg/report_charts_bg.wasm',
  'data/charts.zh.bin',
  'favicon.svg',
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file in `dist` that `logical` became: itself, or `name.<hex hash>.ext`. */
function resolve(dist, logical) {
  const dir = path.dirname(logical);
  const base = path.basename(logical);
  const dot = base.indexOf('.');
  const stem = base.slice(0, dot);
  const ext = base.slice(dot);
  const pattern = new RegExp(`^${escape(stem)}(\\.[0-9a-f]{6,})?${escape(ext)}$`);
  let names;
  try {
    names = fs.readdirSync(path.join(dist, dir));
  } catch (e) {
    throw new Error(`${path.join(dist, dir)}: ${e.code || e.message} (run \`make build\` first)`);
  }
  const found = names.filter((n) => pattern.test(n));
  if (found.length !== 1) {
    const what = found.length ? `${found.length} candidates (${found.join(', ')})` : 'no file';
    throw new Error(`${path.join(dist, logical)}: ${what} in ${path.join(dist, dir)}; run \`make build\``);
  }
  return path.posix.join(dir === '.' ? '' : dir, found[0]);
}

/**
 * Chromium fetches a lazy image only within its load-in distance of the viewport; on a
 * 1280 × 900 first load that is the first five charts (page.js checks this in the browser).
 */
const LAZY_FETCHED = 5;

/**
 * The static SVGs a 1280 px, light-scheme first load fetches: the `<img src>` of every
 * chart's `<picture class="fallback">` (the `<source>`s are for narrow or dark screens),
 * except lazy ones beyond the first LAZY_FETCHED charts (the first chart's loads at once).
 * A chart whose SVG is in the page itself (the first, src/publish/inline_svg.rs) fetches
 * nothing, but counts among the charts near the viewport.
 */
function fallbackSvgs(indexHtml) {
  const out = [];
  let chart = 0;
  for (const m of indexHtml.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)) {
    chart += 1;
    const picture = m[0].match(/<picture class="fallback">([\s\S]*?)<\/picture>/);
    const img = picture && picture[1].match(/<img\b[^>]*\bsrc="([^"]+\.svg)"/);
    if (!img) continue;
    if (/\bloading="lazy"/.test(picture[1]) && chart > LAZY_FETCHED) continue;
    out.push(img[1]);
  }
  return out;
}

/** Every file of a first load, as paths relative to `dist`, in page order. */
function storyFiles(dist) {
  const assets = ASSETS.map((a) => resolve(dist, a));
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [...assets, ...fallbackSvgs(html)];
}

/** The kind of a transferred file, for per-type totals. */
function typeOf(name) {
  const ext = path.extname(new URL(name, 'http://x/').pathname).toLowerCase();
  return (
    { '.html': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js', '.wasm': 'wasm', '.json': 'data', '.bin': 'data', '.svg': 'svg' }[ext] ||
    'other'
  );
}

/** Size of `bytes` after `gzip -9`. */
const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** Raw and gzip bytes of each story file and their totals, by type. */
function measureFiles(dist, files = storyFiles(dist)) {
  const rows = files.map((f) => {
    const bytes = fs.readFileSync(path.join(dist, f));
    return { file: f, type: typeOf(f), raw: bytes.length, gzip: gzipSize(bytes) };
  });
  return { rows, ...totals(rows) };
}

/** Totals of `rows` ({type, raw, gzip}), overall and by type. */
function totals(rows) {
  const byType = {};
  for (const t of ['html', 'css', 'js', 'wasm', 'data', 'svg', 'other']) byType[t] = { count: 0, raw: 0, gzip: 0 };
  const total = { count: 0, raw: 0, gzip: 0 };
  for (const r of rows) {
    for (const acc of [byType[r.type], total]) {
      acc.count += 1;
      acc.raw += r.raw;
      acc.gzip += r.gzip;
    }
  }
  return { byType, total };
}

module.exports = { ASSETS, storyFiles, fallbackSvgs, typeOf, gzipSize, measureFiles, totals };
