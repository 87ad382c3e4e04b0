// What the editor's lists and choices show (issue 21, the tester's findings 6 and 7):
// every figure's value as the text prints it, qualifier included, through the pages' own
// formatter; and only the chart kinds the story page draws, a file with another kind
// being told so at its field, in the interface's language.
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

test('the chart form offers only the kinds the story page draws', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="0"]');
  const kinds = await page.locator('[data-path="charts[0].kind"] option').evaluateAll((os) => os.map((o) => o.value));
  expect(kinds).toContain('cards');
  expect(kinds).toContain('comparison');
  for (const register of ['ranking', 'target-result', 'trend']) expect(kinds).not.toContain(register);
  // In Chinese words: no kind is offered by its file name.
  const words = await page.locator('[data-path="charts[0].kind"] option').evaluateAll((os) => os.map((o) => o.textContent));
  expect(words.filter((t) => /^[a-z-]+$/.test(t))).toEqual([]);
});

test('a file with a kind only the indicators draw is told so at the chart’s kind, in the interface’s language', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  // The report as a desk might have it from an older editor: its first chart a ranking.
  await page.evaluate(() => {
    const key = 'report-charts:editor:report:xihu-2024';
    const saved = JSON.parse(localStorage.getItem(key));
    saved.doc.charts[0].kind = 'ranking';
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  const problem = page.locator('#problems button.problem').filter({ hasText: '只用于指标页' });
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('排名');
  await problem.click();
  // Its field shows the kind the file has, flagged beside it.
  const select = page.locator('[data-path="charts[0].kind"]');
  await expect(select).toHaveValue('ranking');
  await expect(select).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#chart-form .field-problem')).toContainText('只用于指标页');
  await page.click('#ui-lang');
  await expect(page.locator('#problems button.problem').filter({ hasText: 'indicators\' pages only' })).toHaveCount(1);
  // Another kind chosen, the problem goes.
  await select.selectOption('cards');
  await expect(page.locator('#problems button.problem').filter({ hasText: 'indicators\' pages only' })).toHaveCount(0);
});
