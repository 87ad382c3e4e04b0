const { chromium } = require('@playwright/test');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const w of [1280, 768, 360]) {
    const p = await b.newPage({ viewport: { width: w, height: w === 360 ? 780 : 900 } });
    p.on('pageerror', (e) => console.log('pageerror', e.message));
    p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await p.goto('http://127.0.0.1:8134/editor.html');
    await p.evaluate(() => localStorage.clear());
    await p.goto('http://127.0.0.1:8134/editor.html?report=xihu-2024');
    await p.waitForSelector('body[data-ready]');
    await p.locator('#text .num.charted').nth(3).click();
    await p.waitForTimeout(300);
    await p.screenshot({ path: `/tmp/ed/ed-${w}.png` });
    await p.close();
  }
  await b.close();
})();
