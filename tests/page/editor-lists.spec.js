// What the editor's lists show (issue 21, the tester's finding 6): every figure's value
// as the text prints it, qualifier included, through the pages' own formatter.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { openEditor, stored } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

/** The index of the chart of id `id` in the file the editor holds. */
async function chartIndex(page, id) {
  return (await stored(page)).doc.charts.findIndex((c) => c.id === id);
}

test('the chart form lists each figure with its qualifier as the text prints it, in both languages', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  const i = await chartIndex(page, 'consumption');
  await page.click(`.chart-list [data-chart="${i}"]`);
  // On the chart: 超3000万人次, never 3000万人次.
  await expect(page.locator('#chart-form .fig-list')).toContainText('超3000万人次');
  // To add: 2600余家 and 2.1万余个, 余 where Chinese puts it.
  const options = page.locator('#add-to-chart option');
  await expect(options.filter({ hasText: '2600余家' })).toHaveCount(1);
  await expect(options.filter({ hasText: '2.1万余个' })).toHaveCount(1);
  expect(await options.evaluateAll((os) => os.filter((o) => / 2600家| 3000万人次/.test(o.textContent)).length)).toBe(0);
  await page.click('#ui-lang');
  await expect(page.locator('#chart-form .fig-list')).toContainText('over 30 million visits');
  await expect(options.filter({ hasText: 'more than 2,600 companies' })).toHaveCount(1);
  expect(describeProblems(problems)).toEqual([]);
});
