// A live number whose chart is far from it, tapped, clicked or entered: its whole chart
// comes into view below the sticky language bar, the figure highlighted on it, and the
// tooltip covers neither the bar nor the highlighted figure (the tester's 25.5 and 40 on
// a phone: the headline chart left off screen, the tooltip under the bar or over the
// first card row), and its 数据与下载 row is in view too (tester s-test25's F13: the row
// was left 14 px under the screen's edge). At 360×740 and 1280×800, by mouse, touch and
// keyboard.
const { test, expect } = require('@playwright/test');
const { openStory, afterFrames, watchProblems, describeProblems } = require('./helpers');

/** The numbers of the tester's note: the headline chart's 25.5, a chart's 40. */
const FIGURES = ['budget-revenue', 'voucher-spending'];

/** How each reader acts on a number. */
const ACTS = {
  mouse: (mark) => mark.click(),
  touch: (mark) => mark.tap(),
  keyboard: async (mark, page) => {
    await mark.focus();
    await expect(page.locator('.tooltip')).toBeVisible();
    await page.keyboard.press('Enter');
  },
};

/** The boxes (viewport CSS px) of the bar, the chart's canvas, its highlight and the tooltip. */
const boxes = (page, chart) => page.evaluate((id) => {
  const box = (el) => {
    if (!el || el.hidden) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  const figure = document.querySelector(`figure[data-chart="${id}"]`);
  return {
    bar: box(document.querySelector('.lang-switch')),
    canvas: box(figure.querySelector('canvas')),
    row: box(figure.querySelector('details.data > summary')),
    mark: box(figure.querySelector('.highlight')),
    tip: box(document.querySelector('.tooltip')),
    screen: { width: innerWidth, height: innerHeight },
  };
}, chart);

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [width, height] of [[360, 740], [1280, 800]]) {
  test.describe(`At ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: true });

    for (const [how, act] of Object.entries(ACTS)) {
      for (const id of FIGURES) {
        test(`${how} on ${id}'s number far from its chart shows the whole chart and its data row below the bar, the figure highlighted, the tooltip over neither`, async ({ page }) => {
          const problems = watchProblems(page);
          await openStory(page);
          // The number in mid-screen, its chart off screen (the number is in a later paragraph).
          const mark = page.locator(`#t-${id}`);
          await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
          const chart = await page.locator(`${await mark.getAttribute('href')}`).getAttribute('data-chart');
          const before = await boxes(page, chart);
          expect(before.canvas.bottom <= before.bar.bottom || before.canvas.top >= before.screen.height, 'the chart starts off screen').toBe(true);

          await act(mark, page);
          // The act shows its figure in the next frame. By keyboard, focus has already
          // shown the tooltip, the highlight and the active number (with the number kept
          // in view, not the whole chart), so none of them says that Enter's frame has run.
          await afterFrames(page);
          await expect(page.locator('.tooltip')).toBeVisible();
          await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
          await expect(mark).toHaveClass(/active/);
          const { bar, canvas, row, mark: region, tip, screen } = await boxes(page, chart);
          // The whole chart in view, below the bar, and its 数据与下载 row (these charts
          // and their rows are shorter than the screen).
          expect(row.bottom - canvas.top, 'the chart with its row fits the screen').toBeLessThan(screen.height - bar.bottom);
          expect(canvas.top, 'the chart below the bar').toBeGreaterThanOrEqual(bar.bottom);
          expect(row.bottom, 'the data row above the screen foot').toBeLessThanOrEqual(screen.height);
          // The tooltip inside the screen, over neither the bar nor the highlighted figure.
          expect(tip.top).toBeGreaterThanOrEqual(bar.bottom);
          expect(tip.bottom).toBeLessThanOrEqual(screen.height);
          expect(tip.left).toBeGreaterThanOrEqual(0);
          expect(tip.right).toBeLessThanOrEqual(screen.width);
          expect(overlap(tip, region), `tooltip ${JSON.stringify(tip)} over the figure ${JSON.stringify(region)}`).toBe(false);
          // Shown, not jumped to.
          expect(new URL(page.url()).hash).toBe('');
          expect(describeProblems(problems)).toEqual([]);
        });
      }
    }
  });
}
