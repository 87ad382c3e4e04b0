// 发布 (issue 21 §1): the report's site as a ZIP, written in the browser by the editor's
// wasm with the code of `make build` (src/build/publish.rs). A publish check comes first:
// nothing is published while a problem remains, and what the draft wrote is confirmed
// (after asking) before it goes out. The archive's README says what was confirmed, by when.
//
// Seam: the archive holds what the library writes in wasm today (every chart's SVGs and
// CSVs in each language, the data file and the text). The story pages, embeds, PNGs, long
// image, covers and one-file edition join inside `publish_zip` once the site build is one
// library function; nothing here changes then.

const pad = (n) => String(n).padStart(2, '0');

/** `2026-12-05 21:40 UTC`: the same for every desk, wherever its clock is set. */
export function utc(at) {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/**
 * Records in `log` (the report's confirmations, kept with it) that the figures and
 * charts named by `ids` were confirmed now.
 */
export function noteConfirmed(log, ids) {
  const at = Date.now();
  for (const id of ids) log.push({ id, at });
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

/** The README of the archive: what it holds, and every confirmation with its time. */
export function readme(store, w, at) {
  const { doc, slug } = store;
  const last = new Map();
  for (const c of store.confirmations) last.set(c.id, c.at);
  const lines = [`${slug} · ${w.publishedAt} ${utc(at)}`, '', w.zipHolds, '', `${w.confirmedList}:`];
  let listed = 0;
  for (const [kind, list] of [['figure', doc.figures || []], ['chart', doc.charts || []]]) {
    for (const x of list) {
      const when = last.get(`${kind}:${x.id}`);
      if (x.draft || when === undefined) continue;
      const name = kind === 'figure' ? x.label?.zh : x.title?.zh;
      lines.push(`  ${utc(when)}  ${kind === 'figure' ? w.where.figure : w.where.chart} ${x.id}${name ? `「${name}」` : ''}`);
      listed += 1;
    }
  }
  if (!listed) lines.push(`  ${w.noneConfirmedHere}`);
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
  const name = `${store.slug}.json`;
  download(out, name, 'application/json');
  store.markDownloaded();
  return { done: name };
}

/**
 * Publishes the store's report: refuses while `review` has problems; asks to confirm
 * what is left to confirm, then writes the ZIP. Returns what to tell the desk.
 * `ctx`: { wasm, w, lang, review, confirmAll }.
 */
export function publish(store, ctx) {
  const { wasm, w, lang, review } = ctx;
  if (review.problems.length) return { error: w.publishProblems(review.problems.length) };
  if (review.figures_to_confirm.length + review.charts_to_confirm.length) {
    // eslint-disable-next-line no-alert
    if (!window.confirm(w.publishAsk(review.to_confirm))) return { error: w.publishWaits };
    ctx.confirmAll();
  }
  const at = Date.now();
  let zip;
  try {
    zip = wasm.publish_zip(store.slug, JSON.stringify(store.doc), store.text, readme(store, w, at), lang);
  } catch (e) {
    return { error: e && e.message ? e.message : String(e) };
  }
  const name = `${store.slug}-site.zip`;
  download(zip, name, 'application/zip');
  return { done: name };
}
