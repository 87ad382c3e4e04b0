// Why each undecided number of the text is undecided (tester s-test21 E4: 待决定 alone
// does not say what to look at), in the words `check` uses, by the drafter's wasm
// (src/edit/desk/why.rs): the editor's own wasm does not read sentences as the draft
// does. Asked once per number, in the worker, for the numbers the text pane shows;
// kept in both languages, so that switching asks nothing again.
import { link, lang } from './editor-page.js';
import { whysIn } from './editor-link.js';
import { drafter } from './editor-drafter.js';

// By mark: `{zh, en}`, or null where the drafter gives none.
const known = new Map();
// By mark: the answer on its way.
const asking = new Map();

const keyOf = (m, s) => `${s.text}\n${m.number}\n${m.reason ?? ''}`;

/**
 * Why undecided number `m` of line `s` is undecided, in the interface's language, as far
 * as known now: a skip the draft left for the desk to check says its reason (`words`
 * names it), an `unread` one or none what the drafter answered. Null otherwise.
 */
export function whyNow(m, s, words) {
  if (m.status !== 'undecided') return null;
  if (m.reason && m.reason !== 'unread') return words('skipReasons', m.reason);
  return known.get(keyOf(m, s))?.[lang] ?? null;
}

/**
 * The question as the drafter reads it: a line a number, its sentence, number and reason
 * parted by tabs (a line of the text pane has neither: its whitespace is removed).
 */
export const lines = (asked) => asked.map(([s, n, r]) => `${s}\t${n}\t${r ?? ''}`).join('\n');

/** Asks the drafter about `items` ([mark, line] each) not asked yet: resolves once answered. */
function ask(items) {
  const fresh = new Map();
  for (const [m, s] of items) {
    const key = keyOf(m, s);
    if (!known.has(key) && !asking.has(key)) fresh.set(key, [s.text, m.number, m.reason ?? null]);
  }
  const waits = items.map(([m, s]) => asking.get(keyOf(m, s))).filter(Boolean);
  if (fresh.size) {
    const keys = [...fresh.keys()];
    const asked = [...fresh.values()];
    const here = async () => (await drafter()).undecided_whys(lines(asked));
    const answer = whysIn(link, lines(asked), here).then((json) => {
      JSON.parse(json).forEach((why, i) => known.set(keys[i], why));
    }, () => {
      // The drafter did not answer: those numbers say 待决定 alone, and are not asked again.
      for (const key of keys) known.set(key, null);
    }).finally(() => { for (const key of keys) asking.delete(key); });
    for (const key of keys) asking.set(key, answer);
    waits.push(answer);
  }
  return Promise.all(waits);
}

/**
 * Asks why for the undecided numbers of `lines` (the text pane's) not known yet; calls
 * `answered` once they are, to say it where they are shown.
 */
export function explain(lines, answered) {
  const items = [];
  for (const s of lines) {
    for (const m of s.marks) {
      if (m.status === 'undecided' && (!m.reason || m.reason === 'unread') && !known.has(keyOf(m, s))) items.push([m, s]);
    }
  }
  if (items.length) ask(items).then(answered);
}

/** Why undecided number `m` of line `s` is undecided (see `whyNow`), once known. */
export async function whyOf(m, s, words) {
  if (m.status === 'undecided' && (!m.reason || m.reason === 'unread')) await ask([[m, s]]);
  return whyNow(m, s, words);
}
