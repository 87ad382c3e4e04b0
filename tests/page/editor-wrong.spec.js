// The editor never says all is well while something is wrong (issue 18 §4): a file with
// values of the wrong type is listed whole, placed by the line and column of the file
// as the desk opened it, and never called confirmed; one figure printed with two values
// is a problem naming both sentences.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { TEXT, DATA, openEditor, paste } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

/** The seed report as a draft (every figure unconfirmed) with two mistakes of a hand edit. */
function broken() {
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  for (const f of doc.figures) f.draft = true;
  doc.figures[0].value = '236.8亿';
  doc.charts[1].figures[0] = 'no-such-figure';
  return `${JSON.stringify(doc, null, 2)}\n`;
}

test('a file with a value of the wrong type lists every problem at its line, keeps its text, and is never all confirmed', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  const json = broken();
  const line = json.split('\n').findIndex((l) => l.includes('236.8亿')) + 1;
  await page.setInputFiles('#open-txt', TEXT);
  await page.setInputFiles('#open-json', { name: 'xihu-2024.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  const list = page.locator('#problems button.problem');
  await expect(list.filter({ hasText: `第 ${line} 行` })).toHaveCount(1);
  await expect(list.filter({ hasText: 'no-such-figure' })).toHaveCount(1);
  // Every figure is a draft: none is confirmed, and the bar says how many are left.
  await expect(page.locator('#confirm')).not.toContainText('全部数字已确认');
  await expect(page.locator('#to-confirm')).toHaveText(/^\d+ 个数字/);
  // The text is read still: its numbers are marked.
  expect(await page.locator('#text .num').count()).toBeGreaterThan(10);
  await expect(page.locator('body')).not.toContainText('没有问题');
  expect(describeProblems(problems)).toEqual([]);
});

test('one figure printed with two values is a problem naming both sentences', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'liuxi', [
    '柳溪县2025年经济运行简况',
    '一、总体',
    '全年全县地区生产总值达到212.4亿元，增长6.1%。',
    '二、分项',
    '全县地区生产总值221.4亿元，比上年增长6.1%。',
  ].join('\n'));
  await expect(page.locator('#desk')).toBeVisible();
  const twice = page.locator('#problems button.problem').filter({ hasText: '两个不同的数' });
  await expect(twice).toHaveCount(1);
  await expect(twice).toContainText('达到212.4亿元');
  await expect(twice).toContainText('全县地区生产总值221.4亿元');
  expect(describeProblems(problems)).toEqual([]);
});
