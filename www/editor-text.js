// The text pane: the report as the draft reads it, each number a button marked charted,
// skipped (with its reason) or undecided. The marks come from the desk's update (when
// they changed; desk::marks), with the draft's reading of the text; this file only lays
// them out and offers choices.
import { el } from './editor-forms.js';

// Each line's element of a text pane laid out (its heading or its sentence's span), by
// the line's place: what `renderText` lays out again when only some lines' marks changed.
const LINES = new WeakMap();

/**
 * Lays out `sentences` (the marks of the desk's update) into `root`. `ui.pickNumber(mark, sentence)`
 * is called for a click on a number. With `before`, the marks `root` shows now, of the
 * same lines, only the lines whose marks changed are laid out again: typing a value
 * changes the marks of its sentence, not of a provincial report's thousand lines (whose
 * whole layout cost such a keystroke some 20 ms).
 */
export function renderText(root, sentences, w, ui, before = null) {
  const shown = LINES.get(root);
  if (before && shown && root.contains(shown[0] ?? null) && sameLines(before, sentences)) {
    let moved = false;
    sentences.forEach((s, si) => {
      if (sameMarks(before[si].marks, s.marks)) return;
      moved = moved || Boolean(shown[si].querySelector('.num[tabindex="0"]'));
      shown[si].replaceChildren(...pieces(s, si, w, ui));
      for (const b of shown[si].querySelectorAll('.num')) b.tabIndex = -1;
    });
    if (moved) tabStop(root);
    return;
  }
  const out = [];
  const lines = [];
  let para = null;
  let at = -1;
  sentences.forEach((s, si) => {
    if (s.heading) {
      const h = el('h3', { class: 'text-heading', 'data-line': si }, ...pieces(s, si, w, ui));
      out.push(h);
      lines.push(h);
      at = -1;
      return;
    }
    // A line the draft leaves out of the text (a dateline, a byline): where it stands,
    // apart, its reason said once for the line (the desk sees every number it pasted).
    if (s.left) {
      const line = el('p', { class: 'text-left', 'data-line': si, 'data-reason': ui.words('skipReasons', 'page') }, ...pieces(s, si, w, ui));
      out.push(line);
      lines.push(line);
      at = -1;
      return;
    }
    if (s.paragraph !== at) {
      para = el('p', { class: 'text-para' });
      out.push(para);
      at = s.paragraph;
    }
    // A table's row is a line of its own (its cells and indent as printed), never run
    // into the row before it.
    const span = el('span', { class: s.row ? 'sentence row' : 'sentence', 'data-sentence': si }, ...pieces(s, si, w, ui));
    para.append(span);
    lines.push(span);
  });
  root.replaceChildren(...out);
  LINES.set(root, lines);
  for (const b of root.querySelectorAll('.num')) b.tabIndex = -1;
  tabStop(root);
  // Arrows move between the numbers (read at the key: lines laid out again have new ones).
  root.onkeydown = (e) => {
    const nums = [...root.querySelectorAll('.num')];
    const i = nums.indexOf(document.activeElement);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: nums.length - 1 }[e.key];
    if (to === undefined || !nums[to]) return;
    e.preventDefault();
    nums[i].tabIndex = -1;
    nums[to].tabIndex = 0;
    nums[to].focus();
  };
}

/** One Tab stop for the whole text: the selected number, else the first. */
function tabStop(root) {
  const current = root.querySelector('.num[aria-pressed="true"]') || root.querySelector('.num');
  if (current) current.tabIndex = 0;
}

/** Whether `a` and `b` are the same lines of the same text (their marks aside). */
function sameLines(a, b) {
  return a.length === b.length && a.every((x, i) => x.text === b[i].text && x.heading === b[i].heading
    && x.paragraph === b[i].paragraph && x.end === b[i].end && x.row === b[i].row && x.left === b[i].left);
}

/** Whether two lines' marks are alike (each mark's fields, its charts' places among them). */
function sameMarks(a, b) {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i];
    const keys = Object.keys(m);
    return keys.length === Object.keys(n).length && keys.every((k) => (Array.isArray(m[k])
      ? Array.isArray(n[k]) && m[k].length === n[k].length && m[k].every((x, j) => x === n[k][j])
      : m[k] === n[k]));
  });
}

/** Presses the numbers of the selected figure, without laying the text out again. */
export function pressMarks(root, sentences, ui) {
  for (const b of root.querySelectorAll('.num')) {
    const m = sentences[b.dataset.sentence]?.marks[b.dataset.mark];
    const pressed = m && ui.isSelected(m) ? 'true' : 'false';
    if (b.getAttribute('aria-pressed') !== pressed) b.setAttribute('aria-pressed', pressed);
  }
}

/**
 * What number `m` of line `s` is, in words: its colour's, a skip's reason, why it is
 * undecided once known (`ui.why`), and whether the desk has yet to confirm it.
 */
function described(m, s, w, ui) {
  const why = ui.why(m, s);
  // Punctuation of the interface's language: 是数字但未上图，待确认 / A figure, in no chart, to confirm.
  return {
    charted: w.charted, figure: w.figureOnly, skipped: `${w.skipped}${w.colon}${ui.words('skipReasons', m.reason)}`,
    undecided: why ? `${w.undecided}${w.colon}${why}` : w.undecided,
  }[m.status] + (m.draft ? `${w.comma}${w.unconfirmed}` : '');
}

/** Says why on the undecided numbers laid out in `root`, once known (editor-whys.js). */
export function explainMarks(root, sentences, w, ui) {
  for (const b of root.querySelectorAll('.num.undecided')) {
    const s = sentences[b.dataset.sentence];
    const m = s?.marks[b.dataset.mark];
    if (!m) continue;
    const what = described(m, s, w, ui);
    if (b.title === what) continue;
    b.title = what;
    b.setAttribute('aria-label', `${m.shown ?? m.number}${w.comma}${what}`);
  }
}

function pieces(s, si, w, ui) {
  const out = [];
  let pos = 0;
  s.marks.forEach((m, mi) => {
    if (m.start > pos) out.push(s.text.slice(pos, m.start));
    const reason = ui.words('skipReasons', m.reason);
    // A figure the draft wrote and the desk has not confirmed says so on its number.
    const draft = m.draft;
    const what = described(m, s, w, ui);
    out.push(el('button', {
      type: 'button', class: `num ${m.status}${draft ? ' draft' : ''}`, 'data-sentence': si, 'data-mark': mi,
      'data-figure': m.figure ?? undefined, 'data-reason': m.status === 'skipped' ? reason : undefined, title: what, 'aria-label': `${m.shown ?? m.number}${w.comma}${what}`,
      'aria-pressed': ui.isSelected(m) ? 'true' : 'false',
      onclick: (e) => ui.pickNumber(m, s, e.currentTarget),
      text: s.text.slice(m.start, m.end),
    }));
    pos = m.end;
  });
  out.push(s.text.slice(pos) + (s.end || ''));
  return out;
}

/** The legend of the marks: each colour with how many numbers of the text it marks. */
export function legend(w, sentences) {
  const count = { charted: 0, figure: 0, skipped: 0, undecided: 0 };
  for (const s of sentences) for (const m of s.marks) count[m.status] += 1;
  return ['charted', 'figure', 'skipped', 'undecided'].flatMap((status) => [
    el('span', { class: `key ${status}`, text: String(count[status]) }),
    ` ${{ charted: w.charted, figure: w.figureOnly, skipped: w.skipped, undecided: w.undecided }[status]} `]);
}

/**
 * The choices for an undecided (or skipped) number, in a panel after `button`'s block:
 * add it as the figure the draft proposes, or skip it with a reason. `proposed`, when
 * given, resolves to the reason the draft would give (the drafter's wasm reads it): it is
 * chosen when it comes unless the desk chose one meanwhile, and a skip waits for it.
 * `why`, when given, resolves to why the number is undecided, said first.
 */
export function offer(button, mark, sentence, w, reasons, actions, proposed = null, why = null) {
  document.querySelector('.offer')?.remove();
  // `reasons`: [name, words] pairs, in the desk's language.
  const select = el('select', { id: 'skip-reason', 'aria-label': w.reason },
    ...reasons.map(([r, words]) => el('option', { value: r, text: words, selected: r === (mark.reason || 'unread') })));
  let chosen = false;
  select.addEventListener('change', () => { chosen = true; });
  const ready = Promise.resolve(proposed).then((r) => {
    if (r && !chosen && reasons.some(([name]) => name === r)) select.value = r;
  }, () => {});
  const close = () => { panel.remove(); button.focus(); };
  // Why the draft left it, when `why` (a promise: the drafter's wasm reads it) says.
  const said = el('p', { class: 'why', hidden: true });
  Promise.resolve(why).then((words) => {
    if (!words) return;
    said.textContent = `${w.undecided}${w.colon}${words}`;
    said.hidden = false;
  }, () => {});
  // The number as the desk reads it, its minus sign included (the skip names its digits).
  const shown = mark.shown ?? mark.number;
  const panel = el('div', { class: 'offer', role: 'group', 'aria-label': shown },
    el('strong', { text: shown }), ' ', said,
    mark.status === 'skipped'
      ? el('button', { type: 'button', id: 'unskip', text: w.unskip, onclick: () => { panel.remove(); actions.unskip(); } })
      : el('button', { type: 'button', id: 'add-figure', text: w.addFigure, onclick: () => { panel.remove(); actions.add(); } }),
    mark.status === 'skipped' ? null : el('span', { class: 'skip-choice' },
      el('label', { for: 'skip-reason', text: `${w.reason} ` }), select,
      el('button', { type: 'button', id: 'skip-number', text: w.skip, onclick: async () => { panel.remove(); await ready; actions.skip(select.value); } })),
    el('button', { type: 'button', text: w.cancel, onclick: close }));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  (button.closest('p, h3') || button).after(panel);
  panel.querySelector('button')?.focus();
}
