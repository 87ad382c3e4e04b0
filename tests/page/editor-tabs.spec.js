// Two tabs of one report (issue 21 §2, "Nothing lost"; the tester's bug 6): the last tab
// to store the report used to overwrite the other's edits with no word. A tab with
// nothing unstored follows the other; a tab whose unstored edits another tab's write
// would meet stores nothing and asks the desk, in the interface's language.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

/** Selects chart `i`'s first figure and types `label` into its Chinese label: the figure's index. */
async function rename(page, i, label) {
  await page.click(`.chart-list [data-chart="${i}"]`);
  const k = await page.evaluate(() => {
    const field = document.querySelector('[data-path^="figures["][data-path$="].label.zh"]');
    return Number(field.dataset.path.match(/\d+/)[0]);
  });
  await page.locator(`[data-path="figures[${k}].label.zh"]`).fill(label);
  return k;
}

/**
 * Holds tab `page`'s typing unstored (`on`), or lets it be stored again: the editor
 * stores typing once the desk pauses (PAUSE_MS, 400 ms, www/editor-state.js), and the
 * timers of that length wait meanwhile. (A Playwright clock would stand still in every
 * tab of the context, the other tab's too.)
 */
const holdTyping = (page, on) => page.evaluate((hold) => {
  window.realSetTimeout ??= window.setTimeout;
  const set = window.realSetTimeout;
  window.setTimeout = hold ? (f, ms, ...rest) => (ms === 400 ? -1 : set(f, ms, ...rest)) : set;
}, on);

/**
 * Two tabs of Xihu: `a` opens it from the site's link on a clean storage, `b` then resumes
 * the report `a` stored. `problems()`: both tabs' console errors and warnings, and page errors.
 */
async function twoTabs(context) {
  const a = await context.newPage();
  const problems = watchProblems(a);
  await openEditor(a, '?report=xihu-2024');
  const b = await context.newPage();
  const other = watchProblems(b);
  await b.goto('editor.html');
  await b.waitForSelector('body[data-ready]');
  return { a, b, problems: () => [...problems, ...other] };
}

/**
 * Waits until tab `page` holds the revision of Xihu that tab `writer` last stored, written
 * or read and shown (`body[data-rev]`, www/editor-page.js): a desk acts on one tab after
 * it has shown the other's last write, which a storage event brings some time after the
 * write. The revision is read in the writer's tab: another tab's view of localStorage
 * lags the write (Chromium hands it over with the storage event), so reading it in `page`
 * could find the revision before the write, which `page` already holds (a CI run's flake).
 */
const caughtUp = async (page, writer) => {
  const rev = await writer.evaluate(() => localStorage.getItem('report-charts:editor:rev:xihu-2024'));
  await expect.poll(() => page.evaluate(() => document.body.dataset.rev)).toBe(rev);
};

/**
 * The desk leaves the field it typed in, as going to the other tab does: a relabel's
 * drafted titles, and the titles that remember the old label, are written then
 * (www/editor-panes.js).
 */
const leave = (page) => page.evaluate(() => document.activeElement?.blur());

/** The Chinese labels of report `slug`'s stored figures. */
const labels = async (page, slug) => (await stored(page, slug)).doc.figures.map((f) => f.label.zh);

test('two tabs of one report each keep the other tab’s edits, and undo stays in step', async ({ context }) => {
  const { a, b, problems } = await twoTabs(context);

  const ka = await rename(a, 0, '甲页改的名称');
  await leave(a);
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[ka])).toBe('甲页改的名称');
  // The other tab reads the stored edit and says so.
  await caughtUp(b, a);
  await expect(b.locator('#status')).toHaveText('已载入另一个标签页中对此报告的修改');
  const kb = await rename(b, 1, '乙页改的名称');
  expect(kb).not.toBe(ka);
  await expect.poll(() => labels(b, 'xihu-2024').then((l) => l[kb])).toBe('乙页改的名称');
  expect((await labels(b, 'xihu-2024'))[ka]).toBe('甲页改的名称');
  await caughtUp(a, b);
  await expect(a.locator('#status')).toHaveText('已载入另一个标签页中对此报告的修改');

  // Tab A's undo history is the stored one: it undoes B's edit first, then its own.
  await a.click('#undo');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[kb])).not.toBe('乙页改的名称');
  expect((await labels(a, 'xihu-2024'))[ka]).toBe('甲页改的名称');
  await expect(b.locator('#conflict-alert')).toBeHidden();
  await expect(a.locator('#conflict-alert')).toBeHidden();
  expect(problems(), describeProblems(problems())).toEqual([]);
});

test('a tab whose unstored typing another tab’s write meets stores nothing and asks: keep a copy, or load the other', async ({ context }) => {
  const { a, b, problems } = await twoTabs(context);
  await holdTyping(b, true);
  const kb = await rename(b, 1, '乙页未存的名称');

  // A has read B's click (a selection is stored at once), not B's typing, held back.
  await caughtUp(a, b);
  const ka = await rename(a, 0, '甲页改的名称');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[ka])).toBe('甲页改的名称');
  const alert = b.locator('#conflict-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('另一个标签页');
  // B's write is held back: A's edit is not overwritten, and B's is still B's.
  expect((await labels(a, 'xihu-2024'))[kb]).not.toBe('乙页未存的名称');
  await expect(b.locator(`[data-path="figures[${kb}].label.zh"]`)).toHaveValue('乙页未存的名称');

  // Kept as a copy: both versions are stored, each with its own edits and undo history.
  await b.click('#conflict-copy');
  await expect(alert).toBeHidden();
  await expect(b.locator('#status')).toContainText('xihu-2024-2');
  const copy = await labels(b, 'xihu-2024-2');
  expect([copy[kb], copy[ka]]).not.toContain(undefined);
  expect(copy[kb]).toBe('乙页未存的名称');
  expect(copy[ka]).not.toBe('甲页改的名称');
  expect((await labels(b, 'xihu-2024'))[ka]).toBe('甲页改的名称');
  await b.click('#undo');
  await expect.poll(() => labels(b, 'xihu-2024-2').then((l) => l[kb])).not.toBe('乙页未存的名称');

  // Once more on the report's own name: B drops its unstored typing for A's version.
  await b.click('#reopen');
  await b.click('#recent .recent-open[data-slug="xihu-2024"]');
  await rename(b, 1, '乙页又改的名称');
  await caughtUp(a, b);
  await rename(a, 2, '甲页又改的名称');
  await expect(alert).toBeVisible();
  await b.click('#conflict-theirs');
  await expect(alert).toBeHidden();
  await expect(b.locator('#status')).toHaveText('已载入另一个标签页中对此报告的修改');
  await holdTyping(b, false);
  await expect.poll(() => labels(b, 'xihu-2024')).toContain('甲页又改的名称');
  expect(await labels(b, 'xihu-2024')).not.toContain('乙页又改的名称');
  // Tab B follows A's typing once it is stored, its own typing dropped as chosen.
  await expect(b.locator('#conflict-alert')).toBeHidden();
  expect(problems(), describeProblems(problems())).toEqual([]);
});

test('a tab that follows the other’s write while the desk types in a label writes nothing, and the relabel waits for the desk to leave', async ({ context }) => {
  const { a, b, problems } = await twoTabs(context);
  const ka = await rename(a, 0, '甲页改的名称');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[ka])).toBe('甲页改的名称');
  const fid = (await stored(a, 'xihu-2024')).doc.figures[ka].id;
  const remembered = async () => (await stored(a, 'xihu-2024')).doc.charts[0].title_for?.[fid]?.zh;
  // B's click is stored at once; A follows it, its forms laid out again under the desk's focus.
  await caughtUp(b, a);
  await b.click('.chart-list [data-chart="1"]');
  await caughtUp(a, b);
  const rev = await b.evaluate(() => localStorage.getItem('report-charts:editor:rev:xihu-2024'));
  // A holds the revision stored last, and following wrote nothing of A's: no title remembers yet.
  expect(await a.evaluate(() => document.body.dataset.rev)).toBe(rev);
  expect(await remembered()).toBeUndefined();
  await expect(a.locator(`[data-path="figures[${ka}].label.zh"]`)).toBeFocused();
  // The desk leaves the field: chart 0's title, which names the label the visit started
  // from, remembers it now.
  await leave(a);
  await expect.poll(remembered).toBe('地区生产总值');
  await expect(a.locator('#conflict-alert')).toBeHidden();
  await expect(b.locator('#conflict-alert')).toBeHidden();
  expect(problems(), describeProblems(problems())).toEqual([]);
});

/** Makes tab `page` hidden (`on`) or shown again, as switching tabs does, with its event. */
const hide = (page, on) => page.evaluate((hidden) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}, on);

test('a hidden tab reads nothing of the other tab’s writes until it is shown, then shows them in its forms', async ({ context }) => {
  const { a, b, problems } = await twoTabs(context);
  // B shows the figure A will rename.
  const k = await rename(b, 0, '乙页先改的名称');
  await expect.poll(() => labels(b, 'xihu-2024').then((l) => l[k])).toBe('乙页先改的名称');
  await caughtUp(a, b);
  await a.click('.chart-list [data-chart="0"]');
  await expect(a.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue('乙页先改的名称');
  await caughtUp(b, a);
  await hide(b, true);
  await b.evaluate(() => { window.statusSeen = []; new MutationObserver(() => window.statusSeen.push(document.getElementById('status').textContent)).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true }); });
  await a.locator(`[data-path="figures[${k}].label.zh"]`).fill('甲页改的名称');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[k])).toBe('甲页改的名称');
  await a.locator(`[data-path="figures[${k}].label.zh"]`).fill('甲页又改的名称');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[k])).toBe('甲页又改的名称');
  // Hidden, B has read none of it: its field, and its status, are as they were.
  await expect(b.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue('乙页先改的名称');
  expect(await b.evaluate(() => window.statusSeen)).toEqual([]);
  // Shown, it reads both writes at once, into the field it shows and its preview.
  await hide(b, false);
  await expect(b.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue('甲页又改的名称');
  await expect(b.locator('#status')).toHaveText('已载入另一个标签页中对此报告的修改');
  await caughtUp(b, a);
  // And it edits on from there with no conflict: its write follows A's.
  await b.locator(`[data-path="figures[${k}].label.zh"]`).fill('乙页接着改的名称');
  await expect.poll(() => labels(a, 'xihu-2024').then((l) => l[k])).toBe('乙页接着改的名称');
  await expect(a.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue('乙页接着改的名称');
  await expect(b.locator('#conflict-alert')).toBeHidden();
  expect(problems(), describeProblems(problems())).toEqual([]);
});
