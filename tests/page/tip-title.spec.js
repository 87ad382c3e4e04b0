// A tooltip never covers its chart's title while there is room elsewhere: on a cards
// chart of one card, the card is the plot's first row, and a tooltip above it sat over
// the title (hover, or a live number of the text that brought the chart into view).
const { test, expect } = require('@playwright/test');
const { DATA, report, resolvedFrom, watchProblems, describeProblems, openStory, afterFrames } = require('./helpers');

const CHART = 'housing-renewal';
const FIGURE = 'old-estate-households';

/** Serves the charts file of Xihu with `CHART` cut to its first card (its title's figure). */
async function oneCard(page) {
  const data = report();
  const chart = data.charts.find((c) => c.id === CHART);
  chart.figures = [FIGURE];
  const bytes = resolvedFrom(JSON.stringify(data));
  await page.route(`**/${DATA}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: bytes }));
}

/** The tooltip's box, and the band of the chart's head: from the canvas's top to its card's. */
function boxes(page) {
  return page.evaluate((id) => {
    const figure = document.querySelector(`figure[data-chart="${id}"]`);
    const canvas = figure.querySelector('canvas').getBoundingClientRect();
    const mark = figure.querySelector('.highlight').getBoundingClientRect();
    const tip = document.querySelector('.tooltip').getBoundingClientRect();
    // The highlight stands 3 px out from the card it marks.
    return { tip: { top: tip.top, bottom: tip.bottom }, head: { top: canvas.top, bottom: mark.top + 3 } };
  }, CHART);
}

const overTitle = ({ tip, head }) => tip.top < head.bottom && head.top < tip.bottom;

for (const [width, height] of [[1280, 740], [360, 640]]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('hovering a one-card chart near the foot of the screen leaves its title in view', async ({ page }) => {
      const problems = watchProblems(page);
      await oneCard(page);
      await openStory(page);
      const canvas = page.locator(`figure[data-chart="${CHART}"] canvas`);
      await canvas.scrollIntoViewIfNeeded();
      // The chart's foot 12 px above the screen's: no room below the card, nor beside it.
      await canvas.evaluate((c) => window.scrollBy(0, c.getBoundingClientRect().bottom - innerHeight + 12));
      const box = await canvas.boundingBox();
      expect(box.y, 'room above the chart for the tooltip').toBeGreaterThan(200);
      // Down the chart to its card (the title and the source line hold no figure).
      for (let y = box.y + 20; y < box.y + box.height && !(await page.locator('.tooltip').isVisible()); y += 8) {
        await page.mouse.move(box.x + 40, y);
      }
      await expect(page.locator('.tooltip')).toBeVisible();
      const b = await boxes(page);
      expect(overTitle(b), `tooltip ${JSON.stringify(b.tip)} over the title ${JSON.stringify(b.head)}`).toBe(false);
      expect(describeProblems(problems)).toEqual([]);
    });

    test('a live number of a one-card chart shows its tooltip clear of the title', async ({ page }) => {
      const problems = watchProblems(page);
      await oneCard(page);
      await openStory(page);
      const mark = page.locator(`#t-${FIGURE}`);
      await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
      await mark.focus();
      await page.keyboard.press('Enter');
      // Focus showed the tooltip already: measure after Enter's frame.
      await afterFrames(page);
      await expect(page.locator(`figure[data-chart="${CHART}"] .highlight`)).toHaveCount(1);
      await expect(page.locator('.tooltip')).toBeVisible();
      const b = await boxes(page);
      expect(overTitle(b), `tooltip ${JSON.stringify(b.tip)} over the title ${JSON.stringify(b.head)}`).toBe(false);
      expect(describeProblems(problems)).toEqual([]);
    });
  });
}

// The last card of a row: the place left of it covered its neighbours' numbers (22.67 and
// 25.5 under the tooltip of 70 at 1280 px), with room below the chart; at 360 px, the place
// right below it covered the label of 25.5, the card beside it in the grid's last row.
for (const [width, height] of [[1280, 740], [360, 800]]) test.describe(`${width} px, the lead graphic`, () => {
  test.use({ viewport: { width, height } });

  test('a live number of the last card in a row shows its tooltip over none of the other cards', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    const lead = report().charts.find((c) => c.id === 'headline');
    const last = lead.figures[lead.figures.length - 1];
    // Each card's box on the page (not the screen), from its highlight.
    const cardOf = async (id) => {
      // By keyboard: a click at 360 px may land on the tooltip of the number before.
      await page.locator(`#t-${id}`).focus();
      await page.keyboard.press('Enter');
      await afterFrames(page);
      await expect(page.locator('figure[data-chart="headline"] .highlight')).toHaveCount(1);
      return page.evaluate(() => {
        const r = document.querySelector('figure[data-chart="headline"] .highlight').getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
      });
    };
    const others = [];
    for (const id of lead.figures.slice(0, -1)) others.push(await cardOf(id));
    await cardOf(last);
    const tip = await page.evaluate(() => {
      const r = document.querySelector('.tooltip').getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    });
    const over = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const card of others) expect(over(tip, card), `tooltip ${JSON.stringify(tip)} over ${JSON.stringify(card)}`).toBe(false);
    expect(describeProblems(problems)).toEqual([]);
  });
});
