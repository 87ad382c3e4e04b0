// The editor's status, from the wasm's one review of the file (src/edit/desk/review.rs):
// the problems list, the count of what the draft wrote and the desk has not confirmed
// and of the text's numbers left undecided (always in view), and 没有问题 only when
// nothing is left. The flags beside the fields
// are the same problems, placed by `annotate`: a mismatch beside a field is in the list.
import { el } from './editor-forms.js';
import { key } from './editor-state.js';

/** The name of a field of a figure, a chart or the report's texts, by the `steps` of its path below them. */
function fieldName(steps, w) {
  const names = {
    value: w.value, 'label.zh': w.labelZh, 'label.en': w.labelEn, 'unit.zh': w.unitZh, 'unit.en': w.unitEn,
    qualifier: w.qualifier, change: w.change, 'change.kind': w.changeKind, 'change.value': w.changeValue,
    'change.unit': w.changeUnit, 'change.qualifier': w.changeQualifier, 'change.reference.zh': w.refZh, 'change.reference.en': w.refEn, kind: w.kind,
    source: w.source, id: w.id, section: w.section, topic: w.topic, 'title.zh': w.chartTitleZh,
    'title.en': w.chartTitleEn, 'subtitle.zh': w.subZh, 'subtitle.en': w.subEn, 'note.zh': w.noteZh,
    'note.en': w.noteEn, accent: w.accent, figures: w.figuresOf, decimals: w.decimals,
    'change.decimals': w.changeDecimals, 'compare.decimals': w.compareDecimals,
    // 性质: the field a target kept as a result is fixed in (plans_as_results).
    status: w.status, 'period.zh': w.periodZh, 'period.en': w.periodEn,
  };
  if (steps[0] === 'figures' && typeof steps[1] === 'number') return `${w.figuresOf} ${steps[1] + 1}`;
  const name = key(steps);
  return names[name] ?? name;
}

/**
 * Where the path `steps` is, in the desk's words: the figure's label or the chart's title,
 * and the field (「地区生产总值」数值). The path itself is the last resort.
 */
export function placeOf(steps, doc, w, lang) {
  if (!steps.length) return w.where.file;
  // The report's charts as a whole (too many of them cards).
  if (steps.length === 1 && steps[0] === 'charts') return w.charts;
  const [list, i, ...rest] = steps;
  const at = typeof i === 'number';
  if (at && (list === 'figures' || list === 'charts')) {
    const item = doc?.[list]?.[i];
    const name = list === 'figures' ? (item?.label?.[lang] || item?.label?.zh) : (item?.title?.[lang] || item?.title?.zh);
    const what = list === 'figures' ? w.where.figure : w.where.chart;
    const head = name ? `${what}${w.quoted(name)}` : `${what} ${i + 1}`;
    return rest.length ? `${head} ${fieldName(rest, w)}` : head;
  }
  const side = (s) => (s === 'zh' || s === 'en' ? ` · ${w[s]}` : '');
  if (at && list === 'sections' && rest[0] === 'short' && (rest.length === 1 || (rest.length === 2 && side(rest[1])))) {
    const s = doc?.sections?.[i];
    const name = s?.title?.[lang] || s?.title?.zh || String(i + 1);
    return `${w.where.meta} · ${w.sectionShorts}${w.quoted(name)}${side(rest[1])}`;
  }
  const meta = { title: w.metaTitle, place: w.metaPlace, deck: w.metaDeck, publication: w.metaPublication, author: w.metaAuthor,
    year: w.metaYear, image_credit: w.metaCredit, source_line: w.metaSourceLine };
  if (list === 'meta' && typeof i === 'string' && (!rest.length || (rest.length === 1 && side(rest[0])))) {
    return `${w.where.meta} · ${meta[i] ?? i}${side(rest[0])}`;
  }
  return key(steps);
}

/**
 * The problems list: each problem with its place and what is wrong, a click focusing
 * its field; a title at fault also gets the button that writes it again from its
 * figure (`review.retitles`, worded by the wasm). With no problem it says 没有问题 only
 * when nothing is left to confirm.
 */
export function renderProblems(list, heading, review, doc, w, lang, focusPath, retitle) {
  const problems = review.problems;
  heading.textContent = `${w.problems}${problems.length ? w.parens(problems.length) : ''}`;
  if (problems.length) {
    const fixes = new Map((review.retitles || []).map((r) => [key(r.path), r]));
    const shown = new Set();
    list.replaceChildren(...problems.map((p) => {
      const at = key(p.path);
      const fix = shown.has(at) ? null : fixes.get(at);
      if (fix) shown.add(at);
      return el('li', {}, el('button', {
        type: 'button', class: `problem ${p.about}${p.warning ? ' warning' : ''}`, 'data-at': at, title: at || undefined,
        onclick: () => focusPath(p.path),
      }, el('strong', { text: placeOf(p.path, doc, w, lang) }), ` ${p.message}`),
      ...(fix ? [el('button', { type: 'button', class: 'retitle', text: fix.action, onclick: () => retitle(fix.path, fix.title) })] : []));
    }));
  } else if (review.done) {
    list.replaceChildren(el('li', { class: 'ok', text: w.noProblems }));
  } else {
    list.replaceChildren(el('li', { class: 'pending', text: w.notYet(left(review, w)) }));
  }
}

/** What is left besides problems, in words: to confirm, and numbers to decide. */
function left(review, w) {
  return [review.to_confirm, review.to_decide].filter(Boolean).join(w.and);
}

/**
 * The count of what is left to confirm, always in view: with a way to check the next
 * unconfirmed figure, and to confirm everything at once.
 */
export function renderConfirm(root, review, w, actions) {
  const count = review.figures_to_confirm.length + review.charts_to_confirm.length;
  // The numbers of the text left undecided are counted apart, with a way to each.
  const decide = review.undecided ? [
    el('strong', { id: 'to-decide', text: review.to_decide }),
    el('button', { type: 'button', id: 'next-to-decide', text: w.nextToDecide, onclick: actions.decide })] : [];
  // A file that cannot be read says so: nothing of its figures is known, least of all
  // that they are confirmed.
  if (review.read === false) {
    root.replaceChildren(el('strong', { id: 'to-confirm', text: review.to_confirm }));
    return;
  }
  if (!count) {
    root.replaceChildren(el('span', { class: 'confirmed', text: w.allConfirmed }), ...decide);
    return;
  }
  root.replaceChildren(
    el('strong', { id: 'to-confirm', text: review.to_confirm }),
    review.figures_to_confirm.length
      ? el('button', { type: 'button', id: 'next-to-confirm', text: w.nextToConfirm, onclick: actions.next })
      : null,
    el('button', { type: 'button', id: 'confirm-all', text: w.confirmAll, onclick: actions.all }),
    ...decide);
}
