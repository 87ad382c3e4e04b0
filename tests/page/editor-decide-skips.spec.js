// Numbers the draft skipped on grounds a desk must check (a number it took for part of a
// label, tester s-test20 E6) are counted with the numbers 待决定 and marked so in the
// text, until the desk picks a reason; and the chart list says a title the desk typed at
// once, not after a reload (s-test20 E7).
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { COUNTY, stored, openEditor, paste } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

// Two sentences of our own: 50 is part of what 36 counts.
const TEXT = '2025年，全区地区生产总值完成906.3亿元，增长5.8%。年营业收入超50亿元的企业达到36家。\n';

test('a number the draft took for part of a label is to decide until the desk picks a reason', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'donghu', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
  const mark = page.locator('#text .num', { hasText: /^50$/ });
  await expect(mark).toHaveClass(/undecided/);
  await expect(page.locator('#to-decide')).toHaveText(/^1 /);
  await mark.click();
  // The draft's reason is the one offered.
  await expect(page.locator('#skip-reason')).toHaveValue('label');
  await page.click('#skip-number');
  await expect(mark).toHaveClass(/skipped/);
  await expect(page.locator('#to-decide')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).doc.skips.find((k) => k.number === '50'))
    .toEqual(expect.objectContaining({ reason: 'label' }));
  const skip = (await stored(page)).doc.skips.find((k) => k.number === '50');
  expect(skip.draft).toBeUndefined();
  expect(describeProblems(problems)).toEqual([]);
});

test('the chart list says the title the desk types, without a reload', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi', COUNTY);
  await expect(page.locator('#desk')).toBeVisible();
  const first = page.locator('.chart-list button[data-chart="0"]');
  await first.click();
  const title = page.locator('[data-path="charts[0].title.zh"]');
  await title.fill('青石县经济总量312.6亿元');
  await expect(first).toContainText('1. 青石县经济总量312.6亿元');
  await expect.poll(async () => (await stored(page)).doc.charts[0].title.zh).toBe('青石县经济总量312.6亿元');
  expect(describeProblems(problems)).toEqual([]);
});
