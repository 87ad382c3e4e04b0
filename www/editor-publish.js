// 发布 (issue 21 §1): the report's whole site as a ZIP, built in the browser by the editor's
// wasm with the site build of `make build` (src/publish/archive.rs, src/publish/site/), from the
// assets of the site this editor was served from (its publish.json). The wasm lists every
// image as an SVG; this page draws each onto a canvas with its own fonts and hands the PNG
// back. A publish check comes first: nothing is published while a problem remains, and what
// the draft wrote is confirmed (after asking) before it goes out. The archive's README says
// what was confirmed, by when. Single files (a chart's PNG, its embed code, the long image)
// come from the same sketches. The site build is a wasm of its own (the publisher's,
// src/edit/press.rs), loaded the first time the desk publishes: the editor's wasm stays small.
import initPress, * as glue from './pkg/report_charts_publish.js';
import { lazyWasm } from './editor-lazy.js';

/** The publisher's wasm, loaded once. */
const publisher = lazyWasm(initPress, glue, 'pkg/report_charts_publish_bg.wasm');

const pad = (n) => String(n).padStart(2, '0');

/** `2026-12-05 21:40 UTC`: the same for every desk, wherever its clock is set. */
export function utc(at) {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/**
 * Records in `log` (the report's confirmations, kept with it) that the figures and
 * charts named by `ids` were confirmed now: `how` is 'one' when the desk confirmed each
 * (a figure, or a chart with its figures), 'all' when one click confirmed everything
 * left (全部确认, or yes to 发布's question). The README tells the two apart.
 */
export function noteConfirmed(log, ids, how = 'one') {
  const at = Date.now();
  for (const id of ids) log.push({ id, at, how });
}

/** The ids of what `doc` marks as drafted, as `figure:ID` and `chart:ID`. */
export function drafted(doc, only = null) {
  const ids = [];
  for (const [kind, list] of [['figure', doc.figures || []], ['chart', doc.charts || []]]) {
    list.forEach((x, i) => {
      if (x.draft && (!only || only(kind, x, i))) ids.push(`${kind}:${x.id}`);
    });
  }
  return ids;
}

/**
 * The README of the archive, in the interface's language `lang`: what it holds, then what
 * the desk confirmed one by one and, apart, what was confirmed all at once without being
 * checked one by one, each with its time, named by its label or title in that language
 * (the Chinese where it has none) in that language's quotation marks.
 */
export function readme(store, w, at, lang = 'zh') {
  const { doc, slug } = store;
  const last = new Map();
  for (const c of store.confirmations) last.set(c.id, c);
  const one = [];
  const all = [];
  for (const [kind, list] of [['figure', doc.figures || []], ['chart', doc.charts || []]]) {
    for (const x of list) {
      const c = last.get(`${kind}:${x.id}`);
      if (x.draft || c === undefined) continue;
      const text = kind === 'figure' ? x.label : x.title;
      const name = text?.[lang] || text?.zh;
      const line = `  ${utc(c.at)}  ${kind === 'figure' ? w.where.figure : w.where.chart} ${x.id}${name ? w.quoted(name) : ''}`;
      (c.how === 'all' ? all : one).push(line);
    }
  }
  const lines = [`${slug} · ${w.publishedAt} ${utc(at)}`, '', w.zipHolds, '', `${w.confirmedList}${w.colon}`];
  lines.push(...(one.length ? one : [`  ${w.noneConfirmedHere}`]));
  if (all.length) lines.push('', `${w.confirmedAllList(all.length)}${w.colon}`, ...all);
  lines.push('');
  return lines.join('\n');
}

/** Offers `bytes` as a download named `name`. */
export function download(bytes, name, type) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bytes], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Save: the data file as the repository's files are written, downloaded as `SLUG.json`. */
export function saveJson(store, wasm) {
  let out;
  try {
    out = wasm.format_data(JSON.stringify(store.doc));
  } catch (e) {
    return { error: e && e.message ? e.message : String(e) };
  }
  const name = JSON.parse(wasm.file_names(store.slug)).data;
  download(out, name, 'application/json');
  store.markDownloaded();
  return { done: name };
}

/** `sketch` (a scene as SVG, src/publish/archive.rs `Sketch`) drawn as a PNG file. */
export async function rasterise(sketch) {
  const url = URL.createObjectURL(new Blob([sketch.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = sketch.width;
    canvas.height = sketch.height;
    const g = canvas.getContext('2d');
    g.fillStyle = sketch.background;
    g.fillRect(0, 0, sketch.width, sketch.height);
    g.drawImage(img, sketch.x, sketch.y, sketch.w, sketch.h);
    const blob = await new Promise((done, fail) => {
      canvas.toBlob((b) => (b ? done(b) : fail(new Error(`${sketch.path}: no PNG`))), 'image/png');
    });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The sketches of the store's report whose path passes `only` (`wasm`: the publisher's). */
function sketches(store, wasm, lang, only = () => true) {
  const measure = document.createElement('canvas');
  const all = JSON.parse(wasm.publish_sketches(store.slug, JSON.stringify(store.doc), store.text, lang, measure));
  return all.filter((s) => only(s.path));
}

const message = (e) => (e && e.message ? e.message : String(e));

/** Fetches `path` of the site this editor was served from, as bytes. */
async function fetched(path, w) {
  const r = await fetch(new URL(path, document.baseURI));
  if (!r.ok) throw new Error(w.publishNoSite(path));
  return new Uint8Array(await r.arrayBuffer());
}

/** The whole site of the store's report as a ZIP; `progress(done, total)` as images are drawn. */
export async function siteZip(store, ctx, readmeText) {
  const { w, lang, progress = () => {} } = ctx;
  const wasm = await publisher();
  const manifest = new TextDecoder().decode(await fetched(JSON.parse(ctx.wasm.file_names(store.slug)).publish, w));
  const press = new wasm.Press(manifest);
  try {
    for (const [name, served] of JSON.parse(press.assets())) press.asset(name, await fetched(served, w));
    const list = sketches(store, wasm, lang);
    for (const [i, s] of list.entries()) {
      press.image(s.path, await rasterise(s));
      progress(i + 1, list.length);
    }
    return press.zip(store.slug, JSON.stringify(store.doc), store.text, readmeText, lang);
  } finally {
    press.free();
  }
}

/**
 * Publishes the store's report: refuses while `review` has problems that block; asks to confirm
 * what is left to confirm, then writes the ZIP of its whole site. Resolves to what to
 * tell the desk. `ctx`: { w, lang, review, confirmAll, progress }.
 */
export async function publish(store, ctx) {
  const { w, review } = ctx;
  // Refusals as words of the table and of the review as it is when they are shown: they
  // follow the desk's switch of language, and every update (the count of problems left,
  // nothing once none is).
  // Only check's errors, a number its sentence does not print and the draft's placeholders
  // refuse 发布 (review.blocking); the other warnings stay listed and never stop a desk with
  // no honest fix (tester s-test20 E4). A wrong number is named, with the sentence's
  // (review.refusal, worded by the wasm): the desk learns what would have been published.
  const refused = (words, r) => r.refusal || (r.blocking ? words.publishProblems(r.blocking) : '');
  if (review.blocking) return { error: refused };
  // Numbers of the text left undecided are on no chart and in no list of the page: the
  // desk may publish without them, but is asked first.
  // eslint-disable-next-line no-alert
  if (review.undecided && !window.confirm(w.publishUndecidedAsk(review.to_decide))) {
    return { error: (words, r) => (r.undecided ? words.publishDecideFirst : '') };
  }
  const unconfirmed = (r) => r.figures_to_confirm.length + r.charts_to_confirm.length;
  if (unconfirmed(review)) {
    // eslint-disable-next-line no-alert
    if (!window.confirm(w.publishAsk(review.to_confirm))) return { error: (words, r) => (unconfirmed(r) ? words.publishWaits : '') };
    ctx.confirmAll();
  }
  let zip;
  try {
    zip = await siteZip(store, ctx, readme(store, w, Date.now(), ctx.lang));
  } catch (e) {
    return { error: message(e) };
  }
  const name = JSON.parse(ctx.wasm.file_names(store.slug)).site;
  download(zip, name, 'application/zip');
  // The ZIP holds the data file: 最近的报告 no longer says 有未下载的修改.
  store.markDownloaded();
  return { done: name };
}

// --- single files ------------------------------------------------------------------------

/** Chart `id`'s article image (1080 px wide, as `png/ID.png` of the site), downloaded. */
export async function chartPng(store, ctx, id) {
  const { lang, previewLang } = ctx;
  const path = ctx.wasm.chart_png(id, previewLang);
  try {
    const wasm = await publisher();
    const [s] = sketches(store, wasm, lang, (p) => p === path);
    if (!s) return { error: ctx.w.oneMissing(path) };
    const name = path.slice(path.lastIndexOf('/') + 1);
    download(await rasterise(s), name, 'image/png');
    return { done: name };
  } catch (e) {
    return { error: message(e) };
  }
}

/** The long image alone: its slices in reading order, as a ZIP (`long/zh.zip` of the site). */
export async function longImage(store, ctx) {
  const { lang, previewLang } = ctx;
  const { long } = JSON.parse(ctx.wasm.file_names(store.slug));
  const { slices, zip } = long[previewLang === 'en' ? 'en' : 'zh'];
  try {
    const wasm = await publisher();
    const archive = new wasm.Archive();
    try {
      for (const s of sketches(store, wasm, lang, (p) => p.startsWith(slices))) {
        archive.add(s.path.slice(long.folder.length), await rasterise(s));
      }
      download(archive.zip(), zip, 'application/zip');
      return { done: zip };
    } finally {
      archive.free();
    }
  } catch (e) {
    return { error: message(e) };
  }
}

/**
 * Chart `id`'s embed code for the site this editor serves (or the address it was built
 * for), as the story page offers it: a placeholder and the embed script.
 */
export async function embedCode(id, store, ctx) {
  const names = JSON.parse(ctx.wasm.file_names(store.slug));
  let root = new URL('.', document.baseURI).href;
  try {
    const r = await fetch(new URL(names.publish, document.baseURI));
    if (r.ok) root = (await r.json()).site || root;
  } catch { /* the editor's own address */ }
  const en = ctx.previewLang === 'en' ? ' data-lang="en"' : '';
  return `<div data-report-chart="${id}"${en}></div>\n<script type="module" src="${new URL(names.embed_script, root).href}"></script>`;
}

/**
 * The single-file tools in `box`: a chart and a language to pick, and a button each for
 * the chart's PNG, its embed code (copied) and the long image. `run(job)` runs a job's
 * promise and tells the desk its result.
 */
export function renderOne(box, store, w, run) {
  const pick = (id, label, options) => {
    const wrap = document.createElement('label');
    wrap.htmlFor = id;
    wrap.textContent = label;
    const select = document.createElement('select');
    select.id = id;
    for (const [value, text] of options) select.append(new Option(text, value));
    return [wrap, select];
  };
  const charts = (store.doc?.charts || []).map((c) => [c.id, c.title?.zh || c.title?.en || c.id]);
  const [chartL, chart] = pick('one-chart', w.oneChart, charts);
  const [langL, lang] = pick('one-lang', w.oneLang, [['zh', w.zh], ['en', w.en]]);
  const button = (id, text, job) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.textContent = text;
    b.disabled = !charts.length && id !== 'one-long';
    b.addEventListener('click', () => run(job(chart.value, lang.value)));
    return b;
  };
  box.replaceChildren(
    chartL, chart, langL, lang,
    button('one-png', w.onePng, (id, l) => ['png', id, l]),
    button('one-embed', w.oneEmbed, (id, l) => ['embed', id, l]),
    button('one-long', w.oneLong, (id, l) => ['long', id, l]),
  );
}

/** Runs single-file job `[what, chart id, language]`; resolves to what to tell the desk. */
export async function runOne([what, id, previewLang], store, ctx) {
  const c = { ...ctx, previewLang };
  if (what === 'png') return chartPng(store, c, id);
  if (what === 'long') return longImage(store, c);
  const code = await embedCode(id, store, c);
  try {
    await navigator.clipboard.writeText(code);
    return { done: code, copied: true };
  } catch {
    // No clipboard (an insecure page, or refused): the code is shown to copy by hand.
    return { done: code, copied: false };
  }
}
