// The editor's preview in English of a report whose English is not complete (the
// tester's bug 17): it showed ids (ling-guan-shui-…) for chart names and charts with
// blank titles and labels. It now says the English is not complete, and how much is
// missing, and draws the Chinese, as the published site (Chinese only until then) does.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { COUNTY, stored, openEditor, paste, allDrawn } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

test('a preview in English of a report without its English says so and draws the Chinese, never ids or blank titles', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi-2025', COUNTY);
  await expect(page.locator('#desk')).toBeVisible();
  const doc = (await stored(page)).doc;
  expect(doc.charts.length).toBeGreaterThan(0);
  await expect(page.locator('#pv-english')).toBeHidden();

  await page.check('input[name="pv-lang"][value="en"]');
  const note = page.locator('#pv-english');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/^英文尚未齐全：还有 \d+ 处文字没有英文/);
  await allDrawn(page, doc.charts.length);
  const captions = await page.locator('.pv-chart figcaption').allTextContents();
  expect(captions).toEqual(doc.charts.map((c, i) => `${i + 1}. ${c.title.zh}`));
  for (const c of doc.charts) expect(captions.join(' ')).not.toContain(c.id);
  expect(await page.locator('#preview').getAttribute('lang')).toBe('zh-CN');

  // In the English interface the note is English too.
  await page.click('#ui-lang');
  await expect(note).toHaveText(/^The English is not complete: \d+ texts have no English yet/);

  // Back in Chinese, no note.
  await page.check('input[name="pv-lang"][value="zh"]');
  await expect(note).toBeHidden();
  expect(describeProblems(problems)).toEqual([]);
});

test('a preview in English of a report with all its English draws the English and says nothing', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.check('input[name="pv-lang"][value="en"]');
  const doc = (await stored(page)).doc;
  await expect(page.locator('.pv-chart figcaption').first()).toHaveText(`1. ${doc.charts[0].title.en}`);
  await expect(page.locator('#pv-english')).toBeHidden();
  expect(await page.locator('#preview').getAttribute('lang')).toBe('en');
});
