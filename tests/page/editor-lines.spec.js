// A title's figure follows the file as the desk has it now (issue 18): after the desk
// clears a change's qualifier, a title that still says 增长5.5%左右 is a problem, with the
// title written from the figure offered. (A problem names no line of the file in the
// editor: editor-night.spec.js.) Short texts of our own.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, paste, fillPlaceholders } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const REVIEW = '2026年松岭县政府工作报告\n一、2025年工作回顾\n2025年，全县地区生产总值增长5.5%左右，一般公共预算收入12.1亿元，增长3.2%。\n';

test('a title that still prints the qualifier the desk cleared is a problem, written again from the figure in one click', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'songling-2026', REVIEW);
  await fillPlaceholders(page);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.change?.value === 5.5);
  const i = doc.charts.findIndex((c) => c.figures.includes(doc.figures[k].id));
  expect(doc.charts[i].title.zh).toContain('增长5.5%左右');
  const stale = page.locator(`#problems button.problem[data-at="charts[${i}].title.zh"]`);
  await expect(stale).toHaveCount(0);
  await page.locator('#text .num', { hasText: /^5\.5$/ }).click();
  await page.locator(`[data-path="figures[${k}].change.qualifier"]`).selectOption('');
  await expect(stale.first()).toContainText('现在印作');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  // The title stays as it was until the desk takes the offer.
  expect((await stored(page)).doc.charts[i].title.zh).toContain('增长5.5%左右');
  const fix = page.locator('#problems button.retitle');
  await expect(fix).toHaveCount(1);
  await expect(fix).toContainText('增长5.5%');
  await fix.click();
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe('地区生产总值增长5.5%');
  await expect(stale).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});
