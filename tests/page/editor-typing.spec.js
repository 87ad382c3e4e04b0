// Typing is read in the editor's worker (issue 21 §4, www/editor-typing.js): the page only
// shows the answer. Whatever the order of keystrokes and answers, once the desk stops the
// status, the flags, the marks and the preview are exactly what the page's own reading of
// the whole file gives (after a reload), undo and redo take the typing back and forth,
// and a page where no worker runs reads the typing itself.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { stored, openEditor, previewIdle } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

/** Waits until no update is awaited and every chart of the preview is drawn. */
async function idle(page) {
  await expect(page.locator('#problems-pane')).toHaveAttribute('aria-busy', 'false');
  await previewIdle(page);
}

/** What the desk sees: the list, each flagged field with its flags, the marks, the legend, the selected chart's pixels. */
const seen = (page) => page.evaluate(() => ({
  problems: [...document.querySelectorAll('#problems li')].map((li) => li.textContent),
  flags: [...document.querySelectorAll('.edit-pane [data-path][aria-describedby]')].map((c) => [c.dataset.path,
    ...c.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent)]),
  marks: [...document.querySelectorAll('#text .num')].map((n) => `${n.className} ${n.textContent}`),
  legend: document.getElementById('legend').textContent,
  chart: ((f) => {
    // A broken chart shows its error box; a drawn one its pixels, by a hash of their PNG.
    const c = f.querySelector('canvas');
    if (c.hidden) return f.querySelector('.chart-error').textContent;
    let h = 0;
    for (const ch of c.toDataURL()) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    return `${c.width}×${c.height} ${h}`;
  })(document.querySelector('.pv-chart.current')),
}));

/** Opens Xihu with its first charted figure selected; returns the figure's and its chart's places. */
async function select(page) {
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toBeVisible();
  await page.locator('#text .num.charted').first().click();
  await idle(page);
  return (await stored(page)).sel;
}

/** Types `text` at the end of the field of `path`, with no pause between the keys. */
async function typeInto(page, path, text, replace = false) {
  const field = page.locator(`[data-path="${path}"]`);
  await field.focus();
  await field.press(replace ? 'ControlOrMeta+a' : 'End');
  await page.keyboard.type(text);
}

test('typing faster than the worker answers ends as the page\'s own reading of the file, and undo and redo follow', async ({ page }) => {
  const problems = watchProblems(page);
  const { figure: k } = await select(page);
  const before = await seen(page);
  await typeInto(page, `figures[${k}].label.zh`, '（按可比价格计算）');
  await typeInto(page, `figures[${k}].value`, '97531', true);
  await idle(page);
  const typed = await seen(page);
  // The last keystroke is in the status, beside its field and in the chart.
  expect(typed.flags.find(([p]) => p === `figures[${k}].value`)?.join(' ')).toContain('97531');
  expect(typed.problems.join(' ')).toContain('97531');
  expect(typed.marks).not.toEqual(before.marks);
  expect(typed.chart).not.toEqual(before.chart);
  // Undone on the page: the chart the worker drew is drawn again as it was.
  await page.click('#undo');
  await page.click('#undo');
  await idle(page);
  expect(await seen(page)).toEqual(before);
  await page.click('#redo');
  await page.click('#redo');
  await idle(page);
  expect(await seen(page)).toEqual(typed);
  // The whole file read again on a fresh page: the same status, flags, marks and chart.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await idle(page);
  expect(await seen(page)).toEqual(typed);
  expect(describeProblems(problems)).toEqual([]);
});

test('typing on while an answer is awaited loses no keystroke, and the list ends on the last', async ({ page }) => {
  const { chart: i } = await select(page);
  const title = page.locator(`[data-path="charts[${i}].title.zh"]`);
  const was = await title.inputValue();
  // A key at a time, each after the update of the one before was asked: a number no
  // figure of the chart has, which the list names as it stands.
  for (const ch of '98765') {
    await typeInto(page, `charts[${i}].title.zh`, ch);
    await page.waitForTimeout(300);
  }
  await title.press('Backspace');
  await idle(page);
  const problem = page.locator(`#problems .problem[data-at="charts[${i}].title.zh"]`);
  await expect(problem).toContainText('9876');
  await expect(problem).not.toContainText('98765');
  await expect(page.locator(`#${await title.getAttribute('aria-describedby')}`)).toContainText('9876');
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe(`${was}9876`);
  // Typed away again, key by key: the list is empty once more.
  for (let n = 0; n < 4; n += 1) await title.press('Backspace');
  await idle(page);
  await expect(page.locator('#problems .ok')).toBeVisible();
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
});

test('where no worker can run, the page reads what is typed itself, as truly', async ({ page }) => {
  const problems = watchProblems(page);
  await page.route('**/editor-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  const { figure: k } = await select(page);
  await typeInto(page, `figures[${k}].value`, '97531', true);
  await idle(page);
  await expect(page.locator(`#problems .problem[data-at="figures[${k}].value"]`)).toContainText('97531');
  const typed = await seen(page);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await idle(page);
  expect(await seen(page)).toEqual(typed);
  // The worker's script that did not load is the only failure.
  expect(describeProblems(problems).filter((p) => !/editor-worker|404/.test(p))).toEqual([]);
});

test('a value typed lays out again only the lines whose marks it changed, and the Tab stop stays one', async ({ page }) => {
  const { figure: k } = await select(page);
  // Each line of the text laid out now, marked as this page saw it.
  const lines = await page.evaluate(() => {
    const all = [...document.querySelectorAll('#text .sentence, #text .text-heading, #text .text-left')];
    for (const x of [...all, ...document.querySelectorAll('#text .num')]) x.seenBefore = true;
    return all.length;
  });
  await typeInto(page, `figures[${k}].value`, '97531', true);
  await idle(page);
  const after = await page.evaluate(() => {
    const all = [...document.querySelectorAll('#text .sentence, #text .text-heading, #text .text-left')];
    const fresh = all.filter((x) => [...x.querySelectorAll('.num')].some((n) => !n.seenBefore));
    return {
      lines: all.length,
      kept: all.filter((x) => x.seenBefore).length,
      changed: fresh.length,
      stops: [...document.querySelectorAll('#text .num')].filter((n) => n.tabIndex === 0).length,
    };
  });
  // The same lines, each still the element it was; the figure's numbers redrawn in one.
  expect(after.lines).toBe(lines);
  expect(after.kept).toBe(lines);
  expect(after.changed).toBeGreaterThanOrEqual(1);
  expect(after.changed).toBeLessThan(lines / 10);
  expect(after.stops).toBe(1);
});

test('a worker’s answer to a typed value carries only the lines whose marks changed, and the marks end as the page’s own reading', async ({ page }) => {
  // Every answer of the editor's worker, as the page receives it.
  await page.addInitScript(() => {
    window.answers = [];
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', ({ data }) => { if (data.json && !data.draft) window.answers.push(data.json); });
      }
    };
  });
  const { figure: k } = await select(page);
  const lines = await page.locator('#text .sentence, #text .text-heading, #text .text-left').count();
  await page.evaluate(() => { window.answers.length = 0; });
  // A key at a time, each answered: a value its sentence does not print changes its
  // marks, and so does taking the digit back.
  await page.locator(`[data-path="figures[${k}].value"]`).focus();
  for (const key of ['End', '9', 'Backspace', '7', 'Backspace', '5']) {
    await page.keyboard.press(key);
    await idle(page);
  }
  const answers = (await page.evaluate(() => window.answers)).map((a) => JSON.parse(a));
  const withMarks = answers.filter((a) => a.marks || a.marks_delta);
  // The first answer after the page's own reading has every line: the worker's desk had
  // sent none the page shows.
  expect(withMarks.length).toBe(5);
  expect(withMarks[0].marks).toHaveLength(lines);
  for (const a of withMarks.slice(1)) {
    expect(a.marks).toBeNull();
    expect(a.marks_delta.n).toBe(lines);
    expect(a.marks_delta.lines.length).toBeLessThan(lines / 10);
  }
  const typed = await seen(page);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await idle(page);
  expect((await seen(page)).marks).toEqual(typed.marks);
});
