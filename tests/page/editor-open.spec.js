// The editor's open form (www/editor-open.js), driven as a desk would: a text and its
// data file from disk, the file buttons in the interface's language, a data file that is
// not JSON, and a paste too long to draft without asking. Apart from editor.spec.js,
// which drafts, edits and draws: these stop at the form or just past it.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { TEXT, DATA, stored, openEditor, save } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

test('a text and its data file opened from disk are the curated report, saved byte for byte', async ({ page }) => {
  await openEditor(page);
  await page.setInputFiles('#open-txt', TEXT);
  await page.setInputFiles('#open-json', DATA);
  await page.click('#open-go');
  await expect(page.locator('#status')).toHaveText('已打开 xihu-2024');
  await expect(page.locator('#problems .ok')).toBeVisible();
  // The skips of the file show their reasons beside their numbers.
  await expect(page.locator('#text .num.skipped[data-reason="年份"]').first()).toBeVisible();
  const file = await save(page);
  expect(path.basename(file)).toBe('xihu-2024.json');
  expect(fs.readFileSync(file)).toEqual(fs.readFileSync(DATA));
});

test("the open form's file buttons speak the interface's language, and name the file chosen", async ({ page }) => {
  await openEditor(page);
  // Not the browser's "Choose File": the native inputs are hidden behind buttons of the page.
  await expect(page.locator('#open input[type=file]:visible')).toHaveCount(0);
  const text = page.getByRole('button', { name: '原文 .txt 选择文件…' });
  await expect(text).toBeVisible();
  await expect(text).toHaveAccessibleDescription('未选择文件');
  // The button opens the file input's chooser.
  const chooser = page.waitForEvent('filechooser');
  await text.click();
  await (await chooser).setFiles(TEXT);
  await expect(text).toHaveAccessibleDescription(path.basename(TEXT));
  await page.click('#ui-lang');
  await expect(page.getByRole('button', { name: 'Text .txt Choose a file…' })).toHaveAccessibleDescription(path.basename(TEXT));
  await expect(page.getByRole('button', { name: 'Data .json (optional) Choose a file…' })).toHaveAccessibleDescription('No file chosen');
  await page.click('#ui-lang');
});

test('a data file that is not JSON is refused in check-data\'s words, and nothing is lost', async ({ page }) => {
  await openEditor(page);
  await page.setInputFiles('#open-txt', TEXT);
  await page.setInputFiles('#open-json', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"meta": ') });
  await page.click('#open-go');
  await expect(page.locator('#open-error')).toContainText('broken.json');
  await expect(page.locator('#open-error')).toContainText('不是有效的 JSON');
  await expect(page.locator('#open')).toBeVisible();
  expect(await stored(page)).toBeNull();
});

test('a paste longer than twice a whole report asks before drafting, and a no leaves everything as it was', async ({ page }) => {
  await openEditor(page);
  // A first attempt's error is gone once the desk tries again.
  await page.click('#open-go');
  await expect(page.locator('#open-error')).toContainText('请粘贴或选择报告原文');
  const asked = [];
  page.once('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
  const long = '全区地区生产总值增长5.2%。'.repeat(5_000);
  await page.fill('#open-text', long);
  await page.click('#open-go');
  await expect(page.locator('#open-error')).toHaveText('没有起草，什么也没有改动。');
  expect(asked).toEqual([expect.stringContaining(`这段原文有 ${long.length} 字`)]);
  await expect(page.locator('#open-text')).toHaveValue(long);
  expect(await stored(page)).toBeNull();
  // A report's length is drafted without a question.
  page.once('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
  await page.fill('#open-text', '2025年，全区地区生产总值增长5.2%。');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  await expect(page.locator('#open-error')).toBeHidden();
  expect(asked).toHaveLength(1);
});
