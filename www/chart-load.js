// Loading, shared by every place a chart appears (charts.js): the wasm and the charts
// file, once per base URL, inlined in the one-file edition or fetched; and the error box a
// chart shows when either fails.
import init, { Charts } from './pkg/report_charts.js';

export const WORDS = {
  zh: {
    failed: '此图表无法显示：', load: '图表数据无法载入：', wasm: '图表程序无法载入，显示的是静态图：', source: '原文：',
    sep: '：', comma: '，', stop: '。',
  },
  en: {
    failed: 'This chart cannot be shown: ', load: 'The chart data could not be loaded: ',
    wasm: 'The chart program could not be loaded; showing the static chart: ',
    source: 'Source sentence: ', sep: ': ', comma: ', ', stop: '. ',
  },
};

export const messageOf = (e) => (e && e.message ? e.message : String(e));

/**
 * The charts file of `lang` as the page names it (`<html data-charts-zh="…">`, written
 * by the build from src/publish/files.rs), relative to the scripts' folder.
 */
export const chartsFile = (lang, root = document.documentElement) => root.dataset[lang === 'en' ? 'chartsEn' : 'chartsZh'];

/** The story page's wasm, relative to the scripts' folder (the build hashes its name here too). */
export const READER_WASM = 'pkg/report_charts_bg.wasm';

/**
 * The reader's wasm as the page names it (`<html data-wasm="…">`, written by the build,
 * relative to the scripts' folder): the indicators' pages name the build that also draws
 * the register's kinds; every other page loads the story page's own.
 */
export const wasmFile = (root = document.documentElement) => root.dataset.wasm ?? READER_WASM;

/** Reads bytes embedded in the one-file edition, if this is it. */
function inlined(id) {
  const el = document.getElementById(id);
  return el ? base64ToBytes(el.textContent) : null;
}

const base64ToBytes = (text) => Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));

const loads = new Map();
const programs = new Map();

/**
 * The folder this script was served from: where pkg/, data/ and svg/ are. In the
 * one-file edition the module may be a data: URL, which has no folder: use the page's.
 */
export const BASE = import.meta.url.startsWith('data:')
  ? new URL('./', document.baseURI)
  : new URL('./', import.meta.url);

/** Starts the wasm `file` once per base URL. */
function program(base, file) {
  const key = `${base} ${file}`;
  if (!programs.has(key)) {
    const wasm = inlined('report-charts-wasm');
    programs.set(key, init({ module_or_path: wasm ?? new URL(file, base) }).catch((e) => {
      throw loadError(e, 'wasm');
    }));
  }
  return programs.get(key);
}

/**
 * Loads the wasm and the charts of `lang` once per base URL; every chart on the page
 * shares them. `name` is the charts file as the build named it, and `wasm` the program,
 * both relative to `base`.
 */
export function load(base = BASE, lang = 'zh', name = chartsFile(lang), wasm = wasmFile()) {
  const key = `${base} ${name} ${wasm}`;
  if (!loads.has(key)) {
    loads.set(key, (async () => {
      const fetchData = async () => {
        if (!name) throw new Error(`charts (${lang}): not named by the page`);
        const response = await fetch(new URL(name, base));
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      };
      const data = inlined(`report-charts-data-${lang}`);
      const [, bytes] = await Promise.all([program(base, wasm), data ?? fetchData().catch((e) => {
        throw loadError(e, 'data');
      })]);
      try {
        // A canvas of our own to measure text with: the page's CSS cannot reach it.
        return new Charts(name, bytes, document.createElement('canvas'));
      } catch (e) {
        throw loadError(e, 'data');
      }
    })());
  }
  return loads.get(key);
}

/**
 * Tags a loading failure: 'static' when this browser or the host page's security policy
 * will not run WebAssembly (the SVGs are the whole chart: nothing to report),
 * 'wasm' when the program failed to arrive, 'data' for the data file.
 */
function loadError(e, kind) {
  const err = e instanceof Error ? e : new Error(String(e));
  // Only a refusal to run WebAssembly at all is quiet; a corrupt or missing file is an error.
  const blocked = typeof WebAssembly !== 'object'
    || /unsafe-eval|Content Security Policy/i.test(err.message);
  err.kind = kind === 'wasm' && blocked ? 'static' : kind;
  return err;
}

/** Shows what failed to load in every figure; says nothing when the static SVGs stand in. */
export function showLoadError(figures, e, lang) {
  if (e?.kind === 'static') {
    console.info('report-charts: WebAssembly cannot run here; showing the static charts.', e.message);
    return;
  }
  const words = WORDS[lang === 'en' ? 'en' : 'zh'];
  const prefix = e?.kind === 'wasm' ? words.wasm : words.load;
  for (const f of figures) showError(f, prefix + messageOf(e));
}

/** Puts an error box above a chart's plot, keeping the static SVG visible. */
export function showError(figure, message) {
  let box = figure.querySelector('.chart-error');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-error';
    box.setAttribute('role', 'alert');
    figure.querySelector('.plot').before(box);
  }
  box.textContent = message;
}
