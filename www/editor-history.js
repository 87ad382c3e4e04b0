// The undo history as patches (issue 21 §2, "Undo history survives a reload"): a step
// keeps only what it changed, not the whole report. A snapshot of a provincial report
// is about 120,000 characters, so that a second large report's history no longer fit in
// the browser's storage beside the first one's (the tester stopped at 14 steps). A
// confirmation is now a patch of a few dozen characters.
//
// A patch is a list of operations that turns one version of the data file into
// another: `{ p, v }` sets the value at path `p` (an array of keys), `{ p, d: 1 }`
// deletes it, `{ p, at, n, i }` replaces `n` items of the array at `p` from `at` by the
// items `i`, and `{ p, o }` puts the keys of the object at `p` in the order `o`, so that
// undoing writes the file's keys in the order they had (Save writes them as they are).

/** Whether `a` and `b` are the same JSON value, keys in the same order. */
export function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same(a[k], b[k]));
}

/** A copy of JSON value `v` that shares nothing with it. */
export const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The patch that turns JSON value `a` into `b`; its values are `b`'s own (copy `b` first). */
export function diff(a, b, path = [], ops = []) {
  if (same(a, b)) return ops;
  if (Array.isArray(a) && Array.isArray(b)) {
    // Items added, removed or moved change a run of the array: the run alone is kept.
    let start = 0;
    while (start < a.length && start < b.length && same(a[start], b[start])) start += 1;
    let end = 0;
    while (end < a.length - start && end < b.length - start && same(a[a.length - 1 - end], b[b.length - 1 - end])) end += 1;
    const n = a.length - start - end;
    if (n === b.length - start - end) {
      for (let i = start; i < start + n; i += 1) diff(a[i], b[i], [...path, i], ops);
    } else {
      ops.push({ p: path, at: start, n, i: b.slice(start, b.length - end) });
    }
    return ops;
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    for (const k of keys) if (!(k in b)) ops.push({ p: [...path, k], d: 1 });
    for (const k of Object.keys(b)) {
      if (k in a) diff(a[k], b[k], [...path, k], ops);
      else ops.push({ p: [...path, k], v: b[k] });
    }
    // Keys added go last: the order is said when it is not `b`'s.
    const after = [...keys.filter((k) => k in b), ...Object.keys(b).filter((k) => !(k in a))];
    if (after.some((k, i) => k !== Object.keys(b)[i])) ops.push({ p: path, o: Object.keys(b) });
    return ops;
  }
  ops.push({ p: path, v: b });
  return ops;
}

/** Applies patch `ops` to `doc` (changing it) and returns the result (a new root when the root is replaced). */
export function apply(doc, ops) {
  let root = doc;
  for (const op of ops) {
    const value = clone(op.v);
    if (!op.p.length && 'v' in op) {
      root = value;
      continue;
    }
    const parent = op.p.slice(0, -1).reduce((v, k) => v[k], root);
    const last = op.p[op.p.length - 1];
    const at = op.p.length ? parent[last] : root;
    if ('o' in op) {
      const copy = { ...at };
      for (const k of Object.keys(at)) delete at[k];
      for (const k of op.o) if (k in copy) at[k] = copy[k];
    } else if ('at' in op) {
      at.splice(op.at, op.n, ...clone(op.i));
    } else if (op.d) {
      delete parent[last];
    } else {
      parent[last] = value;
    }
  }
  return root;
}

/**
 * Undo or redo stack entries (`{ ops, sel }`, the nearest last) from the whole snapshots
 * the editor stored before (JSON texts of `{ doc, sel }`, the nearest last), given the
 * document they lead back from: a history stored by an older editor still undoes.
 */
export function fromSnapshots(snapshots, doc) {
  const out = [];
  let from = doc;
  for (let i = snapshots.length - 1; i >= 0; i -= 1) {
    let step;
    try {
      step = JSON.parse(snapshots[i]);
    } catch {
      break;
    }
    if (!isObject(step) || !isObject(step.doc)) break;
    out.unshift({ ops: diff(from, step.doc), sel: step.sel || { chart: null, figure: null } });
    from = step.doc;
  }
  return out;
}
