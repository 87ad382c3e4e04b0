// The chart pane (create, reorder, delete; kind, figures and their order, accent, texts)
// and the figure pane (labels, value, unit, qualifier, change, kind), bound to the data file.
import { el, field, pair, options, replacedNow } from './editor-forms.js';
import { key } from './editor-state.js';
import { retitles, relabel, unfigure, retitled, renamed } from './editor-retitle.js';

/** An id not yet used among `taken`, from `stem`. */
export function freshId(stem, taken) {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

const figureName = (f, lang) => (f?.label?.[lang] || f?.label?.zh || f?.id || '?');

/** A sentence cut to `n` characters, for a choice that must fit one line. */
const cut = (s, n) => (!s || s.length <= n ? s || '' : `${s.slice(0, n - 1)}…`);

/** Options of a closed list of the vocabulary, in the desk's language. */
const words = (list, lang) => list.map((v) => [v.name, v[lang]]);

/**
 * The chart kinds offered: those the story page draws (the kinds table says which). A
 * chart of another kind (the register's) keeps its kind shown, and the review flags it.
 */
const kindChoices = (vocab, kind) => vocab.chartKinds.filter((k) => k.story || k.name === kind);

/** The ids, which only a developer needs: behind a disclosure. */
const advanced = (w, ...fields) => el('details', { class: 'advanced' }, el('summary', { text: w.advanced }), ...fields);

/** A text in `lang`, else in the other language: an id is never a name the desk reads. */
const named = (t, lang) => t?.[lang] || t?.zh || t?.en || '';

/** The sections as choices: each by its short name (or title) in the desk's language. */
const sectionChoices = (doc, lang) => (doc.sections || []).map((s) => [s.id || '', named(s.short, lang) || named(s.title, lang) || s.id || '']);

/** Removes figure `fid` from every chart (and their accents). */
function unchart(doc, fid, except) {
  (doc.charts || []).forEach((c, i) => {
    if (i === except) return;
    c.figures = (c.figures || []).filter((x) => x !== fid);
    if (c.accent === fid) delete c.accent;
  });
}

/** The words of chart `c`'s button, the `i`-th of the chart list. */
const listed = (c, i, w, ui) => `${i + 1}. ${c.title?.[ui.lang] || c.title?.zh || ''} · ${ui.words('chartKinds', c.kind) || '?'}${c.draft ? ` · ${w.unconfirmed}` : ''}`;

/**
 * Brings the words of the chart list in `root` up to the file's: typing a title, or a
 * relabel that rewrites one, lays no form out again, and the list must not say the old.
 */
export function relist(root, store, w, ui) {
  const charts = store.doc.charts || [];
  for (const b of root.querySelectorAll('.chart-list button[data-chart]')) {
    const i = Number(b.dataset.chart);
    const text = charts[i] ? listed(charts[i], i, w, ui) : null;
    if (text !== null && b.textContent !== text) b.textContent = text;
  }
}

export function chartsPane(store, w, vocab, ui) {
  const doc = store.doc;
  const charts = doc.charts || [];
  const list = el('ol', { class: 'chart-list' });
  charts.forEach((c, i) => {
    const current = store.sel.chart === i;
    list.append(el('li', { class: current ? 'current' : '' }, el('button', {
      type: 'button', 'aria-pressed': current ? 'true' : 'false', 'data-chart': i,
      onclick: () => ui.selectChart(i),
      text: listed(c, i, w, ui),
    })));
  });
  const add = el('button', {
    type: 'button', id: 'add-chart', text: w.addChart,
    // A new chart starts empty and is selected: the desk adds its figures from the list.
    onclick: () => {
      const chart = {
        id: freshId('chart', charts.map((c) => c.id)), kind: 'cards',
        section: doc.figures?.[store.sel.figure]?.section || doc.sections?.[0]?.id || '', figures: [],
        // Placeholders (the wasm's): the chart draws, and its title and subtitle are
        // problems at their fields until the desk writes them (a subtitle says the
        // figures' unit and year, which a chart with no figure yet cannot know).
        title: { zh: vocab.newChart },
        subtitle: { zh: vocab.toFill },
      };
      store.edit(null, (d) => {
        d.charts = d.charts || [];
        d.charts.push(chart);
        store.sel = { chart: d.charts.length - 1, figure: null };
      });
    },
  });
  const out = el('div', {}, list, add);
  const i = store.sel.chart;
  if (i !== null && charts[i]) out.append(chartForm(store, w, vocab, ui, i));
  else out.append(el('p', { class: 'hint', text: w.selectChart }));
  return out;
}

function chartForm(store, w, vocab, ui, i) {
  const doc = store.doc;
  const c = doc.charts[i];
  const p = ['charts', i];
  const move = (to) => store.edit(null, (d) => {
    const [x] = d.charts.splice(i, 1);
    d.charts.splice(to, 0, x);
    store.sel.chart = to;
  });
  const tools = el('div', { class: 'row-tools' },
    el('button', { type: 'button', text: w.up, disabled: i === 0, onclick: () => move(i - 1) }),
    el('button', { type: 'button', text: w.down, disabled: i === doc.charts.length - 1, onclick: () => move(i + 1) }),
    el('button', {
      type: 'button', class: 'danger', text: w.deleteChart,
      onclick: () => store.edit(null, (d) => {
        d.charts.splice(i, 1);
        store.sel.chart = null;
      }),
    }));
  const sections = sectionChoices(doc, ui.lang);
  const figs = c.figures || [];
  const byId = new Map((doc.figures || []).map((f, k) => [f.id, k]));
  const accent = field(store, w.accent, [...p, 'accent'], {
    type: 'select', optional: true,
    options: options(figs.map((fid) => [fid, figureName(doc.figures?.[byId.get(fid)], ui.lang)]), w.none),
  });
  // A chart the draft proposed is the draft's until confirmed; one the desk made is its
  // own, and says only that some of its figures are still to confirm.
  const drafted = c.draft || figs.some((fid) => doc.figures?.[byId.get(fid)]?.draft);
  const form = el('div', { class: 'form', id: 'chart-form' }, tools,
    drafted ? el('p', { class: 'draft-note' }, `${c.draft ? w.draftChart : w.chartHasDrafts} `,
      el('button', { type: 'button', id: 'confirm-chart', text: w.confirmChart, onclick: () => ui.confirmChart(i) })) : null,
    field(store, w.chartKind, [...p, 'kind'], { type: 'select', options: options(words(kindChoices(vocab, c.kind), ui.lang)) }),
    field(store, w.section, [...p, 'section'], { type: 'select', options: options(sections, w.none) }),
    pair(titleField(store, w.chartTitleZh, p, 'zh'), titleField(store, w.chartTitleEn, p, 'en')),
    pair(field(store, w.subZh, [...p, 'subtitle', 'zh']), field(store, w.subEn, [...p, 'subtitle', 'en'])),
    pair(noteField(store, w.noteZh, p, 'zh'), noteField(store, w.noteEn, p, 'en')),
    accent,
    figureList(store, w, ui, i, byId),
    advanced(w, field(store, w.id, [...p, 'id'])));
  return form;
}

// The label each label field's visit started from: what the desk relabelled from.
const visits = new WeakMap();

/**
 * Figure `k`'s label in `lang`. When the desk leaves it relabelled, the drafted titles
 * that named the old label name the new one (editor-retitle.js): one step of its own,
 * which undo takes back before the label. Left is blurred, or changed (Enter); a field
 * replaced under the focus is not left (editor-forms.js).
 */
function labelField(store, label, k, lang) {
  const at = ['figures', k, 'label', lang];
  const box = field(store, label, at);
  const control = box.querySelector('input');
  visits.set(control, control.value);
  control.addEventListener('focus', () => visits.set(control, control.value));
  const left = () => {
    const was = visits.get(control);
    const held = {
      path: key(at),
      adopt: (next) => visits.set(next, was),
      leave: () => relabelled(store, k, lang, was),
    };
    if (replacedNow(held)) return;
    // The visit ends before its edits, which lay the forms out again under this field.
    visits.set(control, store.doc.figures?.[k]?.label?.[lang]);
    relabelled(store, k, lang, was);
  };
  control.addEventListener('change', left);
  control.addEventListener('blur', left);
  return box;
}

/**
 * The desk left figure `k`'s label in `lang` relabelled from `was`: the drafted titles
 * follow, and a title left naming `was` remembers it.
 */
function relabelled(store, k, lang, was) {
  const f = store.doc.figures?.[k];
  const now = f?.label?.[lang];
  if (!f || was === now) return;
  const titles = retitles(store.doc, f.id, lang, was, now);
  // A title left naming the old label, once the drafted ones are rewritten: its chart
  // remembers the label (editor-retitle.js), in the relabel's own undo step, so that
  // undo never takes the memory back without the label.
  const sim = { figures: store.doc.figures, charts: structuredClone(store.doc.charts || []) };
  for (const [i, t] of titles) sim.charts[i].title[lang] = t;
  const plain = JSON.stringify(sim.charts.map((c) => c.title_for));
  relabel(sim, f.id, lang, was, now);
  if (JSON.stringify(sim.charts.map((c) => c.title_for)) !== plain) {
    store.edit(['figures', k, 'label', lang], (d) => d.charts.forEach((c, i) => {
      if (sim.charts[i].title_for) c.title_for = sim.charts[i].title_for;
      else delete c.title_for;
    }), true);
  }
  if (titles.length) store.edit(null, (d) => { for (const [i, t] of titles) d.charts[i].title[lang] = t; });
}

/** A title side: what the chart remembers for it that it no longer names is forgotten. */
function titleField(store, label, p, lang) {
  return field(store, label, [...p, 'title', lang], {
    onSet: (doc, value) => {
      const chart = doc.charts[p[1]];
      chart.title = { ...(chart.title || {}), [lang]: value ?? '' };
      retitled(doc, chart, lang);
    },
  });
}

/**
 * A side of figure `k`'s period (data/README.md: only where the figure is not of the
 * report's year): a 2025 result in a 2026 post, a target's 2026年 the draft misread
 * (tester s-test20 E3). An empty side is left out, both drop the period; `check`'s
 * problems of a period list at these fields.
 */
function periodField(store, label, k, lang) {
  return field(store, label, ['figures', k, 'period', lang], {
    onSet: (doc, value) => {
      const f = doc.figures[k];
      const period = { ...(f.period || {}), [lang]: value ?? '' };
      for (const side of ['zh', 'en']) if (!period[side]) delete period[side];
      if (Object.keys(period).length) f.period = period;
      else delete f.period;
    },
  });
}

/** A note side: both sides empty drop the note. */
function noteField(store, label, p, lang) {
  return field(store, label, [...p, 'note', lang], {
    onSet: (doc, value) => {
      const chart = doc.charts[p[1]];
      const note = { ...(chart.note || {}), [lang]: value };
      if (!note.zh && !note.en) delete chart.note;
      else chart.note = { zh: note.zh ?? '', en: note.en ?? '' };
    },
  });
}

function figureList(store, w, ui, i, byId) {
  const doc = store.doc;
  const c = doc.charts[i];
  const figs = c.figures || [];
  const list = el('ol', { class: 'fig-list', 'data-path': key(['charts', i, 'figures']), tabindex: '-1', 'aria-label': w.figuresOf });
  const reorder = (j, to) => store.edit(null, (d) => {
    const f = d.charts[i].figures;
    [f[j], f[to]] = [f[to], f[j]];
  });
  figs.forEach((fid, j) => {
    const k = byId.get(fid);
    const chartChoices = doc.charts.map((x, n) => [String(n), `${n + 1}. ${x.title?.[ui.lang] || x.id}`]).filter(([n]) => Number(n) !== i);
    const name = figureName(doc.figures?.[k], ui.lang);
    const moveTo = el('select', {
      'aria-label': `${w.moveTo}${w.colon}${name}`, class: 'move-to',
      onchange: (e) => {
        const to = Number(e.target.value);
        if (!Number.isInteger(to) || e.target.value === '') return;
        store.edit(null, (d) => {
          const from = d.charts[i];
          from.figures.splice(j, 1);
          if (from.accent === fid) delete from.accent;
          d.charts[to].figures = [...(d.charts[to].figures || []), fid];
          store.sel.chart = to;
        });
      },
    }, el('option', { value: '', text: `${w.moveTo}…` }), ...chartChoices.map(([v, t]) => el('option', { value: v, text: t })));
    const f = doc.figures?.[k];
    list.append(el('li', { class: 'fig-row', 'data-path': key(['charts', i, 'figures', j]), tabindex: '-1' },
      el('button', { type: 'button', class: 'link', text: `${name} ${ui.printed(k)}`.trim() + (k === undefined ? w.parens(fid) : ''), onclick: () => k !== undefined && ui.selectFigure(k) }),
      f?.draft ? el('span', { class: 'draft-tag', text: w.unconfirmed }) : null,
      el('button', { type: 'button', text: '↑', 'aria-label': `${w.up}${w.colon}${name}`, disabled: j === 0, onclick: () => reorder(j, j - 1) }),
      el('button', { type: 'button', text: '↓', 'aria-label': `${w.down}${w.colon}${name}`, disabled: j === figs.length - 1, onclick: () => reorder(j, j + 1) }),
      el('button', {
        type: 'button', text: '×', 'aria-label': `${w.remove}${w.colon}${name}`,
        onclick: () => store.edit(null, (d) => {
          d.charts[i].figures.splice(j, 1);
          if (d.charts[i].accent === fid) delete d.charts[i].accent;
        }),
      }),
      moveTo));
  });
  const free = (doc.figures || []).map((f, k) => [f, k]).filter(([f]) => !figs.includes(f.id));
  const add = el('select', {
    id: 'add-to-chart', 'aria-label': w.addToChart,
    onchange: (e) => {
      const fid = e.target.value;
      if (!fid) return;
      store.edit(null, (d) => { d.charts[i].figures = [...(d.charts[i].figures || []), fid]; });
    },
  // Each figure by its value and its sentence: like-named figures are told apart.
  }, el('option', { value: '', text: `${w.addToChart}…` }), ...free.map(([f, k]) => el('option', {
    value: f.id, text: `${figureName(f, ui.lang)} ${ui.printed(k)} · ${cut(f.source, 28)}`,
  })));
  return el('div', { class: 'group' }, el('h3', { text: w.figuresOf }), figs.length ? list : el('p', { class: 'hint', text: w.noFigures }), add);
}

export function figurePane(store, w, vocab, ui) {
  const doc = store.doc;
  const { lang } = ui;
  const k = store.sel.figure;
  const f = doc.figures?.[k];
  if (k === null || !f) return el('p', { class: 'hint', text: w.selectFigure });
  const p = ['figures', k];
  const inCharts = (doc.charts || []).map((c, i) => [c, i]).filter(([c]) => (c.figures || []).includes(f.id));
  const ch = f.change;
  const sec = (doc.sections || []).find((s) => s.id === f.section);
  const qualifiers = options(words(vocab.qualifiers, ui.lang), w.none);
  const id = field(store, w.id, [...p, 'id'], {
    onSet: (d, value) => {
      const old = d.figures[k].id;
      d.figures[k].id = value ?? '';
      renamed(d, old, value ?? '');
      // The charts follow a renamed figure.
      for (const c of d.charts || []) {
        c.figures = (c.figures || []).map((x) => (x === old ? value : x));
        if (c.accent === old) c.accent = value;
      }
    },
  });
  const form = el('div', { class: 'form', id: 'figure-form' },
    f.draft ? el('p', { class: 'draft-note' }, `${w.draftFigure} `,
      el('button', { type: 'button', id: 'confirm-figure', text: w.confirmFigure, onclick: () => ui.confirmFigure(k) })) : null,
    el('p', { class: 'in-charts' }, `${w.chartOf}${w.colon}`, ...(inCharts.length ? inCharts.map(([c, i]) => el('button', { type: 'button', class: 'link', text: c.title?.[ui.lang] || c.title?.zh || String(i + 1), onclick: () => ui.selectChart(i) })) : [w.none])),
    pair(field(store, w.kind, [...p, 'kind'], { type: 'select', options: options(words(vocab.figureKinds, ui.lang)) }),
      // A result is the default: the file leaves it out.
      field(store, w.status, [...p, 'status'], {
        type: 'select', optional: true,
        options: options(words(vocab.statuses.filter((x) => x.name !== 'result'), ui.lang), ui.words('statuses', 'result')),
      })),
    pair(labelField(store, w.labelZh, k, 'zh'), labelField(store, w.labelEn, k, 'en')),
    pair(field(store, w.value, [...p, 'value'], { type: 'number' }), field(store, w.qualifier, [...p, 'qualifier'], { type: 'select', optional: true, options: qualifiers })),
    pair(field(store, w.unitZh, [...p, 'unit', 'zh']), field(store, w.unitEn, [...p, 'unit', 'en'])),
    pair(periodField(store, w.periodZh, k, 'zh'), periodField(store, w.periodEn, k, 'en')),
    pair(field(store, w.section, [...p, 'section'], { type: 'select', options: options(sectionChoices(doc, ui.lang)) }),
      field(store, w.topic, [...p, 'topic'], { type: 'select', options: options((sec?.topics || []).map((t) => [t.id || '', named(t.title, lang) || t.id || '']), w.none) })),
    el('div', { class: 'group' }, el('h3', { text: w.change }),
      pair(field(store, w.changeKind, [...p, 'change', 'kind'], {
        type: 'select', options: options(words(vocab.changeKinds, ui.lang), w.none),
        onSet: (d, value) => {
          const fig = d.figures[k];
          if (!value) delete fig.change;
          else fig.change = { ...(fig.change || { value: 0, unit: '%' }), kind: value };
        },
      }), ch ? field(store, w.changeValue, [...p, 'change', 'value'], { type: 'number' }) : null),
      // 增长5.5%左右: the change's own qualifier, which its value's is not.
      ch ? pair(field(store, w.changeUnit, [...p, 'change', 'unit']),
        field(store, w.changeQualifier, [...p, 'change', 'qualifier'], { type: 'select', optional: true, options: qualifiers })) : null,
      ch?.kind === 'above' ? pair(field(store, w.refZh, [...p, 'change', 'reference', 'zh']), field(store, w.refEn, [...p, 'change', 'reference', 'en'])) : null),
    field(store, w.source, [...p, 'source'], { type: 'area', readonly: true, wide: true }),
    el('button', {
      type: 'button', class: 'danger', text: w.deleteFigure,
      onclick: () => store.edit(null, (d) => {
        const [gone] = d.figures.splice(k, 1);
        unfigure(d, gone);
        unchart(d, gone.id);
        store.sel.figure = null;
      }),
    }));
  form.append(advanced(w, id));
  return form;
}

/** The report's own texts (`meta`): headline, place, deck, byline, credits, year. */
export function metaPane(store, w) {
  const text = (label, name, area) => pair(
    field(store, `${label} · ${w.zh}`, ['meta', name, 'zh'], { type: area ? 'area' : 'text' }),
    field(store, `${label} · ${w.en}`, ['meta', name, 'en'], { type: area ? 'area' : 'text' }));
  return el('div', { class: 'form' },
    text(w.metaTitle, 'title'), text(w.metaPlace, 'place'), text(w.metaDeck, 'deck', true), text(w.metaPublication, 'publication'),
    text(w.metaAuthor, 'author'), field(store, w.metaYear, ['meta', 'year'], { type: 'number' }),
    text(w.metaCredit, 'image_credit'), text(w.metaSourceLine, 'source_line'),
    // The story page's section buttons: each section's short name, the desk's to edit.
    el('div', { class: 'group' }, el('h3', { text: w.sectionShorts }),
      ...(store.doc.sections || []).map((s, i) => pair(
        field(store, `${named(s.title, 'zh') || s.id} · ${w.zh}`, ['sections', i, 'short', 'zh']),
        field(store, `${named(s.title, 'en') || s.id} · ${w.en}`, ['sections', i, 'short', 'en'], { optional: true })))));
}
