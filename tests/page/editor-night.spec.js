// The editor as a desk at 11 pm (tester s-test20, issue 18 §4 and issue 21): a relabel
// never turns the change word of a drafted title into the new label (E2); 发布 refuses
// only what `check` refuses, never its warnings (E4); a figure's period is the desk's to
// set (E3); a problem is at its field, never at a line of a JSON file the desk never saw.
// Short texts of our own, with figures of no real place.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { COUNTY, stored, openEditor, paste, fillPlaceholders, listed, relabel } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const TEXT = '松川县2025年经济运行简况\n2025年，全县地区生产总值386.2亿元，增长6.3%。一般公共预算收入21.4亿元，增长4.8%。\n';

/**
 * Pastes `text` as `slug` and writes the draft's placeholders, once the desk's first
 * review has listed them (on a slow machine it comes after the desk opens).
 */
async function pasted(page, slug, text) {
  await paste(page, slug, text);
  await expect(page.locator('#problems button.problem', { hasText: '占位文字' }).first()).toBeVisible();
  await fillPlaceholders(page);
  await expect(page.locator('#problems button.problem', { hasText: /占位文字|默认标题/ })).toHaveCount(0);
}

test('a relabel never writes the new label over the change word of a drafted title, which is flagged instead', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await pasted(page, 'songchuan-2025', TEXT);
  let doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.value === 386.2);
  const fid = doc.figures[k].id;
  const i = doc.charts.findIndex((c) => c.draft && c.figures.includes(fid));
  expect(i, JSON.stringify(doc.charts)).toBeGreaterThanOrEqual(0);
  const drafted = doc.charts[i].title.zh;
  expect(drafted).toContain('地区生产总值386.2亿元，增长6.3%');
  await page.locator('#text .num', { hasText: /^386\.2$/ }).first().click();
  // The label once: the drafted title follows it.
  await relabel(page, k, '增长');
  const bare = drafted.replace('地区生产总值', '增长');
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(bare);
  // 增长 twice now, the label and the verb of 增长6.3%: the title is left as it is, and
  // flagged (增长386.2亿元 now reads as a change no figure has), with the title written
  // from the figure offered.
  await relabel(page, k, '地区生产总值');
  const at = `charts[${i}].title.zh`;
  await expect(listed(page, at).first()).toContainText('增长386.2亿元');
  doc = (await stored(page)).doc;
  expect(doc.charts[i].title.zh).toBe(bare);
  expect(doc.charts[i].title.zh).not.toContain('地区生产总值6.3%');
  const fix = page.locator('#problems li', { has: page.locator(`button.problem[data-at="${at}"]`) }).locator('button.retitle');
  await expect(fix).toContainText('地区生产总值386.2亿元，增长6.3%');
  await fix.click();
  await expect(listed(page, at)).toHaveCount(0);
  expect((await stored(page)).doc.charts[i].title.zh).toContain('地区生产总值386.2亿元，增长6.3%');
  expect(describeProblems(problems)).toEqual([]);
});

test('发布 is not refused by a warning of check, and is by an error or a number its sentence does not print', async ({ page }) => {
  // The whole site is drawn and zipped: minutes on a slowed CPU (STRESS_CPU=4).
  test.setTimeout(240_000);
  const problems = watchProblems(page);
  await openEditor(page);
  await pasted(page, 'qingshi-2025', COUNTY);
  await page.click('#confirm-all');
  await expect.poll(async () => (await stored(page)).doc.figures.some((f) => f.draft)).toBe(false);
  // A figure whose value no chart's title prints.
  const doc = (await stored(page)).doc;
  const titles = doc.charts.map((c) => c.title.zh).join(' ');
  const k = doc.figures.findIndex((f) => f.value !== undefined && !titles.includes(String(f.value)));
  expect(k, JSON.stringify(doc.figures)).toBeGreaterThanOrEqual(0);
  const value = doc.figures[k].value;
  await page.locator('#text .num', { hasText: new RegExp(`^${String(value).replace('.', '\\.')}$`) }).first().click();
  // A value its sentence does not print is a warning of `check` (rc 0), yet never
  // published: 发布 names the figure and both numbers (tester s-test24 F7).
  const field = page.locator(`[data-path="figures[${k}].value"]`);
  await field.fill(String(value + 1000));
  await field.press('Tab');
  await expect(page.locator(`#problems button.problem:not(.warning)[data-at="figures[${k}].value"]`)).toHaveCount(1);
  let early = false;
  const early1 = () => { early = true; };
  page.on('download', early1);
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText(`数值 ${value + 1000}`);
  await expect(page.locator('#status')).toContainText(String(value));
  expect(early).toBe(false);
  page.off('download', early1);
  await field.fill(String(value));
  await field.press('Tab');
  // A subtitle that does not name its figures' unit is a warning of `check` only: listed,
  // and no refusal.
  const c = doc.charts.findIndex((x) => /^单位：[^见]/.test(x.subtitle?.zh || ''));
  expect(c, JSON.stringify(doc.charts.map((x) => x.subtitle))).toBeGreaterThanOrEqual(0);
  await page.click(`.chart-list [data-chart="${c}"]`);
  await page.locator(`[data-path="charts[${c}].subtitle.zh"]`).fill('2025年');
  await page.locator(`[data-path="charts[${c}].subtitle.zh"]`).press('Tab');
  const warned = page.locator(`#problems button.problem.warning[data-at="charts[${c}].subtitle.zh"]`);
  await expect(warned).toHaveCount(1);
  await expect(page.locator('#problems button.problem:not(.warning)')).toHaveCount(0);
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  page.on('dialog', (d) => d.accept());
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('#publish')]);
  expect(download.suggestedFilename()).toBe('qingshi-2025-site.zip');
  await expect(warned).toHaveCount(1);
  // An error (a chart naming a figure that is not there, as a chart title's number no
  // figure has) still refuses.
  const j = (await stored(page)).doc.charts.findIndex((c) => c.title.zh);
  await page.click(`.chart-list [data-chart="${j}"]`);
  await page.locator(`[data-path="charts[${j}].title.zh"]`).fill('增长98765亿元');
  await expect(page.locator(`#problems button.problem:not(.warning)[data-at="charts[${j}].title.zh"]`).first()).toBeVisible();
  let again = false;
  page.on('download', () => { again = true; });
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('个问题');
  expect(again).toBe(false);
  expect(describeProblems(problems)).toEqual([]);
});

test('a figure’s period is set, cleared and checked at its own fields', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await pasted(page, 'songchuan-2025', TEXT);
  const k = (await stored(page)).doc.figures.findIndex((f) => f.value === 21.4);
  await page.locator('#text .num', { hasText: /^21\.4$/ }).first().click();
  const zh = page.locator(`[data-path="figures[${k}].period.zh"]`);
  const en = page.locator(`[data-path="figures[${k}].period.en"]`);
  await expect(zh).toBeVisible();
  await zh.fill('2025年');
  await expect.poll(async () => (await stored(page)).doc.figures[k].period).toEqual({ zh: '2025年' });
  await en.fill('2025');
  await expect.poll(async () => (await stored(page)).doc.figures[k].period).toEqual({ zh: '2025年', en: '2025' });
  // English without Chinese: check's problem, at the Chinese field.
  await zh.fill('');
  await expect.poll(async () => (await stored(page)).doc.figures[k].period).toEqual({ en: '2025' });
  const missing = listed(page, `figures[${k}].period.zh`);
  await expect(missing.first()).toBeVisible();
  await expect(missing.first()).not.toContainText(/第 \d+ 行/);
  // Both cleared: the figure is of the report's year again, with no period at all.
  await en.fill('');
  await expect.poll(async () => (await stored(page)).doc.figures[k].period).toBeUndefined();
  await expect(missing).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});

test('a problem is at its field and names no line of a JSON file, in both languages', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await pasted(page, 'qingshi-2025', COUNTY);
  await page.click('.chart-list [data-chart="0"]');
  await page.locator('[data-path="charts[0].title.zh"]').fill('增长98765亿元');
  const wrong = listed(page, 'charts[0].title.zh').first();
  await expect(wrong).toContainText('98765');
  await expect(wrong).not.toContainText(/第 \d+ 行/);
  await wrong.click();
  await expect(page.locator('[data-path="charts[0].title.zh"]')).toBeFocused();
  await page.click('#ui-lang');
  await expect(wrong).toContainText('98765');
  await expect(wrong).not.toContainText(/\bline \d+/);
  expect(describeProblems(problems)).toEqual([]);
});
