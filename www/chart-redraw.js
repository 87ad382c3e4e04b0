// How a ChartSet's charts (charts.js) are redrawn after a change of size, pixel ratio,
// theme or fonts (chart-watch.js tells which): those on screen in the next frame, the
// others a chart in two tasks, nearest first, so that no frame or task of a resize passes
// 50 ms (issue 19), and those far off only laid out until they come near.
import { away, byDistance, late, widthOf, yieldToBrowser } from './chart-order.js';

/**
 * Repaints `list` once: in the next frame the charts on screen, then the others in the
 * tasks after it (redrawSoon; a frame that drew them all was a long task, issue 19).
 */
export function schedule(set, list) {
  set.hideTip();
  for (const f of list) set.pending.add(f);
  if (!set.frame) {
    set.frame = requestAnimationFrame(() => {
      set.frame = 0;
      // Every width and place first, then every draw: one layout, not one per chart.
      const seen = [...set.pending].map((f) => [f, widthOf(f), away(f)]);
      set.pending.clear();
      const later = [];
      for (const [f, width, distance] of seen) {
        if (distance === 0 || !set.watching) set.draw(f, width);
        else later.push(f);
      }
      if (later.length) redrawSoon(set, later);
    });
  }
}

/**
 * Repaints charts off screen, a chart in two tasks (see layOut), nearest first; one that
 * comes on screen meanwhile is drawn in the scroll's own frame. One far from the viewport
 * is only laid out, its box held at the size its repaint will give it (holdBox), and
 * painted when it comes near: no reader sees a canvas stretched to its new width, nor
 * the page move when it is repainted. The far ones' boxes are held together, once all
 * are laid out: one held a task made the next task's places lay the whole article out
 * again, a chart at a time. `data-charts-redrawing` is set meanwhile.
 */
export async function redrawSoon(set, figures) {
  for (const f of figures) set.soon.add(f);
  if (set.redrawing) return;
  set.redrawing = true;
  const root = document.documentElement;
  root.dataset.chartsRedrawing = '';
  const onScroll = () => {
    for (const f of set.soon) {
      if (away(f) === 0) {
        set.soon.delete(f);
        set.draw(f);
      }
    }
  };
  addEventListener('scroll', onScroll, { passive: true });
  while (set.soon.size) {
    const [figure] = byDistance([...set.soon]);
    const near = set.nearby.has(figure);
    const begun = performance.now();
    // One far off and not drawn yet keeps its static chart, which sizes itself.
    const laid = (near || figure.classList.contains('drawn')) && set.layOut(figure, widthOf(figure));
    if (near) {
      // Painted in its layout's task when that was quick; else in the next, its box held.
      if (laid && late(begun)) {
        holdBox(figure, laid);
        await yieldToBrowser();
      }
      // Unless a scroll drew it meanwhile.
      if (set.soon.delete(figure)) set.draw(figure, undefined, laid);
    } else {
      set.soon.delete(figure);
      set.stale.add(figure);
      if (laid) set.sized.set(figure, laid);
    }
    await yieldToBrowser();
  }
  // Those still waiting (draw forgets one it paints).
  for (const [f, laid] of set.sized) holdBox(f, laid);
  removeEventListener('scroll', onScroll);
  delete root.dataset.chartsRedrawing;
  set.redrawing = false;
}

/**
 * Gives `figure`'s canvas the box that its chart laid out as `laid` will have once painted
 * (its backing store's ratio, read/canvas.rs): a canvas waiting for its repaint would
 * otherwise stretch to its new width at its old ratio, and its repaint move the page.
 */
function holdBox(figure, laid) {
  const dpr = devicePixelRatio;
  figure.querySelector('canvas').style.aspectRatio = `${Math.round(laid.width * dpr)}/${Math.round(laid.height * dpr)}`;
}
