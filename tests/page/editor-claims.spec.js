// What a tester met on a pasted report (issue 21, tester's bugs 3 and 9): a number the
// draft holds (a range's upper end, a comparison's points) is never counted as undecided,
// as `check` never counts it; and a drafted title follows a relabel of its figure.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, fillPlaceholders } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

// A short text of our own: results, a growth with its comparison (the figure's
// `compare`), next year's target as a range (`to`). (A change of the rate since another
// period, 比前三季度提高0.3个百分点, is left to the desk as `unread` since s18g, so it is
// not in this text: here nothing is left to decide.)
const TEXT = '青山区2025年国民经济和社会发展统计公报\n\n'
  + '全年地区生产总值完成300.5亿元，增长5.8%。其中，第一产业增加值20.1亿元，第二产业增加值110.3亿元，第三产业增加值170.1亿元。\n\n'
  + '规模以上工业增加值增长7.2%，高于全市平均水平1.1个百分点；固定资产投资增长4.1%，社会消费品零售总额增长5.5%。\n\n'
  + '2026年主要预期目标是：地区生产总值增长6%—6.5%。\n';

async function paste(page, text) {
  await page.fill('#open-text', text);
  await page.fill('#open-slug', 'qingshan');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
}

test('a range’s upper end and a comparison’s points are the draft’s figures: nothing is undecided, and 发布 does not ask', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, TEXT);
  for (const n of ['6.5', '1.1']) {
    const mark = page.locator('#text .num', { hasText: new RegExp(`^${n.replace('.', '\\.')}$`) });
    await expect(mark, n).toHaveCount(1);
    await expect(mark, n).not.toHaveClass(/undecided/);
  }
  await expect(page.locator('#text .num.undecided')).toHaveCount(0);
  await expect(page.locator('#to-decide')).toHaveCount(0);
  await fillPlaceholders(page);
  await expect(page.locator('#problems button.problem')).toHaveCount(0);
  // 发布 asks once, to confirm the draft's figures; never about undecided numbers.
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.message()); d.dismiss(); });
  await page.click('#publish');
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('待确认');
  expect(asked[0]).not.toMatch(/待决定|尚未决定/);
  expect(describeProblems(problems)).toEqual([]);
});

test('a drafted title follows a relabel of its figure, and a confirmed title stays the desk’s', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, TEXT);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.value === 170.1);
  const label = doc.figures[k].label.zh;
  const i = doc.charts.findIndex((c) => c.draft && c.figures.includes(doc.figures[k].id) && c.title.zh.includes(label));
  expect(i, JSON.stringify(doc.charts.map((c) => c.title.zh))).toBeGreaterThanOrEqual(0);
  const before = doc.charts[i].title.zh;
  await page.locator('#text .num', { hasText: /^170\.1$/ }).click();
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await field.fill('三产增加值');
  await field.press('Tab');
  const want = before.split(label).join('三产增加值');
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(want);
  await page.click(`.chart-list [data-chart="${i}"]`);
  await expect(page.locator(`[data-path="charts[${i}].title.zh"]`)).toHaveValue(want);
  // Undo takes the title back first, then the label.
  await page.click('#undo');
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(before);
  await page.click('#redo');
  // Once the desk confirms the chart, its title is the desk's: a relabel leaves it.
  await page.click('#confirm-chart');
  await page.locator('#text .num', { hasText: /^170\.1$/ }).click();
  await field.fill('第三产业增加值');
  await field.press('Tab');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe('第三产业增加值');
  expect((await stored(page)).doc.charts[i].title.zh).toBe(want);
  expect(describeProblems(problems)).toEqual([]);
});

test('relabelling last year’s result beside a target leaves the targets chart’s title, which names the target', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, TEXT);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.value === 300.5);
  const { id, label } = { id: doc.figures[k].id, label: doc.figures[k].label.zh };
  // The draft's targets chart: next year's target and this year's result, one label.
  const i = doc.charts.findIndex((c) => c.draft && c.kind === 'targets' && c.figures.includes(id));
  expect(i, JSON.stringify(doc.charts.map((c) => [c.kind, c.title.zh]))).toBeGreaterThanOrEqual(0);
  const target = doc.charts[i].figures.find((x) => x !== id);
  expect(doc.figures.find((f) => f.id === target).label.zh).toBe(label);
  const before = doc.charts[i].title.zh;
  expect(before).toContain(label);
  await page.locator('#text .num', { hasText: /^300\.5$/ }).click();
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await field.fill(`青山区${label}`);
  await field.press('Tab');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe(`青山区${label}`);
  expect((await stored(page)).doc.charts[i].title.zh).toBe(before);
  expect(describeProblems(problems)).toEqual([]);
});

test('a title the desk’s edit of its figure left stale is a problem, rewritten from the figure in one click', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, TEXT);
  await fillPlaceholders(page);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.change?.value === 4.1);
  const i = doc.charts.findIndex((c) => c.figures.includes(doc.figures[k].id) && c.title.zh.includes('增长4.1%'));
  expect(i, JSON.stringify(doc.charts.map((c) => c.title.zh))).toBeGreaterThanOrEqual(0);
  const before = doc.charts[i].title.zh;
  // The desk reads the sentence again: the change is a fall. The title still says 增长.
  await page.locator('#text .num', { hasText: /^4\.1$/ }).click();
  await page.locator(`[data-path="figures[${k}].change.kind"]`).selectOption('decline');
  const stale = page.locator(`#problems button.problem[data-at="charts[${i}].title.zh"]`);
  await expect(stale).toContainText('增长4.1%');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  const want = before.replace('增长4.1%', '下降4.1%');
  const fix = page.locator('#problems button.retitle');
  await expect(fix).toHaveCount(1);
  await expect(fix).toContainText(want);
  await fix.click();
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(want);
  await expect(stale).toHaveCount(0);
  await expect(fix).toHaveCount(0);
  // One undo step takes the old title back, and its problem with it.
  await page.click('#undo');
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(before);
  await expect(stale).toHaveCount(1);
  expect(describeProblems(problems)).toEqual([]);
});
