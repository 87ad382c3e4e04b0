// A chart that a live number brought into view stays where it was put while the page
// around it changes height (under load a chart above it may be drawn after the scroll,
// and its canvas is seldom as tall as the static SVG it replaces), while its tooltip
// shows and until the reader scrolls: a clean CI run found voucher-spending pushed 58 px down, off screen.
const { test, expect } = require('@playwright/test');
const { openStory, afterFrames, watchProblems, describeProblems } = require('./helpers');

test.use({ viewport: { width: 1280, height: 740 } });

/** The viewport top of chart `id`'s canvas. */
const top = (page, id) => page.locator(`figure[data-chart="${id}"] canvas`).evaluate((c) => c.getBoundingClientRect().top);

/** Makes the figure before chart `id` 60 px taller, as a late draw would. */
const growAbove = (page, id) => page.evaluate((chart) => {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  const above = figures[figures.findIndex((f) => f.dataset.chart === chart) - 1];
  const pad = document.createElement('div');
  pad.className = 'test-pad';
  pad.style.height = '60px';
  above.append(pad);
}, id);

test('a chart a number brought into view stays in place while a chart above it grows', async ({ page }) => {
  const problems = watchProblems(page);
  await openStory(page);
  const mark = page.locator('#t-voucher-spending');
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  const chart = await page.locator(`${await mark.getAttribute('href')}`).getAttribute('data-chart');
  // By keyboard: a mouse left over the chart would move its tooltip on as the page moves.
  await mark.focus();
  await expect(page.locator('.tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  // Focus has already shown the highlight: the chart is placed by Enter's frame, which
  // must have run before its place is taken (frames slowed 1 s, it had not: 58 px off).
  await afterFrames(page);
  await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
  const placed = await top(page, chart);
  await growAbove(page, chart);
  await expect.poll(() => top(page, chart)).toBeCloseTo(placed, 0);
  await expect(page.locator('.tooltip')).toBeVisible();
  expect(describeProblems(problems)).toEqual([]);
});
