// A stale title and the report's place (issue 18, tester s-test15 C5, H5): a relabel after
// 全部确认 that leaves a title naming what no figure of its chart is stays a problem after
// a reload, since `check` reads it from the file; the report's own texts have a field for
// its place, which a desk fills without a terminal. Short texts of our own.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, paste } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const FUNDS = [
  '关于2025年十件民生实事完成情况的报告',
  '青石县人民政府',
  '2025年，全县累计投入资金8.6亿元，其中县级财政投入5.2亿元。',
].join('\n');

test('a title naming a label its figure no longer has stays a problem after a reload', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi-funds', FUNDS);
  await page.click('#confirm-all');
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.value === 5.2);
  const i = doc.charts.findIndex((c) => /县级财政投入/.test(c.title?.zh || ''));
  expect(i).toBeGreaterThanOrEqual(0);
  const stale = page.locator(`#problems button.problem[data-at="charts[${i}].title.zh"]`);
  await expect(stale).toHaveCount(0);
  await page.locator('#text .num', { hasText: /^5\.2$/ }).click();
  const label = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await label.fill('社会资本投入');
  await label.press('Tab');
  await expect(stale.first()).toContainText('县级财政投入');
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(stale.first()).toContainText('县级财政投入');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});

test("the report's place has its field among the report's own texts, in both languages", async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'funds', FUNDS.replace('青石县人民政府\n', ''));
  // The pane is open where a placeholder of the draft is left in it.
  if (!(await page.locator('#meta-pane').evaluate((d) => d.open))) await page.click('#meta-h');
  await page.fill('[data-path="meta.place.zh"]', '青石县');
  await page.fill('[data-path="meta.place.en"]', 'Qingshi County');
  await expect.poll(async () => (await stored(page)).doc.meta.place).toEqual({ zh: '青石县', en: 'Qingshi County' });
  expect(describeProblems(problems)).toEqual([]);
});
