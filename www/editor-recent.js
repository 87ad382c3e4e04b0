// The open screen's 最近的报告 list, and the alert shown while storage refuses the edits:
// what the desk sees of editor-store.js.
import { el } from './editor-forms.js';
import { recent, forget } from './editor-store.js';

function when(at, lang) {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

/**
 * Lists the stored reports in `box` (hidden when there are none): each reopens with
 * `open(slug)`, and can be forgotten after asking.
 */
export function renderRecent(box, w, lang, open) {
  const list = recent();
  box.hidden = !list.length;
  if (!list.length) {
    box.replaceChildren();
    return;
  }
  const items = list.map((r) => {
    const name = r.title ? `${r.title}（${r.slug}）` : r.slug;
    const meta = [`${w.editedAt} ${when(r.at, lang)}`, ...(r.unsaved ? [w.unsavedMark] : [])].join(' · ');
    const go = el('button', { type: 'button', class: 'link recent-open', text: name });
    go.dataset.slug = r.slug;
    go.addEventListener('click', () => open(r.slug));
    const drop = el('button', { type: 'button', class: 'recent-forget', text: w.forget });
    drop.setAttribute('aria-label', `${w.forget} ${name}`);
    drop.addEventListener('click', () => {
      // eslint-disable-next-line no-alert
      if (!window.confirm(w.forgetAsk(r.slug))) return;
      forget(r.slug);
      renderRecent(box, w, lang, open);
    });
    return el('li', {}, go, ' ', el('span', { class: 'recent-meta', text: meta }), ' ', drop);
  });
  box.replaceChildren(el('h3', { id: 'recent-h', text: w.recent }), el('ul', { class: 'recent-list' }, ...items));
  box.setAttribute('aria-labelledby', 'recent-h');
}

/**
 * Shows or hides the alert that the edits are not stored (`ok` false), or that only the
 * last `kept.stored` of `kept.of` undo steps are, with its Save button.
 */
export function renderStorageAlert(box, ok, kept, w, save) {
  const trimmed = ok && kept && kept.stored < kept.of;
  box.hidden = ok && !trimmed;
  if (box.hidden) {
    box.replaceChildren();
    return;
  }
  const button = el('button', { type: 'button', id: 'storage-save', text: w.save });
  button.addEventListener('click', save);
  box.replaceChildren(el('span', { text: ok ? w.historyTrimmed(kept.stored, kept.of) : w.storageFailed }), ' ', button);
}

/**
 * Shows (or, with `on` false, hides) the choice the desk makes when another tab stored
 * this report over edits of this tab: load the other tab's version, keep this one as a
 * copy, or save it as a file. Nothing of this tab is stored meanwhile.
 */
export function renderConflict(box, on, w, act) {
  box.hidden = !on;
  if (!on) {
    box.replaceChildren();
    return;
  }
  const button = (id, text, run) => {
    const b = el('button', { type: 'button', id, text });
    b.addEventListener('click', run);
    return b;
  };
  box.replaceChildren(el('span', { text: w.otherTab }), ' ',
    button('conflict-theirs', w.otherTabTheirs, act.theirs), ' ',
    button('conflict-copy', w.otherTabCopy, act.copy), ' ',
    button('conflict-save', w.save, act.save));
}
