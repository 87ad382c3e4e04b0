// Every report of the provincial corpus (issue 21 §4, "Large reports"), pasted into the
// editor as a desk would: it drafts, marks and previews with no error box, no page error
// and no console error. The corpus stays outside the repository (../shared/corpus, or
// $CORPUS); without it these tests are skipped.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, stored, openEditor } = require('./editor-helpers');

const CORPUS = path.resolve(ROOT, process.env.CORPUS || path.join('..', 'shared', 'corpus'), 'gzbg-2026');
const REPORTS = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

test('the corpus of provincial reports is there to open', () => {
  test.skip(!REPORTS.length, `${CORPUS} is absent`);
  expect(REPORTS.length).toBeGreaterThan(20);
});

for (const name of REPORTS) {
  const slug = name.replace(/\.txt$/, '');
  test(`${slug}: pasted in, it drafts, marks and previews with no error`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watchProblems(page);
    await openEditor(page);
    await page.fill('#open-text', fs.readFileSync(path.join(CORPUS, name), 'utf8'));
    await page.fill('#open-slug', slug);
    await page.click('#open-go');
    await expect(page.locator('#desk')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#open-error')).toBeHidden();
    // Drafted: figures and charts, kept in storage.
    const doc = (await stored(page, slug)).doc;
    expect(doc.figures.length, 'figures drafted').toBeGreaterThan(20);
    expect(doc.charts.length, 'charts drafted').toBeGreaterThan(0);
    // Marked: every figure's number is a mark of the text.
    await expect(page.locator('#text .num').first()).toBeVisible();
    expect(await page.locator('#text .num.charted, #text .num.figure').count()).toBeGreaterThan(0);
    // Previewed: one figure per chart, none of them an error box, the first ones drawn.
    await expect(page.locator('#preview .pv-chart')).toHaveCount(doc.charts.length, { timeout: 30_000 });
    await expect(page.locator('#preview .chart-error')).toHaveCount(0);
    await expect.poll(() => page.locator('#preview .pv-chart canvas').first().evaluate((c) => c.width * c.height), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(describeProblems(problems)).toEqual([]);
  });
}
