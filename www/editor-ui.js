// The editor's actions on what the desk selects and decides, as the panes and the text
// call them: selecting a chart or a figure, confirming, and deciding a number of the text.
import { $, messageOf, lang, w, vocab, store, preview, hooks, status } from './editor-page.js';
import { freshId } from './editor-panes.js';
import { offer } from './editor-text.js';
import { noteConfirmed, drafted } from './editor-publish.js';
import { drafter } from './editor-drafter.js';
import { whyNow, whyOf } from './editor-whys.js';

export const ui = {
  get lang() { return lang; },
  // Choosing a chart shows its figures: the figure form follows to its accent or first figure.
  selectChart(i) {
    const c = store.doc.charts?.[i];
    const fid = c?.accent || c?.figures?.[0];
    const k = (store.doc.figures || []).findIndex((f) => f.id === fid);
    store.select({ chart: i, figure: k >= 0 ? k : null });
    hooks.refresh(true);
    preview.reveal(i);
  },
  selectFigure(k) {
    const fid = store.doc.figures?.[k]?.id;
    const chart = (store.doc.charts || []).findIndex((c) => (c.figures || []).includes(fid));
    store.select({ figure: k, ...(chart >= 0 ? { chart } : {}) });
    hooks.refresh(true);
    $('figure-pane').scrollIntoView({ block: 'nearest' });
    if (chart >= 0) preview.reveal(chart);
  },
  isSelected: (m) => m.figure !== null && m.figure !== undefined && m.figure === store.sel.figure,
  words: (list, name) => vocab?.[list]?.find((v) => v.name === name)?.[lang] ?? name,
  // Why an undecided number is undecided, as far as known (editor-whys.js).
  why: (m, s) => whyNow(m, s, ui.words),
  // Each figure as the pages print it, qualifier included (超1万家, 30余项), in the
  // interface's language, from the one formatter the pages use (the desk's, read with
  // the file the forms are drawn from): like-named figures are told apart by it.
  printedAll: [],
  printed: (k) => ui.printedAll[k] ?? '',
  // Confirming removes the draft's mark: one undo step, like every edit.
  confirmFigure(k) {
    noteConfirmed(store.confirmations, drafted(store.doc, (kind, _, j) => kind === 'figure' && j === k));
    store.edit(null, (d) => { delete d.figures[k].draft; });
  },
  confirmChart(i) {
    const ids = store.doc.charts?.[i]?.figures || [];
    noteConfirmed(store.confirmations, drafted(store.doc, (kind, x, j) => (kind === 'chart' ? j === i : ids.includes(x.id))));
    store.edit(null, (d) => {
      const c = d.charts[i];
      delete c.draft;
      for (const f of d.figures || []) if ((c.figures || []).includes(f.id)) delete f.draft;
    });
  },
  pickNumber(m, sentence, button) {
    if (m.status === 'charted' || m.status === 'figure') { ui.selectFigure(m.figure); return; }
    offer(button, m, sentence, w, vocab.skipReasons.map((r) => [r.name, r[lang]]), {
      add: () => addFigure(m, sentence),
      // An `unread` skip is the draft leaving the number to the desk: deciding replaces it.
      skip: (reason) => store.edit(null, (d) => {
        d.skips = d.skips || [];
        // The desk's reason decides a skip the draft left to check (`draft`) too.
        if (m.skip !== null && m.skip !== undefined) {
          d.skips[m.skip].reason = reason;
          delete d.skips[m.skip].draft;
        }
        else d.skips.push({ number: m.number, sentence: sentence.text, reason });
      }),
      unskip: () => store.edit(null, (d) => { d.skips.splice(m.skip, 1); }),
    }, m.reason ? null : proposedReason(m, sentence), whyOf(m, sentence, ui.words));
  },
};

/**
 * The reason the draft would give for skipping number `m` of `sentence`, by the drafter's
 * wasm (loaded the first time): the editor's own wasm does not read sentences as the
 * draft does. Null where the draft would not skip it.
 */
async function proposedReason(m, sentence) {
  return (await drafter()).skip_reason(sentence.text, m.number) ?? null;
}

/**
 * Adds the figure the draft proposes for number `m` of `sentence`, by the drafter's wasm
 * (loaded the first time).
 */
async function addFigure(m, sentence) {
  let figure;
  try {
    figure = JSON.parse((await drafter()).propose_figure(store.text, JSON.stringify(store.doc), sentence.text, m.number, lang));
  } catch (e) {
    status(messageOf(e));
    return;
  }
  figure.id = (store.doc.figures || []).some((f) => f.id === figure.id) ? freshId(figure.id, store.doc.figures.map((f) => f.id)) : figure.id;
  store.edit(null, (d) => {
    d.figures = d.figures || [];
    // In the report's order: after the last figure of an earlier or the same sentence.
    const at = m.insert_at ?? d.figures.length;
    d.figures.splice(at, 0, figure);
    if (m.skip !== null && m.skip !== undefined) d.skips.splice(m.skip, 1);
    store.sel.figure = at;
  });
}
