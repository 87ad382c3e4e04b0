// What makes the charts of a ChartSet (charts.js) redraw: the viewport coming near a
// chart (it is drawn, or repainted if a change left it stale), a chart's canvas first on
// screen (it grows in), a width, pixel-ratio, theme or font change (repainted), and a
// press outside every chart and tooltip (the tooltip closes).
import { schedule } from './chart-redraw.js';

/** Starts watching, for `set`, what makes its charts redraw. */
export function watchChanges(set) {
  set.started = true;
  if ('IntersectionObserver' in window) {
    set.watching = true;
    set.near = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) {
          set.nearby.delete(entry.target);
          continue;
        }
        set.nearby.add(entry.target);
        // Laid out already at its new width (redrawSoon), it is only painted.
        if (set.stale.delete(entry.target)) set.draw(entry.target, undefined, set.sized.get(entry.target));
        else set.enqueue([entry.target]);
      }
    }, { rootMargin: '100% 0px' });
    if (set.motion) {
      // The canvas, not its figure: a figure may hold a table many screens long (an
      // indicator page's), so that a share of it is never on screen. And its first pixel
      // on screen, not a share of it: until the grow-in starts, the canvas shows the
      // labels without their bars, and no reader should see that.
      set.seen = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          set.seen.unobserve(entry.target);
          const figure = entry.target.closest('figure');
          if (figure.classList.contains('drawn')) set.grow(figure);
          else set.progress.set(figure, 1);
        }
      }, { threshold: 0 });
    }
  }
  set.resizes = new ResizeObserver((entries) => {
    const changed = [];
    for (const entry of entries) {
      const figure = entry.target.closest('figure');
      const width = entry.target.clientWidth;
      if (set.widths.get(figure) !== width) {
        set.widths.set(figure, width);
        changed.push(figure);
      }
    }
    if (changed.length) schedule(set, changed);
  });
  const watchRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
      schedule(set, set.figures);
      watchRatio();
    }, { once: true });
  };
  watchRatio();
  set.darkQuery.addEventListener('change', () => {
    if (set.themeOption === 'auto') schedule(set, set.figures);
  });
  document.fonts?.addEventListener?.('loadingdone', () => {
    set.charts.fonts_changed();
    schedule(set, set.figures);
  });
  document.addEventListener('pointerdown', (e) => {
    const at = e.composedPath()[0];
    const live = at instanceof Element && at.closest?.('.fig');
    if (!live && !set.tooltip.contains(at) && !set.figures.some((f) => f.contains(at))) set.hideTip();
  });
  // A mouse may move from a chart onto its tooltip (to follow its link back to the text).
  set.tooltip.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && !set.figures.some((f) => f.contains(e.relatedTarget))) set.hideTip();
  });
}
