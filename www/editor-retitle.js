// A drafted title follows a relabel (issue 21 §3, tester's bug 9). The draft writes a
// chart's title from its figures' labels (地区生产总值286.4亿元，增长6.2%); when the desk
// relabels a figure of a chart the draft proposed and the desk has not confirmed
// (`draft: true`), the title's words that named the old label name the new one, so that
// the desk is never left with a title naming a label no figure of its chart has. A
// confirmed chart's title is the desk's own, and stays as the desk wrote it; so does a
// title another figure of its chart may name by the old label (issue 18 §4, C2).

/** Where `part` occurs in `s`, each start. */
function places(s, part) {
  const out = [];
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length)) out.push(i);
  return out;
}

/**
 * `title` with `old` put as `now` wherever it stands as itself: not where it is part of
 * another label of the chart's figures, `others` (工业投资 is no 投资 to relabel).
 */
export function relabelled(title, old, now, others) {
  if (!title || !old || !now || old === now) return title;
  const longer = others.filter((o) => o && o !== old && o.includes(old));
  const inside = (i) => longer.some((o) => places(title, o).some((j) => j <= i && i + old.length <= j + o.length));
  let out = '';
  let from = 0;
  for (const i of places(title, old)) {
    if (inside(i)) continue;
    out += title.slice(from, i) + now;
    from = i + old.length;
  }
  return out + title.slice(from);
}

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
    const others = (c.figures || []).map((x) => byId.get(x)?.label?.[lang]);
    const next = relabelled(title, old, now, others);
    if (next !== title) out.push([i, next]);
  });
  return out;
}
