// The editor's worker: what would be long tasks on the page's thread (issue 21 §4).
//  - `{ id, draft: text }`: the draft of a pasted report (a few hundred milliseconds on a
//    provincial report), answered `{ id, json }` (the data file `make draft` writes), by
//    the drafter's wasm (editor-drafter.js);
//  - `{ id, name: [place, title, year] }`: the file name of a pasted report nobody named,
//    answered `{ id, slug }`, by the drafter's wasm too (it holds the pinyin of places);
//  - `{ id, whys }`: why each undecided number of the text pane is undecided (`whys` a
//    line each: sentence, number, reason, parted by tabs; editor-whys.js), answered
//    `{ id, whys }` (JSON: `{zh, en}` or null each), by the drafter's wasm (it reads
//    sentences as the draft does);
//  - `{ id, file?, text?, seed?, shown?, json | places + items, words, lang }`: the update of a
//    desk of its own (src/edit/web/desk.rs) after typing, as the page's desk would read
//    it (the review, the marks, the charts that changed), answered `{ id, json, wire? }`
//    with its charts in the resolved file's bytes for the page's desk to draw (only when
//    one of them changed, or the whole file was read: see `update` below), or
//    `{ id, whole: true }` when it cannot patch and needs the whole file. `file` and
//    `text` come when they changed: a new report makes a new desk, which first reads
//    `seed`, the file as the page's desk last read it.
// Any error is answered `{ id, error }`.
//
// An update whose marks changed carries, in place of every line of the text, the lines
// that changed since the marks this worker sent last (`marks_delta`: `{ base, n, lines:
// [[index, line], …] }`, `base` the name of those marks): a typed value changes one or
// two lines of a provincial report's 400, and the page spent some 3.6 ms of a keystroke
// receiving and parsing them all.
import init, { Desk } from './pkg/report_charts_editor.js';
import { drafter } from './editor-drafter.js';

const ready = init({ module_or_path: new URL('pkg/report_charts_editor_bg.wasm', import.meta.url) });

let desk = null;
let deskFile = null;
// The marks this worker sent last (what the page shows, unless its own desk read since):
// their name, the interface language they are worded in, and each line as JSON.
let sent = null;

/** Update `json` (the desk's, as text) with its marks as the lines changed since `sent`. */
function thin(json, words) {
  const update = JSON.parse(json);
  if (!update.marks) return json;
  const lines = update.marks.map((l) => JSON.stringify(l));
  const base = sent;
  sent = { of: update.marks_of, words, lines };
  if (!base || base.words !== words || base.lines.length !== lines.length) return json;
  const changed = [];
  lines.forEach((l, i) => { if (l !== base.lines[i]) changed.push([i, update.marks[i]]); });
  update.marks = null;
  update.marks_delta = { base: base.of, n: lines.length, lines: changed };
  return JSON.stringify(update);
}

/** The update of `m`, by the desk of its file. */
function update(m) {
  if (m.file !== undefined && m.file !== deskFile) {
    desk?.free();
    desk = new Desk(m.file, m.text ?? '', undefined);
    deskFile = m.file;
    sent = null;
    // The file as the page's desk last read it, which the desk's next edit patches.
    if (m.seed !== undefined) desk.update(m.seed, m.words, m.lang);
  } else if (m.text !== undefined) {
    desk.set_text(m.text);
    sent = null;
  }
  if (!desk) throw new Error('the worker has no desk yet');
  if (m.shown) desk.shown_elsewhere(m.shown);
  // The page's desk read since: the page shows its marks, not the ones sent last.
  if (m.shown && m.shown !== sent?.of) sent = null;
  const patched = m.json === undefined;
  const answer = patched ? desk.patch(m.places, m.items, m.words, m.lang) : desk.update(m.json, m.words, m.lang);
  if (answer === undefined) return [{ id: m.id, whole: true }];
  const json = thin(answer, m.words);
  // A patch follows this desk's own last update, whose charts the page's desk holds (any
  // reading on the page since makes the next update here one of the whole file): when no
  // chart changed, the page has nothing to decode or draw, and is sent no bytes. Most
  // keystrokes change no chart (a figure's label, a sentence's words).
  if (patched && !JSON.parse(json).charts?.some((c) => c.changed)) return [{ id: m.id, json }];
  const wire = desk.wire();
  return [{ id: m.id, json, wire }, [wire.buffer]];
}

self.onmessage = async ({ data }) => {
  try {
    if (data.draft !== undefined) {
      self.postMessage({ id: data.id, json: (await drafter()).draft_data(data.draft) });
      return;
    }
    if (data.whys !== undefined) {
      self.postMessage({ id: data.id, whys: (await drafter()).undecided_whys(data.whys) });
      return;
    }
    if (data.name !== undefined) {
      self.postMessage({ id: data.id, slug: (await drafter()).report_slug(...data.name) });
      return;
    }
    await ready;
    self.postMessage(...update(data));
  } catch (e) {
    self.postMessage({ id: data.id, error: e && e.message ? e.message : String(e) });
  }
};
