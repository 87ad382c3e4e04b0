// The tools of a chart's 数据与下载 disclosure (the PNG drawn at the reader's width, the dark
// SVG on a dark page, the embed codes and their copy buttons) are a module of their own,
// story-tools.js, which the story page loads when a reader first uses one (issue 19, our
// JS within budget): no part of the first load, and the tools work from their first use,
// on the served site and in the one-file edition opened from disk. (The notes of the
// numbers on no chart, which the module also holds, are live-notes.spec.js's.) It holds
// the charts' tooltip layer too, loaded when a pointer or focus first comes onto a chart.
const path = require('path');
const { pathToFileURL } = require('url');
const { test, expect } = require('@playwright/test');
const { openStory, watchProblems, describeProblems } = require('./helpers');

const ID = 'growth';
const TOOLS = /\/story-tools\.[0-9a-f]+\.js$/;
const ONE_FILE = pathToFileURL(path.resolve(__dirname, '..', '..', 'dist', 'xihu-2024.html')).href;

/** The paths of every request the page makes from now on. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Opens chart ID's disclosure and returns the figure. */
async function openDisclosure(page) {
  const figure = page.locator(`figure[data-chart="${ID}"]`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('details.data > summary').click();
  return figure;
}

test('the first load fetches no tool; the first PNG asked for loads them once and saves the chart as a PNG; a second PNG loads nothing more', async ({ page }) => {
  const urls = recordRequests(page);
  const problems = watchProblems(page);
  await openStory(page);
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => TOOLS.test(new URL(u).pathname))).toEqual([]);
  const figure = await openDisclosure(page);
  // Opening the disclosure writes the embed codes: the tools are loaded then.
  await expect(figure.locator('details.embed-code textarea').first()).toHaveValue(new RegExp(`embed/${ID}\\.html`));
  const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('.dl-png').click()]);
  expect(png.suggestedFilename()).toBe(`${ID}.png`);
  const [again] = await Promise.all([page.waitForEvent('download'), figure.locator('.dl-png').click()]);
  expect(again.suggestedFilename()).toBe(`${ID}.png`);
  expect(urls.filter((u) => TOOLS.test(new URL(u).pathname)).length).toBe(1);
  expect(describeProblems(problems)).toEqual([]);
});

test('a copy button copies its code and says so, the codes written first', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStory(page);
  const figure = await openDisclosure(page);
  await figure.locator('details.embed-code > summary').click();
  const button = figure.locator('details.embed-code button').last();
  const copied = await button.getAttribute('data-copied');
  await button.click();
  await expect(button).toHaveText(copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`data-report-chart="${ID}"`);
});

test('on a dark page the SVG link saves the dark SVG', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page);
  const figure = await openDisclosure(page);
  const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('.dl-svg').click()]);
  expect(svg.suggestedFilename()).toBe(`${ID}.dark.svg`);
});

test('the one-file edition opened from disk saves a PNG with its tools from inside the file, and offers no embed code', async ({ page }) => {
  const urls = recordRequests(page);
  const problems = watchProblems(page);
  await page.goto(ONE_FILE);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
  const figure = await openDisclosure(page);
  await expect(figure.locator('details.embed-code')).toBeHidden();
  const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('.dl-png').click()]);
  expect(png.suggestedFilename()).toBe(`${ID}.png`);
  expect(urls.filter((u) => !(u.startsWith('file:') || u.startsWith('data:')))).toEqual([]);
  expect(describeProblems(problems)).toEqual([]);
});

test('the charts\' tooltip layer comes with the tools when the pointer first comes onto a chart: no part of the first load, and the hovered figure\'s tooltip shows', async ({ page }) => {
  const urls = recordRequests(page);
  const problems = watchProblems(page);
  await openStory(page);
  await page.waitForLoadState('networkidle');
  const fetched = () => urls.filter((u) => TOOLS.test(new URL(u).pathname)).length;
  expect(fetched()).toBe(0);
  const canvas = page.locator(`figure[data-chart="${ID}"] canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const tip = page.locator('.tooltip');
  // Down the middle of the chart until the pointer is over a figure.
  for (let y = box.y + 4; y < box.y + box.height && !(await tip.isVisible()); y += 8) {
    await page.mouse.move(box.x + box.width / 2, y);
  }
  await expect(tip).toBeVisible();
  await expect(tip.locator('.tip-value')).not.toBeEmpty();
  await expect(page.locator(`figure[data-chart="${ID}"] .highlight`)).toHaveCount(1);
  expect(fetched()).toBe(1);
  expect(describeProblems(problems)).toEqual([]);
});
