// The grow-in of a ChartSet's charts (charts.js): a chart's bars and arcs grow in over
// 600 ms when it first comes into view. One loop of animation frames serves every growing
// chart of the set, and a frame stops painting them once it has spent its share (issue
// 19: at CPU 4× one chart's frame costs 3-8 ms, and two or three charts growing together
// made frames over 50 ms). The others wait for the next frame, those least recently
// painted first, so none starves; a chart scrolled off screen ends at once.
import { away } from './chart-order.js';

/** What one frame may spend on the grow-in, in ms, and at most how many charts it paints. */
const SHARE_MS = 8;
const MOST = 3;

/** Starts growing `figure`'s chart in `set` (from 0 to its final state). */
export function grow(set, figure) {
  set.growing.set(figure, performance.now());
  set.growFrame ||= requestAnimationFrame(step.bind(null, set));
}

/** One animation frame of the grow-in: paints what the frame's share allows. */
function step(set, now) {
  const begun = performance.now();
  let painted = 0;
  // The map's order is the charts', least recently painted first: a chart painted goes last.
  for (const [figure, start] of [...set.growing]) {
    if (painted === MOST || (painted && performance.now() - begun >= SHARE_MS)) break;
    const t = away(figure.querySelector('canvas')) ? 1 : Math.min(1, Math.max(0, (now - start) / 600));
    const eased = 1 - (1 - t) ** 3;
    set.progress.set(figure, eased);
    set.frame_(figure, eased);
    painted += 1;
    set.growing.delete(figure);
    if (t < 1) set.growing.set(figure, start);
  }
  set.growFrame = set.growing.size && requestAnimationFrame(step.bind(null, set));
}
