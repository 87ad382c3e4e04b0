// What the editor must never publish (issue 18 §4, tester s-test16 C4, H4, M7): a title
// still naming the label its figure had before the desk relabelled it, found again after
// a reload and by the native check of the saved file, as the chart remembers the label
// (`title_for`); the draft's default headline; and the refusal counted in the English
// of the interface. Short texts of our own, with figures of no real place.
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { CHECK, stored, openEditor, paste, save, fillPlaceholders, listed } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

// A district's year and its targets of the next. On the cards of the year, whose title
// the draft wrote from the label, the desk lengthens 地区生产总值 to 全区地区生产总值 (the
// shape of s-test15's 市县两级财政投入 → 全市市县两级财政投入): the title's words still
// name the new label, so only the file's memory of the old one (`title_for`) finds it.
const TARGETS = '东岭区2025年经济运行情况\n'
  + '2025年，全区地区生产总值812.4亿元，增长5.2%。一般公共预算收入46.8亿元，增长3.1%。\n'
  + '2026年，全区锚定地区生产总值增长5%左右，确保一般公共预算收入增长4%。\n';

// The same year with no title line: the draft heads it with its default, 2025年报告图解.
const UNTITLED = '2025年，东岭区地区生产总值812.4亿元，增长5.2%。一般公共预算收入46.8亿元，增长3.1%。\n';

test('a confirmed title naming a relabelled figure’s old label stays a problem after a reload, for check too, and 发布 refuses', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'dongling-2025', TARGETS);
  // The draft's placeholders are listed once the desk's first review is in (under load,
  // after paste returns).
  await expect(page.locator('#problems button.problem', { hasText: '占位文字' }).first()).toBeVisible();
  await fillPlaceholders(page);
  await page.click('#confirm-all');
  await expect.poll(async () => (await stored(page)).doc.figures.some((f) => f.draft)).toBe(false);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.label.zh === '地区生产总值' && f.value === 812.4);
  expect(k, JSON.stringify(doc.figures.map((f) => f.label.zh))).toBeGreaterThanOrEqual(0);
  const i = doc.charts.findIndex((c) => c.figures.includes(doc.figures[k].id));
  const title = doc.charts[i].title.zh;
  expect(title).toContain('地区生产总值');
  await page.locator('#text .num', { hasText: /^812\.4$/ }).first().click();
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await field.fill('全区地区生产总值');
  await field.press('Tab');
  const at = `charts[${i}].title.zh`;
  await expect(listed(page, at)).toContainText('标题还写着“地区生产总值”');
  // The file remembers the label the title was written for; the title stays the desk's.
  const after = (await stored(page)).doc;
  expect(after.charts[i].title_for).toEqual({ [doc.figures[k].id]: { zh: '地区生产总值' } });
  expect(after.charts[i].title.zh).toBe(title);
  // One undo takes back the label and the memory together; redo puts both back.
  await page.click('#undo');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe('地区生产总值');
  expect((await stored(page)).doc.charts[i].title_for).toBeUndefined();
  await expect(listed(page, at)).toHaveCount(0);
  await page.click('#redo');
  await expect(listed(page, at)).toContainText('标题还写着“地区生产总值”');

  // A reload finds it again, and 发布 refuses while it stands.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(listed(page, at)).toContainText('标题还写着“地区生产总值”');
  await page.click('#publish');
  await expect(page.locator('#status')).toHaveText('尚有 1 个问题：解决后才能发布（见“问题”）。');

  // The native check of the saved file says the same.
  const file = await save(page);
  let out = '';
  try {
    execFileSync(CHECK, ['check', file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  expect(out).toContain(`${at}`);
  expect(out).toContain('地区生产总值');

  // Rewritten from the figure in one click: no problem, and nothing remembered.
  await page.locator('#problems button.retitle').first().click();
  await expect(listed(page, at)).toHaveCount(0);
  // The title written from the figure (全区地区生产总值812.4亿元…) holds the old words
  // only inside the new label, which names no 地区生产总值 (title_for.rs, `names`, the
  // editor's rule too): the memory is forgotten.
  expect((await stored(page)).doc.charts[i].title_for).toBeUndefined();
  expect(describeProblems(problems)).toEqual([]);
});

test('the draft’s default headline is a problem until the desk writes one, and the English refusal counts one problem', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'dongling-2025', UNTITLED);
  await fillPlaceholders(page, '本报', { title: false });
  await page.click('#confirm-all');
  const doc = (await stored(page)).doc;
  expect(doc.meta.title.zh).toBe('2025年报告图解');
  await expect(listed(page, 'meta.title.zh')).toContainText('标题仍是草稿的默认标题');
  await page.click('#publish');
  await expect(page.locator('#status')).toHaveText('尚有 1 个问题：解决后才能发布（见“问题”）。');
  // In English: the problem in English, and one problem counted as one.
  await page.click('#ui-lang');
  await expect(listed(page, 'meta.title.zh')).toContainText("the title is still the draft's default");
  await page.click('#publish');
  await expect(page.locator('#status')).toHaveText('1 problem remains: fix it to publish (see Problems).');
  // Written: nothing left.
  await listed(page, 'meta.title.zh').click();
  await page.locator('[data-path="meta.title.zh"]').fill('东岭区经济运行图解');
  await expect(listed(page, 'meta.title.zh')).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});
