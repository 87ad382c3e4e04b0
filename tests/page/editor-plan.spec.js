// The editor never says 没有问题 over a plan kept as a result (tester s-test21 E1): a desk
// who sets a growth target's 性质 to 实绩 is warned, in Chinese, naming the figure by its
// label, and 没有问题 is not said; 添加为数字 on a number the draft left proposes its
// qualifier as printed (E3). A short text of our own.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, paste } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

const TEXT = [
  '江川市2025年经济运行情况',
  '2025年，全市地区生产总值4862.3亿元，增长5.8%。',
  '2026年，全市地区生产总值预期增长5.5%左右。',
  '指标 2025年计划 2025年完成 2026年计划',
  '地区生产总值增长（%） 6左右 5.8 5.5左右',
].join('\n');

test('a target set to 实绩 by the desk is a warning in the problems list, and 没有问题 is not said', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'jiangchuan', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.status === 'target' && f.change && f.change.value === 5.5);
  expect(k).toBeGreaterThanOrEqual(0);
  const said = page.locator('#problems .problem', { hasText: '可能是计划目标' });
  await expect(said).toHaveCount(0);
  // Its number in the text opens its form.
  await page.locator('#text .num', { hasText: /^5\.5$/ }).first().click();
  const status = page.locator(`[data-path="figures[${k}].status"]`);
  await expect(status).toBeVisible();
  await status.selectOption('');
  await expect.poll(async () => (await stored(page)).doc.figures[k].status || 'result').toBe('result');
  await expect(said).toHaveCount(1);
  await expect(said).toContainText('“地区生产总值”标为实绩');
  await expect(said).toHaveClass(/warning/);
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});

test('添加为数字 on an undecided table cell keeps its 左右', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'jiangchuan', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
  const cell = page.locator('#text .sentence.row .num.undecided', { hasText: /^6$/ });
  await expect(cell).toHaveCount(1);
  await cell.click();
  const before = (await stored(page)).doc.figures.length;
  await page.click('#add-figure');
  await expect.poll(async () => (await stored(page)).doc.figures.length).toBe(before + 1);
  const s = await stored(page);
  const added = s.doc.figures[s.sel.figure];
  expect([added.value, added.qualifier]).toEqual([6, '左右']);
  expect(describeProblems(problems)).toEqual([]);
});
