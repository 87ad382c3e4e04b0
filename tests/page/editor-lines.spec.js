// A problem's line and a title's figure follow the file as the desk has it now (issue 18):
// after typed edits that add lines above a problem (an English title and a note where
// there were none), the problems list names the line of the file as it is now, never of the file
// last read whole; after the desk clears a change's qualifier, a title that still says
// 增长5.5%左右 is a problem, with the title written from the figure offered. Short texts of
// our own.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { COUNTY, stored, openEditor, paste, fillPlaceholders } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const REVIEW = '2026年松岭县政府工作报告\n一、2025年工作回顾\n2025年，全县地区生产总值增长5.5%左右，一般公共预算收入12.1亿元，增长3.2%。\n';

/** The line (from 1) of the stored file, as saved, that holds `text`. */
async function lineOf(page, text) {
  const doc = (await stored(page)).doc;
  const lines = JSON.stringify(doc, null, 2).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

test('a problem names its line in the file as it is now, after typed edits add lines above it', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi-2025', COUNTY);
  await fillPlaceholders(page);
  await page.click('.chart-list [data-chart="2"]');
  await page.locator('[data-path="charts[2].title.zh"]').fill('增长98765亿元');
  const wrong = page.locator('#problems button.problem[data-at="charts[2].title.zh"]');
  await expect.poll(async () => (await stored(page)).doc.charts[2].title.zh).toBe('增长98765亿元');
  const before = await lineOf(page, '"zh": "增长98765亿元"');
  expect(before).toBeGreaterThan(0);
  await expect(wrong.first()).toContainText(`第 ${before} 行`);
  // The draft wrote no English and no note: typed into the chart above, an English title
  // adds a line, and a note four ({ "zh", "en" }), each read as a patch of that chart.
  const doc = (await stored(page)).doc;
  expect([doc.charts[1].title.en, doc.charts[1].note]).toEqual([undefined, undefined]);
  await page.click('.chart-list [data-chart="1"]');
  await page.locator('[data-path="charts[1].title.en"]').fill('Output');
  await expect.poll(async () => (await stored(page)).doc.charts[1].title.en).toBe('Output');
  await page.locator('[data-path="charts[1].note.zh"]').fill('本报整理');
  await expect.poll(async () => (await stored(page)).doc.charts[1].note?.zh).toBe('本报整理');
  const after = await lineOf(page, '"zh": "增长98765亿元"');
  expect(after).toBe(before + 5);
  await expect(wrong.first()).toContainText(`第 ${after} 行`);
  expect(describeProblems(problems)).toEqual([]);
});

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
