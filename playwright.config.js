// Page tests run in Debian's Chromium against the optimised build in dist/,
// served by the same server as `make serve`.
const { defineConfig } = require('@playwright/test');
const { LAUNCH } = require('./tests/chromium');
// STRESS_FRAMES, STRESS_TIMERS, STRESS_CPU: the tests on a slow machine (tests/stress.js).
require('./tests/stress').install();

const PORT = Number(process.env.TEST_PORT || 8123);

module.exports = defineConfig({
  testDir: 'tests/page',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    // Charts grow in when scrolled into view; tests that check drawn pixels want the
    // final frame at once. The motion test turns this off for itself.
    reducedMotion: 'reduce',
    baseURL: `http://127.0.0.1:${PORT}/`,
    // Debian's Chromium with the flags every browser run uses (tests/chromium.js).
    launchOptions: LAUNCH,
  },
  webServer: {
    command: `python3 tests/serve.py dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
