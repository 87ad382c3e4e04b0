// A drafted title follows a relabel (issue 21 §3, tester's bug 9). The draft writes a
// chart's title from its figures' labels (地区生产总值286.4亿元，增长6.2%); when the desk
// relabels a figure of a chart the draft proposed and the desk has not confirmed
// (`draft: true`), the title's words that named the old label name the new one, so that
// the desk is never left with a title naming a label no figure of its chart has. A
// confirmed chart's title is the desk's own, and stays as the desk wrote it; so does a
// title another figure of its chart may name by the old label (issue 18 §4, C2), and one
// where the wasm cannot tell the old label from a word of a change or of the unit
// (`title_follows`, src/edit/desk/retitle.rs `follow`; tester s-test20 E2): its chart
// remembers the label below, and `check` flags it.
import { title_names, title_follows } from './pkg/report_charts_editor.js';

/**
 * The titles in `lang` of the drafted charts of `doc` that draw figure `fid`, as they
 * read with label `old` relabelled `now`: `[[chart index, title]]`, only those that change.
 */
export function retitles(doc, fid, lang, old, now) {
  const byId = new Map((doc.figures || []).map((f) => [f.id, f]));
  const out = [];
  (doc.charts || []).forEach((c, i) => {
    if (!c.draft || !(c.figures || []).includes(fid)) return;
    const title = c.title?.[lang];
    // Another figure of the chart still has the old label (a target beside last year's
    // result): the title may name that one, and must not say the new label of it.
    if ((c.figures || []).some((x) => x !== fid && byId.get(x)?.label?.[lang] === old)) return;
    const others = (c.figures || []).filter((x) => x !== fid).map((x) => byId.get(x)?.label?.[lang] || '');
    const next = title_follows(title || '', old, now, others, byId.get(fid)?.unit?.[lang] || '', lang);
    if (next && next !== title) out.push([i, next]);
  });
  return out;
}

// What a title was written for (issue 18 §4, tester s-test16 C4). A confirmed title
// stays as the desk wrote it through a relabel, and may then name a label no figure
// has: the chart's `title_for` remembers that label by figure id (data/README.md), so
// that `check`, and the editor after a reload, find the title until it names the figure
// as it is now. The first label is kept through later relabels; one the desk puts back
// is forgotten, and so is one a title written since no longer names.
//
// Whether a title names a label is the check's own rule, asked of the editor's wasm
// (`title_names`, src/check/validate/title_for.rs `names`): a label inside a longer label
// of the chart is not named (工业投资 names no 投资), an English one is named as whole
// words in any case, a plural after it. Plain containment here once kept a label the
// check no longer saw named, which a later relabel turned into a stale title
// (tests/truth/title-for-cases.json holds the cases both sides read).

/** The labels in `lang` of chart `c`'s figures in `doc`. */
function labels(doc, c, lang) {
  const byId = new Map((doc.figures || []).map((f) => [f.id, f]));
  return (c.figures || []).map((x) => byId.get(x)?.label?.[lang]).filter(Boolean);
}

/** Whether chart `c` of `doc` has a title in `lang` that names `old` as itself. */
function names(doc, c, lang, old) {
  return title_names(c.title?.[lang] || '', old, labels(doc, c, lang), lang);
}

/** Chart `c` remembering `old`, figure `fid`'s label in `lang`, unless it remembers one. */
function remember(c, fid, lang, old) {
  if (c.title_for?.[fid]?.[lang]) return;
  c.title_for = { ...(c.title_for || {}), [fid]: { ...(c.title_for?.[fid] || {}), [lang]: old } };
}

/** Chart `c` without what it remembers that `drop(fid, side, label)` says to drop. */
function forget(c, drop) {
  for (const [fid, was] of Object.entries(c.title_for || {})) {
    for (const side of Object.keys(was)) if (drop(fid, side, was[side])) delete was[side];
    if (!Object.keys(was).length) delete c.title_for[fid];
  }
  if (c.title_for && !Object.keys(c.title_for).length) delete c.title_for;
}

/**
 * The charts of `doc` that draw figure `fid`, after its relabel from `old` to `now` in
 * `lang` (and the drafted titles rewritten): each whose title still names `old`
 * remembers it; a label put back is forgotten.
 */
export function relabel(doc, fid, lang, old, now) {
  if (!old || old === now) return;
  for (const c of doc.charts || []) {
    if (!(c.figures || []).includes(fid)) continue;
    forget(c, (x, side, was) => x === fid && side === lang && was === now);
    if (names(doc, c, lang, old)) remember(c, fid, lang, old);
  }
}

/** The charts of `doc` that drew figure `gone`, just deleted from its figures, remembering its label. */
export function unfigure(doc, gone) {
  for (const c of doc.charts || []) {
    if (!(c.figures || []).includes(gone.id)) continue;
    for (const lang of ['zh', 'en']) {
      const old = gone.label?.[lang];
      if (old && names(doc, c, lang, old)) remember(c, gone.id, lang, old);
    }
  }
}

/** Chart `c` of `doc`, its title in `lang` just written: forgets each label the title no longer names. */
export function retitled(doc, c, lang) {
  forget(c, (_, side, was) => side === lang && !names(doc, c, lang, was));
}

/** The charts of `doc` following figure `old`'s new id `now`. */
export function renamed(doc, old, now) {
  for (const c of doc.charts || []) {
    if (!c.title_for?.[old] || old === now) continue;
    c.title_for[now] = c.title_for[old];
    delete c.title_for[old];
  }
}
