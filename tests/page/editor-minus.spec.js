// A number printed with a minus sign (the tester's s9 findings 1 and 2): 添加为数字 adds
// one figure, with the sign, and that figure decides the number; pressed again, the mark
// opens the figure and adds no copy; the file the desk saves (发布 writes the same
// document, editor-publish.spec.js) passes `check` beside its text.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { CHECK, stored, openEditor, paste, save } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

// One sentence of our own.
const TEXT = '年末生猪存栏112.3万头，同比增速为-1.2%。\n';

test('a number printed with a minus sign is decided by one 添加为数字, and the saved file passes check', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'linhe', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
  // The mark holds the minus sign it is printed with (tester s-test23 #24).
  const mark = page.locator('#text .num', { hasText: /^-1\.2$/ });
  await expect(mark).toHaveClass(/undecided/);
  await expect(page.locator('#to-decide')).toHaveText(/^1 /);
  const before = (await stored(page)).doc.figures.length;
  await page.click('#next-to-decide');
  await page.click('#add-figure');
  await expect.poll(async () => (await stored(page)).doc.figures.length).toBe(before + 1);
  const doc = (await stored(page)).doc;
  const added = doc.figures[(await stored(page)).sel.figure];
  expect(added.value).toBe(-1.2);
  await expect(mark).not.toHaveClass(/undecided/);
  await expect(page.locator('#to-decide')).toHaveCount(0);
  await expect(page.locator('#next-to-decide')).toHaveCount(0);
  // Pressed again, the number opens its figure: no panel, no copy.
  await mark.click();
  await expect(page.locator('#add-figure')).toHaveCount(0);
  expect((await stored(page)).doc.figures.length).toBe(before + 1);
  // The desk names and confirms it; the saved file passes check beside its text.
  const k = (await stored(page)).sel.figure;
  await page.fill(`[data-path="figures[${k}].label.zh"]`, '生猪存栏同比增速');
  await page.locator(`[data-path="figures[${k}].label.zh"]`).press('Tab');
  const file = await save(page);
  fs.writeFileSync(file.replace(/\.json$/, '.txt'), TEXT);
  const out = execFileSync(CHECK, ['check', file], { encoding: 'utf8' });
  expect(out).toContain(`${path.basename(file, '.json')}.txt: every number is a figure or a skip`);
  expect(describeProblems(problems)).toEqual([]);
});

// 增长－2.4%: the draft reads a growth printed with a minus sign, with that sign (issue 18):
// nothing is left to decide, and the file the desk saves passes `check` beside its text.
const GROWTH = '全市出口额120亿元，增长8.1%。全市进口额80亿元，增长－2.4%。\n';

test('a growth printed with a minus sign is drafted with its sign and leaves nothing to decide', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'linhe', GROWTH);
  await expect(page.locator('#desk')).toBeVisible();
  const mark = page.locator('#text .num', { hasText: /2\.4$/ });
  await expect(mark).toHaveCount(1);
  await expect(mark).not.toHaveClass(/undecided/);
  await expect(page.locator('#to-decide')).toHaveCount(0);
  const changes = (await stored(page)).doc.figures.map((f) => f.change && f.change.value);
  expect(changes).toContain(-2.4);
  const file = await save(page);
  fs.writeFileSync(file.replace(/\.json$/, '.txt'), GROWTH);
  const out = execFileSync(CHECK, ['check', file], { encoding: 'utf8' });
  expect(out).toContain(`${path.basename(file, '.json')}.txt: every number is a figure or a skip`);
  expect(describeProblems(problems)).toEqual([]);
});

test('the choices of a number printed with a minus sign show it with its sign', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'linhe', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
  // The mark holds the minus sign it is printed with (tester s-test23 #24).
  const mark = page.locator('#text .num', { hasText: /^-1\.2$/ });
  await expect(mark).toHaveClass(/undecided/);
  await expect(mark).toHaveAttribute('aria-label', /^-1\.2/);
  await page.click('#next-to-decide');
  await expect(page.locator('.offer strong')).toHaveText('-1.2');
  await expect(page.locator('.offer')).toHaveAttribute('aria-label', '-1.2');
  expect(describeProblems(problems)).toEqual([]);
});
