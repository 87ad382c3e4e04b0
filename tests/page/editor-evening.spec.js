// What a tester met playing the desk's evening (issue 21): numbers left undecided never
// read as 没有问题; the status line follows every update; a report opened and not edited
// is not marked as having edits; a pasted report is named as the site names reports; the
// Chinese interface writes Chinese punctuation; a new chart's subtitle is the desk's to
// write, and one without its figures' unit is flagged.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { DATA, stored, openEditor } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

/** Un-skips the first number of the text the file skips: it is then undecided. */
async function leaveUndecided(page) {
  const skipped = page.locator('#text .num.skipped').first();
  const number = await skipped.textContent();
  await skipped.click();
  await page.click('#unskip');
  await expect(page.locator('#text .num.undecided', { hasText: number }).first()).toBeVisible();
  return number;
}

test('a number left undecided is counted apart in both languages, reached from the count, and 没有问题 waits for it', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toHaveText('没有问题：可以发布。');
  await expect(page.locator('#to-decide')).toHaveCount(0);
  const number = await leaveUndecided(page);
  await expect(page.locator('#to-decide')).toHaveText('1 个数字待决定');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  await expect(page.locator('#problems .pending')).toContainText('1 个数字待决定');
  await expect(page.locator('body')).not.toContainText('没有问题');
  await page.click('#ui-lang');
  await expect(page.locator('#to-decide')).toHaveText('1 number to decide');
  await expect(page.locator('#problems .pending')).toContainText('1 number to decide');
  await page.click('#ui-lang');
  // The count leads to the number: its choices open, and a decision ends the count.
  await page.click('#next-to-decide');
  await expect(page.locator('.offer strong')).toHaveText(number);
  await page.selectOption('#skip-reason', 'year');
  await page.click('#skip-number');
  await expect(page.locator('#to-decide')).toHaveCount(0);
  await expect(page.locator('#problems .ok')).toHaveText('没有问题：可以发布。');
  expect(describeProblems(problems)).toEqual([]);
});

test('an undecided number offers first the reason the draft would skip it for, read by the drafter’s wasm', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  // Xihu's first skipped number is a year the text prints (2024年), which the draft skips
  // as a year: undecided, its choices offer that reason first.
  const number = await leaveUndecided(page);
  expect(number).toBe('2024');
  await page.click('#next-to-decide');
  await expect(page.locator('.offer strong')).toHaveText(number);
  await expect(page.locator('#skip-reason')).toHaveValue('year');
  await page.click('#skip-number');
  await expect(page.locator('#to-decide')).toHaveCount(0);
  expect((await stored(page)).doc.skips.filter((s) => s.number === number && s.reason === 'year').length).toBeGreaterThan(0);
  expect(describeProblems(problems)).toEqual([]);
});

test('发布 asks about numbers left undecided, and its refusal follows the desk’s decisions', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await leaveUndecided(page);
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('未发布');
  expect(asked).toContain('1 个数字待决定');
  await page.click('#next-to-decide');
  await page.selectOption('#skip-reason', 'year');
  await page.click('#skip-number');
  await expect(page.locator('#problems .ok')).toBeVisible();
  await expect(page.locator('#status')).not.toContainText('未发布');
});

test('the status line follows every update: a refusal for problems is gone once they are fixed', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="0"]');
  const k = (await stored(page)).sel.figure;
  const value = page.locator(`[data-path="figures[${k}].value"]`);
  const was = await value.inputValue();
  await value.fill(String(Number(was) + 1));
  await page.click('#publish');
  // A value its sentence does not print refuses 发布 by name, with both numbers
  // (tester s-test24 F7), where other problems are counted (尚有 N 个问题).
  await expect(page.locator('#status')).toContainText(`不能发布：`);
  await expect(page.locator('#status')).toContainText(`${Number(was) + 1}`);
  // Fixed by typing the value back, without 发布: the line says so at once.
  await value.fill(was);
  await expect(page.locator('#problems .ok')).toBeVisible();
  await expect(page.locator('#status')).not.toContainText('个问题');
  await expect(page.locator('#status')).not.toContainText('不能发布');
});

test('a report opened from the site and not edited is not marked 有未下载的修改; an edit marks it', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="1"]');
  await page.click('#reopen');
  await expect(page.locator('#recent li')).toHaveCount(1);
  await expect(page.locator('#recent li').first()).not.toContainText('有未下载的修改');
  await page.click('#recent .recent-open[data-slug="xihu-2024"]');
  await page.click('.chart-list [data-chart="1"]');
  const k = (await stored(page)).sel.figure;
  await page.fill(`[data-path="figures[${k}].label.zh"]`, '改过的名称');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe('改过的名称');
  await page.click('#reopen');
  await expect(page.locator('#recent li').first()).toContainText('有未下载的修改');
});

test('the status line drops 已打开 at the next edit, and a report published as a ZIP is not marked 有未下载的修改', async ({ page }) => {
  // The tester's s10 finding 15: 已恢复上次的编辑 stayed through later edits, and the
  // ZIP, which holds the data file, left the report marked as not downloaded.
  test.setTimeout(180_000);
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#status')).toContainText('已打开');
  await page.click('.chart-list [data-chart="1"]');
  const k = (await stored(page)).sel.figure;
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  const label = await field.inputValue();
  await field.fill('改过的名称');
  await expect(page.locator('#status')).not.toContainText('已打开');
  // Typed back: an edit still, and no problem left to stop 发布.
  await field.fill(label);
  await expect(page.locator('#problems .ok')).toBeVisible();
  page.on('dialog', (d) => d.accept());
  await Promise.all([page.waitForEvent('download', { timeout: 150_000 }), page.click('#publish')]);
  await page.click('#reopen');
  await expect(page.locator('#recent li').first()).not.toContainText('有未下载的修改');
});

for (const [title, slug] of [['2026年广西壮族自治区政府工作报告', 'guangxi-2026'], ['2026年石门县政府工作报告', 'shimen-2026']]) {
  test(`a pasted report titled ${title} is named ${slug}, as the site names reports`, async ({ page }) => {
    await openEditor(page);
    await page.fill('#open-text', `${title}\n\n一、2025年工作回顾\n\n过去一年，地区生产总值完成98.7亿元，增长4.9%。\n`);
    await page.click('#open-go');
    await expect(page.locator('#desk')).toBeVisible();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('report-charts:editor:current')))).toBe(slug);
  });
}

test('the Chinese interface writes Chinese punctuation on the text’s numbers, its lists and its messages', async ({ page }) => {
  await openEditor(page);
  // A drafted report: figures on no chart, to confirm, and skips with their reasons.
  await page.fill('#open-text', '2026年石门县政府工作报告\n\n一、2025年工作回顾\n\n过去一年，地区生产总值完成98.7亿元，增长4.9%。新建5G基站120个，2025年新增就业3000人。\n');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  // The marks' words come with the worker's answer, which may follow the desk's first paint.
  const marks = () => page.locator('#text .num').evaluateAll((ns) => ns.flatMap((n) => [n.title, n.getAttribute('aria-label')]));
  await expect.poll(async () => (await marks()).some((t) => t.includes('待确认'))).toBe(true);
  const said = await marks();
  // ASCII punctuation after a Chinese word: 是数字但未上图, 待确认 / 已跳过: 年份.
  const ascii = /[\u4e00-\u9fff][,:;()]/;
  expect(said.filter((t) => ascii.test(t))).toEqual([]);
  // A chart's list of figures, a figure's charts and a count of problems.
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="1"]');
  const k = (await stored(page)).sel.figure;
  await page.fill(`[data-path="figures[${k}].value"]`, '123456');
  await expect(page.locator('#problems-h')).toHaveText(/^问题（\d+）$/);
  const labels = await page.locator('#desk [aria-label], #desk .in-charts').evaluateAll((ns) => ns.map((n) => n.getAttribute('aria-label') || n.textContent));
  expect(labels.length).toBeGreaterThan(3);
  expect(labels.filter((t) => ascii.test(t))).toEqual([]);
});

test('a new chart’s subtitle is the desk’s to write, and a subtitle without its figures’ shared unit is flagged', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  await page.click('#add-chart');
  const i = doc.charts.length;
  const subtitle = page.locator(`[data-path="charts[${i}].subtitle.zh"]`);
  await expect(subtitle).not.toHaveValue(/\d{4}年/);
  await expect(page.locator(`#problems .problem[data-at="charts[${i}].subtitle.zh"]`)).toBeVisible();
  // A chart of figures in one unit, whose subtitle says only the year.
  const j = doc.charts.findIndex((c) => c.id === 'key-amounts');
  await page.click(`.chart-list [data-chart="${j}"]`);
  await page.fill(`[data-path="charts[${j}].subtitle.zh"]`, '2024年');
  await expect(page.locator(`#problems .problem[data-at="charts[${j}].subtitle.zh"]`)).toContainText('亿元');
  await page.fill(`[data-path="charts[${j}].subtitle.zh"]`, '单位：亿元，2024年');
  await expect(page.locator(`#problems .problem[data-at="charts[${j}].subtitle.zh"]`)).toHaveCount(0);
});
