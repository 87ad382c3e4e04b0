// The editor tells the desk why, and shows all of the text (tester s-test21 E4, E8): an
// undecided number says why the draft left it, in its tooltip and its choices, in the
// interface's language (the drafter's wasm words it, as `check` does); the dateline and a
// bureau's signature, which the draft leaves out of the text, are shown where they stand
// with their numbers marked skipped; a problem of a figure's 性质 names that field; and
// 添加为数字 on a number the draft skipped as a goal proposes a target. A text of our own.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, paste } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const TEXT = [
  '政府工作报告',
  '——2026年1月10日在石门县第十八届人民代表大会第五次会议上',
  '县长 李明',
  '2025年，全县地区生产总值320.5亿元，增长5.8%。',
  '2026年，全县地区生产总值预期增长5.5%左右。全县上下奋力迈向500亿元以上的目标。',
  '指标 2025年计划 2025年完成 2026年计划',
  '地区生产总值增长（%） 6左右 5.8 5.5左右',
  '石门县统计局 2026-01-08',
].join('\n');

/** Opens the editor on `TEXT`, drafted. */
async function open(page) {
  await openEditor(page);
  await paste(page, 'shimen', TEXT);
  await expect(page.locator('#desk')).toBeVisible();
}

test('an undecided number says why the draft left it, in its tooltip and its choices, in the interface’s language', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page);
  const cell = page.locator('#text .sentence.row .num.undecided', { hasText: /^6$/ });
  await expect(cell).toHaveCount(1);
  // The drafter's answer comes after the text is laid out: the tooltip says it then.
  await expect(cell).toHaveAttribute('title', /^待决定：表格的一行：表头没有说清/);
  await expect(cell).toHaveAttribute('aria-label', /^6，待决定：表格的一行/);
  await cell.click();
  await expect(page.locator('.offer .why')).toHaveText(/^待决定：表格的一行：表头没有说清/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.offer')).toHaveCount(0);
  // In English, with nothing asked again.
  await page.click('#ui-lang');
  const english = page.locator('#text .sentence.row .num.undecided', { hasText: /^6$/ });
  await expect(english).toHaveAttribute('title', /^Undecided: a row of a table whose header/);
  await english.click();
  await expect(page.locator('.offer .why')).toHaveText(/^Undecided: a row of a table whose header/);
  // A number the draft read says nothing of the kind.
  const read = page.locator('#text .num', { hasText: /^320\.5$/ });
  await expect(read).not.toHaveAttribute('title', /Undecided|待决定/);
  expect(describeProblems(problems)).toEqual([]);
});

test('the dateline and the bureau’s signature are shown where they stand, their numbers marked skipped', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page);
  const left = page.locator('#text .text-left');
  await expect(left).toHaveCount(3);
  await expect(left.nth(0)).toHaveText(/^——2026年1月10日在石门县第十八届人民代表大会第五次会议上/);
  await expect(left.nth(1)).toHaveText(/^县长李明/);
  await expect(left.nth(2)).toHaveText(/^石门县统计局2026-01-08/);
  // In the order printed: the dateline after the title, the signature after the table.
  const order = await page.locator('#text > *').evaluateAll((all) => all.map((e) => e.className));
  expect(order.indexOf('text-left')).toBe(1);
  expect(order.lastIndexOf('text-left')).toBe(order.length - 1);
  // Their numbers, skipped as lines around the text, are among the legend's skipped.
  const dateline = left.nth(0).locator('.num');
  await expect(dateline).toHaveCount(3);
  for (const b of await dateline.all()) {
    await expect(b).toHaveClass(/skipped/);
    await expect(b).toHaveAttribute('title', /^已跳过：正文之外的行/);
  }
  const skipped = await page.locator('#text .num.skipped').count();
  await expect(page.locator('#legend .key.skipped')).toHaveText(String(skipped));
  await expect(left.nth(0)).toBeVisible();
  expect(describeProblems(problems)).toEqual([]);
});

test('a problem of a figure’s 性质 names that field, in both languages', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.status === 'target' && f.change && f.change.value === 5.5);
  expect(k).toBeGreaterThanOrEqual(0);
  await page.locator('#text .sentence:not(.row) .num', { hasText: /^5\.5$/ }).first().click();
  await page.locator(`[data-path="figures[${k}].status"]`).selectOption('');
  const said = page.locator('#problems .problem', { hasText: '可能是计划目标' });
  await expect(said).toHaveCount(1);
  await expect(said.locator('strong')).toHaveText('数字「地区生产总值」 性质');
  await page.click('#ui-lang');
  await expect(page.locator(`#problems .problem[data-at="figures[${k}].status"] strong`)).toHaveText(/ Status$/);
  expect(describeProblems(problems)).toEqual([]);
});

test('添加为数字 on a number the draft skipped as a goal proposes a target with its 以上', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page);
  const goal = page.locator('#text .num', { hasText: /^500$/ });
  await expect(goal).toHaveClass(/skipped/);
  await goal.click();
  await page.click('#unskip');
  await expect(goal).toHaveClass(/undecided/);
  const before = (await stored(page)).doc.figures.length;
  await goal.click();
  await page.click('#add-figure');
  await expect.poll(async () => (await stored(page)).doc.figures.length).toBe(before + 1);
  const s = await stored(page);
  const added = s.doc.figures[s.sel.figure];
  expect([added.value, added.qualifier, added.status]).toEqual([500, '以上', 'target']);
  await expect(page.locator(`[data-path="figures[${s.sel.figure}].status"]`)).toHaveValue('target');
  expect(describeProblems(problems)).toEqual([]);
});
