// Form fields bound to JSON paths of the data file, each given as its steps
// (`['figures', 3, 'value']`): each control carries its path's name (`data-path`, `key`),
// so that a problem, whose path comes as steps too, finds its field.
import { key, valueAt, setAt } from './editor-state.js';

/**
 * What the desk typed into a number field that is no number, by the field's path's name:
 * `{ at, text, last }`, `at` the field's steps, `last` the value the file keeps meanwhile. Each is a problem of the
 * one list (editor.js) until the field reads as a number again: the value is never lost
 * to a typo, and never silently.
 */
export const unreadable = new Map();

// Forms laid out again under the desk's focus (another tab's write followed, an undo)
// replace the field in focus, and the browser fires that field's blur and change as it
// removes it. That is no leaving of the field: what a field does when left waits until
// the focus is put back (`refocus`, which every layout of the forms ends with), and goes
// to the new field if the focus is in it.
let replacing = false;
let leftOver = null;

/** Runs `lay`, which replaces forms: the blurs and changes it fires are not the desk's. */
export function replaceForms(lay) {
  replacing = true;
  try {
    lay();
  } finally {
    replacing = false;
  }
}

/**
 * Whether forms are being replaced; if so, `held` waits: `{ path, adopt(control), leave() }`,
 * the field's path, what hands its visit to the new field, and what leaving it does.
 */
export function replacedNow(held) {
  if (replacing) leftOver = held;
  return replacing;
}

/** After forms were replaced and the focus put back: the field replaced is left now, or its visit goes on in the new one. */
function settleReplaced() {
  const held = leftOver;
  leftOver = null;
  if (!held) return;
  const now = document.activeElement;
  if (now?.dataset?.path === held.path) held.adopt(now);
  else held.leave();
}

/** The element id of the control named `name` (a path's `key`). */
export const fieldId = (name) => `f-${name.replace(/[^a-z0-9]+/gi, '-')}`;

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/**
 * A labelled control for the value at `at` (a path's steps) of the store's document.
 * `opts.type`: 'text' (default), 'number', 'select' (with `opts.options`, [value, label]
 * pairs, '' for none), 'area'. `opts.optional`: an empty value deletes the key.
 * `opts.onSet(doc, value)` replaces the plain write, for values that move others along.
 */
export function field(store, label, at, opts = {}) {
  const path = key(at);
  const id = fieldId(path);
  const current = valueAt(store.doc, at);
  let control;
  if (opts.type === 'select') {
    control = el('select', { id });
    for (const [value, text] of opts.options) {
      control.append(el('option', { value, text, selected: String(current ?? '') === value }));
    }
  } else if (opts.type === 'area') {
    control = el('textarea', { id, rows: 2 });
    control.value = current ?? '';
  } else {
    control = el('input', {
      id, type: 'text', spellcheck: 'false',
      inputmode: opts.type === 'number' ? 'decimal' : undefined,
    });
    control.value = unreadable.get(path)?.text ?? current ?? '';
  }
  if (opts.readonly) control.readOnly = true;
  control.dataset.path = path;
  const commit = (e) => {
    let value = control.value;
    if (opts.type === 'number') {
      const n = Number(value.trim());
      const was = unreadable.delete(path);
      if (value.trim() === '') {
        // Emptied: the value goes when the desk leaves the field, not at the keystroke
        // that empties it on the way to typing another.
        if (e.type === 'input') {
          if (was) store.onChange({ structural: false });
          return;
        }
        value = undefined;
      } else if (!Number.isFinite(n)) {
        unreadable.set(path, { at, text: value.trim(), last: valueAt(store.doc, at) });
        store.onChange({ structural: false });
        return;
      } else value = n;
    } else if (opts.optional && value === '') value = undefined;
    const structural = opts.type === 'select';
    store.edit(at, (doc) => (opts.onSet ? opts.onSet(doc, value) : setAt(doc, at, value)), structural);
  };
  control.addEventListener(opts.type === 'select' ? 'change' : 'input', commit);
  if (opts.type === 'number') {
    control.addEventListener('change', (e) => { if (!replacing && control.value.trim() === '') commit(e); });
  }
  return el('div', { class: `field${opts.wide ? ' wide' : ''}` }, el('label', { for: id, text: label }), control);
}

/** Two fields side by side (zh and en of one text). */
export const pair = (a, b) => el('div', { class: 'pair' }, a, b);

/** Options of a closed list, with a first "none" choice when `none` is given. */
export function options(list, none) {
  const out = list.map((v) => (Array.isArray(v) ? v : [v, v]));
  return none === undefined ? out : [['', none], ...out];
}

/**
 * Puts each problem next to its field: the control whose path is the problem's, or
 * the nearest one above it (`charts[2].figures` goes beside the chart's figure list).
 */
export function annotate(root, problems) {
  root.querySelectorAll('.field-problem.inline').forEach((p) => p.remove());
  root.querySelectorAll('[data-path][aria-describedby]').forEach((c) => {
    c.removeAttribute('aria-describedby');
    c.removeAttribute('aria-invalid');
  });
  const controls = new Map([...root.querySelectorAll('[data-path]')].map((c) => [c.dataset.path, c]));
  problems.forEach((p, i) => {
    const control = nearest(controls, p.path);
    if (!control) return;
    // A figure that says what its sentence does not is flagged; a broken rule is a problem.
    const note = el('p', { class: `field-problem inline${p.about === 'text' ? ' flag' : ''}`, id: `fp-${i}`, text: p.message });
    const ids = [control.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', ids);
    control.setAttribute('aria-invalid', 'true');
    // Below the pair a field stands in, so that its neighbour keeps its place.
    const field = control.closest('.field, .fig-row, .group') || control;
    (field.parentElement?.classList.contains('pair') ? field.parentElement : field).after(note);
    control.closest('details')?.setAttribute('open', '');
  });
}

/** The control of path `steps` in `controls` (by `key`), or of the nearest path above it that has one. */
export function nearest(controls, steps) {
  for (let n = steps.length; n > 0; n -= 1) {
    const control = controls.get(key(steps.slice(0, n)));
    if (control) return control;
  }
  return null;
}

/** What names a control across a redraw of the forms, so that focus stays where it was. */
export function focusKey(e) {
  if (!e || e === document.body) return null;
  if (e.id) return `#${e.id}`;
  if (e.classList.contains('num')) return `num|${e.dataset.sentence}|${e.dataset.mark}`;
  // The figure rows' buttons name their figure: they keep focus as the figure moves.
  if (e.getAttribute('aria-label')) return `label|${e.getAttribute('aria-label')}`;
  return `${e.closest('[data-path]')?.dataset.path ?? ''}|${e.textContent}`;
}

/**
 * Focuses again the control `focusKey` named before a redraw, unless focus moved meanwhile;
 * then a field replaced under the focus is left, or its visit goes on (`settleReplaced`).
 */
export function refocus(named) {
  if (named && document.activeElement === document.body) {
    const found = named.startsWith('#') ? document.getElementById(named.slice(1))
      : [...document.querySelectorAll('.edit-pane button, .edit-pane select, #text .num')].find((e) => focusKey(e) === named);
    if (found?.classList.contains('num')) {
      document.querySelectorAll('#text .num[tabindex="0"]').forEach((n) => { n.tabIndex = -1; });
      found.tabIndex = 0;
    }
    found?.focus({ preventScroll: true });
  }
  settleReplaced();
}
