// Shared by the page tests: the data file as built, a recorder of console and page
// errors, and a reader of every chart canvas's size and ink.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
/** The report the site was built from (`make build REPORT=…`). */
const REPORT = process.env.REPORT || 'xihu-2024';
/** The data file, as its problems name it. */
const SOURCE = `data/${REPORT}.json`;
/** The resolved charts file the Chinese page fetches (and names in error messages). */
const DATA = 'data/charts.zh.bin';

/** The data file exactly as deployed, as text. */
function reportText() {
  return fs.readFileSync(path.join(DIST, SOURCE), 'utf8');
}

/**
 * The charts file that `make build` would write from the data `text`, broken charts kept
 * as their problems (the native command's `resolve --partial`), as bytes.
 */
function resolvedFrom(text, lang = 'zh') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-charts-'));
  try {
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, SOURCE), text);
    execFileSync(path.join(ROOT, 'target', 'debug', 'report-charts'), ['resolve', SOURCE, 'out', '--partial'], {
      cwd: dir,
      stdio: 'pipe',
    });
    return fs.readFileSync(path.join(dir, 'out', `charts.${lang}.bin`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The charts file exactly as deployed, as bytes. */
function resolvedBytes(lang = 'zh') {
  return fs.readFileSync(path.join(DIST, 'data', `charts.${lang}.bin`));
}

/** The data file exactly as deployed, parsed. */
function report() {
  return JSON.parse(reportText());
}

/**
 * Records every console error and warning and every uncaught page error from now on.
 * Nothing is filtered here: a test that expects a message says so itself.
 */
function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      const { url, lineNumber } = m.location();
      problems.push({ kind: `console.${m.type()}`, text: m.text(), url: url || '', where: `${url}:${lineNumber}` });
    }
  });
  page.on('pageerror', (e) => problems.push({ kind: 'pageerror', text: `${e.name}: ${e.message}`, url: '', where: '' }));
  return problems;
}

/** One line per problem, for readable assertion diffs. */
const describeProblems = (problems) => problems.map((p) => `${p.kind}: ${p.text} ${p.where}`.trim());

/** Opens the story and waits until app.js has said how many charts it drew. */
async function openStory(page, query = '') {
  await page.goto(`./${query}`);
  // ?lang=en forwards to the English page, en/.
  if (/[?&]lang=en(&|#|$)/.test(query)) await page.waitForURL(/\/en\/([?#]|$)/);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, {
    timeout: 20_000,
  });
}

/**
 * Resolves once the page's next two frames have run: whatever an act (a click, a key)
 * asked a frame for has run too, as frames run in the order they were asked for. For an
 * act whose own state was already true before it (a focused number's tooltip before
 * Enter), where no state of the page can say that the act's frame has run.
 */
const afterFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Every chart canvas: whether it is hidden, its CSS and backing-store sizes, and the
 * share of its pixels that differ from its top-left (background) pixel.
 */
function canvases(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure[data-chart]')].map((figure) => {
      const c = figure.querySelector('canvas');
      let ink = 0;
      let background = null;
      if (c && c.width > 0 && c.height > 0) {
        // Read through a copy: repeated getImageData on the chart's own context would make
        // Chromium log a willReadFrequently warning that the page itself never causes.
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const ctx = copy.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(c, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        background = [d[0], d[1], d[2], d[3]];
        let differ = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differ += 1;
        }
        ink = differ / (d.length / 4);
      }
      return {
        id: figure.dataset.chart,
        hidden: !c || c.hidden,
        clientWidth: c ? c.clientWidth : 0,
        width: c ? c.width : 0,
        height: c ? c.height : 0,
        expectedWidth: c ? Math.round(c.clientWidth * window.devicePixelRatio) : 0,
        dpr: window.devicePixelRatio,
        ink,
        background,
      };
    }),
  );
}

/** Ids of the canvases whose backing store is not their CSS width times the pixel ratio. */
async function unsharp(page) {
  return (await canvases(page))
    .filter((c) => c.width !== c.expectedWidth || c.clientWidth === 0)
    .map((c) => `${c.id}: backing ${c.width}px, CSS ${c.clientWidth}px × ${c.dpr} = ${c.expectedWidth}px`);
}

module.exports = { DATA, SOURCE, REPORT, resolvedFrom, resolvedBytes, report, reportText, watchProblems, describeProblems, openStory, afterFrames, canvases, unsharp };
