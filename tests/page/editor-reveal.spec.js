// The preview scrolls to the chart the desk chose (editor-preview.js, `reveal`). A chart out
// of view is laid out at an estimated height until it comes near the view (`content-visibility:
// auto`, editor.css): the scroll used to land by that estimate, and the chart asked for, once
// laid out and drawn at its real height, could end partly below the pane.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { openEditor, previewIdle } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

/** Where chart `i`'s figure is against the preview pane that scrolls it, once the preview has drawn. */
async function placeOf(page, i) {
  await previewIdle(page);
  return page.evaluate((at) => new Promise((resolve) => {
    // Two frames: the layout after the last chart drawn, and its ResizeObserver's answer.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const pane = document.getElementById('preview-pane').getBoundingClientRect();
      const figure = document.querySelector(`#preview .pv-chart[data-index="${at}"]`).getBoundingClientRect();
      resolve({ top: figure.top - pane.top, bottom: figure.bottom - pane.bottom, height: figure.height, pane: pane.height });
    }));
  }), i);
}

test('a chart chosen far down the preview is wholly in view once it and the charts around it are drawn', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  const count = await page.locator('.chart-list [data-chart]').count();
  expect(count).toBeGreaterThan(6);
  // Down the list, then back up it: each time into charts never laid out yet, and their neighbours.
  for (const i of [count - 1, Math.floor(count / 2), 1, count - 2]) {
    await page.click(`.chart-list [data-chart="${i}"]`);
    const at = await placeOf(page, i);
    expect(at.height, `chart ${i + 1} fits the pane`).toBeLessThan(at.pane);
    expect(at.top, `chart ${i + 1}'s top is in the pane`).toBeGreaterThanOrEqual(-1);
    expect(at.bottom, `chart ${i + 1}'s foot is in the pane`).toBeLessThanOrEqual(1);
  }
  expect(describeProblems(problems)).toEqual([]);
});
