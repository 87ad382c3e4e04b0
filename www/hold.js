// One element held where it was put while the page around it changes height, until the
// reader scrolls, types or (where asked) points: the chart a live number brought into
// view (tip-layer.js) and the chart the editor's preview scrolled to (editor-preview.js).
// A ResizeObserver runs after layout and before paint: the reader never sees the push.

/**
 * Watches `box` for changes of size and, while an element is held, calls `place(el, top)`
 * after each (`top`: where `el` stood in the viewport when it was held). Any event of
 * `letGoOn` lets it go. Returns `hold(el)`, which holds `el`, or lets go with `null`.
 */
export function holder(box, place, letGoOn) {
  let held = null;
  for (const type of letGoOn) addEventListener(type, () => { held = null; }, { capture: true, passive: true });
  if (typeof ResizeObserver === 'function' && box instanceof Element) {
    new ResizeObserver(() => { if (held?.el.isConnected) place(held.el, held.top); }).observe(box);
  }
  return (el) => { held = el && { el, top: el.getBoundingClientRect().top }; };
}
