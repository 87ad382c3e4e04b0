// The editor (issue 12): a desk turns a report's text into its charts in the browser.
// The whole pipeline runs in the editor's wasm (cargo feature `editor`): the draft, the
// validation with check-data's messages, the resolving and the story page's drawing.
// The logic is in Rust (src/edit/desk/, and the stateful Desk of src/edit/web/desk.rs that
// parses each version of the file once). This file wires the page: its words and its
// events. The page's state is editor-page.js; the desk's actions, editor-ui.js; the update
// loop, editor-show.js; opening, saving and publishing, editor-open.js.
import init, * as wasm from './pkg/report_charts_editor.js';
import { UI } from './editor-words.js';
import {
  $, UI_KEY, messageOf, lang, w, said, storedOk, storedKept, store, preview, hooks, status,
  setLang, setWords, setVocab, setStoredOk,
} from './editor-page.js';
import { typing, refresh } from './editor-show.js';
import {
  show, showOpen, openFromForm, openFromSite, reopen, publishSite, publishOne, leave, save, otherTab, conflict,
} from './editor-open.js';
import { storageWorks, migrate, revKey } from './editor-store.js';
import { renderRecent, renderStorageAlert } from './editor-recent.js';
import { renderOne } from './editor-publish.js';

hooks.refresh = refresh;
hooks.save = save;

function words() {
  setWords(UI[lang]);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = `${w.title} · report-charts`;
  const set = { 'ed-title': w.title, undo: w.undo, redo: w.redo, save: w.save, publish: w.publish, reopen: w.newReport, 'open-h': w.open,
    'open-text-l': w.paste, 'open-txt-l': w.textFile, 'open-json-l': w.dataFile, 'open-slug-l': w.slug, 'open-go': w.start,
    'text-h': w.text, 'meta-h': w.meta, 'charts-h': w.charts, 'figure-h': w.figures, 'preview-h': w.preview };
  set['one-file-h'] = w.oneFiles;
  for (const [id, t] of Object.entries(set)) $(id).textContent = t;
  $('open-slug').placeholder = w.slugAuto;
  fileNames();
  if ($('one-file').open) renderOne($('one-tools'), store, w, publishOne);
  if (said) status(said.rest, said.key);
  $('ui-lang').textContent = w.lang;
  $('ui-lang').lang = w.langName;
  preview.renderTools(w);
  renderStorageAlert($('storage-alert'), storedOk, storedKept, w, save);
  conflict();
  if (!$('open').hidden) renderRecent($('recent'), w, lang, reopen);
}

/** The open form's file buttons, and beside each the name of the file it holds. */
function fileNames() {
  for (const id of ['open-txt', 'open-json']) {
    $(`${id}-b`).textContent = w.chooseFile;
    const name = $(id).files?.[0]?.name || w.noFile;
    if ($(`${id}-n`).textContent !== name) $(`${id}-n`).textContent = name;
  }
}

async function main() {
  words();
  $('ui-lang').addEventListener('click', () => {
    setLang(lang === 'en' ? 'zh' : 'en');
    try { localStorage.setItem(UI_KEY, lang); } catch { /* this page only */ }
    words();
    refresh(true);
  });
  // Focus on another field ends the undo step of the field left. Buttons and links do
  // not (a problem's link leads back into the field it names), and a field redrawn under
  // the desk's fingers keeps its path, and so its step.
  document.addEventListener('focusin', (e) => {
    const path = e.target.dataset?.path;
    if (path !== undefined && path !== store.lastKey) {
      store.seal();
      typing.now();
    }
  });
  // The fields' forms are never sent: Enter in a field submits nothing.
  for (const id of ['meta', 'figure', 'charts']) $(id).addEventListener('submit', (e) => e.preventDefault());
  $('undo').addEventListener('click', () => store.undo());
  $('redo').addEventListener('click', () => store.redo());
  $('save').addEventListener('click', save);
  $('publish').addEventListener('click', publishSite);
  $('one-file').addEventListener('toggle', () => {
    if ($('one-file').open) renderOne($('one-tools'), store, w, publishOne);
  });
  $('reopen').addEventListener('click', leave);
  // Edits that are neither stored nor downloaded would go with the tab: the browser asks.
  window.addEventListener('beforeunload', (e) => {
    store.flush();
    if ((!storedOk || store.conflict) && store.unsaved) e.preventDefault();
  });
  // Another tab of this browser stored the report open here (issue 21: two tabs of one
  // report): this tab follows it, or asks the desk when it has edits of its own unstored.
  store.onConflict = () => { if ($('conflict-alert').hidden) conflict(); };
  window.addEventListener('storage', (e) => {
    if (store.doc && e.key === revKey(store.slug)) otherTab();
  });
  // Typing is stored when the desk pauses: leaving or hiding the page stores it at once.
  window.addEventListener('pagehide', () => store.flush());
  // A hidden tab reads what another tab stored only when it is shown again (otherTab).
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) store.flush();
    else otherTab();
  });
  $('open-go').addEventListener('click', openFromForm);
  // A chosen file names the report (the data file's name first), unless the desk typed one.
  for (const id of ['open-txt', 'open-json']) {
    $(`${id}-b`).addEventListener('click', () => $(id).click());
    $(id).addEventListener('change', () => {
      fileNames();
      const f = $('open-json').files?.[0] || $('open-txt').files?.[0];
      const slug = $('open-slug');
      if (f && (!slug.value || slug.dataset.auto)) {
        slug.value = f.name.replace(/\.(txt|json)$/i, '');
        slug.dataset.auto = '1';
      }
    });
  }
  $('open-slug').addEventListener('input', () => delete $('open-slug').dataset.auto);
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || $('desk').hidden) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) store.redo(); else store.undo();
    } else if (key === 's') {
      e.preventDefault();
      save();
    }
  });
  try {
    await init({ module_or_path: new URL('pkg/report_charts_editor_bg.wasm', import.meta.url) });
  } catch (e) {
    status(messageOf(e));
    return;
  }
  setVocab(JSON.parse(wasm.vocabulary()));
  if (!storageWorks()) {
    setStoredOk(false);
    renderStorageAlert($('storage-alert'), false, storedKept, w, save);
  }
  migrate();
  const slug = new URLSearchParams(location.search).get('report');
  const site = slug && /^[a-z0-9-]+$/.test(slug);
  // A report with a stored state opens as the desk left it, never replaced by the site's.
  if (store.resume(site ? slug : undefined)) {
    await show();
    status(` ${store.slug}`, 'resumed');
  } else if (site) {
    await openFromSite(slug);
  } else {
    showOpen();
  }
  document.body.dataset.ready = '1';
}

main();
